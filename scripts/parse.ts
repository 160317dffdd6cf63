/** `npm run --silent parse -- [--format json|gold|csv] [--out DIR] FILE...`: the extension's parser on files. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { runParseCommand } from '../lib/cli/parse-command';

process.exitCode = await runParseCommand(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text),
  mkdir: async (path) => void (await mkdir(path, { recursive: true })),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => Date.now(),
});
