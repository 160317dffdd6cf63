import { create } from 'zustand';
import type { CaptureResponse } from '@/lib/messages';

/** What the toolbar click did, shown in the banner. */
export type CaptureState = { phase: 'idle' } | { phase: 'capturing' } | { phase: 'done'; response: CaptureResponse };

/** UI state only; postings live in IndexedDB and are read with live queries. */
interface UiState {
  query: string;
  selectedJobId: string | null;
  pasting: boolean;
  capture: CaptureState;
  setQuery: (query: string) => void;
  select: (jobId: string | null) => void;
  setPasting: (pasting: boolean) => void;
  setCapture: (capture: CaptureState) => void;
}

export const useUi = create<UiState>()((set) => ({
  query: '',
  selectedJobId: null,
  pasting: false,
  capture: { phase: 'idle' },
  setQuery: (query) => set({ query }),
  select: (selectedJobId) => set({ selectedJobId, pasting: false }),
  setPasting: (pasting) => set({ pasting }),
  setCapture: (capture) => set({ capture }),
}));
