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

/** Clause spans of `text`, in order; never empty-length. */
export function splitClauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i); // char codes, not one-character strings: this runs per character
    if (i - start > MAX_CLAUSE && (code === SPACE || code === COMMA || !/[\p{L}\p{N}]/u.test(text[i] ?? '') || i - start > 4 * MAX_CLAUSE)) {
      // No sentence is this long: cut, so per-clause work stays linear on run-on text. Text with no
      // space or comma ("Python/Java/AWS/" repeated) is cut at any other separator, and failing that
      // anywhere: one 80 KB clause made each match rescan it, quadratic (#7, extract.fuzz.test.ts).
      push(i + 1);
    } else if (code === NEWLINE || code === SEMICOLON) {
      push(i);
      start = i + 1;
    } else if (code === PERIOD || code === BANG || code === QUESTION) {
      const next = text[i + 1];
      if (next !== undefined && !/\s/.test(next)) continue; // "Node.js", "3.7"
      if (code === PERIOD && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
      // "etc." ends the sentence only when a capital follows ("etc. Current ..." vs "etc. preferred").
      if (code === PERIOD && /(?:^|\W)etc\.$/i.test(text.slice(Math.max(0, i - 4), i + 1)) && !/^\s+[A-Z]/.test(text.slice(i + 1, i + 3))) continue;
      push(i + 1);
    } else if (code === CLOSE_PAREN && /^\s+[A-Z]/.test(text.slice(i + 1, i + 3)) && text[i + 1] !== '\n') {
      push(i + 1);
    } else if (code === SPACE && isLower(text.charCodeAt(i - 1)) && isUpper(text.charCodeAt(i + 1))) {
      // "... preferred A+ ..." / "... a plus MCSE ...": a trailing marker closes a run-on clause.
      const before = text.slice(Math.max(0, i - 12), i);
      if (/(?:\bpreferred|\bdesired|\ba plus|\brequired)$/.test(before)) push(i);
    }
  }
  push(n);
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
