import { none, sourced, type ParsedPosting, type Site, type Sourced } from '../posting';
import { buildPosting } from './build-posting';
import { textToHtml } from './html-to-text';
import { cleanText } from './normalize';
import { firstOf } from './pick';

/** Markdown emphasis and heading marks, which carry no meaning for a field value. */
const stripMarks = (s: string) => s.replace(/[*_`]+/g, '').replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();

/** "Job Title: X", "Company: X", "Location: X" lines, bold or not. */
function labelled(text: string, labels: string): string | null {
  const re = new RegExp(`^[\\s*_#-]*(?:${labels})\\s*:\\s*(.+)$`, 'im');
  const value = re.exec(text)?.[1];
  return value ? cleanText(stripMarks(value)) : null;
}

/** Leading heading lines of a saved posting: `# Title`, `### Company` (aggregator pages keep them). */
function headings(lines: string[]): { title: string | null; company: string | null } {
  const first = lines[0] ?? '';
  const second = lines[1] ?? '';
  if (/^#\s/.test(first)) {
    return { title: stripMarks(first), company: /^#{2,}\s/.test(second) ? stripMarks(second) : null };
  }
  return { title: null, company: null };
}

/** A short first line with no sentence punctuation reads as a title: "Warehouse Stock Associate". */
function titleLine(lines: string[]): { title: string | null; company: string | null } {
  const first = stripMarks(lines[0] ?? '');
  if (!first || first.length > 90 || /[.!?:;]$/.test(first) || first.split(' ').length > 12) {
    return { title: null, company: null };
  }
  const at = /^(.+?)\s+(?:opening|position|job|role|vacancy|opportunity)\s+(?:at|with)\s+(.+)$/i.exec(first);
  if (at) return { title: at[1] ?? null, company: at[2] ?? null };
  const dash = /^(.+?)\s+(?:at|@)\s+([A-Z][\w&.,' -]{1,60})$/.exec(first);
  if (dash) return { title: dash[1] ?? null, company: dash[2] ?? null };
  return { title: first, company: null };
}

/** "Acme Corp (Acme) is a leading ...", "Acme, Inc. is an equal opportunity employer". */
const COMPANY_SENTENCE =
  /(?:^|[.!?]\s+|\n)[*_\s]*([A-Z][A-Za-z0-9&'’.-]*(?:[ ,]+(?:[A-Z][A-Za-z0-9&'’.-]*|of|and|&)){0,5})(?:\s*\([^)]{1,30}\))?\s+is\s+(?:a|an|the)\s+(?:leading|equal|global|fast|growing|premier|national|an?)?/;

/** "a Computer Systems Technician in Omaha, Nebraska": the place written after the title. */
function locationAfterTitle(text: string, title: string | null): string | null {
  if (!title) return null;
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${escaped}\\s+(?:in|based in|located in)\\s+([A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][A-Za-z]+(?: [A-Z][a-z]+)*)`);
  return re.exec(text)?.[1] ?? null;
}

export interface TextPostingHints {
  site?: Site;
  url?: string | null;
  title?: Sourced<string>;
  company?: Sourced<string>;
  location?: Sourced<string>;
}

/**
 * A posting from plain text (pasted, or a saved `.txt`): title and company from headings, labelled
 * lines or the first line; everything else from the extractor. `hints` (a record's fields) win.
 */
export function parseText(text: string, hints: TextPostingHints = {}): ParsedPosting {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n').map((l) => l.trim()).filter(Boolean);
  const head = headings(lines);
  const first = head.title ? head : titleLine(lines);
  // A heading kept from an aggregator page states the title as published; a labelled line
  // ("Position Title: X (remote)") often decorates it, so it comes second.
  const title = firstOf<string>(
    hints.title ?? none(),
    sourced(head.title, 'text'),
    sourced(labelled(normalized, 'position title|job title|title'), 'text'),
    sourced(first.title, 'text'),
  );
  const company = firstOf<string>(
    hints.company ?? none(),
    sourced(labelled(normalized, 'company|company name|employer|organization'), 'text'),
    sourced(first.company, 'text'),
    sourced(cleanText(COMPANY_SENTENCE.exec(normalized)?.[1]), 'text'),
  );
  const location = firstOf<string>(
    hints.location ?? none(),
    // "Remote, United States (Remote only: CA, CO, ...)": the parenthesis qualifies, it is not the place.
    sourced(labelled(normalized, 'location|job location|work location|city')?.replace(/\s*\(.*\)\s*$/, ''), 'text'),
    sourced(locationAfterTitle(normalized, title.value), 'text'),
  );
  return buildPosting({
    site: hints.site ?? 'paste',
    url: hints.url ?? null,
    jobId: null,
    title,
    company,
    location: location.value && /^(one location|multiple locations|various)$/i.test(location.value) ? none() : location,
    description: { text: normalized.trim(), html: textToHtml(normalized) },
  });
}
