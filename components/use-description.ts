import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/jobs-db';
import type { PostingDescription } from '@/lib/posting';

/**
 * The description of one saved job, read from its own table (lists never read it): undefined
 * while it loads, then the description (empty when the job has none). A live query, so it shows as
 * soon as it is read and a re-capture's new text replaces it.
 */
export function useDescription(jobId: string): PostingDescription | undefined {
  return useLiveQuery(async () => (await getDb().descriptions.get(jobId)) ?? { jobId, descriptionHtml: '', descriptionText: '' }, [jobId]);
}
