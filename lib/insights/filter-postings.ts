import { searchWordsOf, toSearchWords } from '../db/search-postings';
import { STATUSES, type EmploymentType, type PostingSummary, type Seniority, type Status, type Workplace } from '../posting';

/** How far back "date saved" looks; 'all' keeps every posting. */
export type SavedWithin = 'all' | '7d' | '30d';

/** The dashboard's filters; null (or '' / 'all' / false) means "any". */
export interface PostingFilters {
  /** Free text: every word must start a word of the title, company, location, skills or tags (the popup's rule). */
  query: string;
  status: Status | null;
  tag: string | null;
  /** Canonical skill name, required or preferred. */
  skill: string | null;
  /** Canonical certification name, required or preferred. */
  certification: string | null;
  seniority: Seniority | null;
  workplace: Workplace | null;
  employmentType: EmploymentType | null;
  savedWithin: SavedWithin;
  /** Only postings that state a salary. */
  hasSalary: boolean;
}

export const NO_FILTERS: PostingFilters = {
  query: '',
  status: null,
  tag: null,
  skill: null,
  certification: null,
  seniority: null,
  workplace: null,
  employmentType: null,
  savedWithin: 'all',
  hasSalary: false,
};

const DAY = 86_400_000;
const WITHIN_MS: Record<Exclude<SavedWithin, 'all'>, number> = { '7d': 7 * DAY, '30d': 30 * DAY };

/** True when no filter narrows the list. */
export function isUnfiltered(f: PostingFilters): boolean {
  return (Object.keys(NO_FILTERS) as Array<keyof PostingFilters>).every((k) =>
    k === 'query' ? !f.query.trim() : f[k] === NO_FILTERS[k],
  );
}

/**
 * Each posting's search words, computed once per row object: a live query hands out new objects
 * when rows change, so the cache never goes stale, and typing re-filters 10,000 rows without
 * re-tokenizing them.
 */
const wordsCache = new WeakMap<PostingSummary, string[]>();
const wordsOf = (p: PostingSummary): string[] => {
  let words = wordsCache.get(p);
  if (!words) wordsCache.set(p, (words = searchWordsOf(p)));
  return words;
};

/** Tokenizes the postings ahead of the first keystroke (call when idle), so it is as quick as the next ones. */
export function prepareSearch(postings: readonly PostingSummary[]): void {
  for (const p of postings) wordsOf(p);
}

/** Same rule as the popup search: every query word starts a word of the posting ("dat eng" finds "Data Engineer"). */
function matchesWords(p: PostingSummary, queryWords: readonly string[]): boolean {
  if (!queryWords.length) return true;
  const own = wordsOf(p);
  return queryWords.every((w) => own.some((o) => o.startsWith(w)));
}

/** True when the posting passes every filter; `now` anchors "saved in the last N days". */
export function matchesFilters(p: PostingSummary, f: PostingFilters, now: number = Date.now(), queryWords: readonly string[] = toSearchWords(f.query)): boolean {
  if (f.status && p.status !== f.status) return false;
  if (f.tag && !p.tags.includes(f.tag)) return false;
  if (f.skill && !p.requirements.skills.some((s) => s.name === f.skill)) return false;
  if (f.certification && !p.requirements.certifications.some((c) => c.name === f.certification)) return false;
  if (f.seniority && p.seniority.value !== f.seniority) return false;
  if (f.workplace && p.workplace.value !== f.workplace) return false;
  if (f.employmentType && p.employmentType.value !== f.employmentType) return false;
  if (f.hasSalary && !p.salary.value) return false;
  if (f.savedWithin !== 'all' && p.capturedAt < now - WITHIN_MS[f.savedWithin]) return false;
  return matchesWords(p, queryWords);
}

/** The postings passing every filter, in their input order. */
export function filterPostings<P extends PostingSummary>(postings: readonly P[], f: PostingFilters, now: number = Date.now()): P[] {
  const queryWords = toSearchWords(f.query);
  return postings.filter((p) => matchesFilters(p, f, now, queryWords));
}

export type SortKey = 'title' | 'company' | 'capturedAt' | 'status';
export interface PostingSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Newest first: the order a recruiter reviews in. */
export const DEFAULT_SORT: PostingSort = { key: 'capturedAt', dir: 'desc' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const STATUS_RANK = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

/** Compares two postings on one key; missing text sorts last whichever the direction. */
function compare(a: PostingSummary, b: PostingSummary, key: SortKey): number {
  switch (key) {
    case 'capturedAt':
      return a.capturedAt - b.capturedAt;
    case 'status':
      return (STATUS_RANK.get(a.status) ?? 0) - (STATUS_RANK.get(b.status) ?? 0);
    default:
      return collator.compare(a[key].value ?? '', b[key].value ?? '');
  }
}

/**
 * A sorted copy. Status sorts in pipeline order (new → closed), not alphabetically; postings with no
 * title or company stay at the end in both directions; ties keep newest first.
 */
export function sortPostings<P extends PostingSummary>(postings: readonly P[], sort: PostingSort): P[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const missing = (p: PostingSummary) => (sort.key === 'title' || sort.key === 'company') && !p[sort.key].value;
  return [...postings].sort((a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * compare(a, b, sort.key) || b.capturedAt - a.capturedAt;
  });
}

/** A value offered in a filter list, with how many postings have it. */
export interface FilterOption {
  value: string;
  count: number;
}

const countBy = (postings: readonly PostingSummary[], values: (p: PostingSummary) => Iterable<string>): FilterOption[] => {
  const counts = new Map<string, number>();
  for (const p of postings) for (const v of new Set(values(p))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
};

/** The tags, skills and certifications present in the postings, most frequent first, for filter lists. */
export function filterOptions(postings: readonly PostingSummary[]): { tags: FilterOption[]; skills: FilterOption[]; certifications: FilterOption[] } {
  return {
    tags: countBy(postings, (p) => p.tags),
    skills: countBy(postings, (p) => p.requirements.skills.map((s) => s.name)),
    certifications: countBy(postings, (p) => p.requirements.certifications.map((c) => c.name)),
  };
}
