/**
 * Employment type and workplace from explicit statements only (LABELING.md): "Job Type:
 * Full-time", "This is a full time position", "(Remote)", "CST-Remote", "This position is a remote
 * position", "fully remote role", "hybrid working environment". Technical uses ("hybrid cloud",
 * "remote support") and ability statements ("able to work in a remote environment") do not count.
 */
import type { EmploymentType, Workplace } from '../posting';
import { isAsciiLetter, isDigitCode, isSpaceCode, runStart } from '../char-codes';

/**
 * The patterns as one case-insensitive alternation, and for each capture group of it the index of
 * the pattern it came from.
 *
 * Why: the callers want the earliest match of any pattern, an earlier pattern winning a tie, and
 * that is exactly the leftmost match of the alternation (at each offset the alternatives are tried
 * in order). One scan of the text replaces one per pattern, each of which tried every offset.
 */
interface Alternation {
  re: RegExp;
  patternOfGroup: number[];
}

function alternation(patterns: readonly RegExp[]): Alternation {
  const patternOfGroup: number[] = [0]; // group 0 is the whole match
  patterns.forEach((p, k) => {
    const groups = (new RegExp(`${p.source}|`).exec('') as RegExpExecArray).length - 1;
    for (let g = 0; g < groups; g++) patternOfGroup.push(k);
  });
  // Global: the scan starts at an offset the caller chose.
  return { re: new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'gi'), patternOfGroup };
}

/**
 * The leftmost match of `alt` in `text` at `from` or after (no match may start before): its
 * offset, its first defined group, and its pattern.
 */
function firstMatch(alt: Alternation, text: string, from: number): { at: number; word: string; pattern: number } | null {
  alt.re.lastIndex = from;
  const m = alt.re.exec(text);
  if (!m) return null;
  for (let g = 1; g < m.length; g++) {
    const word = m[g];
    if (word !== undefined) return { at: m.index, word, pattern: alt.patternOfGroup[g] as number };
  }
  return null;
}

const COLON = 58;
const HYPHEN = 45;
const STAR = 42;
const UNDERSCORE = 95;
const OPEN_PAREN = 40;
const PERCENT = 37;

const TYPE_WORD = String.raw`(full[- ]?time|part[- ]?time|contract(?:or)?|temporary|temp|internship|intern)`;
const TYPE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:job|employment|position|work|role|contract)\s*type\s*[:\-–]\s*[*_]*\s*${TYPE_WORD}`, 'i'),
  new RegExp(String.raw`\bthis (?:is (?:a|an) )?(?:position is (?:a |an )?)?${TYPE_WORD}\b(?:[\s,]+(?:\w+\s+){0,2})?(?:position|role|job|opportunity)`, 'i'),
  new RegExp(String.raw`\bfor this ${TYPE_WORD} (?:position|role|job|opportunity)`, 'i'),
  new RegExp(String.raw`\b(?:position|role|job) is (?:a |an )?${TYPE_WORD}\b`, 'i'),
];

function typeOf(word: string): EmploymentType {
  const w = word.toLowerCase();
  if (w.startsWith('full')) return 'full-time';
  if (w.startsWith('part')) return 'part-time';
  if (w.startsWith('contract')) return 'contract';
  if (w.startsWith('temp')) return 'temporary';
  return 'internship';
}

/**
 * No cheap test before it: one for a type word ("full-time", "contract", "temp", "intern") passes
 * on nearly every posting ("internal", "template") and cost as much as this scan. Nor a start past
 * the first such word (as `extractWorkplace` does): that scan, without the `\b` every pattern here opens with,
 * cost more than it saved.
 */
const TYPE_ALTERNATION = alternation(TYPE_PATTERNS);

/** Employment type stated in `text` (earliest statement), or null. */
export function extractEmploymentType(text: string): EmploymentType | null {
  const m = firstMatch(TYPE_ALTERNATION, text, 0);
  return m ? typeOf(m.word) : null;
}

const WORKPLACE_WORD = String.raw`(remote|hybrid|on[- ]?site|in[- ]office)`;
const ANY_WORKPLACE_WORD = new RegExp(WORKPLACE_WORD, 'i');
/**
 * The characters WORKPLACE_PATTERNS (the tag aside) match before the workplace word: letters,
 * digits, white space, "(", ":", "*", "_", "%" and "-" ("Location: **", "This role is 100% ").
 */
const isWorkplaceLead = (c: number): boolean =>
  isAsciiLetter(c) || isDigitCode(c) || isSpaceCode(c) || c === OPEN_PAREN || c === COLON || c === STAR || c === UNDERSCORE || c === PERCENT || c === HYPHEN;
/** Each pattern names one workplace word; exported for the test that checks `extractWorkplace` against them one by one. */
export const WORKPLACE_PATTERNS: readonly RegExp[] = [
  // A location/title tag: "(Remote)", "II-Remote", "CST-Remote", "Location: Remote, United States".
  /\(\s*(remote|hybrid|on[- ]?site)\s*\)/i,
  /\b[A-Za-z0-9]+\s?[-–]\s?(remote|hybrid)\b(?!\s+(?:work|support|access|team|teams|cloud|monitoring|management))/i,
  /\b(?:location|workplace|work location|work arrangement|work model|work type|workplace type|location type)\s*:\s*[*_]*\s*(remote|hybrid|on[- ]?site|in[- ]office)\b/i,
  new RegExp(String.raw`\b(?:this|the) (?:position|role|job|opportunity) (?:is|will be) (?:a |an )?(?:fully |100% |full[- ]time |permanent )*${WORKPLACE_WORD}\b`, 'i'),
  new RegExp(String.raw`\b(?:fully|100%) ${WORKPLACE_WORD} (?:role|position|job|opportunity)\b`, 'i'),
  new RegExp(String.raw`\bthis is (?:a |an )?(?:fully |100% )?${WORKPLACE_WORD} (?:role|position|job|opportunity)\b`, 'i'),
  /\b(hybrid) (?:working|work) (?:environment|model|arrangement|schedule|pattern)\b/i,
  /\ball (?:of )?our roles are (remote)\b/i,
  new RegExp(String.raw`\b(?:will|to) work ${WORKPLACE_WORD}\b|\bwill work (on[- ]?site) (?:in|at)\b`, 'i'),
];

/** The "CST-Remote" tag (WORKPLACE_PATTERNS[1]), sticky: it is tried at chosen offsets only. */
const TAG_AT = new RegExp((WORKPLACE_PATTERNS[1] as RegExp).source, 'iy');
const TAG_WORDS = /remote|hybrid/gi;
const isAsciiAlnum = (c: number): boolean => isDigitCode(c) || isAsciiLetter(c);

/**
 * The first match of the "CST-Remote" tag, the same as `WORKPLACE_PATTERNS[1].exec(text)` but
 * cheaper: that pattern tries every word of the text ("[A-Za-z0-9]+" then a dash), which made it
 * most of extractFacts' time. A match is a run of letters and digits, then 1-3 characters
 * (optional space, dash, optional space), then "remote" or "hybrid" at some offset q; so it starts
 * within the run of letters and digits that reaches q - 4, or after it, and before q. Those
 * offsets are tried in increasing order, for each "remote"/"hybrid" in turn, each offset once (so
 * the work stays linear); the first that matches is the pattern's first match. The words are
 * looked for from `from` on: no "remote" or "hybrid" is before it.
 */
function firstTag(text: string, from: number): RegExpExecArray | null {
  TAG_WORDS.lastIndex = from;
  let tried = 0; // offsets below this were tried
  for (let word = TAG_WORDS.exec(text); word; word = TAG_WORDS.exec(text)) {
    const q = word.index;
    for (let at = runStart(text, Math.max(tried, q - 4), tried, isAsciiAlnum); at < q; at++) {
      TAG_AT.lastIndex = at;
      const m = TAG_AT.exec(text);
      if (m) return m;
    }
    tried = Math.max(tried, q);
  }
  return null;
}

function workplaceOf(word: string): Workplace {
  const w = word.toLowerCase();
  if (w === 'remote') return 'remote';
  if (w === 'hybrid') return 'hybrid';
  return 'on-site';
}

/** All workplace patterns but the tag (index 1 there, tried by `firstTag`); pattern 0 stays 0. */
const WORKPLACE_ALTERNATION = alternation(WORKPLACE_PATTERNS.filter((_, k) => k !== 1));

/** Workplace stated in `text` (earliest statement, an earlier pattern winning a tie), or null. */
export function extractWorkplace(text: string): Workplace | null {
  const word = text.search(ANY_WORKPLACE_WORD);
  if (word < 0) return null; // every pattern names one: skip the scans
  // Every match captures a workplace word, and what a pattern matches before it is made of
  // `isWorkplaceLead` characters only ("Location: ", "this is a ", "("): so no match starts before
  // the run of those that ends at the first such word. A posting names its workplace, when at all,
  // mostly in its second half, and the text before is then scanned once (for the word), not again
  // for each pattern.
  const m = firstMatch(WORKPLACE_ALTERNATION, text, runStart(text, word, 0, isWorkplaceLead));
  const tag = firstTag(text, word);
  // The tag is pattern 1: at the same offset it loses to pattern 0 only.
  if (tag?.[1] !== undefined && (!m || tag.index < m.at || (tag.index === m.at && m.pattern !== 0))) return workplaceOf(tag[1]);
  return m ? workplaceOf(m.word) : null;
}
