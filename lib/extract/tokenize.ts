/**
 * Splits posting text into word and punctuation tokens with their offsets, keeping technical names
 * whole: "C++", "C#", ".NET", "Node.js", "A+", "Network+", "802.1X", "3.7+". Slashes are their own
 * token, so "TCP/IP" is three tokens a dictionary phrase can span while "JNCIA/JNCIS" falls apart
 * into two names; a hyphen inside a word ("V-model", "Okta-related") is dropped so "ISO-26262" and
 * "ISO 26262" read alike.
 */
import { isAsciiLetter } from '../char-codes';

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

/** A letter of a script written without spaces between words: kana, CJK ideographs, Hangul, Thai. */
const isSpaceless = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0e00 && c <= 0x0e7f);

const DOT = 46;
const PLUS = 43;
const HASH = 35;
const HYPHEN = 45;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
const STAR = 42;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;
const UPPER_S = 83;

/** ASCII letter at `i` (false past the end). */
const asciiLetter = (text: string, i: number): boolean => i < text.length && isAsciiLetter(text.charCodeAt(i));

// Flag bits of a token (`Tokens.flags`).
/** A word (letters/digits), not punctuation or a line break. */
export const WORD = 1;
/** Every character is ASCII: the norm is the text with A-Z lower-cased, of the same length. */
export const ASCII = 2;
/** ASCII without capitals: the text is its own norm. */
export const LOWER = 4;
/** A spaced dash or bullet ("-", "*"): its norm is "-". */
export const DASH = 8;

/**
 * The tokens of a text as parallel arrays: token `i` is `text[start[i], end[i])` with `flags[i]`.
 * Only the first `count` slots are meaningful (the arrays are reused and grow by doubling).
 *
 * Why not one object per token: a posting has ~700 tokens, and an object plus one or two strings
 * for each was most of extraction's garbage, while three words in four are never looked at again
 * after the scan (they start no dictionary phrase). Strings are made only where needed, by
 * `normAt` / `textAt`; most checks read the flags and char codes directly.
 */
export interface Tokens {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /**
   * For an ASCII token, a hash of its norm: `h = h * 31 + code` over its char codes with A-Z
   * lower-cased (`KeyTable` looks keys up by it). Computed by the scan, which reads every character
   * anyway, so a lookup need not read the word again.
   */
  hash: Int32Array;
}

/** Empty token arrays with room for `capacity` tokens, to pass to `scanTokens` for reuse. */
export function emptyTokens(capacity = 256): Tokens {
  return {
    text: '',
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    hash: new Int32Array(capacity),
  };
}

/** Doubles the arrays' room, keeping the first `count` tokens. */
function grow(t: Tokens): void {
  const size = t.start.length * 2;
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  const flags = new Uint8Array(size);
  const hash = new Int32Array(size);
  start.set(t.start);
  end.set(t.end);
  flags.set(t.flags);
  hash.set(t.hash);
  t.start = start;
  t.end = end;
  t.flags = flags;
  t.hash = hash;
}

/**
 * Per ASCII code: the lower case of a letter or digit (digits are their own), 0 for anything else.
 * One read tells the scan whether a character continues a word and what it adds to the hash.
 */
const WORD_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (ASCII_WORD[c] === 1) WORD_LOWER[c] = c >= 65 && c <= 90 ? c | 32 : c;

/**
 * Tokenizes `text` into `into` (overwritten; fresh arrays when omitted); linear in its length,
 * never throws. The caller that passes `into` owns it until it is done with the result.
 *
 * The arrays are held in locals and written once per token at the bottom of the loop: this runs
 * per character of every posting, and reading them through `into` at each token (or calling a
 * helper to push) was a third of its time. Pass flat strings (a posting's text, `join`'s result),
 * not a concatenation made here and there: one caller's cons string (`${a} ${b}`) made V8 read
 * every posting's characters through a slower path, and this scan twice slower.
 */
export function scanTokens(text: string, into: Tokens = emptyTokens()): Tokens {
  const tokens = into;
  tokens.text = text;
  let count = 0;
  let starts = tokens.start;
  let ends = tokens.end;
  let flagsOf = tokens.flags;
  let hashes = tokens.hash;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const start = i;
    let flags: number;
    let h: number;
    // The character after a word (0 at the end of the text), read once by the loop that ends it.
    let after = 0;
    const lc = code < 128 ? (WORD_LOWER[code] as number) : 0;
    // ".NET": a leading dot glued to letters, when not itself following a word.
    if (lc !== 0 || (code >= 128 && wordChar(text, i)) || (code === DOT && asciiLetter(text, i + 1) && !wordChar(text, i - 1))) {
      // Whether the word is ASCII so far, and ASCII without capitals (i.e. already lower case).
      let ascii = code < 128;
      let lower = lc === code || code === DOT;
      // Whether it holds a letter of a script written without spaces (Japanese, Chinese, Korean's
      // particles, Thai), and one of ASCII's: a name glued to such letters is a word of its own
      // ("PythonまたはGo", "Terraformによる", "Python을").
      let spaceless = code >= 128 && isSpaceless(code);
      let latin = code < 128;
      h = lc !== 0 ? lc : code;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        const l = c < 128 ? (WORD_LOWER[c] as number) : 0;
        if (l !== 0) {
          if (spaceless) {
            after = c;
            break;
          }
          latin = true;
          if (l !== c) lower = false;
          h = (Math.imul(h, 31) + l) | 0;
          i++;
        } else if (c >= 128 && wordChar(text, i)) {
          if (isSpaceless(c)) {
            if (latin) {
              after = c;
              break;
            }
            spaceless = true;
          }
          ascii = lower = false;
          i++;
        }
        // Inner dot: "Node.js", "3.7", "802.1X" (a sentence-final dot is followed by space).
        else if (c === DOT && wordChar(text, i + 1)) {
          const d = text.charCodeAt(i + 1);
          if (d >= 128) ascii = lower = false;
          else {
            const dl = WORD_LOWER[d] as number;
            if (dl !== d) lower = false;
            h = (Math.imul(Math.imul(h, 31) + DOT, 31) + dl) | 0;
          }
          i += 2;
        }
        // Inner hyphen handled below as a split point; apostrophe-s ends the word ("Okta's").
        else {
          after = c;
          break;
        }
      }
      // Trailing + / # belong to the name: "C++", "C#", "A+", "KDB+", "5+".
      while (after === PLUS || after === HASH) {
        h = (Math.imul(h, 31) + after) | 0;
        i++;
        after = i < n ? text.charCodeAt(i) : 0;
      }
      flags = WORD | (ascii ? ASCII : 0) | (lower ? LOWER : 0);
    } else if (code === 32) {
      i++; // the most common character: not a token
      continue;
    } else if (code === EN_DASH || code === EM_DASH) {
      flags = ASCII | LOWER | DASH; // a spaced dash, as "-" (a phrase "Security - Specialty" matches "Security – Specialty")
      h = HYPHEN;
      i++;
    } else if (isPunct(code)) {
      flags = code < 128 ? ASCII | LOWER : 0;
      h = code; // a one-character norm's hash is its code
      i++;
    } else if (code === HYPHEN || code === STAR) {
      flags = ASCII | LOWER | DASH; // a spaced dash or a bullet separates like a comma
      h = HYPHEN;
      i++;
    } else {
      i++;
      continue;
    }
    if (count === starts.length) {
      tokens.count = count;
      grow(tokens);
      starts = tokens.start;
      ends = tokens.end;
      flagsOf = tokens.flags;
      hashes = tokens.hash;
    }
    starts[count] = start;
    ends[count] = i;
    flagsOf[count] = flags;
    hashes[count] = h;
    count++;
    if ((flags & WORD) !== 0 && i < n) {
      // Nearly always a space, which needs nothing here.
      let q = after;
      // Possessive "'s" / "’s": skip it so "Okta's API" reads "Okta API".
      if ((q === APOSTROPHE || q === RIGHT_QUOTE) && i + 1 < n) {
        const s = text.charCodeAt(i + 1);
        if ((s === LOWER_S || s === UPPER_S) && !wordChar(text, i + 2)) {
          i += 2;
          q = i < n ? text.charCodeAt(i) : 0;
        }
      }
      // A hyphen between two word characters joins ("V-model"): skip it, no token.
      if (q === HYPHEN && wordChar(text, i + 1) && wordChar(text, i - 1)) i++;
    }
  }
  tokens.count = count;
  return tokens;
}

/** Token `i` as written ("Node.js"). */
export function textAt(t: Tokens, i: number): string {
  return t.text.slice(t.start[i] as number, t.end[i] as number);
}

/** Token `i` in lower case, the dictionary key ("node.js"); "-" for a dash or bullet. */
export function normAt(t: Tokens, i: number): string {
  const flags = t.flags[i] as number;
  if ((flags & DASH) !== 0) return '-';
  const word = t.text.slice(t.start[i] as number, t.end[i] as number);
  return (flags & LOWER) !== 0 || (flags & WORD) === 0 ? word : word.toLowerCase();
}

/**
 * Whether token `i` (if any) has norm `key`, without making the norm: for ASCII tokens the
 * characters are compared with A-Z lower-cased on the fly.
 */
export function normIs(t: Tokens, i: number, key: string): boolean {
  if (i < 0 || i >= t.count) return false;
  const flags = t.flags[i] as number;
  if ((flags & ASCII) === 0 || (flags & DASH) !== 0) return normAt(t, i) === key;
  const s = t.start[i] as number;
  if ((t.end[i] as number) - s !== key.length) return false;
  const text = t.text;
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== key.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Tokenizes `text` into one object per token: the readable form, for tests (the scan of a
 * posting uses `scanTokens`, a dictionary's phrases `phraseKeys`).
 */
export function tokenize(text: string): Token[] {
  const t = scanTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < t.count; i++) {
    out.push({ text: textAt(t, i), norm: normAt(t, i), start: t.start[i] as number, end: t.end[i] as number, word: ((t.flags[i] as number) & WORD) !== 0 });
  }
  return out;
}

/**
 * Token arrays for `phraseKeys`, reused: the taxonomy's ~15,000 phrases are each tokenized once as
 * the dictionary is built, on the first capture after the service worker starts (it is stopped
 * after 30 s idle). Four fresh typed arrays per phrase were half of that build's 170 ms.
 */
const phraseScratch = emptyTokens(64);

/** Tokenizes a dictionary phrase into the keys the matcher compares ("TCP/IP" → tcp / ip). */
export function phraseKeys(phrase: string): string[] {
  const t = scanTokens(phrase, phraseScratch);
  const keys = new Array<string>(t.count);
  for (let i = 0; i < t.count; i++) keys[i] = normAt(t, i);
  return keys;
}
