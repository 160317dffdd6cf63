/** Raw and gzip sizes of the built extension's files, against the budgets. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/e2e/extension-browser';
import type { BenchRow } from './table';

/** Gzip budgets in KB (1 KB = 1024 bytes), by file pattern. */
export const BUDGETS: ReadonlyArray<{ pattern: RegExp; label: string; kb: number }> = [
  { pattern: /^content-scripts\/linkedin\.js$/, label: 'content script', kb: 10 },
  { pattern: /^background\.js$/, label: 'background', kb: 250 },
  { pattern: /^chunks\/popup-.*\.js$/, label: 'popup', kb: 200 },
];

/** Builds the extension with `npx wxt build` when `.output/chrome-mv3` is missing. */
export function ensureBuilt(): void {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  console.error('.output/chrome-mv3 missing: running npx wxt build…');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));

/**
 * One row per measured bundle file; the ratio is gzip size / budget (there is no timing, so the
 * "baseline" of a size row is its raw size, and the ratio to the budget is what matters).
 */
export function benchBundles(): BenchRow[] {
  const files = listFiles(EXTENSION_DIR)
    .map((f) => relative(EXTENSION_DIR, f))
    .filter((f) => /^(background\.js|content-scripts\/linkedin\.js|chunks\/popup-.*\.js|assets\/.*\.css)$/.test(f))
    .sort();
  return files.map((file) => {
    const raw = readFileSync(join(EXTENSION_DIR, file));
    const gzipKb = gzipSync(raw, { level: 9 }).length / 1024;
    const budget = BUDGETS.find((b) => b.pattern.test(file));
    return {
      section: 'bundle',
      name: `${file} (gzip)`,
      unit: 'KB',
      median: gzipKb,
      p95: null,
      extra: `raw ${(raw.length / 1024).toFixed(1)} KB`,
      ratio: budget ? gzipKb / budget.kb : undefined,
      target: budget ? `${budget.label} ≤ ${budget.kb} KB gzip` : undefined,
      pass: budget ? gzipKb <= budget.kb : undefined,
    };
  });
}
