/**
 * The currencies pay is written in, one table for both pay readers: the text's (salary.ts) and the
 * pay pill's and labelled field's (parse/normalize.ts `parseSalaryLabel`).
 */
import { escapeRegExp } from '../escape-regexp';

/** Dollars named by their country before the sign ("A$160,000", "US$ 90k"), and Brazil's real ("R$"). */
export const PREFIXED_SIGNS: Readonly<Record<string, string>> = {
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  US$: 'USD',
  NZ$: 'NZD',
  S$: 'SGD',
  HK$: 'HKD',
  R$: 'BRL',
  MX$: 'MXN',
  BD$: 'BMD', // Bermuda's dollar
};

/** One-character signs. A bare "$" is the dollar of the job's place (salary.ts `dollarOf`). */
export const SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  '¥': 'JPY',
  '₪': 'ILS',
  '₦': 'NGN',
  '₱': 'PHP',
  '₩': 'KRW',
  '₺': 'TRY',
  '₫': 'VND',
  '₴': 'UAH',
  '฿': 'THB',
  '₸': 'KZT',
  '₽': 'RUB',
};

/**
 * Marks LinkedIn's pay pills write in its other languages, mostly after the figure ("41 000 zł/mies.",
 * "月給 30万円", "¥25k–35k 元/月"): read in a pill or a labelled field, where the figure is known to be
 * pay, not in running text, where "Rp" or "元" alone says too little.
 */
export const PILL_MARKS: Readonly<Record<string, string>> = {
  'CN¥': 'CNY',
  'JP¥': 'JPY',
  円: 'JPY',
  元: 'CNY',
  원: 'KRW',
  zł: 'PLN',
  Kč: 'CZK',
  Rp: 'IDR',
  TL: 'TRY',
  грн: 'UAH',
  บาท: 'THB',
  лв: 'BGN',
  VNĐ: 'VND',
};

/**
 * Marks that are words of their language's alphabet ("7.500 lei", "650 000 Ft"): read, as the pill
 * marks are, only where a figure is known to be pay, and only as whole words ("lei" is no part of
 * "Leiden", "Ft" none of "Ftd.").
 */
export const WORD_MARKS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![A-Za-z])lei(?![A-Za-z])/, 'RON'],
  [/(?<![A-Za-z])Ft(?![A-Za-z])/, 'HUF'],
  // Vietnam's đồng as a word ("12 – 18 triệu đồng/tháng").
  [/(?<![\p{L}])đồng(?![\p{L}])/u, 'VND'],
  // The euro written as a word after its figure: "da 31.000 a 35.000 euro lordi", "2.500 euros brutos".
  [/(?<=\d[\s\u00a0]?)euros?(?![\p{L}])/iu, 'EUR'],
];

/** Peru's sol before a figure: "S/ 5,800 mensuales", "S/. 4500"; a grouped or long figure, not SAP's "S/4". */
export const SOL_SIGN = /(?<![\w/])S\/\.?[^\S\n]?(?=\d{1,3}(?:,\d{3})+|\d{4,})/g;

/** ISO 4217 codes of the currencies jobs are posted in here. */
export const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'AUD', 'CAD', 'INR', 'NZD', 'SGD', 'CHF', 'JPY', 'HKD', 'SEK', 'NOK', 'DKK', 'PLN', 'MXN', 'BRL', 'ZAR', 'KRW', 'AED', 'SAR', 'QAR', 'ILS',
  'RON', 'CZK', 'HUF', 'UAH', 'TRY', 'IDR', 'MYR', 'PHP', 'THB', 'VND', 'CNY', 'TWD', 'NGN', 'KES', 'EGP', 'COP', 'CLP', 'ARS', 'PEN', 'GHS',
  'ETB', 'UGX', 'TZS', 'RWF', 'XOF', 'XAF', 'JOD', 'KWD', 'BHD', 'OMR', 'LKR', 'PKR', 'BDT', 'NPR', 'BGN', 'RSD', 'KZT', 'RUB', 'MNT', 'MAD',
];


/** The one-character signs as a regex class (`[$£€...]`). */
export const SIGN_CLASS = `[${Object.keys(SIGNS).join('')}]`;

/** The prefixed signs as regex alternatives, in the table's order. */
export const PREFIXED_SIGN_SOURCE = Object.keys(PREFIXED_SIGNS).map(escapeRegExp).join('|');

/** Currencies whose pay is stated by the month where no period is written (a pill's or a text's). */
export const MONTHLY: ReadonlySet<string> = new Set(['KZT', 'RUB', 'UAH', 'RON', 'HUF', 'BGN', 'RSD', 'BRL', 'MXN', 'PLN', 'CZK', 'TRY', 'IDR', 'PHP', 'ZAR', 'ARS', 'COP', 'CLP', 'PEN', 'VND', 'THB', 'MNT', 'MAD']);

/**
 * Meal vouchers, a perk in every language postings are written in: "meal vouchers", "buoni pasto",
 * "tickets restaurant", "chèques repas", "Essensgutscheine", "vale-refeição". A figure they name is
 * no pay (salary.ts for English, other-languages.ts for the rest).
 */
export const MEAL_VOUCHERS = String.raw`meal vouchers?|buon[io] pasto|tickets? (?:restaurants?|resto)|chèques? (?:repas|déjeuner)|essens(?:zuschuss|gutschein\w*|marken)|vales? (?:de )?(?:alimentação|refeição|despensa)|vale[- ](?:refeição|alimentação)`;
