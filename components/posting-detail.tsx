import { DuplicateNotice } from './duplicate-notice';
import { factChips, savedAgo } from './format';
import { RequirementsView } from './requirements-view';
import { SafeHtml } from './safe-html';
import { UserFields } from './user-fields';
import type { Posting } from '@/lib/posting';

const FIELD_NAMES = { title: 'title', company: 'company', location: 'location', description: 'description' } as const;

/** One posting: facts, requirements, the description as captured, and its actions. */
export function PostingDetail({ posting: p, onDelete }: { posting: Posting; onDelete: () => void }) {
  const missing = p.completeness.missing.map((m) => FIELD_NAMES[m]);
  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" className="detail-title">
        {p.title.value ?? 'Untitled posting'}
      </h2>
      <p className="detail-sub">
        {[p.company.value, p.location.value].filter(Boolean).join(' · ') || 'Company and location not found'}
      </p>
      {factChips(p).length > 0 && (
        <ul className="facts" aria-label="Job facts">
          {factChips(p).map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p className="warning" role="note">
          Partly read: {missing.join(', ')} not found on the page.
        </p>
      )}
      <DuplicateNotice posting={p} />
      <RequirementsView requirements={p.requirements} />
      <UserFields key={p.jobId} posting={p} />
      <div className="detail-actions">
        {p.url && (
          <a className="button" href={p.url} target="_blank" rel="noreferrer noopener">
            Open posting ↗
          </a>
        )}
        <button type="button" className="button danger" onClick={onDelete}>
          Delete
        </button>
        <span className="muted small">Saved {savedAgo(p.capturedAt)}</span>
      </div>
      <details className="description">
        <summary>Description as captured</summary>
        <SafeHtml className="description-body" html={p.descriptionHtml} />
      </details>
    </article>
  );
}
