/** The bench's one table: rows, targets, and rendering as text or JSON. */

/** One measured figure with the baseline measured in the same run. */
export interface BenchRow {
  /** Group: "parse", "extract", "csv", "bundle", "browser". */
  section: string;
  name: string;
  unit: string;
  median: number | null;
  p95: number | null;
  /** What the figure is compared with, measured in the same run. */
  baseline?: { name: string; median: number; p95: number };
  /** median / baseline median. */
  ratio?: number | null;
  /** A secondary figure, e.g. "1234 postings/s". */
  extra?: string;
  /** The target or budget, in words. */
  target?: string;
  /** Whether the target is met; undefined when there is no target. */
  pass?: boolean;
  /** Set when the measurement could not be taken. */
  failed?: string;
}

const fmt = (n: number | null | undefined, unit = ''): string => {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  const s = Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(n >= 1 ? 2 : 3);
  return unit ? `${s} ${unit}` : s;
};

/** A failed measurement as a row, so one broken step does not stop the bench. */
export function failedRow(section: string, name: string, error: unknown): BenchRow {
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { section, name, unit: '', median: null, p95: null, failed: reason };
}

/** The rows as a Markdown table (readable in a terminal and pasteable into BENCHMARKS.md). */
export function renderTable(rows: readonly BenchRow[]): string {
  const header = ['section', 'measure', 'median', 'p95', 'baseline (median)', 'ratio', 'extra', 'target', 'status'];
  const lines = rows.map((r) => {
    if (r.failed) return [r.section, r.name, '–', '–', '–', '–', '–', r.target ?? '', `failed: ${r.failed}`];
    return [
      r.section,
      r.name,
      fmt(r.median, r.unit),
      fmt(r.p95, r.unit),
      r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.median, r.unit)}` : '',
      r.ratio === undefined ? '' : `${fmt(r.ratio)}×`,
      r.extra ?? '',
      r.target ?? '',
      r.pass === undefined ? '' : r.pass ? 'ok' : 'MISSED',
    ];
  });
  const esc = (cell: string) => cell.replaceAll('|', '\\|');
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.map(esc).join(' | ')} |`).join('\n');
}
