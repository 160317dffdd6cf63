import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { JobsDb } from '../db/jobs-db';
import { savePosting } from '../db/save-posting';
import { searchJobIds } from '../db/search-postings';
import { parseText } from '../parse/parse-text';
import { createBackup, parseBackup, previewRestore, restoreBackup } from './backup';

const dbs: JobsDb[] = [];
let n = 0;
const freshDb = () => {
  const db = new JobsDb(`backup-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const parsed = (title: string) => parseText(`${title}\nAcme Corp is a leading firm. You know Python and AWS, and SQL well.`);

async function seeded() {
  const db = freshDb();
  await savePosting(db, parsed('Data Engineer'), 1);
  await savePosting(db, parsed('Nurse Practitioner'), 2);
  await db.postings.update(parsed('Data Engineer').jobId, { status: 'shortlisted', tags: ['hot'], note: 'call Tuesday' });
  return db;
}

const rowsOf = async (db: JobsDb) =>
  (await db.postings.orderBy('jobId').toArray()).map(({ searchWords: _w, ...rest }) => rest);

describe('backup and restore', () => {
  it('round-trips: backup → wipe → restore gives identical data, searchable again', async () => {
    const db = await seeded();
    const before = await rowsOf(db);
    const file = createBackup(await db.postings.toArray(), new Date('2026-11-25T10:00:00Z'));
    await db.postings.clear();

    const backup = parseBackup(file);
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    expect(await previewRestore(db, backup.postings)).toEqual({ inBackup: 2, added: 2, replaced: 0, onlyHere: 0 });
    await restoreBackup(db, backup.postings, 'merge');
    expect(await rowsOf(db)).toEqual(before);
    expect(await searchJobIds(db, 'hot')).toEqual([parsed('Data Engineer').jobId]);
  });

  it('merges or replaces, as previewed', async () => {
    const db = await seeded();
    const backup = parseBackup(createBackup([{ ...(await db.postings.get(parsed('Data Engineer').jobId))!, note: 'from backup' }]));
    if (!backup.ok) throw new Error(backup.message);
    expect(await previewRestore(db, backup.postings)).toEqual({ inBackup: 1, added: 0, replaced: 1, onlyHere: 1 });
    await restoreBackup(db, backup.postings, 'merge');
    expect(await db.postings.count()).toBe(2);
    expect((await db.postings.get(parsed('Data Engineer').jobId))?.note).toBe('from backup');
    await restoreBackup(db, backup.postings, 'replace');
    expect(await db.postings.count()).toBe(1);
  });

  it.each([
    ['not JSON', '{"format":"jobsnap-backup","version":1,"postings":[', /not valid JSON/],
    ['another program’s file', '{"name":"my-app","version":"1.0.0"}', /not a Jobsnap backup/],
    ['a newer format', '{"format":"jobsnap-backup","version":99,"exportedAt":"x","postings":[]}', /newer version/],
    ['a damaged header', '{"format":"jobsnap-backup","version":1,"postings":"lots"}', /header is incomplete/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses a whole file when one posting is invalid or duplicated, and the database stays as it was', async () => {
    const db = await seeded();
    const before = await rowsOf(db);
    const good = await db.postings.toArray();
    const bad = JSON.parse(createBackup(good)) as { postings: Array<Record<string, unknown>> };
    bad.postings[1] = { ...bad.postings[1], status: 'hired' };
    const invalid = parseBackup(JSON.stringify(bad));
    expect(invalid).toEqual({ ok: false, message: expect.stringMatching(/job 2 of 2 is invalid \(status:/) });

    const hostile = JSON.parse(createBackup(good)) as { postings: Array<Record<string, unknown>> };
    hostile.postings[0] = { ...hostile.postings[0], descriptionHtml: '<p>Hi</p><img src=x onerror="alert(1)">' };
    expect(parseBackup(JSON.stringify(hostile))).toEqual({ ok: false, message: expect.stringMatching(/descriptionHtml: description holds markup/) });

    const twice = parseBackup(createBackup([good[0]!, good[0]!]));
    expect(twice).toEqual({ ok: false, message: expect.stringMatching(/appears twice/) });
    expect(await rowsOf(db)).toEqual(before);
  });

  it('rolls a failed restore back completely', async () => {
    const db = await seeded();
    const before = await rowsOf(db);
    const backup = parseBackup(createBackup(await db.postings.toArray()));
    if (!backup.ok) throw new Error(backup.message);
    const broken = [...backup.postings, { ...backup.postings[0]!, jobId: undefined as unknown as string }];
    await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await rowsOf(db)).toEqual(before);
  });
});
