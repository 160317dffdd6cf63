/**
 * The export's columns, apart from the writer (csv.ts): the options page and the settings the
 * service worker reads name them, and need no CSV library for that.
 */
import type { PostingSummary, Requirement } from '../posting';

/** One CSV column: its header and how a posting fills it. Order here is the file's column order. */
export interface Column {
  header: string;
  value: (p: PostingSummary, dates: Dates) => string | number | null;
}

const names = (list: Requirement[], required: boolean) =>
  list.filter((r) => r.required === required).map((r) => r.name).join('; ');
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** How a posting's dates are written: the cells a date format changes. */
export interface Dates {
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
