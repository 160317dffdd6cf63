/**
 * `npm run bench`: performance figures, each with a baseline measured in the same run, as one
 * table (`-- --json` prints the same figures as JSON; `-- --node` runs only the Node rows). See
 * BENCHMARKS.md.
 */
import { parseFile } from '../lib/parse/parse-file';
import type { ParsedPosting } from '../lib/posting';
import type { Snapshot } from '../lib/snapshot';
import { benchBrowser } from './bench/browser';
import { benchBundles, ensureBuilt } from './bench/bundle';
import { jobSizedHtml, loadPageFixtures, snapshotOf, type Fixture } from './bench/fixtures';
import { benchCsv, benchExtract, benchParse, benchPathological, benchSnapshot, benchSnapshotBeforeExtraction, benchSnapshotEach } from './bench/node-benches';
import { failedRow, renderTable, type BenchRow } from './bench/table';

const json = process.argv.includes('--json');
/** `-- --node`: only the Node rows (parse, extraction, CSV), in seconds, for working on the parser. */
const nodeOnly = process.argv.includes('--node');
const started = Date.now();
const log = (msg: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const { fixtures, sharedNote } = await loadPageFixtures();
  log(`${fixtures.length} page fixtures (${sharedNote})`);

  const parsed: ParsedPosting[] = [];
  const snapshots: Snapshot[] = [];
  for (const f of fixtures) {
    try {
      const posting = parseFile(f.html);
      parsed.push(posting);
      const snapshot = snapshotOf(f.html, posting.url);
      if (snapshot) snapshots.push({ ...snapshot, region: f.name });
    } catch (error) {
      log(`${f.name} does not parse: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const jobSized: Fixture[] = fixtures.flatMap((f) => {
    const html = jobSizedHtml(f.html);
    return html ? [{ name: f.name, html }] : [];
  });

  log('parse pipeline');
  // Whole saved pages are what `npm run parse` and file import read, not a capture (the content script
  // sends the job's region): shown for scale, with no target.
  rows.push(...benchParse('full pages', fixtures, {}));
  rows.push(...benchParse(`job-sized regions`, jobSized, { ratio: 2, perSecond: 1000 }));
  try {
    rows.push(benchSnapshot(snapshots, { ratio: 2, perSecond: 1000 }));
    rows.push(benchSnapshotBeforeExtraction(snapshots));
    rows.push(...benchSnapshotEach(snapshots));
  } catch (error) {
    rows.push(failedRow('parse', 'parseSnapshot, job-sized snapshots', error));
  }
  log('extraction');
  rows.push(benchExtract(parsed));
  rows.push(...benchPathological(parsed));
  log('CSV export');
  rows.push(benchCsv(parsed));

  if (!nodeOnly) {
    try {
      ensureBuilt();
      rows.push(...benchBundles());
    } catch (error) {
      rows.push(failedRow('bundle', 'build / bundle sizes', error));
    }
    log('browser (Chromium)');
    rows.push(...(await benchBrowser(parsed, log)));
  }

  const seconds = (Date.now() - started) / 1000;
  if (json) {
    console.log(JSON.stringify({ seconds, fixtures: fixtures.map((f) => f.name), jobSized: jobSized.map((f) => f.name), rows }, null, 2));
  } else {
    console.log(renderTable(rows));
    console.log(`\n${fixtures.length} page fixtures (${jobSized.length} with a LinkedIn job region); ran in ${seconds.toFixed(0)} s.`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
