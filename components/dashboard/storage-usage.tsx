import { useEffect, useState } from 'react';
import { t } from '@/components/i18n';

const formatBytes = (n: number) =>
  n >= 1e9 ? `${(n / 1e9).toFixed(1)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} KB`;

/**
 * Asks once for persistent storage (so the browser does not evict saved jobs under disk pressure)
 * and shows how much the extension uses; `revision` re-measures after the data changes.
 */
export function StorageUsage({ revision }: { revision: number }) {
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [usage, setUsage] = useState<number | null>(null);

  useEffect(() => {
    if (!navigator.storage?.persist) return;
    void navigator.storage.persist().then(setPersistent, () => setPersistent(false));
  }, []);
  useEffect(() => {
    if (!navigator.storage?.estimate) return;
    void navigator.storage.estimate().then((e) => setUsage(e.usage ?? null));
  }, [revision]);

  if (usage === null) return null;
  return (
    <span
      className="storage"
      title={persistent ? t('storagePersistentHint') : t('storageNotPersistentHint')}
    >
      {persistent ? t('storagePersistent', formatBytes(usage)) : t('storageNotPersistent', formatBytes(usage))}
    </span>
  );
}
