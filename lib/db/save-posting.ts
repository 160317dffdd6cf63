import type { ParsedPosting, Posting, Status } from '../posting';
import type { JobsDb } from './jobs-db';
import { writePostings } from './posting-store';

export interface SaveResult {
  jobId: string;
  /** 'saved' for a new job, 'updated' when the job was already there. */
  outcome: 'saved' | 'updated';
}

/**
 * Stores a parsed posting: a new row, or the same row refreshed with the new capture while keeping
 * what the user added (status, tags, note) and the first capture date. One transaction over the
 * row and its description, so two tabs saving the same job at once still leave one row, and a
 * save cut short leaves neither half.
 */
export async function savePosting(
  db: JobsDb,
  parsed: ParsedPosting,
  now: number = Date.now(),
  /** Status of a new row (the options page's default); a re-capture keeps the row's own. */
  defaultStatus: Status = 'new',
): Promise<SaveResult> {
  return db.transaction('rw', [db.postings, db.descriptions], async () => {
    const existing = await db.postings.get(parsed.jobId);
    const posting: Posting = existing
      ? { ...parsed, capturedAt: existing.capturedAt, updatedAt: now, status: existing.status, tags: existing.tags, note: existing.note }
      : { ...parsed, capturedAt: now, updatedAt: now, status: defaultStatus, tags: [], note: '' };
    await writePostings(db, [posting]);
    return { jobId: parsed.jobId, outcome: existing ? 'updated' : 'saved' };
  });
}
