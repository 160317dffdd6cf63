import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../export/csv';
import { DEFAULT_SETTINGS, SETTINGS_KEY, csvOptionsOf, loadSettings, parseSettings, saveSettings, type SettingsArea } from './settings';

/** `browser.storage.local`'s get/set, over a plain object. */
function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults to every column, comma, ISO dates and status "new": the export as it was', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      csvColumns: CSV_COLUMNS.map((c) => c.header),
      csvDelimiter: ',',
      csvDateFormat: 'iso',
      defaultStatus: 'new',
    });
  });

  it('keeps each valid field and replaces each invalid one by its default', () => {
    expect(parseSettings({ csvColumns: ['URL', 'Title'], csvDelimiter: '\t', csvDateFormat: 'locale', defaultStatus: 'archived' })).toEqual({
      ...DEFAULT_SETTINGS,
      csvColumns: ['URL', 'Title'],
      csvDateFormat: 'locale',
    });
    expect(parseSettings({ csvDelimiter: ';', defaultStatus: 'reviewing' })).toEqual({
      ...DEFAULT_SETTINGS,
      csvDelimiter: ';',
      defaultStatus: 'reviewing',
    });
  });

  it('drops unknown, non-string and repeated columns; an empty list means all columns', () => {
    expect(parseSettings({ csvColumns: ['Title', 42, 'Salary', 'Title', 'Company'] }).csvColumns).toEqual(['Title', 'Company']);
    expect(parseSettings({ csvColumns: [] }).csvColumns).toEqual(DEFAULT_SETTINGS.csvColumns);
    expect(parseSettings({ csvColumns: 'Title' }).csvColumns).toEqual(DEFAULT_SETTINGS.csvColumns);
  });

  it('never hands out the frozen defaults array itself', () => {
    const parsed = parseSettings({});
    parsed.csvColumns.reverse();
    expect(DEFAULT_SETTINGS.csvColumns[0]).toBe('Title');
  });
});

describe('csvOptionsOf', () => {
  it('maps the settings onto the export options', () => {
    expect(csvOptionsOf({ ...DEFAULT_SETTINGS, csvColumns: ['Title'], csvDelimiter: ';', csvDateFormat: 'locale' })).toEqual({
      columns: ['Title'],
      delimiter: ';',
      dateFormat: 'locale',
    });
  });
});

describe('loadSettings / saveSettings', () => {
  it('reads defaults from empty storage, then what was saved', async () => {
    const area = memoryArea();
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    const wanted = { ...DEFAULT_SETTINGS, csvColumns: ['Company', 'Title'], csvDelimiter: ';' as const };
    expect(await saveSettings(area, wanted)).toEqual(wanted);
    expect(area.data[SETTINGS_KEY]).toEqual(wanted);
    expect(await loadSettings(area)).toEqual(wanted);
  });

  it('stores only valid settings', async () => {
    const area = memoryArea();
    await saveSettings(area, { ...DEFAULT_SETTINGS, csvColumns: ['Bogus'], defaultStatus: 'x' as never });
    expect(area.data[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
  });

  it('survives a hand-edited or older stored value', async () => {
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: { csvDelimiter: ';', legacy: true } }))).toEqual({ ...DEFAULT_SETTINGS, csvDelimiter: ';' });
  });
});
