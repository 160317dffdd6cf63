import Papa from 'papaparse';
import type { PostingSummary } from '../posting';
import { CSV_COLUMNS, isoDate, type Column, type Dates } from './csv-columns';

export { CSV_COLUMNS } from './csv-columns';

/**
 * A cell that Excel or Sheets would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start)
 * gets a leading apostrophe, so it is shown, never evaluated (OWASP "CSV injection").
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The user's export choices (options page); each one left out keeps the default export. */
export interface CsvOptions {
  /** Headers from `CSV_COLUMNS` to write, in this order; unknown names are skipped. Default: all. */
  columns?: readonly string[];
  /** `;` for Excel in locales whose decimal mark is `,`. Default `,`. */
  delimiter?: ',' | ';';
  /** `iso` = yyyy-mm-dd (default); `locale` = the runtime's short date, e.g. 25/11/2026. */
  dateFormat?: 'iso' | 'locale';
}

function selectColumns(names: readonly string[] | undefined): readonly Column[] {
  if (!names) return CSV_COLUMNS;
  return names.flatMap((name) => CSV_COLUMNS.filter((c) => c.header === name));
}

/**
 * RFC 4180 CSV of the postings, one row each, UTF-8 with a byte-order mark so Excel reads accents
 * right; CRLF line ends; every text cell neutralized.
 */
export function postingsToCsv(postings: readonly PostingSummary[], options: CsvOptions = {}): string {
  const columns = selectColumns(options.columns);
  const dates: Dates = { date: options.dateFormat === 'locale' ? (ms) => new Date(ms).toLocaleDateString() : isoDate };
  const rows = postings.map((p) =>
    columns.map(({ value }) => {
      const v = value(p, dates);
      return typeof v === 'number' ? v : neutralizeCell(v ?? '');
    }),
  );
  const body = Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows },
    { newline: '\r\n', quotes: false, delimiter: options.delimiter ?? ',' },
  );
  return `\uFEFF${body}\r\n`;
}

/** `jobs-YYYY-MM-DD.csv` in the user's local date. */
export function csvFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `jobs-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
