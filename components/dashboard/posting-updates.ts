import { getDb } from '@/lib/db/jobs-db';
import { deletePostings as deleteStored } from '@/lib/db/posting-store';
import type { PostingSummary, Status } from '@/lib/posting';

type UserFields = Partial<Pick<PostingSummary, 'status' | 'tags' | 'note'>>;

/** Writes the user's own fields of one posting (the parser never overwrites them). */
export async function updatePosting(jobId: string, changes: UserFields): Promise<void> {
  await getDb().postings.update(jobId, changes);
}

/** Sets the status of every listed posting, in one transaction. */
export async function setStatus(jobIds: readonly string[], status: Status): Promise<void> {
  await getDb().postings.where('jobId').anyOf([...jobIds]).modify({ status });
}

/** Adds a tag to every listed posting that lacks it. */
export async function addTag(jobIds: readonly string[], tag: string): Promise<void> {
  await getDb()
    .postings.where('jobId')
    .anyOf([...jobIds])
    .modify((p) => {
      if (!p.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) p.tags = [...p.tags, tag];
    });
}

/** Deletes the listed postings with their descriptions, in one transaction. */
export async function deletePostings(jobIds: readonly string[]): Promise<void> {
  await deleteStored(getDb(), jobIds);
}
