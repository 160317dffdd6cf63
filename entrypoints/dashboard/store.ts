import { create } from 'zustand';
import { DEFAULT_SORT, NO_FILTERS, type PostingFilters, type PostingSort, type SortKey } from '@/lib/insights/filter-postings';

export type DashboardView = 'jobs' | 'insights';

/** UI state only; postings live in IndexedDB and are read with live queries. */
interface DashboardState {
  filters: PostingFilters;
  sort: PostingSort;
  view: DashboardView;
  /** Checked rows (job ids) for bulk actions. */
  checked: ReadonlySet<string>;
  /** The posting shown in the detail panel. */
  openJobId: string | null;
  setFilter: <K extends keyof PostingFilters>(key: K, value: PostingFilters[K]) => void;
  resetFilters: () => void;
  /** Sorts by a column; the same column again flips the direction. */
  sortBy: (key: SortKey) => void;
  setView: (view: DashboardView) => void;
  toggleChecked: (jobId: string) => void;
  setChecked: (jobIds: Iterable<string>) => void;
  open: (jobId: string | null) => void;
}

export const useDashboard = create<DashboardState>()((set) => ({
  filters: NO_FILTERS,
  sort: DEFAULT_SORT,
  view: 'jobs',
  checked: new Set(),
  openJobId: null,
  // A filter change clears the selection: a bulk action only ever touches rows the user can see.
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, checked: new Set() })),
  resetFilters: () => set({ filters: NO_FILTERS, checked: new Set() }),
  sortBy: (key) =>
    set((s) => ({
      sort: s.sort.key === key ? { key, dir: s.sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'capturedAt' ? 'desc' : 'asc' },
    })),
  setView: (view) => set({ view }),
  toggleChecked: (jobId) =>
    set((s) => {
      const checked = new Set(s.checked);
      if (!checked.delete(jobId)) checked.add(jobId);
      return { checked };
    }),
  setChecked: (jobIds) => set({ checked: new Set(jobIds) }),
  open: (openJobId) => set({ openJobId }),
}));
