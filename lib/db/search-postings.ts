import type { PostingSummary } from '../posting';
import type { JobsDb } from './jobs-db';

/** Splits text into lower-case search words; keeps "c++", "c#", ".net", "node.js" whole. */
export function toSearchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/**
 * The words a search finds a posting by: title, company, location, skills, certifications and
 * tags. Stored on each row (`searchWords`, a multi-entry index) so a search reads index keys only.
 */
export function searchWordsOf(p: Pick<PostingSummary, 'title' | 'company' | 'location' | 'requirements' | 'tags'>): string[] {
  const text = [
    p.title.value,
    p.company.value,
    p.location.value,
    ...p.requirements.skills.map((s) => s.name),
    ...p.requirements.certifications.map((c) => c.name),
    ...p.tags,
  ]
    .filter(Boolean)
    .join(' ');
  return [...new Set(toSearchWords(text))];
}

/** True when every word of the query starts a word of the posting ("dat eng" finds "Data Engineer"). */
export function matchesQuery(p: PostingSummary, query: string): boolean {
  const words = toSearchWords(query);
  if (!words.length) return true;
  const own = searchWordsOf(p);
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

/**
 * Ids of saved postings, newest first; `limit` reads just the first few (the popup's first paint).
 * Reads keys only (the capturedAt index), never whole rows.
 */
export async function newestJobIds(db: JobsDb, limit?: number): Promise<string[]> {
  // A plain reverse().limit() becomes getAllKeys({ direction: 'prev', count }), which Chromium 156
  // answers in ~200 ms at 10,000 postings; the filter makes Dexie walk a cursor instead, which
  // stops after `limit` rows (~2 ms).
  if (limit !== undefined) return db.postings.orderBy('capturedAt').reverse().filter(() => true).limit(limit).primaryKeys();
  // All of them: forward order is one getAllKeys call, reversed here.
  return (await db.postings.orderBy('capturedAt').primaryKeys()).reverse();
}

/** Ids of the postings whose search words start with every word of the query (the searchWords index). */
export async function matchingJobIds(db: JobsDb, query: string): Promise<Set<string>> {
  const words = [...new Set(toSearchWords(query))];
  const matches = await Promise.all(words.map((w) => db.postings.where('searchWords').startsWith(w).primaryKeys()));
  const [first = [], ...rest] = matches;
  const others = rest.map((keys) => new Set(keys));
  return new Set(first.filter((id) => others.every((s) => s.has(id))));
}

/** Ids of the saved postings matching a query, newest first. */
export async function searchJobIds(db: JobsDb, query: string): Promise<string[]> {
  const newest = await newestJobIds(db);
  if (!toSearchWords(query).length) return newest;
  const matches = await matchingJobIds(db, query);
  return newest.filter((id) => matches.has(id));
}
