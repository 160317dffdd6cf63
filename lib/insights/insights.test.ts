import { describe, expect, it } from 'vitest';
import type { Salary } from '../posting';
import { computeInsights, median, yearsBucket } from './insights';
import { makePosting, req } from './posting-fixture';

const withReqs = (jobId: string, skills: ReturnType<typeof req>[], certs: ReturnType<typeof req>[] = [], years: number | null = null, salary: Salary | null = null) =>
  makePosting({
    jobId,
    requirements: { skills, certifications: certs, minYearsExperience: years === null ? null : { min: years, evidence: null }, education: null, softSkills: [] },
    salary: { value: salary, source: salary ? 'text' : 'none' },
  });

describe('yearsBucket', () => {
  it.each([
    [0, '0-1'], [1, '0-1'], [2, '2-3'], [3, '2-3'], [4, '4-5'], [5, '4-5'], [6, '6-9'], [9, '6-9'], [10, '10+'], [15, '10+'], [null, 'not stated'],
  ] as const)('%s years → %s', (years, bucket) => {
    expect(yearsBucket(years)).toBe(bucket);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});

describe('computeInsights', () => {
  const usdYear = (min: number, max: number): Salary => ({ min, max, currency: 'USD', period: 'year' });
  const postings = [
    withReqs('1', [req('Python'), req('SQL'), req('Python', false)], [req('CKA', false, 'certification')], 3, usdYear(100, 200)),
    withReqs('2', [req('Python', false), req('AWS')], [req('CKA', true, 'certification')], 5, usdYear(50, 70)),
    withReqs('3', [req('SQL')], [], 12, { min: 30, max: 40, currency: 'EUR', period: 'hour' }),
    withReqs('4', [], [], null, usdYear(300, 300)),
  ];
  const insights = computeInsights(postings);

  it('counts each skill once per posting, required when any mention is', () => {
    expect(insights.topSkills).toEqual([
      { name: 'SQL', count: 2, required: 2 },
      { name: 'Python', count: 2, required: 1 },
      { name: 'AWS', count: 1, required: 1 },
    ]);
    expect(insights.topCertifications).toEqual([{ name: 'CKA', count: 2, required: 1 }]);
  });

  it('keeps the top 15 skills', () => {
    const many = Array.from({ length: 20 }, (_, i) => req(`S${String(i).padStart(2, '0')}`));
    expect(computeInsights([withReqs('x', many)]).topSkills).toHaveLength(15);
  });

  it('shares required vs preferred over every mention', () => {
    expect(insights.requiredVsPreferred).toEqual({ required: 5, preferred: 3 });
  });

  it('buckets minimum years, postings without a figure as "not stated"', () => {
    expect(insights.years).toEqual([
      { bucket: '0-1', count: 0 },
      { bucket: '2-3', count: 1 },
      { bucket: '4-5', count: 1 },
      { bucket: '6-9', count: 0 },
      { bucket: '10+', count: 1 },
      { bucket: 'not stated', count: 1 },
    ]);
  });

  it('summarizes salaries per currency and period: lowest min, median midpoint, highest max', () => {
    expect(insights.salaries).toEqual([
      { currency: 'USD', period: 'year', count: 3, min: 50, median: 150, max: 300 },
      { currency: 'EUR', period: 'hour', count: 1, min: 30, median: 35, max: 40 },
    ]);
  });

  it('is empty for no postings', () => {
    expect(computeInsights([])).toMatchObject({ postings: 0, topSkills: [], salaries: [], requiredVsPreferred: { required: 0, preferred: 0 } });
  });
});
