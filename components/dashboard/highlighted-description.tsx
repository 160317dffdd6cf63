import { useEffect, useMemo, useRef } from 'react';
import { highlightSegments } from '@/lib/insights/highlight-text';
import type { Evidence, Requirement } from '@/lib/posting';
import { t } from '@/components/i18n';

/**
 * The description as plain text with every requirement marked where it is written, and the focused
 * requirement's evidence sentence marked too. React text nodes only: no HTML from the posting.
 */
export function HighlightedDescription({ text, requirements, evidence }: { text: string; requirements: Requirement[]; evidence: Evidence | null }) {
  const segments = useMemo(() => highlightSegments(text, requirements, evidence), [text, requirements, evidence]);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (evidence) root.current?.querySelector('.evidence')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [evidence]);
  if (!text.trim()) return <p className="muted">{t('noDescription')}</p>;
  return (
    <div ref={root} className="desc-text">
      {segments.map((s, i) => {
        const className = [s.term && `term term-${s.term}`, s.evidence && 'evidence'].filter(Boolean).join(' ');
        return className ? (
          <mark key={i} className={className}>
            {s.text}
          </mark>
        ) : (
          s.text
        );
      })}
    </div>
  );
}
