import { useMemo, useState } from 'react';
import { t } from '@/components/i18n';
import { booleanSearch, type BooleanSearchInput } from '@/lib/insights/boolean-search';
import { useTaxonomy } from './use-taxonomy';

/** The Boolean search string built from `input`, selectable, with a copy button. */
export function BooleanSearchBox({ input, label }: { input: BooleanSearchInput; label: string }) {
  const [copied, setCopied] = useState(false);
  const taxonomy = useTaxonomy();
  const query = useMemo(() => (taxonomy ? booleanSearch(input, taxonomy) : null), [input, taxonomy]);
  if (query === null) return <p className="muted" aria-busy="true">…</p>;
  if (!query) return <p className="muted">{t('noSearchTerms')}</p>;
  return (
    <div className="boolean">
      <code className="boolean-query" aria-label={label}>
        {query}
      </code>
      <button
        type="button"
        className="button"
        onClick={() =>
          void navigator.clipboard.writeText(query).then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          })
        }
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </div>
  );
}
