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

/**
 * Labels, in English and as LinkedIn's interface writes them in German, French, Spanish,
 * Portuguese, Italian and Dutch (a pill or a criteria value is the label alone).
 */
const EMPLOYMENT: Array<[RegExp, EmploymentType]> = [
  [/^(full ?time|fulltime|permanent|regular|vollzeit|temps plein|jornada completa|tiempo completo|tempo integral|tempo pieno|voltijds)$/, 'full-time'],
  [/^(part ?time|parttime|teilzeit|temps partiel|media jornada|tiempo parcial|meio período|meio periodo|tempo parziale|deeltijds)$/, 'part-time'],
  [/^(contract|contractor|contract to hire|freelance|vertrag|contrat|contrato|contratto)$/, 'contract'],
  [/^(temporary|temp|seasonal|befristet|temporaire|temporal|temporário|temporario|temporaneo|tijdelijk)$/, 'temporary'],
  [/^(internship|intern|praktikum|stage|prácticas|practicas|estágio|estagio|tirocinio)$/, 'internship'],
];

/** "Full-time", "FULL_TIME" (schema.org), "Internship" → the model's employment type. */
export function normalizeEmploymentType(label: string | null | undefined): EmploymentType | null {
  if (!label) return null;
  const key = fold(label);
  return EMPLOYMENT.find(([re]) => re.test(key))?.[1] ?? null;
}

/** LinkedIn's seniority levels, in English and its other interface languages ("Not Applicable" and its translations: none). */
const SENIORITY: Array<[RegExp, Seniority]> = [
  [/^(internship|praktikum|stage|prácticas|practicas|estágio|estagio|tirocinio)$/, 'internship'],
  [/^(entry level|berufseinstieg|berufseinsteiger|sin experiencia|premier emploi|livello base)$/, 'entry'],
  [/^(associate|mit berufserfahrung|algo de responsabilidad|associato)$/, 'associate'],
  [/^(mid senior level|intermedio|confirmé|pleno sênior|livello intermedio superiore)$/, 'mid-senior'],
  [/^(director|direktor|directeur|diretor|direttore)$/, 'director'],
  [/^(executive|geschäftsführung|ejecutivo|cadre dirigeant|executivo|dirigente)$/, 'executive'],
];

/** LinkedIn's "Seniority level" criterion → the model's seniority; "Not Applicable" → null. */
export function normalizeSeniority(label: string | null | undefined): Seniority | null {
  if (!label) return null;
  const key = fold(label);
  return SENIORITY.find(([re]) => re.test(key))?.[1] ?? null;
}

/** "On-site", "Onsite", "Hybrid", "Remote", schema.org "TELECOMMUTE", LinkedIn's "Sur site", "Híbrido" → the model's workplace. */
export function normalizeWorkplace(label: string | null | undefined): Workplace | null {
  if (!label) return null;
  const key = fold(label);
  if (/^(on ?site|in office|office|vor ort|sur site|présentiel|presencial|in sede|op locatie)$/.test(key)) return 'on-site';
  if (/^(hybrid|hybrid remote|remote hybrid|hybride|híbrido|ibrido)$/.test(key)) return 'hybrid';
  if (/^(remote|telecommute|work from home|fully remote|télétravail|à distance|en remoto|remoto|da remoto|op afstand)$/.test(key)) return 'remote';
  return null;
}

const CURRENCY_SYMBOLS = ([
  ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['NZ$', 'NZD'], ['S$', 'SGD'],
  ['HK$', 'HKD'], ['US$', 'USD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['¥', 'JPY'],
  ['CHF', 'CHF'], ['R$', 'BRL'], ['zł', 'PLN'],
] as Array<[string, string]>).sort(([a], [b]) => b.length - a.length); // "CA$" before "A$" before "$"

/** Pay periods, in English and as LinkedIn's pay pills write them in its other languages ("28 000 €/an", "R$ 18 mil/mês"). */
const PERIODS: Array<[RegExp, PayPeriod]> = [
  [/\b(hr|hour|hourly|heure|stunde|hora|ora|uur)\b/, 'hour'],
  [/\b(day|daily|jour|tag|día|dia|giorno|dag)\b/, 'day'],
  [/\b(wk|week|weekly|semaine|woche|semana|settimana)\b/, 'week'],
  [/\b(mo|month|monthly|mois|monat|mes|mês|mese|maand)(?![a-z])/, 'month'],
  [/\b(yr|year|annual|annually|annum|an|année|jahr|año|ano|anno|jaar)(?![a-z])/, 'year'],
];

/**
 * A figure and its unit: thousand ("k", the "mil" of Spanish and Portuguese), million, or (Indian
 * pay) lakh: "₹28L/yr", "₹12 LPA", "₹10 Lakh". A unit is a letter alone: the "m" of "monthly",
 * the "L" of "Leeds" are words. The figure may group its thousands with commas, dots or spaces
 * ("117,000.00", "46.800", "28 000"; see `figure`).
 */
const AMOUNT = /(\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?)\s*([kKmM](?![a-zA-Z])|L(?=PA\b|akhs?\b|[^a-zA-Z]|$)|mil\b)?/g;
const UNIT: Record<string, number> = { k: 1_000, m: 1_000_000, l: 100_000, mil: 1_000 };

/**
 * A written figure as a number: the last "." or "," is the decimal point when one or two digits
 * follow it ("24.50", "1.200,50"), and every other mark groups thousands ("117,000", "46.800", "28 000").
 */
function figure(written: string): number {
  const digits = written.replace(/[\s\u00a0\u202f\u2009]/g, '');
  const point = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  if (point < 0 || digits.length - point - 1 === 3) return Number(digits.replace(/[.,]/g, ''));
  return Number(`${digits.slice(0, point).replace(/[.,]/g, '')}.${digits.slice(point + 1)}`);
}

/**
 * A salary label as LinkedIn and schema.org pages show it: "$117,000.00/yr - $234,000.00/yr",
 * "$18K/yr", "A$160,000.00 - A$200,000.00", "€50k–60k a year", "₹28L/yr - ₹40L/yr", "28 000 €/an".
 * Null when it has no amount.
 */
export function parseSalaryLabel(label: string | null | undefined): Salary | null {
  if (!label) return null;
  const text = label;
  const amounts = [...text.matchAll(AMOUNT)]
    .map((m) => figure(m[1] ?? '') * (UNIT[(m[2] ?? '').toLowerCase()] ?? 1))
    .filter((n) => Number.isFinite(n) && n > 0);
  const first = amounts[0];
  if (first === undefined) return null;
  const second = amounts[1] ?? first;
  const lower = text.toLowerCase();
  const currency =
    /\b(USD|EUR|GBP|AUD|CAD|INR|NZD|SGD|CHF|JPY|BRL|MXN)\b/.exec(text)?.[1] ??
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
