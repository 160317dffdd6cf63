import type { PostingSummary } from '../posting';

/** Legal-form words that differ between a job board and the employer's own page. */
const LEGAL_FORMS = new Set(['inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'gmbh', 'plc', 'llp', 'sa', 'ag', 'bv', 'pty']);

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean);

/**
 * What makes two saved postings likely the same opening seen on two sites (LinkedIn and the
 * employer's career page): the same title, company (legal form ignored) and city. Null when the
 * title or company is unknown: then nothing is flagged. A flag only suggests; the user merges.
 */
export function duplicateKeyOf(p: Pick<PostingSummary, 'title' | 'company' | 'location'>): string | null {
  const title = words(p.title.value ?? '').join(' ');
  const company = words(p.company.value ?? '').filter((w) => !LEGAL_FORMS.has(w)).join(' ');
  if (!title || !company) return null;
  const city = words((p.location.value ?? '').split(/[,(·|-]/)[0] ?? '').join(' ');
  return `${title}|${company}|${city}`;
}
