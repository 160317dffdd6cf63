import type { Posting } from '../posting';
import type { JobsDb } from './jobs-db';

/** Lower-cased text a search looks in: title, company, location, skills and certifications. */
export function searchText(p: Posting): string {
  return [
    p.title.value,
    p.company.value,
    p.location.value,
    ...p.requirements.skills.map((s) => s.name),
    ...p.requirements.certifications.map((c) => c.name),
    ...p.tags,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** True when every word of the query occurs in the posting's search text. */
export function matchesQuery(p: Posting, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = searchText(p);
  return words.every((w) => haystack.includes(w));
}

/** Saved postings, newest first, filtered by a free-text query. */
export async function searchPostings(db: JobsDb, query: string): Promise<Posting[]> {
  const newestFirst = db.postings.orderBy('capturedAt').reverse();
  const q = query.trim();
  return q ? newestFirst.filter((p) => matchesQuery(p, q)).toArray() : newestFirst.toArray();
}
