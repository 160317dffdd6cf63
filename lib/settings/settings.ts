import { CSV_COLUMNS } from '../export/csv-columns';
import type { CsvOptions } from '../export/csv';
import { STATUSES, type Status } from '../posting';

/** What the options page stores (`browser.storage.local`, key `settings`); every field has a default. */
export interface Settings {
  /** CSV column headers to export, in this order (names from `CSV_COLUMNS`). */
  csvColumns: string[];
  /** `;` for spreadsheets in locales where `,` is the decimal mark (European Excel). */
  csvDelimiter: ',' | ';';
  /** `iso` = yyyy-mm-dd; `locale` = the browser's own short date. */
  csvDateFormat: 'iso' | 'locale';
  /** Pipeline status a newly saved job starts with. */
  defaultStatus: Status;
}

export const SETTINGS_KEY = 'settings';

/** Every column in the README's order, comma, ISO dates, "new": exactly the export before settings existed. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  csvColumns: CSV_COLUMNS.map((c) => c.header),
  csvDelimiter: ',',
  csvDateFormat: 'iso',
  defaultStatus: 'new',
});

const KNOWN_COLUMNS = new Set(CSV_COLUMNS.map((c) => c.header));

/**
 * Settings from whatever storage held (an older version's shape, a hand edit, nothing): each
 * field that is valid is kept, each one that is not falls back to its default. Unknown and
 * repeated column names are dropped; an empty column list means the default list.
 */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const columns = Array.isArray(r.csvColumns)
    ? [...new Set(r.csvColumns.filter((c): c is string => typeof c === 'string' && KNOWN_COLUMNS.has(c)))]
    : [];
  return {
    csvColumns: columns.length ? columns : [...DEFAULT_SETTINGS.csvColumns],
    csvDelimiter: r.csvDelimiter === ';' ? ';' : ',',
    csvDateFormat: r.csvDateFormat === 'locale' ? 'locale' : 'iso',
    defaultStatus: STATUSES.includes(r.defaultStatus as Status) ? (r.defaultStatus as Status) : DEFAULT_SETTINGS.defaultStatus,
  };
}

/** The export options these settings ask for. */
export function csvOptionsOf(settings: Settings): CsvOptions {
  return { columns: settings.csvColumns, delimiter: settings.csvDelimiter, dateFormat: settings.csvDateFormat };
}

/** The part of `browser.storage.local` this module needs; passed in, so `lib/` stays browser-free. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads the stored settings (defaults for anything missing or invalid). */
export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Validates and stores settings; returns what was stored. */
export async function saveSettings(area: SettingsArea, settings: Settings): Promise<Settings> {
  const valid = parseSettings(settings);
  await area.set({ [SETTINGS_KEY]: valid });
  return valid;
}
