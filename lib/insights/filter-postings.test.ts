import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, filterOptions, filterPostings, isUnfiltered, NO_FILTERS, sortPostings, type PostingFilters } from './filter-postings';
import { makePosting, req } from './posting-fixture';

const DAY = 86_400_000;
const NOW = 100 * DAY;

const sre = makePosting({
  jobId: 'a',
  title: { value: 'Site Reliability Engineer', source: 'text' },
  company: { value: 'Northwind', source: 'text' },
  workplace: { value: 'hybrid', source: 'text' },
  employmentType: { value: 'full-time', source: 'text' },
  seniority: { value: 'mid-senior', source: 'text' },
  requirements: { skills: [req('Kubernetes'), req('Go', false)], certifications: [req('CKA', false, 'certification')], minYearsExperience: null, education: null, softSkills: [] },
  salary: { value: { min: 100_000, max: 120_000, currency: 'USD', period: 'year' }, source: 'text' },
  status: 'shortlisted',
  tags: ['hot'],
  capturedAt: NOW - 2 * DAY,
});
const intern = makePosting({
  jobId: 'b',
  title: { value: 'software engineer intern', source: 'text' },
  company: { value: 'Hunter Bond', source: 'text' },
  workplace: { value: 'on-site', source: 'text' },
  employmentType: { value: 'internship', source: 'text' },
  requirements: { skills: [req('Python'), req('Kubernetes', false)], certifications: [], minYearsExperience: null, education: null, softSkills: [] },
  capturedAt: NOW - 20 * DAY,
});
const old = makePosting({ jobId: 'c', title: { value: null, source: 'none' }, company: { value: null, source: 'none' }, status: 'closed', capturedAt: NOW - 60 * DAY });
const all = [sre, intern, old];

const ids = (f: Partial<PostingFilters>) => filterPostings(all, { ...NO_FILTERS, ...f }, NOW).map((p) => p.jobId);

describe('filterPostings', () => {
  it('keeps everything without filters, in input order', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(isUnfiltered(NO_FILTERS)).toBe(true);
    expect(isUnfiltered({ ...NO_FILTERS, query: '  ' })).toBe(true);
    expect(isUnfiltered({ ...NO_FILTERS, hasSalary: true })).toBe(false);
  });

  it('filters on each field', () => {
    expect(ids({ query: 'northwind kubernetes' })).toEqual(['a']);
    expect(ids({ query: 'north kube' })).toEqual(['a']); // word prefixes
    expect(ids({ query: 'wind' })).toEqual([]);
    expect(ids({ status: 'closed' })).toEqual(['c']);
    expect(ids({ tag: 'hot' })).toEqual(['a']);
    expect(ids({ skill: 'Kubernetes' })).toEqual(['a', 'b']); // required or preferred
    expect(ids({ skill: 'Python' })).toEqual(['b']);
    expect(ids({ certification: 'CKA' })).toEqual(['a']);
    expect(ids({ seniority: 'mid-senior' })).toEqual(['a']);
    expect(ids({ workplace: 'on-site' })).toEqual(['b']);
    expect(ids({ employmentType: 'internship' })).toEqual(['b']);
    expect(ids({ hasSalary: true })).toEqual(['a']);
    expect(ids({ savedWithin: '7d' })).toEqual(['a']);
    expect(ids({ savedWithin: '30d' })).toEqual(['a', 'b']);
  });

  it('combines filters with AND', () => {
    expect(ids({ skill: 'Kubernetes', workplace: 'hybrid' })).toEqual(['a']);
    expect(ids({ skill: 'Python', hasSalary: true })).toEqual([]);
  });
});

describe('sortPostings', () => {
  const order = (key: 'title' | 'company' | 'capturedAt' | 'status', dir: 'asc' | 'desc') => sortPostings(all, { key, dir }).map((p) => p.jobId);

  it('sorts newest first by default and does not mutate its input', () => {
    expect(sortPostings(all, DEFAULT_SORT).map((p) => p.jobId)).toEqual(['a', 'b', 'c']);
    expect(order('capturedAt', 'asc')).toEqual(['c', 'b', 'a']);
    expect(all.map((p) => p.jobId)).toEqual(['a', 'b', 'c']);
  });

  it('sorts text case-insensitively with missing values last in both directions', () => {
    expect(order('title', 'asc')).toEqual(['a', 'b', 'c']);
    expect(order('title', 'desc')).toEqual(['b', 'a', 'c']);
    expect(order('company', 'asc')).toEqual(['b', 'a', 'c']);
  });

  it('sorts status in pipeline order, ties newest first', () => {
    expect(order('status', 'asc')).toEqual(['b', 'a', 'c']);
    expect(order('status', 'desc')).toEqual(['c', 'a', 'b']);
  });
});

describe('filterOptions', () => {
  it('lists values most frequent first, each counted once per posting', () => {
    const o = filterOptions([...all, makePosting({ jobId: 'd', tags: ['hot', 'hot', 'remote'] })]);
    expect(o.tags).toEqual([{ value: 'hot', count: 2 }, { value: 'remote', count: 1 }]);
    expect(o.skills[0]).toEqual({ value: 'Kubernetes', count: 2 });
    expect(o.certifications).toEqual([{ value: 'CKA', count: 1 }]);
  });
});
