/**
 * `npm run bench:quality`: the whole parser (the same `parseFile` as `npm run parse`) on every
 * shared fixture with an `expected/` answer, scored by ../shared/tools/score-gold.mjs
 * (precision/recall/F1 for skills and certifications, required-flag accuracy, exact fields).
 * `-- --verbose` lists every miss. `-- --corpus DIR` scores another set laid out the same way
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
for (const dir of ['linkedin', 'pages', 'postings']) {
  if (!existsSync(join(corpus, dir))) continue;
  for (const file of readdirSync(join(corpus, dir))) {
    const base = file.replace(/\.[^.]+$/, '');
    if (!answers.has(`${base}.json`)) continue;
    const posting = parseFile(readFileSync(join(corpus, dir, file), 'utf8'));
    writeFileSync(join(predictions, `${base}.json`), JSON.stringify(toGold(posting, base), null, 2));
    scored++;
  }
}
console.log(`Scored ${scored} fixtures (predictions in ${predictions})\n`);
const scorer = join(SHARED_FIXTURES, '..', 'tools', 'score-gold.mjs');
const args = [scorer, '--gold', join(corpus, 'expected'), '--pred', predictions, ...passOn];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
