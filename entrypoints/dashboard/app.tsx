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
import { csvFileName, postingsToCsv } from '@/lib/export/csv';
import { csvOptionsOf, loadSettings } from '@/lib/settings/settings';
import { filterOptions, filterPostings, isUnfiltered, prepareSearch, sortPostings } from '@/lib/insights/filter-postings';
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

  const postings = useLiveQuery(() => getDb().postings.toArray(), []);
  const shown = useMemo(() => (postings ? sortPostings(filterPostings(postings, filters), sort) : []), [postings, filters, sort]);
  useEffect(() => {
    if (!postings) return;
    const id = requestIdleCallback(() => prepareSearch(postings));
    return () => cancelIdleCallback(id);
  }, [postings]);
  const options = useMemo(() => filterOptions(postings ?? []), [postings]);
  const checkedShown = useMemo(() => shown.filter((p) => checked.has(p.jobId)), [shown, checked]);
  const openPosting = postings?.find((p) => p.jobId === openJobId);

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

  const total = postings?.length;
  return (
    <div className="dash">
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
        {postings === undefined ? null : total === 0 ? (
          <div className="empty-state">
            <p className="empty-title">{t('dashEmptyTitle')}</p>
            <p className="muted">{t('dashEmptyHint')}</p>
          </div>
        ) : view === 'insights' && shown.length === 0 ? (
          <NoMatch onReset={resetFilters} />
        ) : view === 'insights' ? (
          <InsightsView
            postings={checkedShown.length ? checkedShown : shown}
            scope={checkedShown.length ? t('scopeSelected', jobs(checkedShown.length)) : t('scopeFiltered', jobs(shown.length))}
          />
        ) : (
          <>
            <BulkBar
              checkedCount={checkedShown.length}
              shownCount={shown.length}
              onStatus={(s) => void setStatus(checkedShown.map((p) => p.jobId), s)}
              onTag={(tag) => void addTag(checkedShown.map((p) => p.jobId), tag)}
              onDelete={() => setConfirming(checkedShown.map((p) => p.jobId))}
              onExport={exportCsv}
              onClear={() => setChecked([])}
            />
            {shown.length === 0 ? (
              <NoMatch onReset={resetFilters} />
            ) : (
              <PostingsTable
                postings={shown}
                sort={sort}
                onSort={sortBy}
                checked={checked}
                onToggle={toggleChecked}
                onToggleAll={() => setChecked(checkedShown.length === shown.length ? [] : shown.map((p) => p.jobId))}
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
