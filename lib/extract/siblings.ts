/**
 * Numbered standards written after a sibling, their prefix left out: "API 510/570/653", "ISO
 * 9001/14001/45001", "IEC 61508 and 61511". Each number is the family's standard of that number
 * (LABELING.md splits slash lists): the dictionary's entry when it knows it, else a standard named
 * "<prefix> <number>", as the first one is.
 */
import { dictionaryEntry, replacingMatches, type TermMatch } from './match-terms';

/** A standard's name: a body's capitals, then its number ("API 510", "ISO/IEC 27001", "BS EN 1090"; "ASME B31.3" is none). */
const NUMBERED = /^([A-Z][A-Z/& ]{1,14}[A-Z])[\s-](\d{2,5})$/;
/** The numbers after it, each after a slash, comma, "and" or "or". */
const MORE_NUMBERS = /^(?:[^\S\n]*(?:\/|,|&|\band\b|\bor\b)[^\S\n]*\d{2,5}(?![\d\w]|[.\-:]\d))+/;
const NUMBER = /\d{2,5}/g;
const YEAR = /^(?:19[5-9]\d|20[0-3]\d)$/;

/**
 * The matches, with the standards numbered after each one added after it. `vouched`: told of each
 * sibling a series' code names alone ("B4" after "ASE B3 and"), which its series vouches for.
 */
export function withNumberedSiblings(text: string, matches: readonly TermMatch[], vouched?: (m: TermMatch) => void): readonly TermMatch[] {
  return replacingMatches(matches, (m) => {
    const siblings = siblingsOf(text, m);
    if (siblings && vouched) for (const s of siblings) vouched(s);
    return siblings && [m, ...siblings];
  });
}

/** A credential of a lettered series ("ASE B3", "ASE A4", "ASE L1"): its body, then a letter and a number. */
const LETTERED = /^([A-Z]{2,6}) ([A-Z])(\d{1,2})$/;
/** The series' next codes, each after a slash, comma, "and" or "or": "B3 and B4", "A4, A5 and A6". */
const MORE_CODES = /^(?:[^\S\n]*(?:\/|,|&|\band\b|\bor\b)[^\S\n]*[A-Z]\d{1,2}(?![\w.-]))+/;
const CODE = /[A-Z]\d{1,2}/g;

function siblingsOf(text: string, m: TermMatch): TermMatch[] | null {
  // A name ending in a digit, first: most are none.
  const last = m.entry.name.charCodeAt(m.entry.name.length - 1);
  if (last < 48 || last > 57) return null;
  const lettered = LETTERED.exec(m.entry.name);
  if (lettered) return letteredSiblings(text, m, lettered[1] as string, `${lettered[2]}${lettered[3]}`);
  const name = NUMBERED.exec(m.entry.name);
  if (!name) return null;
  // The dictionary reads "/570/653" as versions of "API 510": the numbers from the name's own on.
  const own = m.surface.indexOf(name[2] as string);
  if (own < 0) return null;
  const from = m.start + own + (name[2] as string).length;
  const code = text.charCodeAt(from);
  // Most names are followed by a space and a word: done at the first character.
  if (code !== 47 && code !== 44 && code !== 32 && code !== 38) return null;
  const more = MORE_NUMBERS.exec(text.slice(from, from + 80));
  if (!more) return null;
  const prefix = name[1] as string;
  const found: TermMatch[] = [];
  const digits = (name[2] as string).length;
  for (const n of more[0].matchAll(NUMBER)) {
    // A number of another length, or a year, is something else: "ISO 13485 and 21 CFR Part 820",
    // "NFPA 70, 2020 edition".
    if (Math.abs(n[0].length - digits) > 1 || YEAR.test(n[0])) continue;
    const start = from + (n.index ?? 0);
    const end = start + n[0].length;
    const joined = `${prefix} ${n[0]}`;
    // The dictionary's entry by that name, looked up whole: no scan of a text for it.
    const entry = dictionaryEntry(joined) ?? { name: joined, kind: m.entry.kind, category: m.entry.category, aliases: [] };
    if (entry.name !== m.entry.name) found.push({ entry, start, end, surface: text.slice(start, end) });
  }
  return found.length ? found : null;
}

/**
 * "ASE B3 and B4 certifications", "ASE A4, A5 and A6": the series' other codes written after the
 * first, each only when the dictionary knows it by that name (a code alone says too little).
 */
function letteredSiblings(text: string, m: TermMatch, prefix: string, code: string): TermMatch[] | null {
  const own = m.surface.lastIndexOf(code);
  if (own < 0) return null;
  const from = m.start + own + code.length;
  const more = MORE_CODES.exec(text.slice(from, from + 60));
  if (!more) return null;
  const found: TermMatch[] = [];
  for (const n of more[0].matchAll(CODE)) {
    const entry = dictionaryEntry(`${prefix} ${n[0]}`);
    if (!entry || entry.name === m.entry.name) continue;
    const start = from + (n.index ?? 0);
    found.push({ entry, start, end: start + n[0].length, surface: text.slice(start, start + n[0].length) });
  }
  return found.length ? found : null;
}

