import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { savedAgo } from './format';
import { getDb } from '@/lib/db/jobs-db';
import type { PostingSummary } from '@/lib/posting';
import { t } from './i18n';

const ROW_HEIGHT = 58;

function Row({ posting: p }: { posting: PostingSummary }) {
  const skills = p.requirements.skills.filter((s) => s.required).slice(0, 4).map((s) => s.name);
  return (
    <>
      <span className="row-title">{p.title.value ?? t('untitledPosting')}</span>
      <span className="row-sub">
        {[p.company.value, p.location.value].filter(Boolean).join(' · ')}
        {skills.length > 0 && <span className="row-skills"> — {skills.join(', ')}</span>}
      </span>
      <span className="row-date">{savedAgo(p.capturedAt)}</span>
    </>
  );
}

/**
 * Saved postings by id, virtualized: only the rows on screen are read from the database, so the
 * list paints as fast with 10,000 postings as with ten.
 */
export function PostingList({
  jobIds,
  onOpen,
  onRowsShown,
  onDelete,
}: {
  jobIds: string[];
  onOpen: (jobId: string) => void;
  /** Delete (the key) on a focused row. */
  onDelete?: (jobId: string) => void;
  /** Called once the first rows are on screen with their data. */
  onRowsShown?: () => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: jobIds.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const visibleIds = items.map((item) => jobIds[item.index]).filter((id): id is string => id !== undefined);
  const key = visibleIds.join('\n');
  const rows = useLiveQuery(async () => {
    const found = await getDb().postings.bulkGet(key ? key.split('\n') : []);
    return new Map(found.filter((p) => p !== undefined).map((p) => [p.jobId, p]));
  }, [key]);
  const shown = Boolean(rows?.size);
  useEffect(() => {
    if (shown) onRowsShown?.();
  }, [shown, onRowsShown]);
  // ↑/↓ move between rows (scrolling the virtual list so the next row exists), Enter opens (a
  // row is a button), Delete deletes with undo.
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-job-id]')?.dataset.jobId;
    const index = current ? jobIds.indexOf(current) : -1;
    if (e.key === 'Delete' && current) {
      e.preventDefault();
      onDelete?.(current);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const next = Math.min(jobIds.length - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)));
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-job-id="${CSS.escape(jobIds[next] ?? '')}"]`)?.focus());
  };
  return (
    <div ref={scroller} className="list" role="list" aria-label={t('savedJobs')} onKeyDown={onKeyDown}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const jobId = jobIds[item.index];
          if (!jobId) return null;
          const posting = rows?.get(jobId);
          return (
            <button
              type="button"
              role="listitem"
              key={jobId}
              className="row"
              data-job-id={jobId}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(jobId)}
            >
              {posting ? <Row posting={posting} /> : <span className="row-title muted">…</span>}
            </button>
          );
        })}
      </div>
    </div>
  );
}
