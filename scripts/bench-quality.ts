/**
 * `npm run bench:quality`: the whole parser (the same `parseFile` as `npm run parse`) on every
 * shared fixture with an `expected/` answer, scored by ../shared/tools/score-gold.mjs
 * (precision/recall/F1 for skills and certifications, required-flag accuracy, exact fields), then
 * the two fields that scorer leaves out: salary (amounts, currency and period all equal) and
 * location (equal once case, punctuation, a ZIP or Canadian postal code and a closing country are
 * dropped: "Dayton, OH 45402, US" is "Dayton, OH"). `-- --verbose` lists every miss. `-- --corpus DIR` scores another set laid out the same way
 * (`postings/`, `pages/`, `linkedin/`, `expected/`): the held-out sets in tests/heldout/. A page the
 * parser refuses is scored as all missing and named; a corpus's `refuse/` pages (no job on them)
 * must each be refused. Last, each single-valued field's misses split into the two kinds a user
 * sees differently: missing (left empty, the popup says so) and wrong (another value saved).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CaptureError } from '../lib/capture-error';
import { toGold, type GoldPosting } from '../lib/gold';
import { unsavable } from '../lib/parse/build-posting';
import { parseFile } from '../lib/parse/parse-file';
import { SHARED_FIXTURES } from '../tests/fixtures/paths';

const argv = process.argv.slice(2);
const corpusAt = argv.indexOf('--corpus');
const corpus = corpusAt >= 0 ? resolve(argv[corpusAt + 1] ?? '.') : SHARED_FIXTURES;
const passOn = corpusAt >= 0 ? [...argv.slice(0, corpusAt), ...argv.slice(corpusAt + 2)] : argv;

const predictions = mkdtempSync(join(tmpdir(), 'jobsnap-gold-'));
const answers = new Set(readdirSync(join(corpus, 'expected')));
let scored = 0;
/** Pages with an answer that the parser refused, and why. */
const refused: string[] = [];
/** Each scored page's prediction and answer, by base name. */
const golds = new Map<string, GoldPosting>();
const expecteds = new Map<string, Record<string, unknown>>();
/** A refused page's prediction: nothing read. */
const NOTHING: GoldPosting = {
  id: '',
  title: null,
  company: null,
  location: null,
  employmentType: null,
  seniority: null,
  workplace: null,
  minYearsExperience: null,
  education: null,
  certifications: [],
  skills: [],
  salary: null,
};
/** Each posting's answer and prediction for the fields score-gold.mjs does not score. */
const extra: Array<{ base: string; field: 'salary' | 'location'; gold: unknown; got: unknown }> = [];
for (const dir of ['linkedin', 'pages', 'postings']) {
  if (!existsSync(join(corpus, dir))) continue;
  for (const file of readdirSync(join(corpus, dir))) {
    const base = file.replace(/\.[^.]+$/, '');
    if (!answers.has(`${base}.json`)) continue;
    let gold: GoldPosting;
    try {
      gold = toGold(parseFile(readFileSync(join(corpus, dir, file), 'utf8')), base);
    } catch (error) {
      if (!(error instanceof CaptureError)) throw error;
      refused.push(`${base}: ${error.message}`);
      gold = { ...NOTHING, id: base };
    }
    golds.set(base, gold);
    writeFileSync(join(predictions, `${base}.json`), JSON.stringify(gold, null, 2));
    const expected = JSON.parse(readFileSync(join(corpus, 'expected', `${base}.json`), 'utf8')) as Record<string, unknown>;
    expecteds.set(base, expected);
    for (const field of ['salary', 'location'] as const) extra.push({ base, field, gold: expected[field] ?? null, got: gold[field] ?? null });
    scored++;
  }
}
console.log(`Scored ${scored} fixtures (predictions in ${predictions})\n`);
const scorer = join(SHARED_FIXTURES, '..', 'tools', 'score-gold.mjs');
const args = [scorer, '--gold', join(corpus, 'expected'), '--pred', predictions, ...passOn];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exitCode = run.status ?? 1;

const place = (v: unknown) =>
  typeof v === 'string'
    ? v
        .toLowerCase()
        .replace(/\s+\d{5}(?:-\d{4})?\b|\s+[a-z]\d[a-z] ?\d[a-z]\d\b/g, '')
        .replace(/,\s*(?:us|usa|united states(?: of america)?|gb|uk|united kingdom|au|australia|nl|netherlands|de|germany|ca|canada)$/, '')
        .replace(/[^\p{L}\p{N}]+/gu, '')
    : null;
const same = (field: 'salary' | 'location', a: unknown, b: unknown) => (field === 'location' ? place(a) === place(b) : JSON.stringify(a) === JSON.stringify(b));
for (const field of ['salary', 'location'] as const) {
  const rows = extra.filter((r) => r.field === field);
  const misses = rows.filter((r) => !same(field, r.gold, r.got));
  console.log(`${field.padEnd(19)} exact ${((100 * (rows.length - misses.length)) / Math.max(1, rows.length)).toFixed(1).padStart(5)}%`);
  if (passOn.includes('--verbose')) for (const m of misses) console.log(`  ${m.base}: expected ${JSON.stringify(m.gold)}, got ${JSON.stringify(m.got)}`);
}

if (refused.length) {
  console.log(`\nrefused ${refused.length} of ${scored} pages with an answer:`);
  for (const line of refused) console.log(`  ${line}`);
}

// Pages with no job: each must be refused, or read as too incomplete to save (as the extension
// would refuse it), never saved as a posting.
const refuseDir = join(corpus, 'refuse');
if (existsSync(refuseDir)) {
  const pages = readdirSync(refuseDir).filter((f) => /\.html?$/.test(f));
  const read: string[] = [];
  for (const file of pages) {
    try {
      const p = parseFile(readFileSync(join(refuseDir, file), 'utf8'));
      if (!unsavable(p)) read.push(`${file}: read as "${p.title.value}" at ${p.company.value}`);
    } catch (error) {
      if (!(error instanceof CaptureError)) throw error;
    }
  }
  console.log(`\nno-job pages refused: ${pages.length - read.length} of ${pages.length}`);
  for (const line of read) console.log(`  ${line}`);
  if (read.length) process.exitCode = 1;
}

/** Compared as the scorer compares names: case and punctuation aside. */
const loose = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '') : v);
const FIELDS: Array<[string, (g: GoldPosting | Record<string, unknown>) => unknown]> = [
  ['title', (g) => loose(g.title)],
  ['company', (g) => loose(g.company)],
  ['location', (g) => place(g.location)],
  ['employmentType', (g) => g.employmentType ?? null],
  ['seniority', (g) => g.seniority ?? null],
  ['workplace', (g) => g.workplace ?? null],
  ['minYearsExperience', (g) => g.minYearsExperience ?? null],
  ['education', (g) => (g.education as { level?: string } | null)?.level ?? null],
  ['salary', (g) => JSON.stringify(g.salary ?? null)],
];
console.log(`\n${'field'.padEnd(19)} ${'right'.padStart(6)} ${'missing'.padStart(8)} ${'wrong'.padStart(6)}   (of ${golds.size}; wrong: another value saved, or one where the page states none)`);
for (const [field, of] of FIELDS) {
  let right = 0;
  let missing = 0;
  const wrong: string[] = [];
  for (const [base, got] of golds) {
    const want = of(expecteds.get(base) ?? {});
    const have = of(got);
    if (have === want) right++;
    else if (have === null || have === 'null') missing++;
    else wrong.push(`${base}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  }
  console.log(`${field.padEnd(19)} ${String(right).padStart(6)} ${String(missing).padStart(8)} ${String(wrong.length).padStart(6)}`);
  if (passOn.includes('--wrong')) for (const line of wrong) console.log(`  ${line}`);
}
