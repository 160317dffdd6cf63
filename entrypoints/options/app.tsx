import { useEffect, useRef, useState } from 'react';
import { STATUSES } from '@/lib/posting';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '@/lib/settings/settings';
import { allColumnsInOrder, move } from '@/lib/settings/column-order';
import { statusLabel } from '@/components/dashboard/status-label';
import { t } from '@/components/i18n';

const SAMPLE_DATE = new Date(2026, 10, 25);

/** Export and save settings, stored in `browser.storage.local` as soon as they change. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [order, setOrder] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const lastUpdate = useRef(0);

  useEffect(() => {
    document.title = t('optionsTitle');
    void loadSettings(browser.storage.local).then((loaded) => {
      setSettings(loaded);
      setOrder(allColumnsInOrder(loaded.csvColumns));
    });
  }, []);
  if (!settings) return null;

  // Shown at once (a controlled input must not lag its click), then stored.
  const update = async (next: Settings, nextOrder: string[] = order) => {
    const shown = { ...next, csvColumns: nextOrder.filter((h) => next.csvColumns.includes(h)) };
    setSettings(shown);
    setOrder(nextOrder);
    setStatus('');
    const mine = ++lastUpdate.current;
    await saveSettings(browser.storage.local, shown);
    if (mine === lastUpdate.current) setStatus(t('optionsSaved')); // storage applies writes in order
  };
  const toggle = (header: string, on: boolean) =>
    void update({ ...settings, csvColumns: on ? [...settings.csvColumns, header] : settings.csvColumns.filter((h) => h !== header) });
  const reorder = (index: number, by: -1 | 1) => void update(settings, move(order, index, by));
  const reset = () => void update({ ...DEFAULT_SETTINGS, csvColumns: [...DEFAULT_SETTINGS.csvColumns] }, [...DEFAULT_SETTINGS.csvColumns]);

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p className="muted">{t('optionsIntro')}</p>

      <section>
        <h2>{t('optionsCsv')}</h2>
        <fieldset>
          <legend>{t('optionsSeparator')}</legend>
          <label>
            <input type="radio" name="delimiter" checked={settings.csvDelimiter === ','} onChange={() => void update({ ...settings, csvDelimiter: ',' })} />
            {t('optionsComma')} <span className="muted">{t('optionsCommaHint')}</span>
          </label>
          <label>
            <input type="radio" name="delimiter" checked={settings.csvDelimiter === ';'} onChange={() => void update({ ...settings, csvDelimiter: ';' })} />
            {t('optionsSemicolon')} <span className="muted">{t('optionsSemicolonHint')}</span>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('optionsDates')}</legend>
          <label>
            <input type="radio" name="date" checked={settings.csvDateFormat === 'iso'} onChange={() => void update({ ...settings, csvDateFormat: 'iso' })} />
            2026-11-25 <span className="muted">{t('optionsDateIsoHint')}</span>
          </label>
          <label>
            <input type="radio" name="date" checked={settings.csvDateFormat === 'locale'} onChange={() => void update({ ...settings, csvDateFormat: 'locale' })} />
            {SAMPLE_DATE.toLocaleDateString()} <span className="muted">{t('optionsDateLocaleHint')}</span>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('optionsColumns')}</legend>
          <ol className="columns">
            {order.map((header, index) => {
              const on = settings.csvColumns.includes(header);
              return (
                <li key={header}>
                  <label>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={on && settings.csvColumns.length === 1}
                      onChange={(e) => toggle(header, e.target.checked)}
                    />
                    {header}
                  </label>
                  <button type="button" className="icon" aria-label={t('optionsMoveUp', header)} disabled={index === 0} onClick={() => reorder(index, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('optionsMoveDown', header)}
                    disabled={index === order.length - 1}
                    onClick={() => reorder(index, 1)}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ol>
        </fieldset>
      </section>

      <section>
        <h2>{t('optionsNewJobs')}</h2>
        <label className="inline">
          {t('optionsDefaultStatus')}{' '}
          <select value={settings.defaultStatus} onChange={(e) => void update({ ...settings, defaultStatus: e.target.value as Settings['defaultStatus'] })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <footer>
        <button type="button" className="button" onClick={reset}>
          {t('optionsRestore')}
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </footer>
    </main>
  );
}
