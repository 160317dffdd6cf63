/**
 * Employment type and workplace from explicit statements only (LABELING.md): "Job Type:
 * Full-time", "Job Types: Full-time, Permanent", "This is a full time position", a line that is only
 * the type ("Part-time (20 hrs/week)"), "(Remote)", "(Remote - US)", "CST-Remote", "Work Location: In
 * person", "This position is a remote position", "fully remote role", "hybrid working environment",
 * a line or sentence that is only the workplace ("Remote (US)", "On-site."). Technical uses
 * ("hybrid cloud", "remote support"), lists of arrangements ("remote, hybrid or office roles") and
 * ability statements ("able to work in a remote environment") do not count.
 */
import type { EmploymentType, Workplace } from '../posting';
import { isAsciiAlnum, isAsciiLetter, isDigitCode, isSpaceCode, runStart } from '../char-codes';
import { LIST_MARKS } from './list-marks';

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
const BULLET = 0x2022;
const MIDDLE_DOT = 0xb7;
const GREATER_THAN = 62;
const HASH = 35;
const NEWLINE = 10;
const SPACE = 32;
const FULL_STOP = 46;
const CLOSE_PAREN = 41;
const EXCLAMATION = 33;
const QUESTION = 63;

/** White space within a line (any `\s` but a line break). */
const SP = String.raw`[^\S\n]`;
/**
 * What may start a line before a label: white space, a list bullet or heading mark, bold/italic
 * marks ("- Full-time", "  • Remote (US)", "**Hybrid**", "# On-site").
 */
const LINE_LEAD = String.raw`${SP}*(?:[-*•·>#]+${SP}*)?[*_]*`;
/** The end of a line, or of a sentence ("On-site." before the next one), after optional white space. */
const LINE_END = String.raw`${SP}*(?:[.!](?=\s|$)|(?=\n|$))`;

/** The type words, captured: "full-time", "Part time", "contractor", "temp", "intern". */
const TYPE_WORD = String.raw`(full[- ]?time|part[- ]?time|contract(?:or)?|temporary|temp|internship|intern)`;
/**
 * A field that states the employment type: "Job Type", "Job Types" (Indeed lists several),
 * "Employment Status", and the bare "Employment", "Commitment" (Lever), "Hours" and "Contract" (UK
 * boards: "Contract: Permanent, full time"). The bare "Status" only opening a line (`STATUS_LINE_BODY`). Not Workday's "Time Type": with "time" (in nearly every
 * posting) this scan took half as long again; Workday shows the value on a line of its own, which
 * the type line reads.
 */
const TYPE_FIELD = String.raw`(?:(?:job|employment|position|work|role|contract)\s*(?:types?|status)|employment|commitment|hours|contract)`;
/**
 * Values such a field may list before the type word ("Contract type: Permanent, full time",
 * "Employment Type: Regular Full-Time", "Permanent - Full Time"): known ones only, so that prose
 * after a field ("Employment: must have contract experience") is not read as its value.
 */
const TYPE_FIELD_OTHER_VALUES = String.raw`(?:(?:permanent(?: employment)?|regular|fixed[- ]term|salaried|exempt|non[- ]exempt|hourly|seasonal|casual|ongoing|adjunct)${SP}*(?:[,/|&]|[-–]${SP})?${SP}*)*`;
/**
 * Other values opening a line that is only the job's type: "Permanent, full-time", "Permanent
 * full-time". Not "Permanent contract" (a permanent job's contract, not a contract job).
 */
const LINE_OTHER_VALUES = String.raw`(?:(?:permanent(?: employment)?|regular|fixed[- ]term|salaried|hourly|seasonal|casual|ongoing)(?:${SP}*(?:[,/|&]|[-–]${SP})|${SP}(?!contract))${SP}*)*`;
/**
 * What may follow the type word on a line that is only the job's type: its hours or terms
 * ("Full-time, 36 hours per week.", "Part-time (20 hrs/week)", "Contract - 6 months"), up to 40
 * characters to the line's end and naming neither another type nor employees ("Full-time,
 * part-time and seasonal roles", "Full-time (30+ hours) employees are eligible for...").
 */
const TYPE_LINE_DETAIL = String.raw`${SP}*(?:[,(|]|[-–—]${SP})(?:(?!(?:full|part)[- ]?time|employee|staff|eligible)[^\n]){0,40}(?=\n|$)`;
/**
 * A line that is only the type, or the type and a noun or the job's hours: "Full-time", "- Full-time",
 * "Full-time, 36 hours per week.", "Part-time (20 hrs/week)", "Contract position". Not "Full-time
 * employees are eligible..." nor "Contract negotiation". Without the line start: `firstTypeLine`
 * tries it at line starts.
 */
const TYPE_LINE_BODY = String.raw`${LINE_LEAD}${LINE_OTHER_VALUES}${TYPE_WORD}\b[*_]*(?:${LINE_END}|${SP}+(?:position|role|job|opportunity|employment|assignment)\b|${TYPE_LINE_DETAIL})`;
/**
 * A line opening with a bare "Status:", "Type:" or "Schedule:" field and the type ("Status:
 * Part-time, non-exempt", "Type: Permanent, full-time (37.5 hours/week)", "Schedule: Full-time,
 * 4–5 nights a week"). Only at a line's start: in the
 * alternation, "status" (a word of many postings) made the scan half as slow again.
 */
const STATUS_LINE_BODY = String.raw`${LINE_LEAD}(?:status|type|schedule)${SP}*:${SP}*[*_]*${SP}*${TYPE_FIELD_OTHER_VALUES}${TYPE_WORD}\b`;

/** Longest line whose last words may be its type ("Position: Regional Company Driver – Full-time"). */
const TYPE_ENDING_LINE_MAX = 100;
/**
 * The end of a short line that names its type after a separator: "Position: Regional Driver –
 * Full-time", "Barista - Part-time", "Time Type: Full time", "Schedule: Full-time.", "Acme · Remote
 * (US) · Full-time" (a dash, a bar, a dot or a colon), or in parentheses ("Payroll Specialist (Part-Time)"). Tried on a line's last 40
 * characters (`typeEndingLine`).
 */
const TYPE_ENDING_BODY = String.raw`(?:(?:${SP}[-–—|·•]|:)${SP}*[*_]*${TYPE_WORD}[*_]*${SP}*\.?|${SP}\(${SP}*${TYPE_WORD}${SP}*\))${SP}*`;
/**
 * Each pattern names one type word; exported for the test that checks `extractEmploymentType`
 * against them one by one. The last, the type line, is found by `firstTypeLine`, the others by one
 * scan of their alternation.
 */
export const TYPE_PATTERNS: readonly RegExp[] = [
  // A field: "Job Type: Full-time", "Job Types: Full-time, Permanent", "Contract type: Permanent, full time".
  new RegExp(String.raw`\b${TYPE_FIELD}\s*[:\-–]\s*[*_]*\s*${TYPE_FIELD_OTHER_VALUES}${TYPE_WORD}\b`, 'i'),
  // "This is a full time position", "This is a 6-month contract role", "This position is part-time ... opportunity".
  new RegExp(
    String.raw`\bthis (?:is (?:a|an) )?(?:position is (?:a |an )?)?(?:\d+[- ]?(?:month|week|year)s?[- ])?${TYPE_WORD}\b(?:[\s,]+(?:[\w-]+\s+){0,2})?(?:position|role|job|opportunity|assignment|engagement)`,
    'i',
  ),
  new RegExp(String.raw`\bfor this ${TYPE_WORD} (?:position|role|job|opportunity)`, 'i'),
  new RegExp(String.raw`\b(?:position|role|job) is (?:a |an )?${TYPE_WORD}\b`, 'i'),
  new RegExp(String.raw`(?:^|\n)${TYPE_LINE_BODY}`, 'i'),
  // "Status: Part-time, non-exempt" opening a line.
  new RegExp(String.raw`(?:^|\n)${STATUS_LINE_BODY}`, 'i'),
  // A short line ending in the type (TYPE_ENDING within the line's last 40 characters): "Barista - Part-time".
  new RegExp(String.raw`(?:^|\n)(?=[^\n]{5,${TYPE_ENDING_LINE_MAX}}(?:\n|$))[^\n]*?(?=[^\n]{0,40}(?:\n|$))${TYPE_ENDING_BODY}(?=\n|$)`, 'i'),
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
 * All type patterns but the line (found by `firstTypeLine`). No cheap test before it: one for a
 * type word ("full-time", "contract", "temp", "intern") passes on nearly every posting ("internal",
 * "template") and cost as much as this scan. Nor a start past the first such word (as
 * `extractWorkplace` does): that scan, without the `\b` every pattern here opens with, cost more
 * than it saved.
 */
const TYPE_ALTERNATION = alternation(TYPE_PATTERNS.slice(0, -1));
/** The type line's body, sticky: tried at line starts only. */
const TYPE_LINE_AT = new RegExp(TYPE_LINE_BODY, 'iy');
/** The status line's body, sticky: tried at line starts that open with "status", "type" or "schedule". */
const STATUS_LINE_AT = new RegExp(STATUS_LINE_BODY, 'iy');
/** The characters LINE_LEAD matches: white space but a line break, "-", "*", "•", "·", ">", "#", "_". */
const isLineLead = (c: number): boolean =>
  (c !== NEWLINE && isSpaceCode(c)) || c === HYPHEN || c === STAR || c === BULLET || c === MIDDLE_DOT || c === GREATER_THAN || c === HASH || c === UNDERSCORE;
/** Whether `text` has `lower` (lower-case ASCII letters) at `at`, in either case. */
function hasLettersAt(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(at + k) | 32) !== lower.charCodeAt(k)) return false; // only a letter's two cases fold to one
  return true;
}
/** Whether a type word may start at `at`: its first four letters ("full", "part", "cont", "temp", "inte") are there. */
function mayStartTypeWord(text: string, at: number): boolean {
  switch (text.charCodeAt(at) | 32) {
    case 102:
      return hasLettersAt(text, at + 1, 'ull');
    case 112:
      return hasLettersAt(text, at + 1, 'art');
    case 99:
      return hasLettersAt(text, at + 1, 'ont');
    case 116:
      return hasLettersAt(text, at + 1, 'emp');
    case 105:
      return hasLettersAt(text, at + 1, 'nte');
    default:
      return false;
  }
}

/**
 * The first match of the type line (TYPE_PATTERNS' last) that starts before `before`: its offset
 * (the line break before the line, or 0), as that pattern's first match. The pattern can match
 * only at a line start, so only line starts are tried, and of those only the ones whose first
 * letters after LINE_LEAD's start a type word (trying every line that starts with "t", "p" or "c"
 * cost as much again). Joined to TYPE_ALTERNATION instead, it made that scan half again as slow
 * (the alternation loses its quick test of the first characters); a posting has few lines, and
 * `indexOf` finds their breaks fast.
 */
function firstTypeLine(text: string, before: number): { at: number; word: string } | null {
  for (let line = 0; (line === 0 ? 0 : line - 1) < before; ) {
    let c = line;
    while (c < text.length && isLineLead(text.charCodeAt(c))) c++;
    if (mayStartTypeWord(text, c)) {
      TYPE_LINE_AT.lastIndex = line;
      const m = TYPE_LINE_AT.exec(text);
      if (m?.[1] !== undefined) return { at: line === 0 ? 0 : line - 1, word: m[1] };
    }
    const initial = text.charCodeAt(c) | 32;
    if ((initial === 115 && (hasLettersAt(text, c + 1, 'tatus') || hasLettersAt(text, c + 1, 'chedule'))) || (initial === 116 && hasLettersAt(text, c + 1, 'ype'))) {
      STATUS_LINE_AT.lastIndex = line;
      const m = STATUS_LINE_AT.exec(text);
      if (m?.[1] !== undefined) return { at: line === 0 ? 0 : line - 1, word: m[1] };
    }
    const lineBreak = text.indexOf('\n', line);
    const word = typeEndingLine(text, line, lineBreak < 0 ? text.length : lineBreak);
    if (word) return { at: line === 0 ? 0 : line - 1, word };
    if (lineBreak < 0) return null;
    line = lineBreak + 1;
  }
  return null;
}

const TYPE_ENDING = new RegExp(`${TYPE_ENDING_BODY}$`, 'i');
/** The type word a short line ends with after a separator (TYPE_ENDING), or null. */
function typeEndingLine(text: string, start: number, end: number): string | null {
  if (end - start > TYPE_ENDING_LINE_MAX || end - start < 5) return null;
  let last = end - 1;
  while (last > start && isSpaceCode(text.charCodeAt(last))) last--;
  // Every type word ends in "e", "t", "y", "p", "r" or "n" (full-time, contract, temporary, temp,
  // contractor, intern), maybe with a full stop, emphasis or a closing parenthesis after.
  const code = text.charCodeAt(last);
  const c = code | 32;
  if (c !== 101 && c !== 116 && c !== 121 && c !== 112 && c !== 114 && c !== 110 && code !== FULL_STOP && code !== STAR && code !== UNDERSCORE && code !== CLOSE_PAREN) return null;
  const m = TYPE_ENDING.exec(text.slice(Math.max(start, end - 40), end));
  return m ? (m[1] ?? m[2] ?? null) : null; // the word after a separator, or in parentheses
}

/** Employment type stated in `text` (earliest statement), or null. */
export function extractEmploymentType(text: string): EmploymentType | null {
  const m = firstMatch(TYPE_ALTERNATION, text, 0);
  // No tie: the line's match starts at a line break (or the text's start), the others' at a word.
  const line = firstTypeLine(text, m ? m.at : text.length);
  if (line) return typeOf(line.word);
  return m ? typeOf(m.word) : null;
}

/**
 * The workplace words a statement names ("This is an in-person role", "Work Location: In person").
 * Not "office-based": with it, the search for the first word took half as long again.
 */
const WORKPLACE_WORD = String.raw`(remote|hybrid|on[- ]?site|in[- ](?:office|person)|office[- ]based)`;
/**
 * The workplace words a tag or a lone line names: not "in person", which alone ("Interview (in
 * person)") is as often about the interview as about the job.
 */
const TAG_WORKPLACE_WORD = String.raw`(remote|hybrid|on[- ]?site|in[- ]office)`;
/**
 * Any arrangement, uncaptured: when one directly follows or precedes another across a comma,
 * slash or "or" ("remote, hybrid or office roles", "(Office/Remote)"), the words list what an
 * employer offers, not what this job is.
 */
const ARRANGEMENT = String.raw`(?:remote|hybrid|on[- ]?site|in[- ]office|in[- ]person|office)`;
/** What separates a tag's workplace from its details: "(Remote - US)", "(London, Hybrid)", "(US | Remote)". */
const TAG_SEPARATOR = String.raw`[-–—,:/|]`;
/**
 * What may follow the workplace on a line that is only the job's workplace: where or how ("Remote
 * (US)", "Hybrid, London", "Remote - US", "On-site in Austin, TX"), up to 40 characters to the end
 * of the line or sentence, and not another arrangement ("Remote, hybrid or office").
 */
const WORKPLACE_LINE_DETAIL = String.raw`(?:${SP}*(?:[,(|]|[-–—]${SP})|${SP}+in${SP}+)(?!${SP}*(?:or |and )?${ARRANGEMENT}\b)[^\n]{0,40}?${LINE_END}`;
/**
 * The first workplace word a pattern names (WORKPLACE_WORD's). The lookahead after "in" changes no
 * match; with it V8 ran this search (through the whole of a posting that names none) a tenth faster.
 */
const FIRST_WORKPLACE_WORD = /remote|hybrid|on[- ]?site|in(?=[- ][op])[- ](?:office|person)|office[- ]based/i;
/** The workplace words a line that is only the workplace names: not "in office" (rare alone on a line). */
const LINE_WORKPLACE_WORD = String.raw`(remote|hybrid|on[- ]?site)`;
/**
 * The characters the scanned WORKPLACE_PATTERNS (all but the "CST-Remote" tag, the line, and the
 * tag that ends with the word) match before the workplace word: letters, digits, white space, "(",
 * ":", "*", "_", "%" and "-" ("Location: **", "This role is 100% ").
 */
const isWorkplaceLead = (c: number): boolean =>
  isAsciiLetter(c) || isDigitCode(c) || isSpaceCode(c) || c === OPEN_PAREN || c === COLON || c === STAR || c === UNDERSCORE || c === PERCENT || c === HYPHEN;
/**
 * A line or sentence that is only the workplace, perhaps with where or how: "Remote", "- Remote
 * (US)", "Hybrid, London", "Remote - US", "On-site in Austin, TX", "Fully remote", "Hybrid working",
 * "Full-time, 36 hours per week. On-site.". Not "Remote support ...", a list ("Remote, hybrid or
 * office"), nor one item of a list of arrangements (the next line is another). Without the line or
 * sentence start: `firstAtWords` tries it there.
 */
const WORKPLACE_LINE_BODY = String.raw`${LINE_LEAD}(?:fully |100% )?${LINE_WORKPLACE_WORD}(?:${SP}+work(?:ing)?)?[*_]*(?:${LINE_END}|${WORKPLACE_LINE_DETAIL})(?!\s*(?:[-*•·]+${SP}*)?${ARRANGEMENT}\b)`;
/**
 * The most characters a scanned pattern holds before its word that are not all `isWorkplaceLead`'s:
 * a tag that ends with the workplace ("(London, Hybrid)") or a location field that does
 * ("Location: Bengaluru (Whitefield) – Hybrid"), at most 55; the job's other facts before the word
 * ("This is a full-time (38 hours), "), at most 87.
 */
const LEAD_REACH = 90;
/**
 * Each pattern names one workplace word; exported for the test that checks `extractWorkplace`
 * against them one by one. The "CST-Remote" tag (1) and the line (the last) are tried at the
 * workplace words by `firstAtWords`, the others by one scan of their alternation.
 */
export const WORKPLACE_PATTERNS: readonly RegExp[] = [
  // A location/title tag: "(Remote)", "II-Remote", "CST-Remote" (within a line: "Remote\n- Hybrid" is
  // a list), "Location: Remote, United States".
  // In full-width brackets too, as Chinese and Japanese text writes them: "現場職務（on-site）".
  // And "(Onsite job)", "(Remote role)".
  new RegExp(String.raw`[(（]\s*${TAG_WORKPLACE_WORD}(?:\s+(?:job|role|position))?\s*[)）]`, 'i'),
  /\b[A-Za-z0-9]+[^\S\n]?[-–][^\S\n]?(remote|hybrid)\b(?!\s+(?:work|support|access|team|teams|cloud|monitoring|management))/i,
  // A field: "Location: Remote", "Work Location: In person" (Indeed), "Workplace type: Hybrid", "Site: On-site at the campus",
  // "Working pattern: Fully remote". Not Workday's "Remote Type": a label that starts with a
  // workplace word made the scan a tenth slower.
  new RegExp(
    String.raw`\b(?:location|workplace|(?:work )?site|work(?:ing)? (?:location|arrangement|model|type|mode|setting|pattern|policy)|workplace type|location type|remote policy|office policy)\s*:\s*[*_]*\s*(?:fully |100% )?${WORKPLACE_WORD}\b`,
    'i',
  ),
  // A location field whose place ends with the workplace: "Location: Bengaluru (Whitefield) – Hybrid,
  // 3 days a week from office", "Location: Austin, TX | Remote", a pin for the label ("📍 Makati City – onsite"). At most 55 characters to the word (LEAD_REACH).
  /(?:\blocation[^\S\n]?:|📍)[^\S\n]?[^\n:]{1,40}?[^\S\n](?:[-–—|][^\S\n]?|\()(remote|hybrid|on[- ]?site)\b/i,
  // "The position is based on-site at the plant", "This role will be based remote", "This position
  // works on-site at the courthouse", "This position is eligible for a hybrid schedule", "The contract is fully remote".
  new RegExp(String.raw`\b(?:this|the) (?:position|role|job|opportunity|internship|assignment|contract|engagement|post) (?:is|will be|works) (?:based |eligible for )?(?:a |an )?(?:fully |100% |full[- ]time |permanent )*${WORKPLACE_WORD}\b`, 'i'),
  new RegExp(String.raw`\b(?:fully|100%) ${WORKPLACE_WORD} (?:role|position|job|opportunity)\b`, 'i'),
  // "Work is on-site on 12-hour rotating shifts", "All work is performed on-site".
  new RegExp(String.raw`(?:^|\n|[.!?:]${SP})${SP}*(?:all |the )?work is (?:done |carried out |performed )?(?:fully |100% )?${WORKPLACE_WORD}\b`, 'i'),
  // "Fully remote within Serbia", "100% remote from anywhere in Spain": where the remote work may be done.
  /\b(?:fully|100%) (remote) (?:within|from anywhere in|anywhere in|across) (?:the )?[A-Z]/,
  // "This is an on-site, direct patient care position": up to three words between; after up to two
  // others of the job's, each with its comma ("This is a full-time (38 hours), on-site, clinic-based role").
  new RegExp(
    String.raw`\bthis is (?:a |an )?(?:(?:fully |entirely )?[\w-]{1,16}(?:[^\S\n]\([^()\n]{1,14}\))?,[^\S\n]){0,2}(?:fully |100% )?${WORKPLACE_WORD}(?:,?[^\S\n]+[\w-]+){0,3}? (?:role|position|job|opportunity|post|assignment)\b`,
    'i',
  ),
  // The role by its title: "The Medical Science Liaison (MSL) is a field-based, remote position" (its
  // lead within LEAD_REACH of the word: a title of 40 characters, one other fact).
  new RegExp(
    String.raw`\b(?:the|our) [A-Z][^.\n]{0,40}? is an? (?:[\w-]{1,16},[^\S\n])?(?:fully |100% )?${WORKPLACE_WORD} (?:role|position|job)\b`,
    'i',
  ),
  /\b(hybrid) (?:working|work) (?:environment|model|arrangements?|schedule|pattern)\b/i,
  // On site for the working week: "Full-time on site, Monday to Friday", "on-site Mon–Fri".
  /\b(on[- ]?site),?[^\S\n]+(?:from[^\S\n]+)?mon(?:day)?[^\S\n]*(?:to|through|thru|-|–)[^\S\n]*fri(?:day)?\b/i,
  // The model the job follows, with its terms: "this position follows a hybrid model with a minimum
  // of three days per week on-site".
  /\b(?:an?|flexible) (?:flexible )?(hybrid|remote) (?:model|arrangement|schedule|pattern) (?:with|of|where|in which)\b/i,
  // A line or sentence that opens with the workplace of the role: "- On-site role based at our Carindale clinic",
  // "Remote position, US only", "… + quarterly bonus. On-site role in our Poblenou office". Not a field's label ("Remote job: No").
  new RegExp(String.raw`(?:^|\n|(?<=[.!?][^\S\n]))[^\S\n]*(?:[-*][^\S\n]*)?(?:fully |100% )?${WORKPLACE_WORD}[^\S\n]+(?:role|position|job)\b(?![^\S\n]*:)`, 'i'), // not USAJobs' "Remote job: No"
  // "Hybrid – a minimum of 3 days per week on site", "Hybrid: 2 days a week in the office", "Hybrid – 3 days onsite in Kendall Square".
  // "Hybrid model: three days a week at our office", "Hybrid working – two days per week in our
  // office", "Hybrid: Tuesday to Thursday in our Shoreditch office", "a hybrid pattern: a minimum of three days per week on site".
  /\b(hybrid)(?:[^\S\n]+(?:model|mode|working|work|arrangement|schedule|pattern|policy))?[^\S\n]*[-–—:,][^\S\n]*(?:an? )?(?:minimum of |at least |typically |usually )?(?:(?:\d|one|two|three|four)\+? days? (?:(?:a|per|each) week|on[- ]?site|in (?:the |our )?office)\b|(?:mon|tues|wednes|thurs|fri)days?\b)/i,
  // A line that opens with the arrangement, a dash, then how it works: "- Hybrid working – field-based
  // most days, report writing from home and one team day a week at our office".
  /(?:^|\n)[^\S\n]*(?:[-*•·▪][^\S\n]*)?(hybrid)(?:[^\S\n]+(?:working|work|model|arrangement|schedule|pattern))?[^\S\n]+[–—-][^\S\n]+\S/i,
  // A line that opens with the arrangement's name, maybe after a bullet or an emoji: "- Hybrid pattern
  // after probation: newsroom-based three days a week", "🏠 Hybrid set-up: 3 days on client site".
  /(?:^|\n)[^\S\n]*(?:[^\w\s]{1,3}[^\S\n]*)?(hybrid)[^\S\n]+(?:working|pattern|model|arrangement|schedule|set-?up)\b/i,
  // The employer's own arrangement the job moves to: "this role moves to our hybrid schedule".
  /\b(?:our|the role's|this role's) (hybrid) (?:schedule|model|arrangement)\b/i,
  // A perk or a field about this job's own arrangement: "Hybrid working: three days in our office".
  /\b(hybrid)[^\S\n]+(?:work|working|schedule|mode)[^\S\n]*:/i,
  // What the employer offers this job: "we offer hybrid working", "you'll enjoy flexible hybrid working";
  // not what it cannot offer ("we can't offer hybrid working").
  /(?<!\b(?:can['’]?t|cannot|not|unable to|don['’]t|won['’]t|doesn['’]t)[^\S\n]+)\b(?:offer|offers|enjoy)[^\S\n]+(?:flexible[^\S\n]+)?(hybrid)[^\S\n]+working\b/i,
  /\ball (?:of )?our roles are (remote)\b/i,
  // The employer says what the team is: "We're hybrid.", "We are a fully remote company."
  /\bwe(?:'re|’re| are) (?:a )?(?:fully )?(hybrid|remote)(?: (?:team|company|organi[sz]ation))?[.!;]/i,
  // "We are working fully remote since 2020", "we have been working remotely".
  /\bwe(?:'re|’re| are| have been|'ve been|’ve been) (?:working|operating) (?:fully |100% |entirely )?(remote|hybrid)(?:ly)?\b/i,
  // "The role is based in our City of London office on a hybrid basis".
  /\b(?:on|in) a (?:fully )?(hybrid|remote)(?: working)? basis\b/i,
  new RegExp(String.raw`\b(?:will|to) work ${WORKPLACE_WORD}\b|\bwill work (on[- ]?site) (?:in|at)\b`, 'i'),
  // A tag that starts with the workplace, with details: "(Remote - US)", "(Hybrid - 2 days a week in
  // the office)", "(hybrid, 3 days in office in Chicago)". Not a list ("(remote, hybrid, or office
  // roles)", "(Remote/Hybrid)"), nor "(remote-first)", "(remote-friendly)" (the company's culture).
  new RegExp(
    String.raw`\(\s*${TAG_WORKPLACE_WORD}(?!-(?:first|friendly)\b)\s*${TAG_SEPARATOR}(?!\s*(?:or |and )?${ARRANGEMENT}\b)\s*[^()\n]{1,40}\)`,
    'i',
  ),
  // A tag that ends with the workplace: "(London, Hybrid)", "(US | Remote)", "(Austin, TX: On-site)"
  // ("(US - Remote)" is also the tag above). Not the last item of a list ("(Office/Remote)",
  // "(on-site, hybrid, remote)"). At most 55 characters from its "(" to its word (LEAD_REACH).
  new RegExp(
    String.raw`\([^()\n]{1,40}?${TAG_SEPARATOR}(?<!${ARRANGEMENT}\s*${TAG_SEPARATOR})[^\S\n]{0,3}${TAG_WORKPLACE_WORD}\s*\)`,
    'i',
  ),
  new RegExp(String.raw`(?:^|\n|[.!?]${SP})${WORKPLACE_LINE_BODY}`, 'i'),
];

/** The "CST-Remote" tag (WORKPLACE_PATTERNS[1]), sticky: it is tried at chosen offsets only. */
const TAG_AT = new RegExp((WORKPLACE_PATTERNS[1] as RegExp).source, 'iy');
/** The line (WORKPLACE_PATTERNS' last), sticky: it is tried at the start of a workplace word's line or sentence only. */
const LINE_AT = new RegExp((WORKPLACE_PATTERNS[WORKPLACE_PATTERNS.length - 1] as RegExp).source, 'iy');
/**
 * Where the tag's and the line's words may be: "remote", "hybrid", and the "site" of "on-site",
 * "on site", "onsite" (`onSiteStart` checks the "on"). With "on[- ]?site" itself, this scan (over
 * the rest of every posting that names a workplace) took three times as long.
 */
const LINE_WORDS = /remote|hybrid|site/gi;
/** Whether `text` has "on" (either case) at `at`. */
const isOnAt = (text: string, at: number): boolean => at >= 0 && (text.charCodeAt(at) | 32) === 111 && (text.charCodeAt(at + 1) | 32) === 110;
/** The start of "on-site", "on site" or "onsite" whose "site" is at `site`, or -1. */
function onSiteStart(text: string, site: number): number {
  const c = text.charCodeAt(site - 1);
  if (c === HYPHEN || c === SPACE) return isOnAt(text, site - 3) ? site - 3 : -1;
  return isOnAt(text, site - 2) ? site - 2 : -1;
}
/** "fully " or "100% " right before a line's word. */
const FULLY_AT = /fully |100% /iy;

/** Whether `c` is a line break or ends a sentence: what the line pattern starts at, but for the text's start. */
const isLineBoundary = (c: number): boolean => c === NEWLINE || c === FULL_STOP || c === EXCLAMATION || c === QUESTION;

/**
 * Where the line pattern could match for a workplace word at `q`: at the text's start, or at the
 * line break or sentence end (".", "!", "?", then white space) before the word, with only
 * LINE_LEAD's characters and "fully "/"100% " between. -1 when the word is not so placed.
 */
function lineStartOf(text: string, q: number): number {
  let b = runStart(text, q, 0, isLineLead);
  // "fully " or "100% " (the space is LINE_LEAD's, the "y" or "%" not): the lead before those.
  const last = text.charCodeAt(b - 1);
  if ((last | 32) === 121 || last === PERCENT) {
    const word = b - (last === PERCENT ? 4 : 5);
    FULLY_AT.lastIndex = word;
    if (word >= 0 && FULLY_AT.test(text) && FULLY_AT.lastIndex === q) b = runStart(text, word, 0, isLineLead);
  }
  if (b === 0) return 0;
  return isLineBoundary(text.charCodeAt(b - 1)) ? b - 1 : -1;
}

/**
 * The first matches of the patterns tried at workplace words: the "CST-Remote" tag and the line,
 * the same as `WORKPLACE_PATTERNS[1].exec(text)` and the last pattern's, but cheaper. The tag
 * pattern tries every word of the text ("[A-Za-z0-9]+" then a dash), which made it most of
 * extractFacts' time; in the scanned alternation, the line pattern (which starts at every line
 * break and sentence end) made it a tenth slower.
 *
 * A tag is a run of letters and digits, then 1-3 characters (optional space, dash, optional
 * space), then "remote" or "hybrid" at some offset q; so it starts within the run of letters and
 * digits that reaches q - 4, or after it, and before q. Those offsets are tried in increasing
 * order, for each "remote"/"hybrid" in turn, each offset once (so the work stays linear); the first
 * that matches is the pattern's first match. A line holds its word, and can start only where
 * `lineStartOf` says; those starts do not decrease from one word to the next, and each is tried
 * once. The words are looked for from `from` on: none is before it.
 */
function firstAtWords(text: string, from: number): { tag: RegExpExecArray | null; line: RegExpExecArray | null } {
  LINE_WORDS.lastIndex = from;
  let tag: RegExpExecArray | null = null;
  let line: RegExpExecArray | null = null;
  let tried = 0; // tag offsets below this were tried
  let lineTried = -1; // the last line start tried
  for (let word = LINE_WORDS.exec(text); word && !(tag && line); word = LINE_WORDS.exec(text)) {
    const initial = text.charCodeAt(word.index) | 32;
    const q = initial === 115 ? onSiteStart(text, word.index) : word.index; // "site": its "on"
    if (q < 0) continue;
    if (!tag && (initial === 114 || initial === 104)) {
      // "remote" or "hybrid"
      for (let at = runStart(text, Math.max(tried, q - 4), tried, isAsciiAlnum); at < q && !tag; at++) {
        TAG_AT.lastIndex = at;
        tag = TAG_AT.exec(text);
      }
      tried = Math.max(tried, q);
    }
    const start = line ? -1 : lineStartOf(text, q);
    if (start > lineTried) {
      LINE_AT.lastIndex = start;
      line = LINE_AT.exec(text);
      lineTried = start;
    }
  }
  return { tag, line };
}

function workplaceOf(word: string): Workplace {
  const w = word.toLowerCase();
  if (w === 'remote') return 'remote';
  if (w === 'hybrid') return 'hybrid';
  return 'on-site';
}

/** All workplace patterns but the tag (1) and the line (the last), tried by `firstAtWords`; pattern 0 stays 0. */
const WORKPLACE_ALTERNATION = alternation(WORKPLACE_PATTERNS.slice(0, -1).filter((_, k) => k !== 1));

/** Workplace stated in `text` (earliest statement, an earlier pattern winning a tie), or null. */
export function extractWorkplace(text: string): Workplace | null {
  const word = text.search(FIRST_WORKPLACE_WORD);
  if (word < 0) return null; // every pattern names one: skip the scans
  // Every match captures a workplace word, and what a scanned pattern matches before it is made of
  // `isWorkplaceLead` characters only ("Location: ", "this is a ", "("), but for the tag that ends
  // with the word and the job's other facts before it, which start at most LEAD_REACH characters
  // before it: so no match starts before the run of those that ends at the first such word, or that
  // reach. A posting names its
  // workplace, when at all, mostly in its second half, and the text before is then scanned once
  // (for the word), not again for each pattern.
  const start = Math.min(runStart(text, word, 0, isWorkplaceLead), Math.max(0, word - LEAD_REACH));
  const m = firstMatch(WORKPLACE_ALTERNATION, text, start);
  const { tag, line } = firstAtWords(text, word);
  // The earliest; at the same offset the earlier pattern: the tag (1) loses to pattern 0 only, the
  // line (the last) to all.
  let best = m ? { at: m.at, word: m.word } : null;
  if (tag?.[1] !== undefined && (!m || tag.index < m.at || (tag.index === m.at && m.pattern !== 0))) best = { at: tag.index, word: tag[1] };
  if (line?.[1] !== undefined && (!best || line.index < best.at)) best = { at: line.index, word: line[1] };
  return best ? workplaceOf(best.word) : null;
}

/**
 * How much of the week the job is in the office, said without the workplace words: "Work from
 * office, 5 days a week" (India's usual words), "Location: Pune – site based", "- Working on-site at our Milan office", "On-site at our Marina
 * Bay office", "Full-time, on-site at our Alpine Avenue service center", "This is a
 * site-based role", "a hands-on, on-farm role" (not "field-based", which LABELING.md leaves unset:
 * a field's round may start from home), "The role is primarily
 * site-based at our Dublin 8 project", "We work in person, five
 * days a week, from our office in SoMa", "up to two days per
 * week working from home", "two days of mobile working per week", "three days in the office, two
 * from home". Read when nothing else named
 * the workplace. Office days below five, or home days, make it hybrid.
 */
/** Places whose days are all on site, unlike an office's: "site-based", "lab-based", "practice-based", "ward-based". */
const SITE_PLACES = 'site|laboratory|lab|plant|farm|workshop|depot|warehouse|practice|clinic|store|studio|ward|hospital';
const ON_SITE_BASED = new RegExp(String.raw`(?:${SITE_PLACES})[- ]based|on[- ]farm`, 'i');
const OFFICE_WORDS = new RegExp(String.raw`\blocation[^\S\n]?:[^\n]{1,60}?[^\S\n][-–—|][^\S\n]?(?:fully |entirely )?(?:site|office)[- ]based\b|(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]*)?(?:fully |entirely |100% )?(?:office|site)[- ]based(?: (?:at|in|from)\b|[^\S\n]*[(,–—])|(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]*)?(?:work(?:ing)? )?on[- ]?site (?:at|in|from) (?:our|the)\b|\bwork(?:ing)? from (?:the |our )?office\b|\bon[- ]?site at (?:our|the) [^\n.;]{0,40}?\b(?:office|cent(?:er|re)|facility|plant|complex|refinery|terminal|mine|yard|airport|hub|store|clinic|hospital|lab|laboratory|workshop|depot|warehouse|campus|HQ|headquarters|site)\b|\bWFO\b|\bbased on[- ]site (?:at|in)\b|\bon[- ]site every (?:day|shift)\b|\(\s*(?:office|site)[- ]based (?:at|in)\b|\b(?:fully |entirely )?(?:(?:site|laboratory|lab|plant|office|farm|workshop|depot|warehouse)-?\s(?:and|&)\s)?(?:office|${SITE_PLACES})[- ]based (?:[A-Za-z]{2,12} ){0,2}(?:role|position|job|post)\b|(?:^|\n)[^\S\n]*(?:workplace:[^\S\n]*)?work at office\b|\bon[- ]farm (?:[A-Za-z]{2,12} ){0,2}(?:role|position|job)\b|\bin[- ](?:clinic|store|studio|salon) (?:role|position|job)\b|\b(?:we|you['’]ll|you will) (?:all )?work (?:fully )?(?:in[- ]person|on[- ]?site)\b|\bthis (?:role|position|job) is (?:fully )?in[- ]person\b|\b(?:the|this) (?:role|position|job|post) is (?:primarily |mainly |largely |predominantly |fully )?(?:site|office|plant|lab|laboratory)[- ]based\b`, 'i');
const HOME_DAYS =
  /\bwork(?:ing)?\s+(?:from home|remotely)\s+(?:for\s+)?(?:up to\s+)?(?:\d|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\b|\b(?:up to |one or two |two or three )?(?:\d|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\s+(?:working\s+)?(?:from home|at home|remotely|remote|WFH)\b|\b(?:\d|one|two|three|four)\s+days?\s+of\s+(?:mobile|remote|home)[- ]?(?:working|work|office)\s+(?:a|per|each)\s+week\b|\b(?:\d|one|two|three|four)\s+(?:days?\s+)?(?:from home|WFH)\b/i;
const FEWER_OFFICE_DAYS = /^[^\n]{0,40}?\b([1-4]|one|two|three|four)\s+days?\b/i;

/** A role worked from home, said so: "This is a home-based role", "a fully home-based position". */
const HOME_BASED = /\b(?:this is an? |fully |entirely )home[- ]based (?:role|position|job|post)\b/i;

/**
 * A line headed by the workplace and a colon, then how: "🏢 Hybrid: our office is in Kalasatama,
 * most of the team is there Tuesday to Thursday", "- Remote: we are a distributed team", or after a
 * sentence ("… an 8% target. Hybrid: in office Tuesday to Thursday"). Not a "No"
 * after it ("Remote: not possible").
 */
const WORKPLACE_LABEL = new RegExp(String.raw`(?:^|\n|(?<=[.!][^\S\n]))[^\S\n]*(?:[${LIST_MARKS}][^\S\n]*)*(hybrid|remote|on[- ]?site)[^\S\n]*:[^\S\n]*(?!no\b|not\b|none\b|n\/a\b)\S`, 'iu');
/**
 * On site said by what it is not: "(office-based)" after a place, "it is not a remote or hybrid
 * position", "we're not able to offer remote or hybrid work for this position" (not "to residents of Alaska"),
 * "it isn't suitable for remote or hybrid working".
 */
const NOT_REMOTE = /\((?:fully |entirely )?(?:office|site)[- ]based\)|\b(?:is not|isn['’]t) suitable for (?:remote|hybrid)(?: or (?:remote|hybrid))? work(?:ing)?\b|\bis not an? (?:remote|hybrid)(?: or (?:remote|hybrid))? (?:role|position|job)\b|\b(?:not able to|unable to|can(?:no|['’])t) offer (?:remote|hybrid)(?: or (?:remote|hybrid))? (?:work(?:ing)?|options?)(?:[^\S\n]+(?:for|in) this (?:role|position|job)\b|[^\S\n]*(?:[.!;]|$))/im;

export function workplaceInPlainWords(text: string): Workplace | null {
  if (HOME_DAYS.test(text)) return 'hybrid';
  if (HOME_BASED.test(text)) return 'remote';
  const label = WORKPLACE_LABEL.exec(text);
  if (label) return workplaceOf(label[1] ?? '');
  if (NOT_REMOTE.test(text)) return 'on-site';
  const office = OFFICE_WORDS.exec(text);
  if (!office) return null;
  // A site's, a plant's or a lab's days are all on-site, the office's among them ("primarily
  // site-based …, with one day per week in our head office"); fewer days in an office leave the rest at home.
  if (ON_SITE_BASED.test(office[0])) return 'on-site';
  return FEWER_OFFICE_DAYS.test(text.slice(office.index + office[0].length, office.index + office[0].length + 60)) ? 'hybrid' : 'on-site';
}
