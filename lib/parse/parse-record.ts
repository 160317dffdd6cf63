import { sourced, type ParsedPosting } from '../posting';
import { cleanText } from './normalize';
import { parseText } from './parse-text';

/** `key : value` lines, as in scraped job data sets; the body is the `description` field. */
const FIELD = /^([a-z][a-z_ ]{0,40}?)\s*:\s?(.*)$/;
const KNOWN_KEYS = /^(job_id|title|description|company(_name)?|city|state|location|jobtype|url)$/;

/** True when the text looks like a record: several known `key : value` lines. */
export function isRecord(text: string): boolean {
  const keys = text.split('\n').map((l) => FIELD.exec(l.trim())?.[1]?.trim().toLowerCase()).filter((k) => k && KNOWN_KEYS.test(k));
  return keys.includes('description') && keys.length >= 3;
}

/** Splits a record into fields; a line that is no `key :` continues the previous field. */
function fields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const m = FIELD.exec(line);
    const candidate = m?.[1]?.trim().toLowerCase();
    // Inside the body, only a known or snake_case key starts a new field ("note: ..." is text).
    const isKey = candidate && /^[a-z_]+$/.test(candidate) && (key !== 'description' || KNOWN_KEYS.test(candidate) || candidate.includes('_'));
    if (m && isKey && candidate) {
      key = candidate;
      out.set(key, (m[2] ?? '').trim());
    } else if (key) {
      out.set(key, `${out.get(key) ?? ''}\n${line}`.trim());
    }
  }
  return out;
}

/** Several companies run together ("Connolly, LLC Fresenius Medical Care ..."): the first one. */
function firstCompany(value: string | undefined): string | null {
  const v = cleanText(value);
  if (!v) return null;
  const suffixed = /^(.+?,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Corp\.?|Corporation|GmbH|PLC|LLP|Co\.))(?:\s|$)/.exec(v);
  return suffixed?.[1] ?? v;
}

/** Several places run together ("Wilton, CT Fairfield, CT"): the first "City, ST". */
function firstPlace(value: string | undefined): string | null {
  const v = cleanText(value);
  if (!v) return null;
  return /^([A-Z][A-Za-z .'-]+?, [A-Z]{2})\b/.exec(v)?.[1] ?? v;
}

/** A posting from a `key : value` record like `postings/service-desk-specialist.record.txt`. */
export function parseRecord(text: string): ParsedPosting {
  const f = fields(text);
  const url = cleanText(f.get('url'));
  return parseText(f.get('description') ?? '', {
    site: 'file',
    url: url && /^https?:\/\//.test(url) ? url : null,
    title: sourced(cleanText(f.get('title')), 'record'),
    company: sourced(firstCompany(f.get('company_name') ?? f.get('company')), 'record'),
    location: sourced(firstPlace(f.get('city') ?? f.get('location')), 'record'),
  });
}
