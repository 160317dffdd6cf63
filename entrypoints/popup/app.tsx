import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PasteForm } from '@/components/paste-form';
import { PostingDetail } from '@/components/posting-detail';
import { PostingList } from '@/components/posting-list';
import { getDb, type PostingRow } from '@/lib/db/jobs-db';
import { takePosting, writePostings } from '@/lib/db/posting-store';
import { matchingJobIds, newestJobIds, toSearchWords } from '@/lib/db/search-postings';
import { csvFileName, postingsToCsv } from '@/lib/export/csv';
import type { Posting } from '@/lib/posting';
import { csvOptionsOf, loadSettings } from '@/lib/settings/settings';
import { askBackground } from './background-client';
import { captureOnOpen } from './capture-on-open';
import { downloadText } from '@/components/download';
import { useUi, type CaptureState } from './store';
import { captureErrorText } from '@/components/capture-error-text';
import { t } from '@/components/i18n';

const db = getDb();

/** Captures the tab the popup was opened over, once, and opens the saved job. */
function useCaptureOnOpen() {
  const { setCapture, select } = useUi();
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const opening = await captureOnOpen;
      if (opening === null || cancelled) return;
      setCapture({ phase: 'capturing' });
      const response = await opening.response;
      if (cancelled) return;
      setCapture({ phase: 'done', response });
      if (response.ok) select(response.jobId);
    })();
    return () => {
      cancelled = true;
    };
  }, [setCapture, select]);
}

function CaptureBanner({ capture, onPaste }: { capture: CaptureState; onPaste: () => void }) {
  if (capture.phase === 'idle') return null;
  if (capture.phase === 'capturing') {
    return (
      <p className="banner" role="status">
        {t('popupSaving')}
      </p>
    );
  }
  const { response } = capture;
  if (response.ok) {
    return (
      <p className="banner ok" role="status">
        {response.outcome === 'saved' ? t('popupSaved') : t('popupUpdated')}
      </p>
    );
  }
  return (
    <div className="banner error" role="alert" data-code={response.code}>
      <p>{captureErrorText(response.message)}</p>
      <button type="button" className="button" onClick={onPaste}>
        {t('popupPasteInstead')}
      </button>
    </div>
  );
}

function UndoBar({ deleted, onUndo }: { deleted: Posting; onUndo: () => void }) {
  return (
    <p className="banner" role="status">
      {t('popupDeleted', deleted.title.value ?? t('postingFallback'))}{' '}
      <button type="button" className="link" onClick={onUndo}>
        {t('actionUndo')}
      </button>
    </p>
  );
}

/** Rows painted before the full list of ids has loaded. */
const FIRST_PAGE = 30;

/**
 * Ids to list, newest first. The first page comes from a small query so the popup paints at once;
 * the full id list loads once and each keystroke only asks the search index, then filters that
 * list in memory (reading every id again took ~150 ms per keystroke at 10,000 postings).
 */
function useJobIds(query: string, rowsShown: boolean): string[] | undefined {
  const searching = toSearchWords(query).length > 0;
  const firstPage = useLiveQuery(() => newestJobIds(db, FIRST_PAGE), []);
  // Read all ids only once the first rows are on screen: IndexedDB runs this connection's reads
  // in order, and the long one (~150 ms at 10,000) would hold back the rows' own reads.
  const loadAll = rowsShown || firstPage?.length === 0 || searching;
  const all = useLiveQuery<string[] | undefined>(() => (loadAll ? newestJobIds(db) : undefined), [loadAll]);
  const matches = useLiveQuery(() => (searching ? matchingJobIds(db, query) : null), [query, searching]);
  return useMemo(() => {
    if (!searching) return all ?? firstPage;
    if (!all || !matches) return undefined;
    return all.filter((id) => matches.has(id));
  }, [searching, all, firstPage, matches]);
}

/** "/" jumps to the search box, Escape goes back from a job to the list. */
function useKeyboard(search: React.RefObject<HTMLInputElement | null>, back: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
      if (e.key === '/' && !typing) {
        e.preventDefault();
        back();
        setTimeout(() => search.current?.focus());
      } else if (e.key === 'Escape' && !typing) {
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search, back]);
}

export function App() {
  const { query, setQuery, selectedJobId, select, pasting, setPasting, capture, setCapture } = useUi();
  const [deleted, setDeleted] = useState<Posting | null>(null);
  useCaptureOnOpen();
  const searchBox = useRef<HTMLInputElement>(null);
  useKeyboard(searchBox, () => select(null));

  const [rowsShown, setRowsShown] = useState(false);
  const onRowsShown = useCallback(() => setRowsShown(true), []);
  const jobIds = useJobIds(query, rowsShown);
  // Counted once the list's first rows are on screen (or when no list is shown): IndexedDB runs
  // this connection's reads in order, and counting 10,000 rows would hold the first rows back.
  const listShown = !pasting && !selectedJobId && (jobIds === undefined || jobIds.length > 0);
  const countNow = rowsShown || !listShown;
  const total = useLiveQuery<number | undefined>(() => (countNow ? db.postings.count() : undefined), [countNow]);
  const selected = useLiveQuery(() => (selectedJobId ? db.postings.get(selectedJobId) : undefined), [selectedJobId]);

  // The deleted job is kept whole, description included, so Undo puts back both of its rows.
  const remove = async (jobId: string) => {
    const p = await takePosting(db, jobId);
    if (p) setDeleted(p);
    select(null);
  };
  const undo = async () => {
    if (deleted) await writePostings(db, [deleted]);
    setDeleted(null);
  };
  const exportCsv = async () => {
    if (!jobIds?.length) return;
    const rows = (await db.postings.bulkGet(jobIds)).filter((p): p is PostingRow => p !== undefined);
    downloadText(csvFileName(), postingsToCsv(rows, csvOptionsOf(await loadSettings(browser.storage.local))));
  };
  const savePasted = async (text: string) => {
    const response = await askBackground({ type: 'save-text', text });
    setCapture({ phase: 'done', response });
    if (response.ok) select(response.jobId);
  };

  return (
    <div className="app">
      <header className="header">
        {/* Version under the name: the header row has no width left for it. */}
        <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.15 }}>
          <h1 className="brand">{t('extName')}</h1>
          <span className="muted small">v{browser.runtime.getManifest().version}</span>
        </div>
        <span className="count" aria-live="polite">
          {total === undefined ? '' : total === 1 ? t('countSavedOne') : t('countSaved', total)}
        </span>
        <button type="button" className="button" onClick={() => setPasting(true)}>
          {t('popupPaste')}
        </button>
        <button
          type="button"
          className="button"
          title={t('popupDashboardHint')}
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          {t('popupDashboard')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!jobIds?.length}
          onClick={() => void exportCsv()}
        >
          {t('exportCsv')}
        </button>
      </header>
      {deleted ? <UndoBar deleted={deleted} onUndo={undo} /> : <CaptureBanner capture={capture} onPaste={() => setPasting(true)} />}
      {pasting ? (
        <PasteForm onSave={savePasted} onCancel={() => setPasting(false)} />
      ) : selected ? (
        <main className="detail-view">
          <button type="button" className="link back" onClick={() => select(null)}>
            {t('popupBack')}
          </button>
          <PostingDetail key={selected.jobId} posting={selected} onDelete={() => void remove(selected.jobId)} />
        </main>
      ) : (
        <main className="list-view">
          <input
            ref={searchBox}
            type="search"
            className="search"
            placeholder={t('popupSearchPlaceholder')}
            aria-label={t('searchSavedJobs')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowDown') return;
              e.preventDefault(); // from the search box into the list
              document.querySelector<HTMLElement>('.row')?.focus();
            }}
          />
          {jobIds === undefined ? null : jobIds.length === 0 ? (
            <p className="empty">
              {query ? t('popupNoMatch') : t('popupEmpty')}
            </p>
          ) : (
            <PostingList
              jobIds={jobIds}
              onOpen={select}
              onRowsShown={onRowsShown}
              onDelete={(jobId) => void remove(jobId)}
            />
          )}
        </main>
      )}
    </div>
  );
}
