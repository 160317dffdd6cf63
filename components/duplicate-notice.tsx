import { useLiveQuery } from 'dexie-react-hooks';
import { savedAgo } from './format';
import { getDb } from '@/lib/db/jobs-db';
import { likelyDuplicates, mergePostings } from '@/lib/db/merge-postings';
import type { PostingSummary } from '@/lib/posting';
import { t, type MessageKey } from './i18n';

const SITE_NAMES: Record<PostingSummary['site'], MessageKey> = { linkedin: 'siteLinkedIn', web: 'siteWeb', paste: 'sitePaste', file: 'siteFile' };

/** "Looks like the same job as one saved from …": the user decides whether to merge; nothing merges by itself. */
export function DuplicateNotice({ posting }: { posting: PostingSummary }) {
  const others = useLiveQuery(() => likelyDuplicates(getDb(), posting), [posting]);
  if (!others?.length) return null;
  return (
    <div className="duplicate" role="note">
      {others.map((other) => (
        <p key={other.jobId}>
          {other.url
            ? t('duplicateOfHost', t(SITE_NAMES[other.site]), savedAgo(other.capturedAt), new URL(other.url).hostname)
            : t('duplicateOf', t(SITE_NAMES[other.site]), savedAgo(other.capturedAt))}{' '}
          <button type="button" className="link" onClick={() => void mergePostings(getDb(), posting.jobId, other.jobId)}>
            {t('mergeIntoThis')}
          </button>
        </p>
      ))}
    </div>
  );
}
