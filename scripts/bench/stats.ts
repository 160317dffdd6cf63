/** Median / p95 summaries and a small timing helper, shared by every bench. */
import { performance } from 'node:perf_hooks';

/** Median and 95th percentile of a set of samples, in the samples' unit. */
export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Nearest-rank percentile (0..1) of already sorted samples. */
function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Median and p95 of `samples` (not modified). */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), n: sorted.length };
}

/** Milliseconds `fn` takes, once. */
export function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Runs every variant once per repetition, in a rotating order so that drift (GC, CPU frequency,
 * JIT) is shared fairly, after `warmup` untimed repetitions. Returns each variant's samples in ms.
 */
export function interleave(variants: Record<string, () => void>, reps: number, warmup = 3): Record<string, number[]> {
  const names = Object.keys(variants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = -warmup; r < reps; r++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + Math.max(r, 0)) % names.length]!;
      const ms = timeMs(variants[name]!);
      if (r >= 0) samples[name]!.push(ms);
    }
  }
  return samples;
}
