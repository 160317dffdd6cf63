import { useState } from 'react';
import { t } from '@/components/i18n';

/** The Boolean search string, selectable, with a copy button. */
export function BooleanSearchBox({ query, label }: { query: string; label: string }) {
  const [copied, setCopied] = useState(false);
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
