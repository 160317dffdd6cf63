import { useEffect, useRef, useState } from 'react';
import { downloadText } from '@/components/download';
import { backupFileName, createBackup, parseBackup, previewRestore, restoreBackup, type RestoreMode, type RestorePreview } from '@/lib/backup/backup';
import { getDb } from '@/lib/db/jobs-db';
import { readAllPostings } from '@/lib/db/posting-store';
import type { Posting } from '@/lib/posting';
import { t } from '@/components/i18n';
import { BACKUP_MESSAGES } from '@/lib/i18n/backup-messages';
import { matchMessage } from '@/lib/i18n/match-message';

type Pending = { postings: Posting[]; exportedAt: string; preview: RestorePreview };

/** The restore preview: what a merge or a replace would do, chosen before anything is written. */
function RestoreDialog({ pending, onRestore, onCancel }: { pending: Pending; onRestore: (mode: RestoreMode) => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const { preview: p } = pending;
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="restore-title" onCancel={onCancel}>
      <h2 id="restore-title" className="restore-title">
        {t('restoreTitle', p.inBackup, new Date(pending.exportedAt).toLocaleString())}
      </h2>
      <ul className="restore-preview">
        <li>{t('restoreAdded', p.added)}</li>
        <li>{t('restoreReplaced', p.replaced)}</li>
        <li>{t('restoreOnlyHere', p.onlyHere)}</li>
      </ul>
      <div className="confirm-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('actionCancel')}
        </button>
        <button type="button" className="button" onClick={() => onRestore('merge')}>
          {t('restoreMerge', p.onlyHere)}
        </button>
        <button type="button" className="button danger-solid" onClick={() => onRestore('replace')}>
          {t('restoreReplace', p.onlyHere)}
        </button>
      </div>
    </dialog>
  );
}

/** Backup to a versioned JSON file and restore from one, with validation and a preview. */
export function BackupControls() {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const backup = async () => {
    // Whole postings, descriptions joined back in: the file keeps the model's shape, whatever the tables.
    const postings = await readAllPostings(getDb());
    downloadText(backupFileName(), createBackup(postings), 'application/json');
    setMessage({ text: t('backedUp', postings.length), error: false });
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      const known = matchMessage(BACKUP_MESSAGES, parsed.message);
      return setMessage({ text: known ? t(known.key, ...known.subs) : parsed.message, error: true });
    }
    setMessage(null);
    setPending({ postings: parsed.postings, exportedAt: parsed.exportedAt, preview: await previewRestore(getDb(), parsed.postings) });
  };
  const restore = async (mode: RestoreMode) => {
    if (!pending) return;
    setPending(null);
    try {
      await restoreBackup(getDb(), pending.postings, mode);
      setMessage({ text: t('restored', pending.postings.length), error: false });
    } catch (error) {
      setMessage({ text: t('restoreFailed', error instanceof Error ? error.message : String(error)), error: true });
    }
  };

  return (
    <div className="backup">
      <button type="button" className="button" onClick={() => void backup()}>
        {t('backUp')}
      </button>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('restore')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('backupFile')}
        onChange={(e) => {
          void choose(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {message && (
        <span className={message.error ? 'backup-message error' : 'backup-message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
      {pending && <RestoreDialog pending={pending} onRestore={(mode) => void restore(mode)} onCancel={() => setPending(null)} />}
    </div>
  );
}
