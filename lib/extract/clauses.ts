/**
 * Splits text into clauses: the unit that evidence points at and that "preferred"/"a plus" applies
 * to. Boundaries: line breaks, sentence ends, semicolons, and two run-on cues common in postings
 * flattened to one line: a lowercase marker ending a clause ("ITIL certification preferred A+
 * certification preferred") and a closing parenthesis followed by a capital ("(VMWare preferred)
 * Experience and Knowledge of ...").
 */

/** A clause's offsets in the text (trimmed). */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|vs|inc|ltd|co|jr|sr|dr|mr|ms|mrs|no|approx|u\.s|st)\.$/i;

const MAX_CLAUSE = 600;

const SPACE = 32;
const COMMA = 44;
const NEWLINE = 10;
const SEMICOLON = 59;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;
const CLOSE_PAREN = 41;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

const LOWER_D = 100;
const LOWER_S = 115;
const LOWER_C = 99;
const UPPER_C = 67;
/** ASCII letter: the `i` flag of a regex without `u` folds ASCII letters only. */
const isAsciiLetter = (c: number) => isLower(c | 32);

/**
 * Whether the character with this code is `\s` in a regex (WhiteSpace and LineTerminator, the
 * characters `trim()` removes): the trim below runs at both ends of every clause, and a regex per
 * character was most of its cost.
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === SPACE || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

/**
 * The char code at `i`, or -1 outside the text: reading past either end gives NaN, which made V8
 * drop its optimized code for the loop and rebuild it with slower, NaN-aware reads.
 */
const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** Appends the clause `text[start, end)`, trimmed of white space, unless nothing is left. */
function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Clause spans of `text`, in order; never empty-length. */
export function splitClauses(text: string): Span[] {
  const spans: Span[] = [];
  // A plain local, not captured by a closure: it is read at every character.
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i); // char codes, not one-character strings: this runs per character
    // Every boundary character below is ASCII punctuation or space (code 63 "?" at most): letters
    // and the rest only matter once a clause grows past MAX_CLAUSE.
    if (code > QUESTION && i - start <= MAX_CLAUSE) continue;
    if (i - start > MAX_CLAUSE && (code === SPACE || code === COMMA || !/[\p{L}\p{N}]/u.test(text[i] ?? '') || i - start > 4 * MAX_CLAUSE)) {
      // No sentence is this long: cut, so per-clause work stays linear on run-on text. Text with no
      // space or comma ("Python/Java/AWS/" repeated) is cut at any other separator, and failing that
      // anywhere: one 80 KB clause made each match rescan it, quadratic (#7, extract.fuzz.test.ts).
      pushTrimmed(spans, text, start, i + 1);
      start = i + 1;
    } else if (code === NEWLINE || code === SEMICOLON) {
      pushTrimmed(spans, text, start, i);
      start = i + 1;
    } else if (code === PERIOD || code === BANG || code === QUESTION) {
      if (i + 1 < n && !isSpace(text.charCodeAt(i + 1))) continue; // "Node.js", "3.7"
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
    } else if (code === CLOSE_PAREN && /^\s+[A-Z]/.test(text.slice(i + 1, i + 3)) && text[i + 1] !== '\n') {
      pushTrimmed(spans, text, start, i + 1);
      start = i + 1;
    } else if (code === SPACE && isLower(codeAt(text, i - 1)) && isUpper(codeAt(text, i + 1))) {
      // "... preferred A+ ..." / "... a plus MCSE ...": a trailing marker closes a run-on clause.
      // Each marker ends in "d" or "s": check that before slicing for the regex.
      const last = codeAt(text, i - 1);
      if ((last === LOWER_D || last === LOWER_S) && /(?:\bpreferred|\bdesired|\ba plus|\brequired)$/.test(text.slice(Math.max(0, i - 12), i))) {
        pushTrimmed(spans, text, start, i);
        start = i;
      }
    }
  }
  pushTrimmed(spans, text, start, n);
  return spans;
}

/** Index of the clause containing `offset` (binary search), or -1. */
export function clauseIndexAt(spans: readonly Span[], offset: number): number {
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
