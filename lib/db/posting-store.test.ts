import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDbs } from './fresh-dbs';
import { parseText } from '../parse/parse-text';
import type { Posting } from '../posting';
import { JobsDb } from './jobs-db';
import { deletePostings, readAllPostings, readPosting, splitPosting, takePosting, writePostings } from './posting-store';

const freshDb = freshDbs('store');

const posting = (title: string, over: Partial<Posting> = {}): Posting => ({
  ...parseText(`${title}\nAcme Corp is a leading firm. You know Python and AWS, and SQL well.`),
  capturedAt: 1,
  updatedAt: 1,
  status: 'new',
  tags: [],
  note: '',
  ...over,
});

describe('posting store', () => {
  it('writes a posting as a row without its description plus a description row, and reads it back whole', async () => {
    const db = freshDb();
    const p = posting('Data Engineer', { status: 'reviewing', tags: ['hot'] });
    await writePostings(db, [p]);
    const row = (await db.postings.get(p.jobId))!;
    expect('descriptionHtml' in row || 'descriptionText' in row).toBe(false);
    expect(row.searchWords).toContain('python'); // the hooks still derive the index fields
    expect(await db.descriptions.get(p.jobId)).toEqual(splitPosting(p).description);
    expect(await readPosting(db, p.jobId)).toEqual(p);
    expect(await readAllPostings(db)).toEqual([p]);
    expect(await readPosting(db, 'text:none')).toBeUndefined();
  });

  it('deletes postings with their descriptions (the dashboard’s delete)', async () => {
    const db = freshDb();
    const [a, b, c] = [posting('Data Engineer'), posting('Nurse Practitioner'), posting('Welder')];
    await writePostings(db, [a!, b!, c!]);
    await deletePostings(db, [a!.jobId, c!.jobId]);
    expect(await db.postings.toCollection().primaryKeys()).toEqual([b!.jobId]);
    expect(await db.descriptions.toCollection().primaryKeys()).toEqual([b!.jobId]);
  });

  it('takes a posting whole, so an undo puts back its row and its description (the popup’s delete and undo)', async () => {
    const db = freshDb();
    const p = posting('Data Engineer', { note: 'call Tuesday' });
    await writePostings(db, [p]);
    const taken = await takePosting(db, p.jobId);
    expect(taken).toEqual(p);
    expect(await db.postings.count()).toBe(0);
    expect(await db.descriptions.count()).toBe(0);
    await writePostings(db, [taken!]);
    expect(await readPosting(db, p.jobId)).toEqual(p);
    expect((await db.postings.get(p.jobId))?.searchWords).toContain('python');
    expect(await takePosting(db, 'text:none')).toBeUndefined();
  });

  it('reads a row whose description is missing with empty text, never undefined', async () => {
    const db = freshDb();
    const p = posting('Data Engineer');
    await writePostings(db, [p]);
    await db.descriptions.delete(p.jobId);
    expect(await readPosting(db, p.jobId)).toMatchObject({ descriptionHtml: '', descriptionText: '' });
  });

  it('refuses, at compile time, a full posting put straight into the postings table', () => {
    const db = new JobsDb('never-opened');
    const p = posting('Data Engineer');
    // Typed only: a bare put would store the description on the row and none in `descriptions`.
    const putWhole = () =>
      // @ts-expect-error descriptionHtml/descriptionText are `never` on a stored row
      db.postings.put(p);
    expect(typeof putWhole).toBe('function');
  });
});
