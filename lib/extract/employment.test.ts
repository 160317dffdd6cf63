/**
 * `extractWorkplace` scans from a computed start (`runStart` back from the first workplace word),
 * with the patterns joined into one alternation and the tag found apart: it must give what the
 * patterns give tried one by one over the whole text (the earliest statement, an earlier pattern
 * winning a tie), whatever comes before the statement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workplace } from '../posting';
import { WORKPLACE_PATTERNS, extractWorkplace } from './employment';

/** The earliest match of any pattern over the whole text, an earlier pattern winning a tie. */
function reference(text: string): Workplace | null {
  let best: { at: number; word: string } | null = null;
  for (const pattern of WORKPLACE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m || (best && m.index >= best.at)) continue;
    const word = m.slice(1).find((g) => g !== undefined);
    if (word !== undefined) best = { at: m.index, word };
  }
  if (!best) return null;
  const w = best.word.toLowerCase();
  return w === 'remote' || w === 'hybrid' ? w : 'on-site';
}

/**
 * Statements for each pattern, with the lead-in characters they allow ("Location: **", "100% ",
 * "(", "__"), and filler: every character a pattern matches before its workplace word (letters,
 * digits, white space, "(", ":", "*", "_", "%", "-"), characters none does (",", ".", "/", "–"),
 * and workplace words outside any statement ("remote support").
 */
const STATEMENTS = [
  '(remote)', '( Hybrid )', '(\non-site)', 'CST-Remote', 'II - hybrid', 'x9–remote', 'Location: Remote', 'work location:** hybrid',
  'location type :__ on site', 'Workplace:\t*in-office', 'This role is 100% remote', 'the position will be a fully full-time hybrid',
  'this job is an permanent on-site', 'fully remote role', '100% hybrid opportunity', 'This is a 100% remote job',
  'this is an fully hybrid position', 'hybrid working environment', 'Hybrid work schedule', 'all of our roles are remote',
  'all our roles are Remote', 'will work remote', 'to work hybrid', 'will work on-site in', 'will work onsite at',
];
const FILLER = [
  'remote support', 'hybrid cloud', 'location', 'Location', 'this', 'the', 'This is', 'position', 'role', 'job', 'is', 'a',
  'an', 'fully', '100%', '100', '42', 'full-time', 'work', 'will', 'to', 'all', 'CST', 'x9', 'team',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '(', ')', ':', '*', '**', '_', '__', '%', '-', '–', ',', '.', '/', '#', 'é',
];

const texts = fc
  .tuple(
    fc.array(fc.constantFrom(...FILLER), { maxLength: 12 }),
    fc.constantFrom('', ' '),
    fc.constantFrom('', ' ', '\n', '*', '_', ':', '(', '%', '-', '9', 'x', ',', '.'),
    fc.array(fc.constantFrom(...STATEMENTS), { maxLength: 2 }),
    fc.array(fc.constantFrom(...FILLER, ...STATEMENTS), { maxLength: 6 }),
  )
  .map(([before, sep, glue, statements, after]) => before.join(sep) + glue + statements.join(' ') + after.join(sep));

describe('extractWorkplace', () => {
  it('agrees with the patterns tried one by one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(extractWorkplace(text)).toBe(reference(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('finds a statement after a workplace word it does not count', () => {
    // The first workplace word is no statement; the scan starts before the statement's own lead-in.
    expect(extractWorkplace('Remote support duties. The role is 100% remote position')).toBe('remote');
    expect(extractWorkplace('hybrid cloud; Location: ** hybrid')).toBe('hybrid');
    expect(extractWorkplace('remote access, (on-site) and more')).toBe('on-site');
  });
});
