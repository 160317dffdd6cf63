import type { EmploymentType, PayPeriod, Salary, Seniority, Workplace } from '../posting';
import { collapseSpaces } from './spaces';

/**
 * Folds case, accents-free spacing and punctuation so labels compare ("Full-time", "FULL_TIME"),
 * and drops the separators a row of labels leaves around one (Lever's "Full-time /").
 */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_\-–]+/g, ' ')
    .replace(/^[\s/|·•,]+|[\s/|·•,]+$/g, '')
    .trim();

const EMPLOYMENT: Array<[RegExp, EmploymentType]> = [
  [/^(full ?time|fulltime|permanent|regular)$/, 'full-time'],
  [/^(part ?time|parttime)$/, 'part-time'],
  [/^(contract|contractor|contract to hire|freelance)$/, 'contract'],
  [/^(temporary|temp|seasonal)$/, 'temporary'],
  [/^(internship|intern)$/, 'internship'],
];

/** "Full-time", "FULL_TIME" (schema.org), "Internship" → the model's employment type. */
export function normalizeEmploymentType(label: string | null | undefined): EmploymentType | null {
  if (!label) return null;
  const key = fold(label);
  return EMPLOYMENT.find(([re]) => re.test(key))?.[1] ?? null;
}

const SENIORITY: Array<[RegExp, Seniority]> = [
  [/^internship$/, 'internship'],
  [/^entry level$/, 'entry'],
  [/^associate$/, 'associate'],
  [/^mid senior level$/, 'mid-senior'],
  [/^director$/, 'director'],
  [/^executive$/, 'executive'],
];

/** LinkedIn's "Seniority level" criterion → the model's seniority; "Not Applicable" → null. */
export function normalizeSeniority(label: string | null | undefined): Seniority | null {
  if (!label) return null;
  const key = fold(label);
  return SENIORITY.find(([re]) => re.test(key))?.[1] ?? null;
}

/** "On-site", "Onsite", "Hybrid", "Remote", schema.org "TELECOMMUTE" → the model's workplace. */
export function normalizeWorkplace(label: string | null | undefined): Workplace | null {
  if (!label) return null;
  const key = fold(label);
  if (/^(on ?site|in office|office)$/.test(key)) return 'on-site';
  if (key === 'hybrid' || key === 'hybrid remote' || key === 'remote hybrid') return 'hybrid';
  if (/^(remote|telecommute|work from home|fully remote)$/.test(key)) return 'remote';
  return null;
}

const CURRENCY_SYMBOLS = ([
  ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['NZ$', 'NZD'], ['S$', 'SGD'],
  ['HK$', 'HKD'], ['US$', 'USD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['¥', 'JPY'],
  ['CHF', 'CHF'], ['R$', 'BRL'], ['zł', 'PLN'],
] as Array<[string, string]>).sort(([a], [b]) => b.length - a.length); // "CA$" before "A$" before "$"

const PERIODS: Array<[RegExp, PayPeriod]> = [
  [/\b(hr|hour|hourly)\b/, 'hour'],
  [/\b(day|daily)\b/, 'day'],
  [/\b(wk|week|weekly)\b/, 'week'],
  [/\b(mo|month|monthly)\b/, 'month'],
  [/\b(yr|year|annual|annually|annum)\b/, 'year'],
];

/**
 * A figure and its unit: thousand, million, or (Indian pay) lakh: "₹28L/yr", "₹12 LPA", "₹10
 * Lakh". A unit is a letter alone: the "m" of "monthly", the "L" of "Leeds" are words.
 */
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*([kKmM](?![a-zA-Z])|L(?=PA\b|akhs?\b|[^a-zA-Z]|$))?/g;
const UNIT: Record<string, number> = { k: 1_000, m: 1_000_000, l: 100_000 };

/**
 * A salary label as LinkedIn and schema.org pages show it: "$117,000.00/yr - $234,000.00/yr",
 * "$18K/yr", "A$160,000.00 - A$200,000.00", "€50k–60k a year", "₹28L/yr - ₹40L/yr". Null when it has no amount.
 */
export function parseSalaryLabel(label: string | null | undefined): Salary | null {
  if (!label) return null;
  const text = label.replace(/\u00a0/g, ' ');
  const amounts = [...text.matchAll(AMOUNT)]
    .map((m) => {
      const n = Number((m[1] ?? '').replace(/,/g, ''));
      return n * (UNIT[(m[2] ?? '').toLowerCase()] ?? 1);
    })
    .filter((n) => Number.isFinite(n) && n > 0);
  const first = amounts[0];
  if (first === undefined) return null;
  const second = amounts[1] ?? first;
  const lower = text.toLowerCase();
  const currency =
    /\b(USD|EUR|GBP|AUD|CAD|INR|NZD|SGD|CHF|JPY)\b/.exec(text)?.[1] ??
    CURRENCY_SYMBOLS.find(([symbol]) => text.includes(symbol))?.[1] ??
    null;
  const period = PERIODS.find(([re]) => re.test(lower))?.[1] ?? (Math.max(first, second) >= 1000 ? 'year' : 'hour');
  return { min: Math.min(first, second), max: Math.max(first, second), currency, period };
}

/** schema.org `baseSalary` (MonetaryAmount) → Salary. */
export function salaryFromJsonLd(base: unknown): Salary | null {
  if (!base || typeof base !== 'object') return null;
  const amount = base as { currency?: unknown; value?: unknown };
  const value = (amount.value ?? {}) as { minValue?: unknown; maxValue?: unknown; value?: unknown; unitText?: unknown };
  const raw = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/,/g, '')) : NaN);
  // A negative amount is no pay: treated as absent, never stored as a salary (#7, parse-file.fuzz.test.ts).
  const num = (v: unknown) => (raw(v) >= 0 ? raw(v) : NaN);
  const min = num(value.minValue ?? value.value ?? amount.value);
  const max = num(value.maxValue ?? value.value ?? amount.value);
  if (!Number.isFinite(min) && !Number.isFinite(max)) return null;
  const unit = typeof value.unitText === 'string' ? value.unitText.toLowerCase() : '';
  const period = PERIODS.find(([re]) => re.test(unit))?.[1] ?? 'year';
  const lo = Number.isFinite(min) ? min : max;
  const hi = Number.isFinite(max) ? max : min;
  return {
    min: Math.min(lo, hi),
    max: Math.max(lo, hi),
    currency: typeof amount.currency === 'string' ? amount.currency.toUpperCase() : null,
    period,
  };
}

/**
 * Collapses white space and trims; null for an empty result. Trimmed first (`trim` and `\s` name
 * the same white space): markup indents a field's text on both sides, and once that is gone most
 * texts need no collapsing, so no copy.
 */
export function cleanText(s: string | null | undefined): string | null {
  const t = collapseSpaces((s ?? '').trim());
  return t || null;
}
