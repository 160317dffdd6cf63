/** Small number words used in postings ("Ten (10) or more years", "four-year degree"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  'twenty-four': 24, thirty: 30, 'thirty-six': 36, // months: "eighteen (18) months", "twenty-four (24) months"
};

/** Regex source for one number: digits or a word, optionally followed by "(10)". */
export const NUMBER = `(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s*\\(\\d{1,2}\\))?`;

/** Value of a NUMBER match ("Ten (10)" → 10). */
export function numberValue(raw: string): number | null {
  const digits = /\d+/.exec(raw);
  if (digits) return Number(digits[0]);
  return NUMBER_WORDS[raw.trim().toLowerCase()] ?? null;
}
