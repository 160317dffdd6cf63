/**
 * Splits posting text into word and punctuation tokens with their offsets, keeping technical names
 * whole: "C++", "C#", ".NET", "Node.js", "A+", "Network+", "802.1X", "3.7+". Slashes are their own
 * token, so "TCP/IP" is three tokens a dictionary phrase can span while "JNCIA/JNCIS" falls apart
 * into two names; a hyphen inside a word ("V-model", "Okta-related") is dropped so "ISO-26262" and
 * "ISO 26262" read alike.
 */

export interface Token {
  /** As written ("Node.js"). */
  text: string;
  /** Lower case, the dictionary key ("node.js"). */
  norm: string;
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation and line breaks. */
  word: boolean;
}

/** Punctuation kept as tokens: separators that end phrases or mark list context. */
const PUNCT = new Set([',', ';', ':', '(', ')', '/', '&', '.', '!', '?', '\n', '[', ']', '|', '–', '—', '•']);

const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** Letters and digits below 128, by char code: the common case, without a regex. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

/**
 * Punctuation kept as tokens, by char code (PUNCT's ASCII members), so the scan tests a code
 * instead of making a one-character string per character.
 */
const PUNCT_ASCII = new Uint8Array(128);
for (const p of PUNCT) if (p.charCodeAt(0) < 128) PUNCT_ASCII[p.charCodeAt(0)] = 1;
const isPunct = (code: number): boolean => (code < 128 ? PUNCT_ASCII[code] === 1 : code === 0x2013 || code === 0x2014 || code === 0x2022);

/**
 * A letter or digit at `i`; false outside the text. The range is checked first and no read here or
 * in `tokenize` goes past either end: a read out of bounds (NaN) made V8 drop the optimized code
 * and rebuild it with slower, NaN-aware character reads.
 */
function wordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] === 1;
  // Surrogate halves (emoji) are not letters; \p{L} on a lone half is false anyway.
  return isWordChar(text[i] as string);
}

const DOT = 46;
const PLUS = 43;
const HASH = 35;
const HYPHEN = 45;
const STAR = 42;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;
const UPPER_S = 83;

/** ASCII letter at `i` (false past the end). */
const asciiLetter = (text: string, i: number): boolean => {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i) | 32;
  return code >= 97 && code <= 122;
};

/**
 * Tokenizes `text`; linear in its length, never throws.
 *
 * This runs on every posting and makes one token per word, so it keeps allocations down: a word
 * written in ASCII without capitals is its own lower case, and its one string serves as both `text`
 * and `norm` (before, each word was sliced and then lower-cased into a second string).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ".NET": a leading dot glued to letters, when not itself following a word.
    if ((code < 128 ? ASCII_WORD[code] === 1 : wordChar(text, i)) || (code === DOT && asciiLetter(text, i + 1) && !wordChar(text, i - 1))) {
      const start = i;
      // Whether the word is ASCII without capitals so far, i.e. already lower case.
      let lower = code < 65 || (code > 90 && code < 128);
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128 ? ASCII_WORD[c] === 1 : wordChar(text, i)) {
          if (c >= 128 || (c >= 65 && c <= 90)) lower = false;
          i++;
        }
        // Inner dot: "Node.js", "3.7", "802.1X" (a sentence-final dot is followed by space).
        else if (c === DOT && wordChar(text, i + 1)) {
          const d = text.charCodeAt(i + 1);
          if (d >= 128 || (d >= 65 && d <= 90)) lower = false;
          i += 2;
        }
        // Inner hyphen handled below as a split point; apostrophe-s ends the word ("Okta's").
        else break;
      }
      // Trailing + / # belong to the name: "C++", "C#", "A+", "KDB+", "5+".
      while (i < n && (text.charCodeAt(i) === PLUS || text.charCodeAt(i) === HASH)) i++;
      const word = text.slice(start, i);
      const norm = lower ? word : word.toLowerCase();
      tokens.push({ text: word, norm, start, end: i, word: true });
      // Possessive "'s" / "’s": skip it so "Okta's API" reads "Okta API".
      if (i + 1 < n) {
        const q = text.charCodeAt(i);
        const s = text.charCodeAt(i + 1);
        if ((q === APOSTROPHE || q === RIGHT_QUOTE) && (s === LOWER_S || s === UPPER_S) && !wordChar(text, i + 2)) i += 2;
      }
      // A hyphen between two word characters joins ("V-model"): skip it, no token.
      if (i < n && text.charCodeAt(i) === HYPHEN && wordChar(text, i + 1) && wordChar(text, i - 1)) i++;
      continue;
    }
    if (code === 32) {
      i++; // the most common character: not a token
      continue;
    }
    if (isPunct(code)) {
      const ch = text[i] as string;
      tokens.push({ text: ch, norm: ch, start: i, end: i + 1, word: false });
    } else if (code === HYPHEN || code === STAR) {
      // A spaced dash or a bullet separates like a comma.
      tokens.push({ text: text[i] as string, norm: '-', start: i, end: i + 1, word: false });
    }
    i++;
  }
  return tokens;
}

/** Tokenizes a dictionary phrase into the keys the matcher compares ("TCP/IP" → tcp / ip). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
