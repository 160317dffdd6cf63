import { useState } from 'react';
import { STATUSES, type Status } from '@/lib/posting';
import { statusLabel } from './status-label';
import { t } from '@/components/i18n';

/** Actions on the checked rows; export takes every shown row when none is checked. */
export function BulkBar({
  checkedCount,
  shownCount,
  onStatus,
  onTag,
  onDelete,
  onExport,
  onClear,
}: {
  checkedCount: number;
  shownCount: number;
  onStatus: (status: Status) => void;
  onTag: (tag: string) => void;
  onDelete: () => void;
  onExport: () => void;
  onClear: () => void;
}) {
  const [tag, setTag] = useState('');
  const none = checkedCount === 0;
  const addTag = () => {
    const cleaned = tag.trim().replace(/,/g, ' ');
    if (!cleaned || none) return;
    onTag(cleaned);
    setTag('');
  };
  return (
    <div className="bulk" role="toolbar" aria-label={t('bulkActions')}>
      <span className="bulk-count" aria-live="polite">
        {none ? t('bulkShown', shownCount) : t('bulkSelected', checkedCount, shownCount)}
      </span>
      {!none && (
        <button type="button" className="link" onClick={onClear}>
          {t('bulkClear')}
        </button>
      )}
      <span className="bulk-spacer" />
      <label className="visually-hidden" htmlFor="bulk-status">
        {t('bulkStatusLabel')}
      </label>
      <select
        id="bulk-status"
        value=""
        disabled={none}
        onChange={(e) => {
          if (e.target.value) onStatus(e.target.value as Status);
        }}
      >
        <option value="">{t('bulkStatusPrompt')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
      <form
        className="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          addTag();
        }}
      >
        <input aria-label={t('bulkTagLabel')} placeholder={t('bulkTagPlaceholder')} value={tag} disabled={none} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" className="button" disabled={none || !tag.trim()}>
          {t('bulkAdd')}
        </button>
      </form>
      <button type="button" className="button danger" disabled={none} onClick={onDelete}>
        {t('actionDelete')}
      </button>
      <button type="button" className="button primary" disabled={!shownCount} onClick={onExport}>
        {t('bulkExport', none ? shownCount : checkedCount)}
      </button>
    </div>
  );
}
