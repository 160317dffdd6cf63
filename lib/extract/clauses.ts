/**
 * Splits text into clauses: the unit that evidence points at and that "preferred"/"a plus" applies
 * to. Boundaries: line breaks, sentence ends, semicolons, and two run-on cues common in postings
 * flattened to one line: a lowercase marker ending a clause ("ITIL certification preferred A+
 * certification preferred") and a closing parenthesis followed by a capital ("(VMWare preferred)
 * Experience and Knowledge of ...").
 */
import { isAsciiLetter, isSpaceCode } from '../char-codes';

/** A clause's offsets in the text (trimmed). */
export interface Span {
  start: number;
  end: number;
}

/** Words a period ends that end no sentence: "e.g.", "Inc.", and degrees ("B.Sc. in Computer Science", "J.D. from"). */
const ABBREVIATIONS = /(?:^|[\s(/])(?:e\.g|i\.e|vs|inc|ltd|co|jr|sr|dr|mr|ms|mrs|no|approx|u\.s|st|b\.sc|m\.sc|b\.s|m\.s|b\.a|m\.a|ph\.d|j\.d|b\.com|m\.com|b\.e|b\.tech|m\.tech)\.$/i;

const MAX_CLAUSE = 600;

const SPACE = 32;
const COMMA = 44;
const NEWLINE = 10;
const SEMICOLON = 59;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;
const CLOSE_PAREN = 41;

const LOWER_C = 99;
const UPPER_C = 67;


/**
 * The char code at `i`, or -1 outside the text: reading past either end gives NaN, which made V8
 * drop its optimized code for the loop and rebuild it with slower, NaN-aware reads.
 */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** Appends the clause `text[start, end)`, trimmed of white space, unless nothing is left. */
function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/**
 * Where a clause may end while it is short: a line break, ";", ".", "!", "?", ")", or the space
 * after a trailing marker and before a capital ("... preferred A+ ...", "... a plus MCSE ..."): a
 * marker closes a run-on clause. (The marker words cannot be cut short by the window of 12
 * characters the marker test used to look at: each leaves room for the character before it.)
 * Every match ends just after the character to act on, so a `test` call (no match array) finds it
 * at `lastIndex - 1`.
 */
/** A bracket that holds only an acronym, ending at the ")" of the text it is tested on: "(QQI)", "(NFQ)", "(CIPD)". */
const ACRONYM_BRACKET = /\w[^\S\n]\([A-Z][A-Z0-9&]{1,7}\)$/;
const CANDIDATE = /[\n;.!?)]|(?:\bpreferred|\bdesired|\ba plus|\brequired) (?=[A-Z])/g;

/**
 * Clause spans of `text`, in order; never empty-length.
 *
 * A native scan (CANDIDATE) jumps from one possible boundary to the next: a JavaScript loop over
 * every character, which this was, is ~3× slower, and nearly all characters end nothing. A clause
 * grown past MAX_CLAUSE is cut at its next separator, found character by character (`cutAfter`).
 */
export function splitClauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  CANDIDATE.lastIndex = 0;
  // A boundary found but not reached yet (a long clause was cut before it), or -1: it is kept, not
  // searched for again, or text without any would be rescanned after each cut (quadratic).
  let pending = -1;
  for (;;) {
    const i = pending >= 0 ? pending : CANDIDATE.test(text) ? CANDIDATE.lastIndex - 1 : n;
    pending = -1;
    if (i - start > MAX_CLAUSE) {
      // No sentence is this long: cut, so per-clause work stays linear on run-on text. Every
      // boundary character is a cut character too, so the cut is at `i` at the latest.
      const cut = cutAfter(text, start);
      if (cut >= n) break;
      pushTrimmed(spans, text, start, cut + 1);
      start = cut + 1;
      if (cut < i) pending = i;
      continue;
    }
    if (i >= n) break;
    const code = text.charCodeAt(i);
    if (code === NEWLINE || code === SEMICOLON) {
      pushTrimmed(spans, text, start, i);
      start = i + 1;
    } else if (code === PERIOD || code === BANG || code === QUESTION) {
      if (i + 1 < n && !isSpaceCode(text.charCodeAt(i + 1))) continue; // "Node.js", "3.7"
      // Both regexes need a letter before the dot ("e.g.", "Inc.", "etc."): test that before slicing.
      const prev = codeAt(text, i - 1);
      if (code === PERIOD && isAsciiLetter(prev) && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
      // "etc." ends the sentence only when a capital follows ("etc. Current ..." vs "etc. preferred").
      if (
        code === PERIOD &&
        (prev === LOWER_C || prev === UPPER_C) &&
        /(?:^|\W)etc\.$/i.test(text.slice(Math.max(0, i - 4), i + 1)) &&
        !/^\s+[A-Z]/.test(text.slice(i + 1, i + 3))
      )
        continue;
      pushTrimmed(spans, text, start, i + 1);
      start = i + 1;
    } else if (code === CLOSE_PAREN) {
      // Not before a capitalised "OR"/"AND" joining two alternatives ("(Level 6 Certificate) OR a degree").
      // Nor after an acronym's bracket, which names what is before it ("Quality and Qualifications Ireland (QQI) National Framework …").
      if (/^\s+[A-Z]/.test(text.slice(i + 1, i + 3)) && text[i + 1] !== '\n' && !/^\s+(?:OR|AND)\b/.test(text.slice(i + 1, i + 6)) && !ACRONYM_BRACKET.test(text.slice(Math.max(0, i - 12), i + 1))) {
        pushTrimmed(spans, text, start, i + 1);
        start = i + 1;
      }
    } else {
      // The space after a trailing marker (CANDIDATE).
      pushTrimmed(spans, text, start, i);
      start = i;
    }
  }
  pushTrimmed(spans, text, start, n);
  return spans;
}

/**
 * Where the clause from `start`, grown past MAX_CLAUSE, is cut: the first offset past that length
 * holding a space, a comma or another character that is no letter or digit, or failing that the
 * first past four times that length; `text.length` when the text ends first. Text with no space or
 * comma ("Python/Java/AWS/" repeated) is cut at any other separator, and failing that anywhere: one
 * 80 KB clause made each match rescan it, quadratic (#7, extract.fuzz.test.ts).
 */
function cutAfter(text: string, start: number): number {
  for (let i = start + MAX_CLAUSE + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === COMMA || !/[\p{L}\p{N}]/u.test(text[i] ?? '') || i - start > 4 * MAX_CLAUSE) return i;
  }
  return text.length;
}

/** Index of the span containing `offset` in sorted, disjoint `spans` (binary search), or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
