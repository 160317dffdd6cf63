import { useState } from 'react';
import { t } from './i18n';

/** Paste a posting's text (or a `key : value` record) to save it like a captured one. */
export function PasteForm({ onSave, onCancel }: { onSave: (text: string) => Promise<void>; onCancel: () => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="paste"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSave(text).finally(() => setBusy(false));
      }}
    >
      <label htmlFor="paste-text">{t('pasteLabel')}</label>
      <textarea
        id="paste-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('pastePlaceholder')}
        rows={9}
        autoFocus
      />
      <div className="paste-actions">
        <button type="submit" className="button primary" disabled={busy || text.trim().length < 40}>
          {busy ? t('pasteSaving') : t('pasteSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </form>
  );
}
