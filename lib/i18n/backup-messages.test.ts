import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup/backup';
import { BACKUP_MESSAGES } from './backup-messages';
import { matchMessage } from './match-message';
import { englishMessages, renderEnglish } from './render-english';

const header = { format: 'jobsnap-backup', version: 1, exportedAt: '2026-11-25T10:00:00.000Z' };

describe('backup refusals', () => {
  it.each([
    ['not JSON', '{"format": "jobsnap-backup", '],
    ['another program', JSON.stringify({ hello: 'world' })],
    ['too new', JSON.stringify({ ...header, version: 99, postings: [] })],
    ['no header', JSON.stringify({ format: 'jobsnap-backup', version: 1 })],
    ['an invalid job', JSON.stringify({ ...header, postings: [{ jobId: 'x' }] })],
  ])('says %s in a message whose English is the text parseBackup gives', (_name, file) => {
    const parsed = parseBackup(file);
    if (parsed.ok) throw new Error('accepted');
    const found = matchMessage(BACKUP_MESSAGES, parsed.message);
    expect(found, parsed.message).not.toBeNull();
    expect(renderEnglish(found!.key, found!.subs)).toBe(parsed.message);
  });

  it('matches a job twice and an invalid job without detail', () => {
    for (const text of [
      'This Jobsnap backup is damaged: job linkedin:42 appears twice. Nothing was restored.',
      'This Jobsnap backup is damaged: job 3 of 7 is invalid. Nothing was restored.',
    ]) {
      const found = matchMessage(BACKUP_MESSAGES, text);
      expect(renderEnglish(found!.key, found!.subs)).toBe(text);
    }
  });

  it('has every message in the English locale', () => {
    expect(BACKUP_MESSAGES.map((m) => m.key).filter((key) => !englishMessages[key])).toEqual([]);
  });
});
