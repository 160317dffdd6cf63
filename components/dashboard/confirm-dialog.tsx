import { useEffect, useRef } from 'react';
import { t } from '@/components/i18n';

/** A modal yes/no question (native <dialog>: focus trapped, Escape cancels). */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: { message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="confirm-message" onCancel={onCancel}>
      <p id="confirm-message">{message}</p>
      <div className="confirm-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('actionCancel')}
        </button>
        <button type="button" className="button danger-solid" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
