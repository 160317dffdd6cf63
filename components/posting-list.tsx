import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { savedAgo } from './format';
import type { Posting } from '@/lib/posting';

const ROW_HEIGHT = 58;

/** Saved postings, virtualized so thousands of rows scroll smoothly. */
export function PostingList({ postings, onOpen }: { postings: Posting[]; onOpen: (jobId: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: postings.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  return (
    <div ref={scroller} className="list" role="list" aria-label="Saved jobs">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const p = postings[item.index];
          if (!p) return null;
          const skills = p.requirements.skills.filter((s) => s.required).slice(0, 4).map((s) => s.name);
          return (
            <button
              type="button"
              role="listitem"
              key={p.jobId}
              className="row"
              data-job-id={p.jobId}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(p.jobId)}
            >
              <span className="row-title">{p.title.value ?? 'Untitled posting'}</span>
              <span className="row-sub">
                {[p.company.value, p.location.value].filter(Boolean).join(' · ')}
                {skills.length > 0 && <span className="row-skills"> — {skills.join(', ')}</span>}
              </span>
              <span className="row-date">{savedAgo(p.capturedAt)}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
