import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text';
import type { Posting } from '../posting';
import { CSV_COLUMNS, csvFileName, neutralizeCell, postingsToCsv } from './csv';

const posting = (over: Partial<Posting> = {}): Posting => ({
  ...parseText('Systems Administrator\nAcme Corp is a leading firm.\nRequired: 3+ years of Windows Server and Active Directory.'),
  capturedAt: Date.UTC(2026, 10, 2),
  updatedAt: Date.UTC(2026, 10, 2),
  status: 'new',
  tags: ['it', 'urgent'],
  note: 'Call back, "soon"',
  ...over,
});

describe('neutralizeCell', () => {
  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'])('prefixes %j so spreadsheets show it', (v) => {
    expect(neutralizeCell(v)).toBe(`'${v}`);
  });
  it('leaves ordinary text alone', () => expect(neutralizeCell('Engineer')).toBe('Engineer'));
});

describe('postingsToCsv', () => {
  it('writes a BOM, a header row in the documented order and one row per posting', () => {
    const csv = postingsToCsv([posting(), posting({ jobId: 'text:2' })]);
    expect(csv.startsWith('\uFEFFTitle,Company,Location,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(3);
  });

  it('round-trips through a CSV parser: quotes, commas, newlines and formulas survive as text', () => {
    const hostile = posting({
      title: { value: '=HYPERLINK("http://evil.example","click")', source: 'user' },
      company: { value: 'Acme, Inc.\nLine two', source: 'user' },
      note: '@cmd|"/c calc"!A0',
    });
    const rows = Papa.parse<Record<string, string>>(postingsToCsv([hostile]).slice(1), { header: true, skipEmptyLines: true }).data;
    const row = rows[0]!;
    expect(row.Title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.Company).toBe('Acme, Inc.\nLine two');
    expect(row.Note).toBe(`'@cmd|"/c calc"!A0`);
    expect(row.Tags).toBe('it; urgent');
    expect(row['Saved on']).toBe('2026-11-02');
    expect(Object.values(row).every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
  });

  it('writes only the chosen columns, in the chosen order, skipping unknown names', () => {
    const csv = postingsToCsv([posting()], { columns: ['Job ID', 'Title', 'Nope', 'Tags'] });
    const rows = Papa.parse<string[]>(csv.slice(1).trim(), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['Job ID', 'Title', 'Tags']);
    expect(rows[1]).toEqual([posting().jobId, 'Systems Administrator', 'it; urgent']);
  });

  it('separates with a semicolon for European Excel, quoting cells that hold one', () => {
    const csv = postingsToCsv([posting()], { delimiter: ';', columns: ['Title', 'Tags', 'Note'] });
    expect(csv).toBe('\uFEFFTitle;Tags;Note\r\nSystems Administrator;"it; urgent";"Call back, ""soon"""\r\n');
    const row = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data[1];
    expect(row).toEqual(['Systems Administrator', 'it; urgent', 'Call back, "soon"']);
  });

  it('writes dates as yyyy-mm-dd by default and in the runtime locale when asked', () => {
    const at = posting().capturedAt;
    const savedOn = (options: Parameters<typeof postingsToCsv>[1]) =>
      Papa.parse<Record<string, string>>(postingsToCsv([posting()], options).slice(1), { header: true, skipEmptyLines: true }).data[0]![
        'Saved on'
      ];
    expect(savedOn({})).toBe('2026-11-02');
    expect(savedOn({ dateFormat: 'iso' })).toBe('2026-11-02');
    expect(savedOn({ dateFormat: 'locale' })).toBe(new Date(at).toLocaleDateString());
  });

  it('with no options writes the same file as with the defaults spelled out', () => {
    const all = { columns: CSV_COLUMNS.map((c) => c.header), delimiter: ',', dateFormat: 'iso' } as const;
    expect(postingsToCsv([posting()], all)).toBe(postingsToCsv([posting()]));
  });

  it('names the file after the local date', () => {
    expect(csvFileName(new Date(2026, 0, 5))).toBe('jobs-2026-01-05.csv');
  });
});
