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

  it('names the file after the local date', () => {
    expect(csvFileName(new Date(2026, 0, 5))).toBe('jobs-2026-01-05.csv');
  });
});
