import { DuplicateNotice } from './duplicate-notice';
import { FactChips, companyAndLocation } from './fact-chips';
import { savedAgo } from './format';
import { RequirementsView } from './requirements-view';
import { SafeHtml } from './safe-html';
import { useDescription } from './use-description';
import { UserFields } from './user-fields';
import { useState } from 'react';
import { postingSummary } from '@/lib/export/posting-summary';
import type { PostingSummary } from '@/lib/posting';
import { t, type MessageKey } from './i18n';

const FIELD_NAMES: Record<PostingSummary['completeness']['missing'][number], MessageKey> = {
  title: 'fieldNameTitle',
  company: 'fieldNameCompany',
  location: 'fieldNameLocation',
  description: 'fieldNameDescription',
};

/**
 * One posting: facts, requirements, the description as captured (read from its own table: the
 * list's rows carry none), and its actions.
 */
export function PostingDetail({ posting: p, onDelete }: { posting: PostingSummary; onDelete: () => void }) {
  const description = useDescription(p.jobId);
  const missing = p.completeness.missing.map((m) => t(FIELD_NAMES[m]));
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(postingSummary(p));
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <article className="detail" aria-labelledby="detail-title">
      <h2 id="detail-title" className="detail-title">
        {p.title.value ?? t('untitledPosting')}
      </h2>
      <p className="detail-sub">
        {companyAndLocation(p)}
      </p>
      <FactChips posting={p} />
      {missing.length > 0 && (
        <p className="warning" role="note">
          {t('partlyRead', missing.join(', '))}
        </p>
      )}
      <DuplicateNotice posting={p} />
      <RequirementsView requirements={p.requirements} />
      <UserFields key={p.jobId} posting={p} idPrefix="field" />
      <div className="detail-actions">
        {p.url && (
          <a className="button" href={p.url} target="_blank" rel="noreferrer noopener">
            {t('openPosting')}
          </a>
        )}
        <button type="button" className="button" onClick={() => void copy()} title={t('copySummaryTitle')}>
          {copied ? t('copied') : t('copy')}
        </button>
        <button type="button" className="button danger" onClick={onDelete}>
          {t('actionDelete')}
        </button>
        <span className="muted small">{t('savedWhen', savedAgo(p.capturedAt))}</span>
      </div>
      <details className="description">
        <summary>{t('descriptionAsCaptured')}</summary>
        {description && <SafeHtml className="description-body" html={description.descriptionHtml} />}
      </details>
    </article>
  );
}
