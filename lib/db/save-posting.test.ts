import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text';
import { JobsDb } from './jobs-db';
import { savePosting } from './save-posting';
import { searchPostings } from './search-postings';

let n = 0;
const dbs: JobsDb[] = [];
const freshDb = () => {
  const db = new JobsDb(`test-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const parsed = (title: string, extra = '') =>
  parseText(`${title}\nAcme Corp is a leading firm. You know Python and AWS well, and SQL. ${extra}`);

describe('savePosting', () => {
  it('saves a new job, then updates the same row on re-capture, keeping what the user added', async () => {
    const db = freshDb();
    const first = parsed('Data Engineer');
    expect(await savePosting(db, first, 1000)).toEqual({ jobId: first.jobId, outcome: 'saved' });
    await db.postings.update(first.jobId, { status: 'shortlisted', tags: ['hot'], note: 'strong match' });

    expect(await savePosting(db, { ...first, location: { value: 'Austin, TX', source: 'text' } }, 2000)).toEqual({
      jobId: first.jobId,
      outcome: 'updated',
    });
    const rows = await db.postings.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ capturedAt: 1000, updatedAt: 2000, status: 'shortlisted', tags: ['hot'], note: 'strong match' });
    expect(rows[0]!.location.value).toBe('Austin, TX');
  });

  it('keeps one row when the same job is saved ten times at once', async () => {
    const db = freshDb();
    const p = parsed('Data Engineer');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => savePosting(db, p, i)));
    expect(await db.postings.count()).toBe(1);
    expect(results.filter((r) => r.outcome === 'saved')).toHaveLength(1);
  });

  it('lists newest first and searches title, company and skills', async () => {
    const db = freshDb();
    await savePosting(db, parsed('Data Engineer'), 1);
    await savePosting(db, parsed('Nurse Practitioner'), 2);
    expect((await searchPostings(db, '')).map((p) => p.title.value)).toEqual(['Nurse Practitioner', 'Data Engineer']);
    expect((await searchPostings(db, 'data acme')).map((p) => p.title.value)).toEqual(['Data Engineer']);
    expect(await searchPostings(db, 'kotlin')).toEqual([]);
  });
});
