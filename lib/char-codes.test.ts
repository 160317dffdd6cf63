import { describe, expect, it } from 'vitest';
import { isAsciiLetter, isDigitCode, isSpaceCode } from './char-codes';

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
