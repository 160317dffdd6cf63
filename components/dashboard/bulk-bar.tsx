import { useState } from 'react';
import { STATUSES, type Status } from '@/lib/posting';
import { statusLabel } from './status-label';

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
    const t = tag.trim().replace(/,/g, ' ');
    if (!t || none) return;
    onTag(t);
    setTag('');
  };
  return (
    <div className="bulk" role="toolbar" aria-label="Actions on selected jobs">
      <span className="bulk-count" aria-live="polite">
        {none ? `${shownCount} shown` : `${checkedCount} of ${shownCount} selected`}
      </span>
      {!none && (
        <button type="button" className="link" onClick={onClear}>
          Clear selection
        </button>
      )}
      <span className="bulk-spacer" />
      <label className="visually-hidden" htmlFor="bulk-status">
        Set status of selected jobs
      </label>
      <select
        id="bulk-status"
        value=""
        disabled={none}
        onChange={(e) => {
          if (e.target.value) onStatus(e.target.value as Status);
        }}
      >
        <option value="">Set status…</option>
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
        <input aria-label="Tag to add to selected jobs" placeholder="Add tag…" value={tag} disabled={none} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" className="button" disabled={none || !tag.trim()}>
          Add
        </button>
      </form>
      <button type="button" className="button danger" disabled={none} onClick={onDelete}>
        Delete
      </button>
      <button type="button" className="button primary" disabled={!shownCount} onClick={onExport}>
        {none ? `Export ${shownCount} as CSV` : `Export ${checkedCount} as CSV`}
      </button>
    </div>
  );
}
