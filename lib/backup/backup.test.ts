import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDbs } from '../db/fresh-dbs';
import { JobsDb } from '../db/jobs-db';
import { readAllPostings, readPosting } from '../db/posting-store';
import { savePosting } from '../db/save-posting';
import { searchJobIds } from '../db/search-postings';
import { parseText } from '../parse/parse-text';
import { createBackup, parseBackup, previewRestore, restoreBackup } from './backup';

const freshDb = freshDbs('backup');

// "Kelvadent", a name no dictionary holds, is read beside Dentrix (a field the schema must keep).
const parsed = (title: string) =>
  parseText(`${title}\nAcme Corp is a leading firm. You know Python and AWS, and SQL well.\n- Experience with Kelvadent or Dentrix`);

async function seeded() {
  const db = freshDb();
  await savePosting(db, parsed('Data Engineer'), 1);
  await savePosting(db, parsed('Nurse Practitioner'), 2);
  await db.postings.update(parsed('Data Engineer').jobId, { status: 'shortlisted', tags: ['hot'], note: 'call Tuesday' });
  return db;
}

/** Every saved job, whole (row and description), with the duplicate key the row carries. */
const rowsOf = async (db: JobsDb) => {
  const keys = new Map((await db.postings.toArray()).map((r) => [r.jobId, r.duplicateKey]));
  return (await readAllPostings(db)).map((p) => ({ ...p, duplicateKey: keys.get(p.jobId) }));
};

describe('backup and restore', () => {
  it('round-trips: backup → wipe → restore gives identical data, searchable again', async () => {
    const db = await seeded();
    const before = await rowsOf(db);
    const file = createBackup(await readAllPostings(db), new Date('2026-11-25T10:00:00Z'));
    // The file holds whole postings, in the model's shape (descriptions in, index fields out).
    const inFile = (JSON.parse(file) as { postings: Array<Record<string, unknown>> }).postings;
    expect(inFile.map((p) => [p.descriptionText, 'searchWords' in p, 'duplicateKey' in p])).toEqual(
      before.map((p) => [p.descriptionText, false, false]),
    );
    expect(before.every((p) => p.descriptionText.includes('Python'))).toBe(true);
    expect(before[0]?.requirements.skills.find((r) => r.name === 'Kelvadent')?.beside).toBe('Dentrix');
    await Promise.all([db.postings.clear(), db.descriptions.clear()]);

    const backup = parseBackup(file);
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    expect(await previewRestore(db, backup.postings)).toEqual({ inBackup: 2, added: 2, replaced: 0, onlyHere: 0 });
    await restoreBackup(db, backup.postings, 'merge');
    expect(await rowsOf(db)).toEqual(before);
    expect(await searchJobIds(db, 'hot')).toEqual([parsed('Data Engineer').jobId]);
    expect(await db.descriptions.count()).toBe(2);
    expect((await db.postings.toArray()).filter((r) => 'descriptionHtml' in r)).toEqual([]);
  });

  it('merges or replaces, as previewed', async () => {
    const db = await seeded();
    const data = parsed('Data Engineer').jobId;
    const nurse = parsed('Nurse Practitioner').jobId;
    const fromFile = { ...(await readPosting(db, data))!, note: 'from backup', descriptionText: 'As backed up.' };
    const backup = parseBackup(createBackup([fromFile]));
    if (!backup.ok) throw new Error(backup.message);
    expect(await previewRestore(db, backup.postings)).toEqual({ inBackup: 1, added: 0, replaced: 1, onlyHere: 1 });
    await restoreBackup(db, backup.postings, 'merge');
    expect(await db.postings.count()).toBe(2);
    expect((await db.postings.get(data))?.note).toBe('from backup');
    expect((await db.descriptions.get(data))?.descriptionText).toBe('As backed up.');
    expect((await db.descriptions.get(nurse))?.descriptionText).toBe(parsed('Nurse Practitioner').descriptionText);
    await restoreBackup(db, backup.postings, 'replace');
    expect(await db.postings.count()).toBe(1);
    // A replace takes the descriptions of the jobs it removes, too.
    expect(await db.descriptions.toCollection().primaryKeys()).toEqual([data]);
    expect(await readPosting(db, data)).toEqual(fromFile);
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
    const good = await readAllPostings(db);
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
    const backup = parseBackup(createBackup(await readAllPostings(db)));
    if (!backup.ok) throw new Error(backup.message);
    const broken = [...backup.postings, { ...backup.postings[0]!, jobId: undefined as unknown as string }];
    await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await rowsOf(db)).toEqual(before);

    // The rows written, then the descriptions refused: the rows and the cleared tables come back too.
    const fresh = backup.postings.map((p) => ({ ...p, jobId: `${p.jobId}:copy` }));
    db.descriptions.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(restoreBackup(db, fresh, 'replace')).rejects.toThrow('disk full');
    expect(await rowsOf(db)).toEqual(before);
  });
});
