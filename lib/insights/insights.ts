import type { PayPeriod, PostingSummary, Requirement } from '../posting';

/** How many postings ask for one skill or certification. */
export interface DemandCount {
  name: string;
  /** Postings naming it at all. */
  count: number;
  /** Of those, postings where it is required (not only preferred). */
  required: number;
}

export const YEARS_BUCKETS = ['0-1', '2-3', '4-5', '6-9', '10+', 'not stated'] as const;
export type YearsBucket = (typeof YEARS_BUCKETS)[number];

/** Stated salaries of one currency and pay period (never mixed: $/hr and €/yr do not average). */
export interface SalaryRange {
  currency: string | null;
  period: PayPeriod;
  /** Postings stating a salary in this currency and period. */
  count: number;
  /** Lowest range minimum. */
  min: number;
  /** Median of the range midpoints. */
  median: number;
  /** Highest range maximum. */
  max: number;
}

export interface Insights {
  postings: number;
  topSkills: DemandCount[];
  topCertifications: DemandCount[];
  /** Skill and certification mentions marked required vs preferred, over all postings. */
  requiredVsPreferred: { required: number; preferred: number };
  /** Postings per minimum-years bucket, in `YEARS_BUCKETS` order. */
  years: Array<{ bucket: YearsBucket; count: number }>;
  salaries: SalaryRange[];
}

/** The bucket of a minimum-years requirement (null = not stated). */
export function yearsBucket(min: number | null | undefined): YearsBucket {
  if (min === null || min === undefined) return 'not stated';
  if (min <= 1) return '0-1';
  if (min <= 3) return '2-3';
  if (min <= 5) return '4-5';
  if (min <= 9) return '6-9';
  return '10+';
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Counts each name once per posting, required when any mention in that posting is required. */
function demand(postings: readonly PostingSummary[], list: (p: PostingSummary) => Requirement[], limit: number): DemandCount[] {
  const counts = new Map<string, DemandCount>();
  for (const p of postings) {
    const perPosting = new Map<string, boolean>();
    for (const r of list(p)) perPosting.set(r.name, (perPosting.get(r.name) ?? false) || r.required);
    for (const [name, required] of perPosting) {
      const c = counts.get(name) ?? { name, count: 0, required: 0 };
      c.count += 1;
      if (required) c.required += 1;
      counts.set(name, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.required - a.required || a.name.localeCompare(b.name)).slice(0, limit);
}

function salaryRanges(postings: readonly PostingSummary[]): SalaryRange[] {
  const groups = new Map<string, { currency: string | null; period: PayPeriod; mins: number[]; maxes: number[]; mids: number[] }>();
  for (const p of postings) {
    const s = p.salary.value;
    if (!s) continue;
    const key = `${s.currency ?? ''}/${s.period}`;
    const g = groups.get(key) ?? { currency: s.currency, period: s.period, mins: [], maxes: [], mids: [] };
    g.mins.push(s.min);
    g.maxes.push(s.max);
    g.mids.push((s.min + s.max) / 2);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ currency: g.currency, period: g.period, count: g.mids.length, min: Math.min(...g.mins), median: median(g.mids), max: Math.max(...g.maxes) }))
    .sort((a, b) => b.count - a.count || (a.currency ?? '').localeCompare(b.currency ?? '') || a.period.localeCompare(b.period));
}

/**
 * What a set of postings asks for: top 15 skills and top 10 certifications (each counted once per
 * posting), the required/preferred share of all mentions, minimum years of experience in buckets,
 * and salary ranges per currency and pay period.
 */
export function computeInsights(postings: readonly PostingSummary[]): Insights {
  let required = 0;
  let preferred = 0;
  const years = new Map<YearsBucket, number>(YEARS_BUCKETS.map((b) => [b, 0]));
  for (const p of postings) {
    for (const r of [...p.requirements.skills, ...p.requirements.certifications]) {
      if (r.required) required += 1;
      else preferred += 1;
    }
    const bucket = yearsBucket(p.requirements.minYearsExperience?.min);
    years.set(bucket, (years.get(bucket) ?? 0) + 1);
  }
  return {
    postings: postings.length,
    topSkills: demand(postings, (p) => p.requirements.skills, 15),
    topCertifications: demand(postings, (p) => p.requirements.certifications, 10),
    requiredVsPreferred: { required, preferred },
    years: YEARS_BUCKETS.map((bucket) => ({ bucket, count: years.get(bucket) ?? 0 })),
    salaries: salaryRanges(postings),
  };
}
