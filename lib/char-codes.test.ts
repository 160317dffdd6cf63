import { describe, expect, it } from 'vitest';
import { isAsciiLetter, isDigitCode, isSpaceCode, runStart } from './char-codes';

describe('character tests by char code', () => {
  it('agree with the regexes they stand for on every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpaceCode(c), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
      expect(isAsciiLetter(c), `U+${c.toString(16)}`).toBe(/[a-z]/i.test(ch));
      expect(isDigitCode(c), `U+${c.toString(16)}`).toBe(/\d/.test(ch));
    }
  });
});

describe('runStart', () => {
  const isLetter = (c: number) => /[a-z]/i.test(String.fromCharCode(c));
  it('goes back over the run that ends at the offset, and no further than the floor', () => {
    expect(runStart('12 ab cd', 8, 0, isLetter)).toBe(6);
    expect(runStart('abcd', 4, 0, isLetter)).toBe(0);
    expect(runStart('abcd', 4, 2, isLetter)).toBe(2);
    expect(runStart('ab1', 3, 0, isLetter)).toBe(3);
    expect(runStart('', 0, 0, isLetter)).toBe(0);
  });
});
