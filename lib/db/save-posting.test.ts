import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDbs } from './fresh-dbs';
import { parseFile } from '../parse/parse-file';
import { parseText } from '../parse/parse-text';
import { readPosting } from './posting-store';
import { savePosting } from './save-posting';
import { searchJobIds } from './search-postings';

const freshDb = freshDbs('test');

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

  it('stores the description in its own table, not on the row, and replaces it on re-capture', async () => {
    const db = freshDb();
    const first = parsed('Data Engineer');
    await savePosting(db, first, 1000);
    const row = (await db.postings.get(first.jobId))!;
    expect('descriptionHtml' in row || 'descriptionText' in row).toBe(false);
    expect(await db.descriptions.get(first.jobId)).toEqual({ jobId: first.jobId, descriptionHtml: first.descriptionHtml, descriptionText: first.descriptionText });

    const again = { ...first, descriptionHtml: '<p>Now remote.</p>', descriptionText: 'Now remote.' };
    await savePosting(db, again, 2000);
    expect(await db.descriptions.toArray()).toEqual([{ jobId: first.jobId, descriptionHtml: '<p>Now remote.</p>', descriptionText: 'Now remote.' }]);
    expect(await readPosting(db, first.jobId)).toEqual({ ...again, capturedAt: 1000, updatedAt: 2000, status: 'new', tags: [], note: '' });
  });

  it('saves a pasted posting (the popup’s Paste) with its description', async () => {
    const db = freshDb();
    // What the background's saveText stores.
    const pasted = { ...parseFile('Service Desk Analyst\nCompany: Acme\nLocation: Austin, TX\nYou will support Windows 11 users and Microsoft 365.'), site: 'paste' as const };
    await savePosting(db, pasted, 1);
    expect((await readPosting(db, pasted.jobId))?.descriptionText).toBe(pasted.descriptionText);
    expect(pasted.descriptionText).toContain('Windows 11');
  });

  it('leaves neither the row nor the description when the description cannot be written', async () => {
    const db = freshDb();
    const p = parsed('Data Engineer');
    db.descriptions.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(savePosting(db, p, 1)).rejects.toThrow('disk full');
    expect(await db.postings.count()).toBe(0);
    expect(await db.descriptions.count()).toBe(0);
  });

  it('keeps one row when the same job is saved ten times at once', async () => {
    const db = freshDb();
    const p = parsed('Data Engineer');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => savePosting(db, p, i)));
    expect(await db.postings.count()).toBe(1);
    expect(await db.descriptions.count()).toBe(1);
    expect(results.filter((r) => r.outcome === 'saved')).toHaveLength(1);
  });

  it('lists newest first and searches title, company and skills', async () => {
    const db = freshDb();
    await savePosting(db, parsed('Data Engineer'), 1);
    await savePosting(db, parsed('Nurse Practitioner'), 2);
    const nurse = parsed('Nurse Practitioner').jobId;
    const data = parsed('Data Engineer').jobId;
    expect(await searchJobIds(db, '')).toEqual([nurse, data]);
    expect(await searchJobIds(db, 'dat ACME')).toEqual([data]); // word prefixes, any case
    expect(await searchJobIds(db, 'python')).toEqual([nurse, data]); // skills are searched
    expect(await searchJobIds(db, 'kotlin')).toEqual([]);
    expect(await searchJobIds(db, 'ngineer')).toEqual([]); // not inside words
  });
});
