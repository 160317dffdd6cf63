/**
 * `hintedClauses` scans each clause once for a year or a degree word: it must flag exactly the
 * clauses that the two tests it replaced flag, each run on its own over the clause.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hintedClauses } from './clause-hints';
import { splitClauses } from './clauses';
import { findSections, insideBlurb } from './sections';

const YEAR_TEST = /\b(?:years?|yrs?)\b/i;
const DEGREE_TEST =
  /degree|diploma|doctor|bachelor|b\.s\.|master|m\.s\.|ph\.?\s?d|\b(?:GED|BS|BA|BSc|BEng|BSN|MS|MSc|MEng|MSN|MBA|HNC|HND|GCSEs?)\b|high[- ]school|-levels?\b|\(required\)|\(preferred\)/i;

function reference(text: string): Array<{ start: number; years: boolean; degree: boolean }> {
  const sections = findSections(text);
  return splitClauses(text)
    .filter((c) => !insideBlurb(sections, c.start, c.end))
    .map((c) => {
      const body = text.slice(c.start, c.end);
      return { start: c.start, years: YEAR_TEST.test(body), degree: DEGREE_TEST.test(body) };
    })
    .filter((c) => c.years || c.degree);
}

/** Year and degree words, near misses ("yearly", "_MS", "ph.\nd"), and what separates clauses. */
const PIECES = [
  'years', 'Year', 'yrs', 'yr', 'yearly', 'ayear', 'year_', '5+', 'three', 'degree', 'Degrees', 'diploma', 'doctorate',
  'bachelor', "Bachelor's", 'b.s.', 'B.S', 'master', 'm.s.', 'PhD', 'ph.d', 'ph. d', 'ph.\nd', 'GED', 'ged', 'BS', 'BA',
  'MS', 'MBA', 'ms', 'items', 'high school', 'High-School', 'highschool', '_MS', 'BS_', 'y', 'ph', 'd', 'm', 'b',
  'BSc', 'MSc', 'BEng', 'MEng', 'BSN', 'MSN', 'HND', 'HNC', 'GCSEs', 'A-levels', 'A level', 'Alevel', 'a', 'A', 'levels',
  'associate', 'Associate (', '(Required)', '(preferred)', '(required', 'required)', 'level', '-level', 'ys', 'Sc', 'Eng', 'SN',
  'ND', 'CSE', 'G', 'H', 'N',
  ' ', ' ', ' ', '\n', '. ', '; ', ', ', '/', '(', ') ', 'Experience', 'preferred ', 'Benefits:\n', 'About us\n',
  'Requirements:\n',
];

const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('hintedClauses', () => {
  it('flags the clauses the year and degree tests flag, each on its own', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const sections = findSections(text);
        const got = hintedClauses(text, splitClauses(text), sections).map((h) => ({ start: h.clause.start, years: h.years, degree: h.degree }));
        expect(got).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives each clause its own text', () => {
    const text = 'About us\nWe are 20 years old.\nRequirements:\n- 5+ years of Go; a BS degree\n- Python';
    const hinted = hintedClauses(text, splitClauses(text), findSections(text));
    expect(hinted.map((h) => [h.body, h.years, h.degree])).toEqual([
      ['- 5+ years of Go', true, false],
      ['a BS degree', false, true],
    ]);
    for (const h of hinted) expect(text.slice(h.clause.start, h.clause.end)).toBe(h.body);
  });
});

describe('splitClauses at a closing bracket', () => {
  const clauses = (text: string) => splitClauses(text).map((c) => text.slice(c.start, c.end));
  it('ends a clause at a bracket before a capital ("(VMWare preferred) Experience …")', () => {
    expect(clauses('Virtualisation (VMWare preferred) Experience with Linux')).toEqual(['Virtualisation (VMWare preferred)', 'Experience with Linux']);
  });
  it("does not end one at an acronym's bracket (set-232)", () => {
    const text = 'Achieved a Quality and Qualifications Ireland (QQI) National Framework of Qualifications (NFQ) Level 8 award';
    expect(clauses(text)).toEqual([text]);
  });
});
