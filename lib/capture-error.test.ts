import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAPTURE_ERROR_MESSAGES, captureErrorMessage, describeError } from './capture-error';
import { englishMessages, renderEnglish } from './i18n/render-english';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const [en, render] = [englishMessages, renderEnglish];

/** The text each `new CaptureError(…)` and each failure `message: '…'` in the code can carry; `${…}` as `\u0000`. */
function thrownTexts(): string[] {
  const dirs = ['lib', 'entrypoints'];
  const files = dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => join(ROOT, dir, f)),
  );
  const texts: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const calls = [...source.matchAll(/new CaptureError\(([^;]*?)\);/gs), ...source.matchAll(/code: '[a-z-]+', (message: [^}]*)\}/g)];
    for (const [, args] of calls) {
      for (const [, single, template] of args!.matchAll(/'((?:[^'\\]|\\.)*)'|`([^`]*)`/g)) {
        const text = (single ?? template!.replace(/\$\{[^}]*\}/g, '\u0000')).replace(/\\'/g, "'");
        if (!/^[a-z-]+$/.test(text)) texts.push(text); // not the code itself
      }
    }
  }
  return texts;
}

describe('capture error messages', () => {
  it('finds the texts it checks', () => {
    expect(thrownTexts()).toEqual(expect.arrayContaining(['No job is open on this LinkedIn page. Open a job posting, then click again.', 'the file is empty']));
  });

  it.each(thrownTexts())('translates %j', (text) => {
    // A variable part gets a sample its pattern accepts: a number, or the missing fields.
    const samples = ['3000', 'title', 'title and description'].map((s) => text.replaceAll('\u0000', s));
    const sample = samples.find((s) => captureErrorMessage(s)) ?? samples[0]!;
    const found = captureErrorMessage(sample);
    expect(found, 'add it to CAPTURE_ERROR_MESSAGES and the _locales').not.toBeNull();
    expect(render(found!.key, found!.subs)).toBe(sample);
  });

  it('says the missing fields in English exactly as the background does', () => {
    const text = (fields: string) =>
      `This page shows a job, but its ${fields} could not be found, so it was not saved. LinkedIn may still be loading: try again, or paste the posting.`;
    for (const fields of ['title', 'description', 'title and description']) expect(captureErrorMessage(text(fields))?.subs).toEqual([fields]);
    const [title, description] = [en.fieldNameTitle!.message, en.fieldNameDescription!.message];
    expect(render('errorIncomplete', [render('listAnd', [title, description])])).toBe(text('title and description'));
  });

  it('translates the disk-full message and leaves unknown errors as they are', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(captureErrorMessage(describeError(quota).message)?.key).toBe('errorDiskFull');
    expect(captureErrorMessage('Something else broke')).toBeNull();
  });

  it('has every message in the English locale', () => {
    expect(CAPTURE_ERROR_MESSAGES.map((m) => m.key).filter((key) => !en[key])).toEqual([]);
  });
});
