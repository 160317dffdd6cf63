import type { TaxonomyEntry } from '../extract/taxonomy/types';
import type { PostingSummary } from '../posting';

/** What a Boolean search is built from: skills (canonical names) and job titles. */
export interface BooleanSearchInput {
  skills: string[];
  titles: string[];
}

/** Spellings per skill group: the name and at most this many aliases. */
export const MAX_ALIASES = 3;
/** Skill groups ANDed together; more and the search finds nobody. */
export const MAX_SKILLS = 4;
/** Title alternatives ORed together for a selection. */
export const MAX_TITLES = 3;

const OPERATORS = new Set(['and', 'or', 'not']);
/** Characters LinkedIn Recruiter and Google read as plain text inside a quoted phrase. */
const SAFE_ALIAS = /^[\p{L}\p{N}][\p{L}\p{N} .+#/-]*$/u;
const BARE = /^[\p{L}\p{N}]+$/u;

/**
 * One search term: bare when it is a single plain word, otherwise a quoted phrase. Double quotes
 * and brackets inside are dropped (they would end the phrase or open a group); a bare AND/OR/NOT
 * is quoted so it is not read as an operator.
 */
export function quoteTerm(term: string): string {
  const clean = term.replace(/["“”()[\]{}]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return '';
  return BARE.test(clean) && !OPERATORS.has(clean.toLowerCase()) ? clean : `"${clean}"`;
}

/**
 * The aliases worth searching for, best first: no spelling that only differs in case, no alias
 * containing the name (searching the name already finds it), no ambiguous ordinary words, no
 * special characters a search engine would misread; fewer words first, taxonomy order on ties.
 */
export function searchAliases(entry: TaxonomyEntry, max: number = MAX_ALIASES): string[] {
  const name = entry.name.toLowerCase();
  const seen = new Set([name]);
  const picked = entry.aliases.filter((alias) => {
    const a = alias.toLowerCase();
    if (seen.has(a) || a.includes(name) || a.length < 2 || !SAFE_ALIAS.test(alias) || OPERATORS.has(a)) return false;
    if (entry.ambiguous?.includes(alias)) return false;
    seen.add(a);
    return true;
  });
  const words = (s: string) => s.split(' ').length;
  return picked
    .map((alias, i) => ({ alias, i }))
    .sort((a, b) => words(a.alias) - words(b.alias) || a.i - b.i)
    .slice(0, max)
    .map((x) => x.alias);
}

/** A title without what follows its first " - ", " | ", "(" or "," ("Engineer - Internship - Up to $18,000" → "Engineer"). */
export function coreTitle(title: string): string {
  return title.split(/\s[-–—|]\s|[(,]/)[0]!.replace(/\s+/g, ' ').trim();
}

/** Each taxonomy's entries by lower-case name, built once per taxonomy. */
const indexes = new WeakMap<readonly TaxonomyEntry[], Map<string, TaxonomyEntry>>();
function byName(taxonomy: readonly TaxonomyEntry[]): Map<string, TaxonomyEntry> {
  let map = indexes.get(taxonomy);
  if (!map) {
    map = new Map();
    for (const e of taxonomy) if (!map.has(e.name.toLowerCase())) map.set(e.name.toLowerCase(), e);
    indexes.set(taxonomy, map);
  }
  return map;
}

const group = (terms: string[]) => {
  const quoted = [...new Set(terms.map(quoteTerm).filter(Boolean))];
  return quoted.length ? `(${quoted.join(' OR ')})` : '';
};

/**
 * A Boolean search string for LinkedIn Recruiter or Google: each skill as (name OR aliases), the
 * titles as one OR group, all ANDed: `("Windows Server" OR "Win Server") AND (VMware OR vSphere)`.
 * Empty when there is nothing to search for. `taxonomy`: lib/extract/taxonomy's `TAXONOMY` (passed in,
 * so that the dashboard loads it only when it shows a search).
 */
export function booleanSearch(input: BooleanSearchInput, taxonomy: readonly TaxonomyEntry[]): string {
  const index = byName(taxonomy);
  const skillGroups = input.skills.slice(0, MAX_SKILLS).map((name) => {
    const entry = index.get(name.toLowerCase());
    return group([name, ...(entry ? searchAliases(entry) : [])]);
  });
  const titles = group(input.titles.map(coreTitle).filter(Boolean).slice(0, MAX_TITLES));
  return [...new Set([...skillGroups, titles])].filter(Boolean).join(' AND ');
}

/** One posting's required skills (its preferred ones when none is required) and its title. */
export function searchInputForPosting(p: PostingSummary): BooleanSearchInput {
  const required = p.requirements.skills.filter((s) => s.required);
  const skills = (required.length ? required : p.requirements.skills).map((s) => s.name);
  return { skills: skills.slice(0, MAX_SKILLS), titles: p.title.value ? [p.title.value] : [] };
}

const mostCommon = (values: string[], limit: number): string[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([v]) => v);
};

/** A selection's most common required skills (counted once per posting) and most common titles. */
export function searchInputForSelection(postings: readonly PostingSummary[]): BooleanSearchInput {
  if (postings.length === 1) return searchInputForPosting(postings[0]!);
  const skills = postings.flatMap((p) => [...new Set(p.requirements.skills.filter((s) => s.required).map((s) => s.name))]);
  const titles = postings.map((p) => (p.title.value ? coreTitle(p.title.value) : '')).filter(Boolean);
  return { skills: mostCommon(skills, MAX_SKILLS), titles: mostCommon(titles, MAX_TITLES) };
}
