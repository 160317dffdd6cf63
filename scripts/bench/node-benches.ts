/** Benches that run in Node: parse pipeline, extraction, CSV export. */
import * as cheerioDefault from 'cheerio';
import * as cheerioSlim from 'cheerio/slim';
import { extractRequirements } from '../../lib/extract/extract-requirements';
import { postingsToCsv } from '../../lib/export/csv';
import { parseFile } from '../../lib/parse/parse-file';
import { parseDocumentTitle } from '../../lib/parse/document-title';
import { htmlToText } from '../../lib/parse/html-to-text';
import { loadBounded } from '../../lib/parse/load-bounded';
import { parseLinkedIn } from '../../lib/parse/parse-linkedin';
import { parseSnapshot } from '../../lib/parse/parse-snapshot';
import type { ParsedPosting } from '../../lib/posting';
import type { Snapshot } from '../../lib/snapshot';
import { clonePostings, type Fixture } from './fixtures';
import { interleave, summarize } from './stats';
import type { BenchRow } from './table';

/** At least this many postings per timed variant. */
const MIN_POSTINGS = 1000;
/**
 * Untimed passes first, so the figures are the steady state of a worker that has parsed a few
 * jobs (the JIT has compiled the hot paths). A fresh worker's first capture is slower; the
 * browser rows (click to saved) include it.
 */
const WARMUP = 25;

const perPosting = (samples: number[], count: number) => summarize(samples.map((ms) => ms / count));
const rate = (samples: number[], count: number) => (samples.length * count * 1000) / samples.reduce((a, b) => a + b, 0);

/**
 * `parseFile` against bare `load` (cheerio/slim, and the default parse5 entry) over a set of HTML
 * inputs, one repetition = one pass over the set, repeated to at least 1,000 postings.
 *
 * The parse5 entry is compared with slim in a run of its own: interleaved with the pipeline too,
 * its pass (2-6× a slim load, through another parser's code) came before the pipeline's in every
 * rotation and left the caches colder for it than for the small slim load, which put the
 * pipeline's ratio about 0.4 higher than in the two-way comparison of `benchSnapshot`.
 */
export function benchParse(label: string, inputs: readonly Fixture[], targets: { ratio?: number; perSecond?: number }): BenchRow[] {
  const reps = Math.ceil(MIN_POSTINGS / inputs.length);
  const count = inputs.length;
  const samples = interleave(
    {
      pipeline: () => inputs.forEach((f) => parseFile(f.html)),
      slim: () => inputs.forEach((f) => cheerioSlim.load(f.html)),
    },
    reps,
    WARMUP,
  );
  const entries = interleave(
    {
      slim: () => inputs.forEach((f) => cheerioSlim.load(f.html)),
      parse5: () => inputs.forEach((f) => cheerioDefault.load(f.html)),
    },
    reps,
    WARMUP,
  );
  const pipe = perPosting(samples.pipeline!, count);
  const slim = perPosting(samples.slim!, count);
  const parse5 = perPosting(entries.parse5!, count);
  const slimForParse5 = perPosting(entries.slim!, count);
  const perSecond = rate(samples.pipeline!, count);
  const ratio = pipe.median / slim.median;
  const slimBaseline = { name: 'load (cheerio/slim)', median: slim.median, p95: slim.p95 };
  const { text: targetText, pass } = parseTargets(targets, ratio, perSecond);
  return [
    {
      section: 'parse',
      name: `parseFile per posting, ${label} (${count} inputs × ${reps} reps)`,
      unit: 'ms',
      median: pipe.median,
      p95: pipe.p95,
      baseline: slimBaseline,
      ratio,
      extra: `${Math.round(perSecond)} postings/s`,
      target: targetText,
      pass,
    },
    {
      section: 'parse',
      name: `bare load, default cheerio entry (parse5), ${label}`,
      unit: 'ms',
      median: parse5.median,
      p95: parse5.p95,
      baseline: { name: 'load (cheerio/slim)', median: slimForParse5.median, p95: slimForParse5.p95 },
      ratio: parse5.median / slimForParse5.median,
      extra: `${Math.round(rate(entries.parse5!, count))} loads/s`,
    },
  ];
}

/**
 * The parse targets in words, each marked ✓ or ✗ so the table shows which one a MISSED row misses,
 * and whether both are met (undefined when there is no target).
 */
function parseTargets(targets: { ratio?: number; perSecond?: number }, ratio: number, perSecond: number): { text?: string; pass?: boolean } {
  const parts: Array<[string, boolean]> = [];
  if (targets.ratio) parts.push([`≤ ${targets.ratio}× bare load`, ratio <= targets.ratio]);
  if (targets.perSecond) parts.push([`≥ ${targets.perSecond.toLocaleString('en')} postings/s`, perSecond >= targets.perSecond]);
  if (!parts.length) return {};
  return { text: parts.map(([words, met]) => `${words} ${met ? '✓' : '✗'}`).join(', '), pass: parts.every(([, met]) => met) };
}

/** `extractRequirements` on each parsed fixture's description text; baseline: lower-casing the same text. */
export function benchExtract(parsed: readonly ParsedPosting[]): BenchRow {
  const texts = parsed.map((p) => p.descriptionText);
  const reps = Math.ceil(MIN_POSTINGS / texts.length);
  let sink = 0;
  const samples = interleave(
    {
      extract: () => texts.forEach((t) => extractRequirements(t)),
      scan: () => texts.forEach((t) => (sink += t.toLowerCase().length)),
    },
    reps,
  );
  if (sink === 0) throw new Error('no description text to extract from');
  const ex = perPosting(samples.extract!, texts.length);
  const scan = perPosting(samples.scan!, texts.length);
  return {
    section: 'extract',
    name: `extractRequirements per description (${texts.length} texts × ${reps} reps)`,
    unit: 'ms',
    median: ex.median,
    p95: ex.p95,
    baseline: { name: 'text.toLowerCase()', median: scan.median, p95: scan.p95 },
    ratio: ex.median / scan.median,
    extra: `${Math.round(rate(samples.extract!, texts.length))} postings/s`,
  };
}

/** `postingsToCsv` of 10,000 postings against `JSON.stringify` of the same rows. */
export function benchCsv(parsed: readonly ParsedPosting[], n = 10_000, reps = 10): BenchRow {
  const postings = clonePostings(parsed, n);
  const samples = interleave({ csv: () => postingsToCsv(postings), json: () => JSON.stringify(postings) }, reps, 2);
  const csv = summarize(samples.csv!);
  const json = summarize(samples.json!);
  return {
    section: 'csv',
    name: `postingsToCsv, ${n.toLocaleString('en')} postings (${reps} reps)`,
    unit: 'ms',
    median: csv.median,
    p95: csv.p95,
    baseline: { name: 'JSON.stringify', median: json.median, p95: json.p95 },
    ratio: csv.median / json.median,
    target: '≤ 1000 ms',
    pass: csv.p95 <= 1000,
  };
}

/**
 * `parseSnapshot` (what the background runs on a capture: one `load` plus extraction) on the
 * job-sized snapshots, against bare `load` (cheerio/slim) of the same HTML. `parseFile` also loads
 * the HTML to find a URL, a pane id and a title, which the content script sends instead.
 */
export function benchSnapshot(snapshots: readonly Snapshot[], targets: { ratio: number; perSecond: number }): BenchRow {
  const reps = Math.ceil(MIN_POSTINGS / snapshots.length);
  const count = snapshots.length;
  const samples = interleave(
    {
      pipeline: () => snapshots.forEach((s) => parseSnapshot(s)),
      slim: () => snapshots.forEach((s) => cheerioSlim.load(s.html)),
    },
    reps,
    WARMUP,
  );
  const pipe = perPosting(samples.pipeline!, count);
  const slim = perPosting(samples.slim!, count);
  const perSecond = rate(samples.pipeline!, count);
  const ratio = pipe.median / slim.median;
  const { text: target, pass } = parseTargets(targets, ratio, perSecond);
  return {
    section: 'parse',
    name: `parseSnapshot per posting (background path), job-sized snapshots (${count} inputs × ${reps} reps)`,
    unit: 'ms',
    median: pipe.median,
    p95: pipe.p95,
    baseline: { name: 'load (cheerio/slim)', median: slim.median, p95: slim.p95 },
    ratio,
    extra: `${Math.round(perSecond)} postings/s`,
    target,
    pass,
  };
}

/**
 * The steps of `parseSnapshot` before extraction, on the same snapshots (all LinkedIn): the
 * bounded load with its selector index, LinkedIn's fields through the selectors, and the
 * description rebuilt as text and HTML. The parseSnapshot row less this one is extraction's share.
 * Its own interleaved run, against the same baseline: a third variant in the pipeline's run
 * changes what the caches hold for it (see `benchParse`).
 */
export function benchSnapshotBeforeExtraction(snapshots: readonly Snapshot[]): BenchRow {
  const reps = Math.ceil(MIN_POSTINGS / snapshots.length);
  const count = snapshots.length;
  const read = (s: Snapshot) => {
    const fields = parseLinkedIn(loadBounded(s.html), parseDocumentTitle(s.documentTitle).title);
    return htmlToText(fields.descriptionNodes, fields.descriptionSkip);
  };
  const samples = interleave(
    {
      steps: () => snapshots.forEach(read),
      slim: () => snapshots.forEach((s) => cheerioSlim.load(s.html)),
    },
    reps,
    WARMUP,
  );
  const steps = perPosting(samples.steps!, count);
  const slim = perPosting(samples.slim!, count);
  return {
    section: 'parse',
    name: `parseSnapshot's steps before extraction (load + index, fields, description text), same snapshots (${count} × ${reps})`,
    unit: 'ms',
    median: steps.median,
    p95: steps.p95,
    baseline: { name: 'load (cheerio/slim)', median: slim.median, p95: slim.p95 },
    ratio: steps.median / slim.median,
  };
}

/**
 * `parseSnapshot` against bare `load` for each job-sized snapshot alone (named by its fixture, in
 * `region`), 5 parses per sample: the aggregate row's ratio depends on how much description text
 * a region holds for its markup, since extraction works on the text and `load` on the markup.
 */
export function benchSnapshotEach(snapshots: readonly Snapshot[], reps = 100): BenchRow[] {
  const times = (fn: () => unknown) => () => {
    for (let k = 0; k < 5; k++) fn();
  };
  return snapshots.map((s) => {
    const samples = interleave({ pipeline: times(() => parseSnapshot(s)), slim: times(() => cheerioSlim.load(s.html)) }, reps, 5);
    const pipe = perPosting(samples.pipeline!, 5);
    const slim = perPosting(samples.slim!, 5);
    const text = parseSnapshot(s).descriptionText.length;
    return {
      section: 'parse',
      name: `parseSnapshot, ${s.region} alone (${reps} × 5)`,
      unit: 'ms',
      median: pipe.median,
      p95: pipe.p95,
      baseline: { name: 'load (cheerio/slim)', median: slim.median, p95: slim.p95 },
      ratio: pipe.median / slim.median,
      extra: `${(s.html.length / 1024).toFixed(1)} KB HTML, ${(text / 1024).toFixed(1)} KB text`,
    };
  });
}

/**
 * Pathological inputs (#7): how long one extraction or parse takes on input built to hurt it, as
 * a ratio to the same number of bytes of an ordinary description. Catches a quadratic regression
 * that the hang checks in the tests (bounded at 10 s) would let through.
 */
export function benchPathological(parsed: readonly ParsedPosting[]): BenchRow[] {
  const ordinary = parsed.map((p) => p.descriptionText).join('\n');
  const sameSize = (n: number) => ordinary.repeat(Math.ceil(n / ordinary.length)).slice(0, n);
  const cases: Array<{ name: string; input: string; run: (s: string) => unknown }> = [
    { name: 'extract: 100k skill-like tokens ("Python, Java, AWS, " × 33,334)', input: 'Python, Java, AWS, '.repeat(33_334), run: extractRequirements },
    { name: 'extract: a 1 MB line with no break', input: 'x'.repeat(1_000_000), run: extractRequirements },
    {
      name: 'parseFile: description nested 3,000 <div> deep',
      input: `<html><body><div class="show-more-less-html__markup">${'<div>'.repeat(3000)}Python and AWS required${'</div>'.repeat(3000)}</div><h1 class="top-card-layout__title">Engineer</h1></body></html>`,
      run: (s) => {
        try {
          return parseFile(s);
        } catch {
          return null; // a refusal is an answer too; only the time matters here
        }
      },
    },
  ];
  return cases.map(({ name, input, run }) => {
    const baseline = sameSize(input.length);
    const samples = interleave({ bad: () => run(input), ordinary: () => extractRequirements(baseline) }, 5);
    const bad = summarize(samples.bad!);
    const base = summarize(samples.ordinary!);
    return {
      section: 'extract',
      name: `${name} (5 reps)`,
      unit: 'ms',
      median: bad.median,
      p95: bad.p95,
      baseline: { name: `extractRequirements on ${Math.round(input.length / 1024)} KB of ordinary text`, median: base.median, p95: base.p95 },
      ratio: bad.median / base.median,
    };
  });
}
