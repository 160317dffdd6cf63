import { STATUSES, type PostingSummary } from '../posting';
import { duplicateKeyOf } from './duplicate-key';
import type { JobsDb, PostingRow } from './jobs-db';
import { deletePostings } from './posting-store';

/** Saved postings that look like the same opening as `posting` (same duplicate key), newest first. */
export async function likelyDuplicates(db: JobsDb, posting: PostingSummary): Promise<PostingRow[]> {
  const key = duplicateKeyOf(posting);
  if (!key) return [];
  const same = await db.postings.where('duplicateKey').equals(key).toArray();
  return same.filter((p) => p.jobId !== posting.jobId).sort((a, b) => b.capturedAt - a.capturedAt);
}

/** The user's fields of two copies of one job, combined: the further pipeline status, all tags, both notes. */
export function mergeUserFields(keep: PostingSummary, drop: PostingSummary): Pick<PostingSummary, 'status' | 'tags' | 'note' | 'capturedAt'> {
  const rank = (p: PostingSummary) => STATUSES.indexOf(p.status);
  const tags = [...keep.tags];
  for (const t of drop.tags) if (!tags.some((k) => k.toLowerCase() === t.toLowerCase())) tags.push(t);
  const notes = [keep.note.trim(), drop.note.trim()].filter(Boolean);
  return {
    status: rank(drop) > rank(keep) ? drop.status : keep.status,
    tags,
    note: [...new Set(notes)].join('\n\n'),
    capturedAt: Math.min(keep.capturedAt, drop.capturedAt),
  };
}

/**
 * Merges `dropId` into `keepId` in one transaction: the kept row gets both users' fields and keeps
 * its own description; the other goes, with its description.
 */
export async function mergePostings(db: JobsDb, keepId: string, dropId: string): Promise<void> {
  await db.transaction('rw', [db.postings, db.descriptions], async () => {
    const [keep, drop] = await db.postings.bulkGet([keepId, dropId]);
    if (!keep || !drop) throw new Error('One of the two jobs is no longer saved.');
    await db.postings.update(keepId, mergeUserFields(keep, drop));
    await deletePostings(db, [dropId]);
  });
}
