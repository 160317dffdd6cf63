/** Character tests by char code, for the scans that read text one code at a time without a regex per character. */

/** Whether char code `c` is white space as the regex `\s` defines it (what `trim()` removes, and what css-select splits class lists on). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ASCII letter (the `i` flag of a regex without `u` folds these only). */
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** ASCII digit, what the regex `\d` (without `u`) matches. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** ASCII letter or digit. */
export const isAsciiAlnum = (c: number): boolean => isDigitCode(c) || isAsciiLetter(c);

/** ASCII capital letter. */
export const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;

/**
 * The start of the run of `inRun` characters that ends at `end` in `text`, not below `floor`:
 * where a scan for a pattern that matches only such characters before some found offset can begin.
 */
export function runStart(text: string, end: number, floor: number, inRun: (c: number) => boolean): number {
  let start = end;
  while (start > floor && inRun(text.charCodeAt(start - 1))) start--;
  return start;
}
