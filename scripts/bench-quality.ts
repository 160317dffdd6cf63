/**
 * `npm run bench:quality`: the whole parser (the same `parseFile` as `npm run parse`) on every
 * shared fixture with an `expected/` answer, scored by ../shared/tools/score-gold.mjs
 * (precision/recall/F1 for skills and certifications, required-flag accuracy, exact fields), then
 * the two fields that scorer leaves out: salary (amounts, currency and period all equal) and
 * location (equal once case, punctuation, a ZIP or Canadian postal code and a closing country are
 * dropped: "Dayton, OH 45402, US" is "Dayton, OH"). `-- --verbose` lists every miss. `-- --corpus DIR` scores another set laid out the same way
 * (`postings/`, `pages/`, `linkedin/`, `expected/`): the held-out sets in tests/heldout/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toGold } from '../lib/gold';
import { parseFile } from '../lib/parse/parse-file';
import { SHARED_FIXTURES } from '../tests/fixtures/paths';

const argv = process.argv.slice(2);
const corpusAt = argv.indexOf('--corpus');
const corpus = corpusAt >= 0 ? resolve(argv[corpusAt + 1] ?? '.') : SHARED_FIXTURES;
const passOn = corpusAt >= 0 ? [...argv.slice(0, corpusAt), ...argv.slice(corpusAt + 2)] : argv;

const predictions = mkdtempSync(join(tmpdir(), 'jobsnap-gold-'));
const answers = new Set(readdirSync(join(corpus, 'expected')));
let scored = 0;
/** Each posting's answer and prediction for the fields score-gold.mjs does not score. */
const extra: Array<{ base: string; field: 'salary' | 'location'; gold: unknown; got: unknown }> = [];
for (const dir of ['linkedin', 'pages', 'postings']) {
  if (!existsSync(join(corpus, dir))) continue;
  for (const file of readdirSync(join(corpus, dir))) {
    const base = file.replace(/\.[^.]+$/, '');
    if (!answers.has(`${base}.json`)) continue;
    const posting = parseFile(readFileSync(join(corpus, dir, file), 'utf8'));
    const gold = toGold(posting, base);
    writeFileSync(join(predictions, `${base}.json`), JSON.stringify(gold, null, 2));
    const expected = JSON.parse(readFileSync(join(corpus, 'expected', `${base}.json`), 'utf8')) as Record<string, unknown>;
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
