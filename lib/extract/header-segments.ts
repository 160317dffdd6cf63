/**
 * The facts a header line lists between separators, as boards and copied postings print them:
 * "Loomwork · New York, NY · Remote (US)", "Remote (United States) · Full-time · Product",
 * "Montréal, QC — Hybrid", "Full-time | Monday–Friday", in the text's first lines. Read only when
 * no statement in the text says (employment.ts): a segment is terse, and a statement is the
 * employer's own sentence.
 */
import type { EmploymentType, Workplace } from '../posting';

/** White space within a line. */
const SP = String.raw`[^\S\n]`;
/** What separates a header line's segments: a middle dot, a bar, a bullet, a long dash. */
const SEPARATOR = String.raw`[|·•—–]`;
/** A short line, one with room for a header's few segments. */
const SHORT_LINE = String.raw`(?=[^\n]{5,100}$)`;

/**
 * A segment that is only `word` (maybe with a parenthesis, "Remote (US)", and emphasis): at the
 * line's start or after a separator, and at its end or before one.
 */
const segment = (word: string, where = '') =>
  new RegExp(
    String.raw`^${SHORT_LINE}(?=[^\n]*${SEPARATOR})(?:[^\n]*?${SP}${SEPARATOR}${SP}*|${SP}*(?:[-*•>]${SP}+)?)[*_]*${word}[*_]*${where}(?:${SP}*\([^()\n]{0,60}\))?(?=${SP}*$|${SP}+${SEPARATOR}(?:${SP}|$))`,
    'gim',
  );
/** Where the work is, after its arrangement: "On-site at our SIP plant", "Hybrid in Leeds". */
const AT_PLACE = String.raw`(?:${SP}+(?:at|in|from)${SP}[^|·•—–()\n]{1,50})?`;

const TYPE_SEGMENT = segment(String.raw`(full[- ]?time|part[- ]?time|contract|contractor|temporary|internship)`);
const WORKPLACE_SEGMENT = segment(String.raw`(remote|hybrid|on[- ]?site|in[- ]office)`, AT_PLACE);
/** Any arrangement word: a line naming two ("Remote · Hybrid · On-site", a filter bar) states none. */
const ANY_WORKPLACE = /\b(?:remote|hybrid|on[- ]?site|in[- ]office)\b/gi;
const ANY_TYPE = /\b(?:full[- ]?time|part[- ]?time|contract|contractor|temporary|internship)\b/gi;

/** How far into a text its header lines may be: a title, a company, a place line, a facts line. */
const HEADER_REACH = 1000;

/** The lines of a text that start within HEADER_REACH, whole. */
function header(whole: string): string {
  const cut = whole.indexOf('\n', HEADER_REACH);
  return cut < 0 ? whole : whole.slice(0, cut);
}

/** The word of the first segment `re` finds on a line of `text` (a header) that names no other such word, or null. */
function firstSegment(text: string, re: RegExp, any: RegExp): string | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(m.index, lineEnd < 0 ? text.length : lineEnd);
    if ((line.match(any) ?? []).length === 1) return (m[1] as string).toLowerCase();
  }
  return null;
}

/**
 * "We're hiring a full-time Graphic Designer", "We are looking for a part-time cashier": the type
 * in the sentence that announces the job, in the text's first lines. Not "contract": "looking for
 * a contract manager" names the job.
 */
const HIRING_A_TYPE = /\b(?:hiring|seeking|looking for|recruiting|searching for)[^\S\n]+(?:an?[^\S\n]+|one[^\S\n]+|two[^\S\n]+)?(?:(?:experienced|motivated|talented|dedicated|friendly)[^\S\n]+)?(full[- ]?time|part[- ]?time|temporary|seasonal)\b/i;

/** The employment type a header line's segment names ("· Full-time ·") or the hiring sentence, or null. */
export function typeInHeaderLine(text: string): EmploymentType | null {
  const head = header(text);
  const word = firstSegment(head, TYPE_SEGMENT, ANY_TYPE) ?? HIRING_A_TYPE.exec(head)?.[1]?.toLowerCase();
  if (!word) return null;
  if (word.startsWith('full')) return 'full-time';
  if (word.startsWith('part')) return 'part-time';
  if (word.startsWith('contract')) return 'contract';
  if (word === 'temporary' || word === 'seasonal') return 'temporary';
  return 'internship';
}

/** The workplace a header line's segment names ("· Remote (US)", "— Hybrid"), or null. */
export function workplaceInHeaderLine(text: string): Workplace | null {
  const word = firstSegment(header(text), WORKPLACE_SEGMENT, ANY_WORKPLACE);
  if (!word) return null;
  return word === 'remote' || word === 'hybrid' ? word : 'on-site';
}
