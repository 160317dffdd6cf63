/**
 * `npm run bench:quality`: the whole parser (the same `parseFile` as `npm run parse`) on every
 * shared fixture with an `expected/` answer, scored by ../shared/tools/score-gold.mjs
 * (precision/recall/F1 for skills and certifications, required-flag accuracy, exact fields).
 * `-- --verbose` lists every miss.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toGold } from '../lib/gold';
import { parseFile } from '../lib/parse/parse-file';
import { SHARED_FIXTURES } from '../tests/fixtures/paths';

const predictions = mkdtempSync(join(tmpdir(), 'jobsnap-gold-'));
const answers = new Set(readdirSync(join(SHARED_FIXTURES, 'expected')));
let scored = 0;
for (const dir of ['linkedin', 'pages', 'postings']) {
  for (const file of readdirSync(join(SHARED_FIXTURES, dir))) {
    const base = file.replace(/\.[^.]+$/, '');
    if (!answers.has(`${base}.json`)) continue;
    const posting = parseFile(readFileSync(join(SHARED_FIXTURES, dir, file), 'utf8'));
    writeFileSync(join(predictions, `${base}.json`), JSON.stringify(toGold(posting, base), null, 2));
    scored++;
  }
}
console.log(`Scored ${scored} fixtures (predictions in ${predictions})\n`);
const scorer = join(SHARED_FIXTURES, '..', 'tools', 'score-gold.mjs');
const args = [scorer, '--gold', join(SHARED_FIXTURES, 'expected'), '--pred', predictions, ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
