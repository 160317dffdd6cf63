import type { Posting, Salary } from '@/lib/posting';

const PERIOD: Record<Salary['period'], string> = { hour: '/hr', day: '/day', week: '/wk', month: '/mo', year: '/yr' };

/** "$150K–165K/yr", "$24–27/hr", "€50,000/yr". */
export function formatSalary(s: Salary): string {
  const symbol = s.currency ? (({ USD: '$', EUR: '€', GBP: '£', AUD: 'A$', CAD: 'C$', INR: '₹' }) as Record<string, string>)[s.currency] ?? `${s.currency} ` : '';
  const amount = (n: number) =>
    n >= 10_000 ? `${Math.round(n / 100) / 10}K`.replace('.0K', 'K') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const range = s.min === s.max ? amount(s.min) : `${amount(s.min)}–${amount(s.max)}`;
  return `${symbol}${range}${PERIOD[s.period]}`;
}

const LABELS: Record<string, string> = {
  'full-time': 'Full-time', 'part-time': 'Part-time', contract: 'Contract', temporary: 'Temporary',
  internship: 'Internship', entry: 'Entry level', associate: 'Associate', 'mid-senior': 'Mid-Senior level',
  director: 'Director', executive: 'Executive', 'on-site': 'On-site', hybrid: 'Hybrid', remote: 'Remote',
  'high-school': 'High school', bachelor: "Bachelor's", master: "Master's", doctorate: 'Doctorate',
};

/** Display label of an enum value ("mid-senior" → "Mid-Senior level"). */
export const label = (value: string) => LABELS[value] ?? value;

/** "Saved 3 min ago", "Saved Nov 2". */
export function savedAgo(ms: number, now: number = Date.now()): string {
  const minutes = Math.round((now - ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(ms).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/** The facts shown as chips under a title, in reading order. */
export function factChips(p: Posting): string[] {
  return [
    p.workplace.value && label(p.workplace.value),
    p.employmentType.value && label(p.employmentType.value),
    p.seniority.value && label(p.seniority.value),
    p.salary.value && formatSalary(p.salary.value),
  ].filter((c): c is string => Boolean(c));
}
