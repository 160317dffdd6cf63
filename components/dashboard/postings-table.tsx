import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { label, savedAgo } from '@/components/format';
import { t, type MessageKey } from '@/components/i18n';
import type { PostingSort, SortKey } from '@/lib/insights/filter-postings';
import type { PostingSummary } from '@/lib/posting';
import { statusLabel } from './status-label';

const ROW_HEIGHT = 44;
/** The sticky header row's height (style.css `.thead`): rows start below it. */
const HEADER_HEIGHT = 36;
const SKILLS_SHOWN = 3;

interface Column {
  title: MessageKey;
  sortKey?: SortKey;
  cell: (p: PostingSummary) => string;
  className?: string;
}

const COLUMNS: Column[] = [
  { title: 'columnTitle', sortKey: 'title', cell: (p) => p.title.value ?? t('untitledPosting'), className: 'cell-title' },
  { title: 'columnCompany', sortKey: 'company', cell: (p) => p.company.value ?? '' },
  { title: 'columnLocation', cell: (p) => p.location.value ?? '' },
  { title: 'columnWorkplace', cell: (p) => (p.workplace.value ? label(p.workplace.value) : '') },
  { title: 'columnType', cell: (p) => (p.employmentType.value ? label(p.employmentType.value) : '') },
  { title: 'columnStatus', sortKey: 'status', cell: (p) => statusLabel(p.status), className: 'cell-status' },
  { title: 'columnTags', cell: (p) => p.tags.join(', '), className: 'cell-tags' },
  { title: 'columnSaved', sortKey: 'capturedAt', cell: (p) => savedAgo(p.capturedAt) },
  {
    title: 'columnRequiredSkills',
    cell: (p) => p.requirements.skills.filter((s) => s.required).slice(0, SKILLS_SHOWN).map((s) => s.name).join(', '),
    className: 'cell-skills',
  },
];

interface Props {
  postings: PostingSummary[];
  sort: PostingSort;
  onSort: (key: SortKey) => void;
  checked: ReadonlySet<string>;
  onToggle: (jobId: string) => void;
  onToggleAll: () => void;
  openJobId: string | null;
  onOpen: (jobId: string) => void;
  onDelete: (jobIds: string[]) => void;
}

/**
 * All postings as a virtualized grid. Keyboard: ↑/↓ (Home/End, PgUp/PgDn) move the row focus,
 * Enter opens the row, Space checks it, Delete asks to delete the checked rows (or the focused one).
 */
export function PostingsTable({ postings, sort, onSort, checked, onToggle, onToggleAll, openJobId, onOpen, onDelete }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: postings.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const activeIndex = Math.min(active, postings.length - 1);
  const allChecked = postings.length > 0 && postings.every((p) => checked.has(p.jobId));
  const someChecked = !allChecked && postings.some((p) => checked.has(p.jobId));

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(postings.length - 1, index));
    setActive(i);
    virtualizer.scrollToIndex(i);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // keys typed into a row's checkbox stay there
    const p = postings[activeIndex];
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + page),
      PageUp: () => moveTo(activeIndex - page),
      Home: () => moveTo(0),
      End: () => moveTo(postings.length - 1),
      Enter: () => p && onOpen(p.jobId),
      ' ': () => p && onToggle(p.jobId),
      Delete: () => {
        const ids = postings.filter((x) => checked.has(x.jobId)).map((x) => x.jobId);
        if (ids.length) onDelete(ids);
        else if (p) onDelete([p.jobId]);
      },
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <div
      ref={scroller}
      className="table"
      role="grid"
      aria-label={t('savedJobs')}
      aria-rowcount={postings.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={postings.length ? `row-${activeIndex}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="trow thead" role="row" aria-rowindex={1}>
        <span role="columnheader" className="cell-check">
          <input
            type="checkbox"
            aria-label={allChecked ? t('unselectAllShown') : t('selectAllShown')}
            checked={allChecked}
            ref={(el) => {
              if (el) el.indeterminate = someChecked;
            }}
            onChange={onToggleAll}
          />
        </span>
        {COLUMNS.map((c) => {
          const sorted = c.sortKey && sort.key === c.sortKey;
          return (
            <span
              key={c.title}
              role="columnheader"
              className={c.className}
              aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : c.sortKey ? 'none' : undefined}
            >
              {c.sortKey ? (
                <button type="button" className="sort" onClick={() => onSort(c.sortKey!)}>
                  {t(c.title)}
                  <span aria-hidden="true" className="sort-arrow">
                    {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                t(c.title)
              )}
            </span>
          );
        })}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
        {virtualizer.getVirtualItems().map((item) => {
          const p = postings[item.index];
          if (!p) return null;
          const isChecked = checked.has(p.jobId);
          return (
            <div
              key={p.jobId}
              id={`row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isChecked}
              data-job-id={p.jobId}
              className={`trow${item.index === activeIndex ? ' active' : ''}${isChecked ? ' checked' : ''}${p.jobId === openJobId ? ' open' : ''}`}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(p.jobId);
              }}
            >
              <span role="gridcell" className="cell-check" onClick={(e) => e.stopPropagation()}>
                <input type="checkbox" aria-label={t('selectPosting', p.title.value ?? t('postingFallback'))} checked={isChecked} onChange={() => onToggle(p.jobId)} tabIndex={-1} />
              </span>
              {COLUMNS.map((c) => {
                const text = c.cell(p);
                return (
                  <span key={c.title} role="gridcell" className={c.className} title={text}>
                    {c.className === 'cell-status' ? <span className={`status status-${p.status}`}>{text}</span> : text}
                  </span>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
