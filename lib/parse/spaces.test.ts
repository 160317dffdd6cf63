import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, isBlank, isSpaceCode } from './spaces';

describe('white space by char code', () => {
  it('agrees with the regex \\s on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('collapses exactly as replace(/\\s+/g, " ") does, and returns the same string when nothing changes', () => {
    const spacey = fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', 'é')).map((parts) => parts.join(''));
    fc.assert(
      fc.property(spacey, (s) => {
        expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
        expect(isBlank(s)).toBe(s.trim() === '');
      }),
      { numRuns: 2000 },
    );
    const tight = 'Senior engineer, remote';
    expect(collapseSpaces(tight)).toBe(tight);
  });
});
