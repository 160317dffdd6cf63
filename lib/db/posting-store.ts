import type { Posting, PostingDescription, PostingSummary } from '../posting';
import type { JobsDb, PostingRow } from './jobs-db';

/**
 * Full postings in and out of the database, which stores each as two rows (schema v4): the posting
 * without its description in `postings`, what lists read, and the description in `descriptions`.
 * Whatever writes or reads a whole posting goes through here, in one transaction over both tables,
 * so a job is never stored without its description nor its description without the job.
 */

/** A posting as its two stored parts. */
export function splitPosting(p: Posting): { row: PostingSummary; description: PostingDescription } {
  const { descriptionHtml, descriptionText, ...row } = p;
  return { row, description: { jobId: p.jobId, descriptionHtml, descriptionText } };
}

/**
 * A stored row and its description as the full model, without the derived index fields (the
 * hooks rebuild them on the next write). A missing description reads as empty, never undefined.
 */
export function joinPosting({ searchWords: _words, duplicateKey: _key, ...row }: PostingRow, description: PostingDescription | undefined): Posting {
  return { ...row, descriptionHtml: description?.descriptionHtml ?? '', descriptionText: description?.descriptionText ?? '' };
}

/** One saved posting with its description; undefined when it is not saved. */
export async function readPosting(db: JobsDb, jobId: string): Promise<Posting | undefined> {
  return db.transaction('r', [db.postings, db.descriptions], async () => {
    const [row, description] = await Promise.all([db.postings.get(jobId), db.descriptions.get(jobId)]);
    return row && joinPosting(row, description);
  });
}

/** Every saved posting with its description (the backup), in job id order. */
export async function readAllPostings(db: JobsDb): Promise<Posting[]> {
  return db.transaction('r', [db.postings, db.descriptions], async () => {
    const [rows, descriptions] = await Promise.all([db.postings.toArray(), db.descriptions.toArray()]);
    const byId = new Map(descriptions.map((d) => [d.jobId, d]));
    return rows.map((row) => joinPosting(row, byId.get(row.jobId)));
  });
}

/** Stores full postings, each row with its description, in one transaction (or the caller's, when it covers both tables). */
export async function writePostings(db: JobsDb, postings: readonly Posting[]): Promise<void> {
  const parts = postings.map(splitPosting);
  await db.transaction('rw', [db.postings, db.descriptions], async () => {
    await db.postings.bulkPut(parts.map((p) => p.row));
    await db.descriptions.bulkPut(parts.map((p) => p.description));
  });
}

/** Deletes postings with their descriptions, in one transaction. */
export async function deletePostings(db: JobsDb, jobIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.postings, db.descriptions], async () => {
    await db.postings.bulkDelete([...jobIds]);
    await db.descriptions.bulkDelete([...jobIds]);
  });
}

/** Deletes one posting with its description and returns it whole, so an undo can put it back as it was. */
export async function takePosting(db: JobsDb, jobId: string): Promise<Posting | undefined> {
  return db.transaction('rw', [db.postings, db.descriptions], async () => {
    const posting = await readPosting(db, jobId);
    await deletePostings(db, [jobId]);
    return posting;
  });
}
