import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { BulkBar } from '@/components/dashboard/bulk-bar';
import { ConfirmDialog } from '@/components/dashboard/confirm-dialog';
import { FiltersPanel } from '@/components/dashboard/filters-panel';
import { InsightsView } from '@/components/dashboard/insights-view';
import { PostingPanel } from '@/components/dashboard/posting-panel';
import { addTag, deletePostings, setStatus } from '@/components/dashboard/posting-updates';
import { PostingsTable } from '@/components/dashboard/postings-table';
import { BackupControls } from '@/components/dashboard/backup-controls';
import { StorageUsage } from '@/components/dashboard/storage-usage';
import { getDb } from '@/lib/db/jobs-db';
import { useAllPostings } from '@/components/dashboard/use-all-postings';
import { csvFileName, postingsToCsv } from '@/lib/export/csv';
import { csvOptionsOf, loadSettings } from '@/lib/settings/settings';
import { DEFAULT_SORT, filterOptions, filterPostings, isUnfiltered, prepareSearch, sortPostings } from '@/lib/insights/filter-postings';
import { downloadText } from '@/components/download';
import { useDashboard } from './store';
import { t } from '@/components/i18n';

const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** "/" focuses the search box from anywhere but a text field; Escape calls `onEscape` (closes the details). */
function usePageKeys(search: RefObject<HTMLInputElement | null>, onEscape: (() => void) | null) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target) && !e.metaKey && !e.ctrlKey) {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === 'Escape' && onEscape && !e.defaultPrevented) {
        onEscape();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search, onEscape]);
}

/** Rows shown before the whole table is read: more than a screen of the table. */
const FIRST_ROWS = 60;

const jobs = (n: number) => (n === 1 ? t('jobsOne') : t('jobsMany', n));

function NoMatch({ onReset }: { onReset: () => void }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{t('dashNoMatch')}</p>
      <button type="button" className="button" onClick={onReset}>
        {t('dashClearFilters')}
      </button>
    </div>
  );
}

export function App() {
  const { filters, setFilter, resetFilters, sort, sortBy, view, setView, checked, toggleChecked, setChecked, openJobId, open } = useDashboard();
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const table = useRef<HTMLDivElement>(null);

  // The newest rows first, through a cursor, then every row (filters, sort and insights need them
  // all): at 50,000 saved the whole read takes seconds, and one connection's reads run in order,
  // so the whole read starts only once the first rows are in. After it, writes re-read their rows only.
  const firstRows = useLiveQuery(() => getDb().postings.orderBy('capturedAt').reverse().filter(() => true).limit(FIRST_ROWS).toArray(), []);
  const postings = useAllPostings(firstRows !== undefined);
  const loading = postings === undefined;
  const shown = useMemo(() => {
    if (postings) return sortPostings(filterPostings(postings, filters), sort);
    // Until every row is read, only the unfiltered newest-first view can be shown: it is the first rows.
    return firstRows && isUnfiltered(filters) && sort.key === DEFAULT_SORT.key && sort.dir === DEFAULT_SORT.dir ? firstRows : [];
  }, [postings, firstRows, filters, sort]);
  useEffect(() => {
    if (!postings) return;
    const id = requestIdleCallback(() => prepareSearch(postings));
    return () => cancelIdleCallback(id);
  }, [postings]);
  const options = useMemo(() => filterOptions(postings ?? []), [postings]);
  const checkedShown = useMemo(() => shown.filter((p) => checked.has(p.jobId)), [shown, checked]);
  const openPosting = (postings ?? firstRows)?.find((p) => p.jobId === openJobId);

  const exportCsv = async () =>
    downloadText(csvFileName(), postingsToCsv(checkedShown.length ? checkedShown : shown, csvOptionsOf(await loadSettings(browser.storage.local))));
  const confirmDelete = async () => {
    if (!confirming) return;
    await deletePostings(confirming);
    if (openJobId && confirming.includes(openJobId)) open(null);
    setChecked([...checked].filter((id) => !confirming.includes(id)));
    setConfirming(null);
    table.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };
  const closePanel = useCallback(() => {
    open(null);
    table.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  }, [open]);
  // While the confirm dialog is up, Escape belongs to it.
  usePageKeys(search, openJobId && !confirming ? closePanel : null);

  const total = postings?.length ?? (firstRows?.length === 0 ? 0 : undefined);
  return (
    <div className="dash" data-loaded={loading ? undefined : ''}>
      <header className="dash-header">
        <h1 className="brand">{t('extName')}</h1>
        <span className="muted" aria-live="polite">
          {total === undefined ? '' : total === 1 ? t('countSavedOne') : t('countSaved', total)}
        </span>
        <input
          ref={search}
          type="search"
          className="search"
          placeholder={t('dashSearchPlaceholder')}
          aria-label={t('searchSavedJobs')}
          aria-keyshortcuts="/"
          value={filters.query}
          onChange={(e) => setFilter('query', e.target.value)}
        />
        <div className="segmented" role="group" aria-label={t('dashView')}>
          <button type="button" aria-pressed={view === 'jobs'} onClick={() => setView('jobs')}>
            {t('dashViewJobs')}
          </button>
          <button type="button" aria-pressed={view === 'insights'} onClick={() => setView('insights')}>
            {t('dashViewInsights')}
          </button>
        </div>
        <BackupControls />
        <StorageUsage revision={total ?? 0} />
      </header>

      <FiltersPanel filters={filters} options={options} setFilter={setFilter} onReset={resetFilters} canReset={!isUnfiltered(filters)} />

      <main className="dash-main" ref={table}>
        {firstRows === undefined ? null : total === 0 ? (
          <div className="empty-state">
            <p className="empty-title">{t('dashEmptyTitle')}</p>
            <p className="muted">{t('dashEmptyHint')}</p>
          </div>
        ) : loading && (view === 'insights' || shown.length === 0) ? (
          <p className="muted loading-all" role="status">
            {t('dashLoadingAll')}
          </p>
        ) : view === 'insights' && shown.length === 0 ? (
          <NoMatch onReset={resetFilters} />
        ) : view === 'insights' ? (
          <InsightsView
            postings={checkedShown.length ? checkedShown : shown}
            scope={checkedShown.length ? t('scopeSelected', jobs(checkedShown.length)) : t('scopeFiltered', jobs(shown.length))}
          />
        ) : (
          <>
            {loading ? (
              // Select-all, bulk actions and export would act on the first rows only: they wait.
              <p className="muted loading-all" role="status">
                {t('dashLoadingAll')}
              </p>
            ) : (
              <BulkBar
                checkedCount={checkedShown.length}
                shownCount={shown.length}
                onStatus={(s) => void setStatus(checkedShown.map((p) => p.jobId), s)}
                onTag={(tag) => void addTag(checkedShown.map((p) => p.jobId), tag)}
                onDelete={() => setConfirming(checkedShown.map((p) => p.jobId))}
                onExport={exportCsv}
                onClear={() => setChecked([])}
              />
            )}
            {shown.length === 0 ? (
              <NoMatch onReset={resetFilters} />
            ) : (
              <PostingsTable
                postings={shown}
                sort={sort}
                onSort={sortBy}
                checked={checked}
                onToggle={toggleChecked}
                onToggleAll={() => !loading && setChecked(checkedShown.length === shown.length ? [] : shown.map((p) => p.jobId))}
                openJobId={openJobId}
                onOpen={open}
                onDelete={setConfirming}
              />
            )}
          </>
        )}
      </main>

      {openPosting && (
        <div className="drawer">
          <PostingPanel key={openPosting.jobId} posting={openPosting} onClose={closePanel} onDelete={() => setConfirming([openPosting.jobId])} />
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          message={confirming.length === 1 ? t('confirmDeleteOne') : t('confirmDeleteMany', confirming.length)}
          confirmLabel={confirming.length === 1 ? t('deleteJobOne') : t('deleteJobsMany', confirming.length)}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
