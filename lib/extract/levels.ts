/**
 * A credential's level written beside a name the dictionary knows: "Dante Certification Level 2",
 * "NIMS Machining Level I credential", "Level 3 HACCP certificate", "HACCP Level 1 food safety
 * certificate", "ABRSM Grade 8", "Dante Certification Level 2 or 3". The level is part of what is
 * asked for (a Level 1 food-safety course is not a Level 3 one), and no dictionary lists every
 * level of every scheme: the credential is named "<name> Level <n>", one per level. A skill's name
 * counts only when a credential's noun follows ("HACCP Level 2 certificate"): "Python Level 2" asks
 * for no credential.
 */
import { replacingMatches, type TermMatch } from './match-terms';

/** The level's word and number (1-12, or I-VI), and more numbers of a list ("Level 2 or 3"). */
const NUMBER = String.raw`(?:1[0-2]|[1-9]|VI|IV|V|I{1,3})(?![\w.])`;
const JOINT = String.raw`[^\S\n]*(?:,|\/|&|\bor\b|\band\b)[^\S\n]*`;
/** The level's word, in English and as Spanish, Portuguese, French, Italian, German and Polish postings write it ("WSET Nivel 2"). */
const WORD = String.raw`(Level|Lvl\.?|Stage|Category|Cat\.|Type|Part|Grade|Nivel|Nível|Niveau|Livello|Stufe|Poziom)`;
const LEVEL_AFTER = new RegExp(String.raw`[^\S\n]+${WORD}[^\S\n]*(${NUMBER}(?:${JOINT}(?:${WORD.slice(1, -1)}[^\S\n]*)?${NUMBER})*)`, 'y');
const LEVEL_AT_END = new RegExp(String.raw`[^\S\n]${WORD}[^\S\n]*(${NUMBER})$`);
const LEVEL_BEFORE = new RegExp(String.raw`(?<![\w-])${WORD}[^\S\n]*(${NUMBER})[^\S\n]+$`);
/**
 * Charters passed in stages: "CFA Level II cleared" is a candidate on the way to the one charter,
 * which labellers and recruiters name alone.
 */
const STAGED = new Set(['CFA', 'CAIA', 'FRM', 'CMT', 'CIMA', 'ACCA', 'CFP']);
/** A name that holds its level already ("NICET Level III Fire Alarm Systems"). */
const LEVELED_NAME = /\b(?:Level|Stage|Category|Grade|Type|Part)\b/;
/** A credential's noun within three words after the name or its level. */
const CREDENTIAL_NOUN = /^(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?:certificates?|certifications?|certified|credentials?|awards?|courses?|cards?|licen[cs]es?|tickets?)\b(?![^\S\n]+(?:assessments?|audits?|readiness|requirements?|compliance|programs?|programmes?|bodies|body|process))/i;

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 160;
/** A level's number or numeral ends here: a digit, or the I or V of a numeral. */
const isLevelEnd = (code: number): boolean => (code >= 48 && code <= 57) || code === 73 || code === 86;
/** After `end`: a space, then the first letter of a level's word (L, S, C, T, P, G, N, either case). */
function levelFollows(text: string, end: number): boolean {
  if (!isSpace(text.charCodeAt(end))) return false;
  const c = text.charCodeAt(end + 1) | 32;
  return c === 108 || c === 115 || c === 99 || c === 116 || c === 112 || c === 103 || c === 110;
}
/** Before `start`: a level's number, then a space. */
const levelPrecedes = (text: string, start: number): boolean => isSpace(text.charCodeAt(start - 1)) && isLevelEnd(text.charCodeAt(start - 2));
const endsLikeLevel = (surface: string): boolean => isLevelEnd(surface.charCodeAt(surface.length - 1));

/** The matches with their levels read ("<name> Level <n>", a certification), others as they were. */
export function withLevels(text: string, matches: readonly TermMatch[]): readonly TermMatch[] {
  return replacingMatches(matches, (m) => levelsOf(text, m));
}

/** The credentials a match names with its level, or null when no level is written beside it. */
function levelsOf(text: string, m: TermMatch): TermMatch[] | null {
  // Most matches have no level beside them: told by a few characters, before any pattern runs.
  if (!levelFollows(text, m.end) && !levelPrecedes(text, m.start) && !endsLikeLevel(m.surface)) return null;
  if (LEVELED_NAME.test(m.entry.name) || STAGED.has(m.entry.name)) return null;
  LEVEL_AFTER.lastIndex = m.end;
  const after = LEVEL_AFTER.exec(text);
  let word: string;
  let numbers: string[];
  let start = m.start;
  let end = m.end;
  // The dictionary's match may hold the level already, read as a version ("WSQ Food Safety Course Level 1").
  const inside = after ? null : LEVEL_AT_END.exec(m.surface);
  if (inside) {
    word = inside[1] as string;
    numbers = [inside[2] as string];
  } else if (after) {
    word = after[1] as string;
    numbers = (after[2] as string).split(/[^\dIVX]+/).filter(Boolean);
    end = LEVEL_AFTER.lastIndex;
  } else {
    const before = LEVEL_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (!before) return null;
    word = before[1] as string;
    numbers = [before[2] as string];
    start = m.start - before[0].length;
  }
  // A level before a standard is a qualification in it as the UK's awarding bodies name them ("Level
  // 3 HACCP would be an advantage"); a skill's name otherwise needs a credential's noun after it.
  const qualification = start < m.start && m.entry.category === 'standard';
  if (m.entry.kind !== 'certification' && !qualification && !CREDENTIAL_NOUN.test(text.slice(end, end + 60))) return null;
  const label = /^(?:L|Niv|Ní|Stufe|Poziom)/.test(word) ? 'Level' : word.startsWith('Cat') ? 'Category' : word;
  return numbers.map((n) => ({
    entry: { name: `${m.entry.name} ${label} ${n}`, kind: 'certification', category: 'certification', aliases: [] },
    start,
    end,
    surface: text.slice(start, end),
  }));
}
