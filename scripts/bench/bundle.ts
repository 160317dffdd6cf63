/** Raw and gzip sizes of the built extension's files, against the budgets. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/e2e/extension-browser';
import type { BenchRow } from './table';

/** Gzip budgets in KB (1 KB = 1024 bytes) per entry point, everything it loads counted. */
export const BUDGETS: Readonly<Record<string, number>> = {
  'content script': 10, // runs on every LinkedIn job page
  // 250 until session 12, 280 until session 14, 300 until session 19. Most of it is the taxonomy
  // (~130 KB gzip at 8,350 entries, ~16 bytes an entry), which the worker decodes in a few ms when
  // it starts: knowledge, not code. Raised each time to keep room for it: after the codec stopped
  // shipping derivable aliases (-7 KB), and after session 19 found that writing the remaining
  // "<form> certification" aliases as references saves only 0.4 KB of gzip. 320 until session 22,
  // when the names of sixteen held-out sets' fields needed room (9,220 → 9,600 names, +6 KB) and no
  // byte was left to find: the worker's first capture reads the same within the noise (BENCHMARKS.md).
  // 352 until session 25: session 24 found 8.9 KB (the taxonomy no longer JSON) and spent it, and the
  // names of sixteen more fields needed room again; their price, the click that starts a stopped
  // worker, is in the bench's table.
  background: 384,
  popup: 200,
  dashboard: 300,
  options: 200,
};

/** Builds the extension with `npx wxt build` when `.output/chrome-mv3` is missing. */
export function ensureBuilt(): void {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  console.error('.output/chrome-mv3 missing: running npx wxt build…');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length / 1024;
const rawKb = (file: string) => readFileSync(join(EXTENSION_DIR, file)).length / 1024;

/** The files an extension page loads: its module script, the chunks it preloads, its styles. */
function pageFiles(page: string): string[] {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

/**
 * Chunks no page loads at first: the dashboard imports the taxonomy when it shows a sourcing
 * search (a job's detail, insights). Named in the dashboard row, not counted in its first load.
 */
function onDemandChunks(loaded: ReadonlySet<string>): string[] {
  return readdirSync(join(EXTENSION_DIR, 'chunks'))
    .map((f) => `chunks/${f}`)
    .filter((f) => f.endsWith('.js') && !loaded.has(f));
}

/**
 * One row per entry point with everything it loads (shared chunks count for each page that loads
 * them, as the browser loads them for each); the ratio is gzip size / budget.
 */
export function benchBundles(): BenchRow[] {
  const entries: Array<[string, string[]]> = [
    ['content script', ['content-scripts/linkedin.js']],
    ['background', ['background.js']],
    ...['popup', 'dashboard', 'options'].map((page): [string, string[]] => [page, pageFiles(`${page}.html`)]),
  ];
  const onDemand = onDemandChunks(new Set(entries.flatMap(([, files]) => files)));
  const onDemandKb = onDemand.reduce((sum, f) => sum + gzipKb(f), 0);
  return entries.map(([label, files]) => {
    const gzip = files.reduce((sum, f) => sum + gzipKb(f), 0);
    const raw = files.reduce((sum, f) => sum + rawKb(f), 0);
    const later = label === 'dashboard' && onDemand.length ? `; then ${onDemandKb.toFixed(0)} KB gzip on demand (${onDemand.map((f) => f.replace(/^chunks\/|-[\w-]+\.js$/g, '')).join(', ')}), ${(gzip + onDemandKb).toFixed(0)} KB in all` : '';
    const budget = BUDGETS[label];
    return {
      section: 'bundle',
      name: `${label}: ${files.length} file${files.length > 1 ? 's' : ''} it loads (gzip)`,
      unit: 'KB',
      median: gzip,
      p95: null,
      extra: `raw ${raw.toFixed(1)} KB${later}`,
      ratio: budget ? gzip / budget : undefined,
      target: budget ? `${label} ≤ ${budget} KB gzip` : undefined,
      pass: budget ? gzip <= budget : undefined,
    };
  });
}
