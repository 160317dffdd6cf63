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

function wordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] === 1; // NaN (out of range) compares false: not a word
  if (Number.isNaN(code)) return false;
  // Surrogate halves (emoji) are not letters; \p{L} on a lone half is false anyway.
  return isWordChar(text[i] ?? '');
}

const DOT = 46;
const PLUS = 43;
const HASH = 35;
const HYPHEN = 45;

/** ASCII letter at `i`. */
const asciiLetter = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i) | 32;
  return code >= 97 && code <= 122;
};

/**
 * Tokenizes `text`; linear in its length, never throws.
 *
 * This runs on every posting and makes one token per word, so it keeps allocations down: the text
 * is lower-cased once and each all-ASCII word's `norm` is a slice of that copy (one string, not a
 * slice plus its lower-cased copy), and a word with no capital letter shares that string as its
 * `text`. A word with a non-ASCII character is lower-cased on its own, as before: lower-casing is
 * not per character there (a final "Σ" depends on what follows it), and "İ" changes the length, in
 * which case the copy's offsets would not line up and every word is lower-cased on its own.
 */
export function tokenize(text: string): Token[] {
  return scan(text, text.toLowerCase());
}

/**
 * The loop of `tokenize`, given the lower-cased text. A separate function on purpose: with the
 * `toLowerCase()` call in the same function as the loop, V8's optimizing compiler (Node 20) moved
 * the call into the loop, to where its result is read, and lower-cased the whole text once per word
 * (tokenizing took 70 times longer). A function this large is not inlined, so the copy is made
 * before the call.
 */
function scan(text: string, lower: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const aligned = lower.length === n;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ".NET": a leading dot glued to letters, when not itself following a word.
    if ((code < 128 ? ASCII_WORD[code] === 1 : wordChar(text, i)) || (code === DOT && asciiLetter(text, i + 1) && !wordChar(text, i - 1))) {
      const start = i;
      // Seen in the word: a capital A-Z (its text differs from its norm), a non-ASCII character.
      let upper = code >= 65 && code <= 90;
      let ascii = code < 128;
      i++;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c < 128 ? ASCII_WORD[c] === 1 : wordChar(text, i)) {
          if (c >= 65 && c <= 90) upper = true;
          else if (c >= 128) ascii = false;
          i++;
        }
        // Inner dot: "Node.js", "3.7", "802.1X" (a sentence-final dot is followed by space).
        else if (c === DOT && wordChar(text, i + 1)) {
          const d = text.charCodeAt(i + 1);
          if (d >= 65 && d <= 90) upper = true;
          else if (d >= 128) ascii = false;
          i += 2;
        }
        // Inner hyphen handled below as a split point; apostrophe-s ends the word ("Okta's").
        else break;
      }
      // Trailing + / # belong to the name: "C++", "C#", "A+", "KDB+", "5+".
      for (let c = text.charCodeAt(i); c === PLUS || c === HASH; c = text.charCodeAt(i)) i++;
      let word: string;
      let norm: string;
      if (ascii && aligned) {
        norm = lower.slice(start, i);
        word = upper ? text.slice(start, i) : norm;
      } else {
        word = text.slice(start, i);
        norm = word.toLowerCase();
      }
      tokens.push({ text: word, norm, start, end: i, word: true });
      // Possessive "'s" / "’s": skip it so "Okta's API" reads "Okta API".
      if ((text[i] === "'" || text[i] === '’') && (text[i + 1] === 's' || text[i + 1] === 'S') && !wordChar(text, i + 2)) i += 2;
      // A hyphen between two word characters joins ("V-model"): skip it, no token.
      if (text.charCodeAt(i) === HYPHEN && wordChar(text, i + 1) && wordChar(text, i - 1)) i++;
      continue;
    }
    if (code === 32) {
      i++; // the most common character: not a token
      continue;
    }
    const ch = text[i] as string;
    if (PUNCT.has(ch)) tokens.push({ text: ch, norm: ch, start: i, end: i + 1, word: false });
    else if (ch === '-' || ch === '*') {
      // A spaced dash or a bullet separates like a comma.
      tokens.push({ text: ch, norm: '-', start: i, end: i + 1, word: false });
    }
    i++;
  }
  return tokens;
}

/** Tokenizes a dictionary phrase into the keys the matcher compares ("TCP/IP" → tcp / ip). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
