import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, isBlank } from './spaces';

describe('white space in strings', () => {
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
