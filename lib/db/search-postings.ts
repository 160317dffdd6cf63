import type { Posting } from '../posting';
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
export function searchWordsOf(p: Pick<Posting, 'title' | 'company' | 'location' | 'requirements' | 'tags'>): string[] {
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
export function matchesQuery(p: Posting, query: string): boolean {
  const words = toSearchWords(query);
  if (!words.length) return true;
  const own = searchWordsOf(p);
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

/**
 * Ids of the saved postings matching a query, newest first. Reads keys only (the capturedAt and
 * searchWords indexes), never whole rows, so it stays fast at tens of thousands of postings;
 * the list then loads just the rows on screen.
 */
export async function searchJobIds(db: JobsDb, query: string): Promise<string[]> {
  // Forward order reads the keys in one getAllKeys call; a reverse() collection walks a cursor,
  // which took ~250 ms at 10,000 postings. Reverse the array instead.
  const newestFirst = (await db.postings.orderBy('capturedAt').primaryKeys()).reverse();
  const words = [...new Set(toSearchWords(query))];
  if (!words.length) return newestFirst;
  const matches = await Promise.all(words.map((w) => db.postings.where('searchWords').startsWith(w).primaryKeys()));
  const sets = matches.map((keys) => new Set(keys));
  return newestFirst.filter((id) => sets.every((s) => s.has(id)));
}
