import Papa from 'papaparse';
import type { PostingSummary, Requirement } from '../posting';

/** One CSV column: its header and how a posting fills it. Order here is the file's column order. */
interface Column {
  header: string;
  value: (p: PostingSummary, dates: Dates) => string | number | null;
}

const names = (list: Requirement[], required: boolean) =>
  list.filter((r) => r.required === required).map((r) => r.name).join('; ');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** How a posting's dates are written: the cells a date format changes. */
interface Dates {
  date: (ms: number) => string;
}

/** The export's columns, documented in the README; append new ones at the end to keep imports stable. */
export const CSV_COLUMNS: readonly Column[] = [
  { header: 'Title', value: (p) => p.title.value },
  { header: 'Company', value: (p) => p.company.value },
  { header: 'Location', value: (p) => p.location.value },
  { header: 'Workplace', value: (p) => p.workplace.value },
  { header: 'Employment type', value: (p) => p.employmentType.value },
  { header: 'Seniority', value: (p) => p.seniority.value },
  { header: 'Salary min', value: (p) => p.salary.value?.min ?? null },
  { header: 'Salary max', value: (p) => p.salary.value?.max ?? null },
  { header: 'Salary currency', value: (p) => p.salary.value?.currency ?? null },
  { header: 'Salary period', value: (p) => p.salary.value?.period ?? null },
  { header: 'Min years experience', value: (p) => p.requirements.minYearsExperience?.min ?? null },
  {
    header: 'Education',
    value: (p) => {
      const e = p.requirements.education;
      return e ? `${e.level}${e.orEquivalent ? ' or equivalent experience' : ''}` : null;
    },
  },
  { header: 'Required skills', value: (p) => names(p.requirements.skills, true) },
  { header: 'Preferred skills', value: (p) => names(p.requirements.skills, false) },
  { header: 'Required certifications', value: (p) => names(p.requirements.certifications, true) },
  { header: 'Preferred certifications', value: (p) => names(p.requirements.certifications, false) },
  { header: 'Status', value: (p) => p.status },
  { header: 'Tags', value: (p) => p.tags.join('; ') },
  { header: 'Note', value: (p) => p.note },
  { header: 'Posted', value: (p) => p.postedText.value },
  { header: 'Saved on', value: (p, { date }) => date(p.capturedAt) },
  { header: 'URL', value: (p) => p.url },
  { header: 'Job ID', value: (p) => p.jobId },
];

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
