import { useLiveQuery } from 'dexie-react-hooks';
import { savedAgo } from './format';
import { getDb } from '@/lib/db/jobs-db';
import { likelyDuplicates, mergePostings } from '@/lib/db/merge-postings';
import type { Posting } from '@/lib/posting';

const SITE_NAMES: Record<Posting['site'], string> = { linkedin: 'LinkedIn', web: 'a career site', paste: 'a paste', file: 'a file' };

/** "Looks like the same job as one saved from …": the user decides whether to merge; nothing merges by itself. */
export function DuplicateNotice({ posting }: { posting: Posting }) {
  const others = useLiveQuery(() => likelyDuplicates(getDb(), posting), [posting]);
  if (!others?.length) return null;
  return (
    <div className="duplicate" role="note">
      {others.map((other) => (
        <p key={other.jobId}>
          Looks like the same job you saved from {SITE_NAMES[other.site]} {savedAgo(other.capturedAt)}
          {other.url && ` (${new URL(other.url).hostname})`}.{' '}
          <button type="button" className="link" onClick={() => void mergePostings(getDb(), posting.jobId, other.jobId)}>
            Merge into this one
          </button>
        </p>
      ))}
    </div>
  );
}
