/**
 * Pay stated in the text: "$95k- 110k", "$24 - $27 per hour", "$150,000 to $165,000", "Up to
 * $18,000 p/m" (a single figure: min = max). The first range that reads as pay wins; amounts about
 * budgets, bonuses, funding or deductibles are not pay.
 */
import type { PayPeriod, Salary } from '../posting';
import { isAsciiLetter, isSpaceCode, runStart } from '../char-codes';

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₹': 'INR', '¥': 'JPY' };
const PREFIXED: Readonly<Record<string, string>> = { A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', US$: 'USD', NZ$: 'NZD', S$: 'SGD', HK$: 'HKD' };
const CODES = ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'INR', 'NZD', 'SGD', 'CHF', 'JPY', 'HKD', 'SEK', 'NOK', 'DKK', 'PLN', 'MXN', 'BRL', 'ZAR'];

const AMOUNT = String.raw`(\d{1,3}(?:[,.]\d{3})+|\d+)(?:\.(\d{1,2}))?\s*([kKmM])?\b`;
const CUR = String.raw`(?:(${CODES.join('|')})\s*)?(A\$|AU\$|C\$|CA\$|US\$|NZ\$|S\$|HK\$|[$£€₹])`;
/** A stated amount or range of money; exported for the test that checks `moneyMatches` against a scan of it. */
export const MONEY = new RegExp(
  String.raw`(?:\b(up to|upto|maximum of)\s+)?${CUR}\s*${AMOUNT}(?:\s*(?:-|–|—|to|and)\s*(?:${CUR})?\s*${AMOUNT})?(?:\s*(${CODES.join('|')})\b)?`,
  'gi',
);

const PAY_CONTEXT = /\b(?:salary|salaries|pay|paid|wage|wages|compensation|rate|earn|earning|base|hourly|ote|remuneration|income|stipend)\b/i;
const NOT_PAY = /\b(?:bonus|budget|funding|funded|raised|referral|deductibles?|co-?pays?|reimburse\w*|allowance|revenue|million|billion|valuation|investment|tuition|discount|sign-on|relocation|credit)\b/i;

const PERIODS: ReadonlyArray<[PayPeriod, RegExp]> = [
  ['hour', /\b(?:per hour|an hour|a hour|hourly|\/\s*(?:hr|hour)|p\/h|ph)\b/i],
  ['day', /\b(?:per day|a day|daily|\/\s*day|p\/d)\b/i],
  ['week', /\b(?:per week|a week|weekly|\/\s*(?:wk|week)|p\/w)\b/i],
  ['month', /\b(?:per month|a month|monthly|\/\s*(?:mo|month)|p\/m|pcm)\b/i],
  ['year', /\b(?:per year|a year|annual|annually|yearly|per annum|\/\s*(?:yr|year)|p\/a|p\.a\.|pa)\b/i],
];

function amount(whole: string, cents: string | undefined, suffix: string | undefined): number {
  const digits = whole.replace(/[,.]/g, '');
  let value = Number(digits) + (cents ? Number(`0.${cents}`) : 0);
  if (suffix === 'k' || suffix === 'K') value *= 1000;
  if (suffix === 'm' || suffix === 'M') value *= 1_000_000;
  return value;
}

/** MONEY anchored where it is tried: only at the few offsets where a match can start. */
const MONEY_AT = new RegExp(MONEY.source, 'iy');
const SYMBOLS = /[$£€₹]/g;
const isLetterOrSpace = (c: number): boolean => isAsciiLetter(c) || isSpaceCode(c);

/**
 * The matches of MONEY in `text`, in order, as a global scan finds them, without scanning the text
 * between currency symbols: MONEY needs a symbol, and what it can match before one is ASCII letters
 * and white space ("up to", "USD ", "AU$"). So a match starts in the run of those that ends at
 * its first symbol, and each start there is tried, leftmost first, as the scan would. Pay is
 * stated near the end of a posting, once or twice; the scan tried MONEY at every offset after the
 * first symbol.
 */
export function* moneyMatches(text: string): Generator<RegExpExecArray> {
  let next = 0; // a match starts at or after the end of the last one, as in a global scan
  SYMBOLS.lastIndex = 0;
  for (let symbol = SYMBOLS.exec(text); symbol; symbol = SYMBOLS.exec(text)) {
    const at = symbol.index;
    if (at < next) continue;
    for (let start = runStart(text, at, next, isLetterOrSpace); start <= at; start++) {
      MONEY_AT.lastIndex = start;
      const m = MONEY_AT.exec(text);
      if (!m) continue;
      next = MONEY_AT.lastIndex;
      SYMBOLS.lastIndex = next;
      yield m;
      break;
    }
  }
}

/** The first stated pay in `text`, or null. */
export function extractSalary(text: string): Salary | null {
  for (const m of moneyMatches(text)) {
    const [, upTo, code1, sym1, whole1, cents1, suffix1, code2, sym2, whole2, cents2, suffix2, codeAfter] = m;
    if (!whole1 || !sym1) continue;
    // Context: the clause around the figure (same line, up to a sentence end).
    const lineStart = Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 160);
    const lineEndRaw = text.indexOf('\n', m.index);
    const lineEnd = Math.min(lineEndRaw < 0 ? text.length : lineEndRaw, m.index + m[0].length + 80);
    const before = text.slice(lineStart, m.index);
    const after = text.slice(m.index + m[0].length, lineEnd);
    const sentenceBefore = before.split(/[.!?]\s/).pop() ?? before;
    const sentenceAfter = after.split(/[.!?]\s/)[0] ?? after;
    const context = `${sentenceBefore} ${sentenceAfter}`;
    if (NOT_PAY.test(context)) continue;
    const period = PERIODS.find(([, re]) => re.test(sentenceAfter) || re.test(sentenceBefore))?.[0];
    if (!period && !PAY_CONTEXT.test(context)) continue;
    // "$100" in "$100 million" style text is caught by NOT_PAY; a k/M suffix on the second figure applies to the first.
    const low = amount(whole1, cents1, suffix1 ?? suffix2);
    const high = whole2 && !upTo ? amount(whole2, cents2, suffix2) : low;
    // Finite too: 400 digits read as Infinity and were stored as the salary (#7, extract.fuzz.test.ts).
    if (!(low > 0) || high < low || !Number.isFinite(high)) continue;
    const symbol = sym2 ?? sym1;
    const code = (code1 ?? code2 ?? codeAfter)?.toUpperCase() ?? PREFIXED[symbol.toUpperCase()] ?? CURRENCY_SYMBOL[symbol] ?? null;
    return { min: low, max: high, currency: code, period: period ?? (high < 500 ? 'hour' : 'year') };
  }
  return null;
}
