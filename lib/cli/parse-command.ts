import { basename, extname, join } from 'node:path';
import { describeError } from '../capture-error';
import { postingsToCsv } from '../export/csv';
import { toGold } from '../gold';
import { parseFile } from '../parse/parse-file';
import type { ParsedPosting, Posting } from '../posting';

export type OutputFormat = 'json' | 'gold' | 'csv';

export interface ParseCommandIo {
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
  mkdir: (path: string) => Promise<void>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
}

export const USAGE = 'usage: npm run --silent parse -- [--format json|gold|csv] [--out DIR] FILE...';

/** A parsed file as the extension stores it: a new row, nothing added by the user yet. */
const asStored = (parsed: ParsedPosting, now: number): Posting => ({
  ...parsed,
  capturedAt: now,
  updatedAt: now,
  status: 'new',
  tags: [],
  note: '',
});

/** `service-desk-specialist.record.txt` → `service-desk-specialist.record` (the fixture id). */
const baseName = (path: string) => basename(path, extname(path));

/**
 * The `parse` command: each FILE to a posting in the chosen format, to stdout or `--out DIR`.
 * A file that fails gets one line on stderr naming it and why; the others still run. Returns the
 * exit code: 0 when all parsed, 1 when any failed, 2 for bad arguments.
 */
export async function runParseCommand(args: readonly string[], io: ParseCommandIo): Promise<number> {
  let format: OutputFormat = 'json';
  let outDir: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') {
      const value = args[++i];
      if (value !== 'json' && value !== 'gold' && value !== 'csv') {
        io.stderr(`parse: --format takes json, gold or csv\n${USAGE}\n`);
        return 2;
      }
      format = value;
    } else if (arg === '--out') {
      outDir = args[++i] ?? null;
      if (!outDir) {
        io.stderr(`parse: --out takes a folder\n${USAGE}\n`);
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      io.stdout(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('--')) {
      io.stderr(`parse: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (!files.length) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }

  let failed = 0;
  const parsed: Array<{ file: string; posting: Posting }> = [];
  for (const file of files) {
    try {
      const content = await io.readFile(file);
      parsed.push({ file, posting: asStored(parseFile(content), io.now()) });
    } catch (error) {
      failed++;
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describeError(error).message;
      io.stderr(`parse: ${file}: ${reason}\n`);
    }
  }

  const render = (p: { file: string; posting: Posting }) =>
    format === 'csv'
      ? postingsToCsv([p.posting])
      : `${JSON.stringify(format === 'gold' ? toGold(p.posting, baseName(p.file)) : p.posting, null, 2)}\n`;

  if (outDir) {
    await io.mkdir(outDir);
    for (const p of parsed) {
      await io.writeFile(join(outDir, `${baseName(p.file)}.${format === 'csv' ? 'csv' : 'json'}`), render(p));
    }
  } else if (format === 'csv') {
    io.stdout(postingsToCsv(parsed.map((p) => p.posting)));
  } else if (parsed.length === 1 && files.length === 1) {
    io.stdout(render(parsed[0]!));
  } else {
    io.stdout(`${JSON.stringify(parsed.map((p) => JSON.parse(render(p)) as unknown), null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
