/**
 * Numbered standards written after a sibling, their prefix left out: "API 510/570/653", "ISO
 * 9001/14001/45001", "IEC 61508 and 61511". Each number is the family's standard of that number
 * (LABELING.md splits slash lists): the dictionary's entry when it knows it, else a standard named
 * "<prefix> <number>", as the first one is. Lettered series the same way ("ASE B3 and B4"), each
 * code only when the dictionary knows it. One reader for both (`SERIES`).
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

/** A French electrical clearance: "Habilitation électrique BR", "… B2V", "… H0B0". */
const CLEARANCE = /^(Habilitation électrique) (H0B0|[BH][0-2]?[A-Z]{0,2})$/;

/** A credential of a lettered series ("ASE B3", "ASE A4", "ASE L1"): its body, then a letter and a number. */
const LETTERED = /^([A-Z]{2,6}) ([A-Z]\d{1,2})$/;

/**
 * A series whose members are named "<prefix> <code>", and written after a first member with the
 * prefix left out: its name's shape, the codes after it, and one code.
 */
interface Series {
  name: RegExp;
  more: RegExp;
  code: RegExp;
  /** A code the dictionary does not know is still the series' member ("API 1104"): a code alone says enough. */
  invents: boolean;
  /** Whether a code read after the name belongs to the series. */
  fits(code: string, own: string): boolean;
}

const SERIES: readonly Series[] = [
  // France's electrical clearances, listed after the first: "Habilitations électriques BR et B2V",
  // "habilitation B1V, B2V, BR" (each only when the dictionary knows it by that name).
  {
    name: CLEARANCE,
    more: /^(?:[^\S\n]*(?:\/|,|-|\bet\b|\bou\b)[^\S\n]*(?:H0B0|[BH][0-2]?[A-Z]{0,2})(?![\w]))+/,
    code: /H0B0|[BH][0-2]?[A-Z]{0,2}(?![\w])/g,
    invents: false,
    fits: () => true,
  },
  // "ASE B3 and B4 certifications", "ASE A4, A5 and A6": each only when the dictionary knows it by that name.
  {
    name: LETTERED,
    more: /^(?:[^\S\n]*(?:\/|,|&|\band\b|\bor\b)[^\S\n]*[A-Z]\d{1,2}(?![\w.-]))+/,
    code: /[A-Z]\d{1,2}/g,
    invents: false,
    fits: () => true,
  },
  {
    name: NUMBERED,
    more: MORE_NUMBERS,
    code: NUMBER,
    invents: true,
    // A number of another length, or a year, is something else: "ISO 13485 and 21 CFR Part 820", "NFPA 70, 2020 edition".
    fits: (code, own) => Math.abs(code.length - own.length) <= 1 && !YEAR.test(code),
  },
];

function siblingsOf(text: string, m: TermMatch): TermMatch[] | null {
  // A name ending in a digit, first: most are none (a clearance's ends in its letter).
  const last = m.entry.name.charCodeAt(m.entry.name.length - 1);
  if ((last < 48 || last > 57) && !CLEARANCE.test(m.entry.name)) return null;
  for (const series of SERIES) {
    const name = series.name.exec(m.entry.name);
    if (!name) continue;
    const [, prefix, own] = name as unknown as [string, string, string];
    // The dictionary reads "/570/653" as versions of "API 510": the codes from the name's own on.
    const at = m.surface.lastIndexOf(own);
    if (at < 0) return null;
    const from = m.start + at + own.length;
    const next = text.charCodeAt(from);
    // Most names are followed by a space and a word: done at the first character.
    if (next !== 47 && next !== 44 && next !== 32 && next !== 38) return null;
    const more = series.more.exec(text.slice(from, from + 80));
    if (!more) return null;
    const found: TermMatch[] = [];
    for (const n of more[0].matchAll(series.code)) {
      if (!series.fits(n[0], own)) continue;
      const joined = `${prefix} ${n[0]}`;
      // The dictionary's entry by that name, looked up whole: no scan of a text for it.
      const entry = dictionaryEntry(joined) ?? (series.invents ? { name: joined, kind: m.entry.kind, category: m.entry.category, aliases: [] } : null);
      if (!entry || entry.name === m.entry.name) continue;
      const start = from + (n.index ?? 0);
      found.push({ entry, start, end: start + n[0].length, surface: text.slice(start, start + n[0].length) });
    }
    return found.length ? found : null;
  }
  return null;
}
