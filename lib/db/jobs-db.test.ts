import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text';
import type { Posting } from '../posting';
import { JobsDb } from './jobs-db';
import { readPosting, splitPosting } from './posting-store';
import { savePosting } from './save-posting';
import { searchJobIds, searchWordsOf, toSearchWords } from './search-postings';

const posting = (title: string): Posting => ({
  ...parseText(`${title}\nAcme Corp is a leading firm. You know C++, C# and .NET well, and Node.js.`),
  capturedAt: 1,
  updatedAt: 1,
  status: 'new',
  tags: [],
  note: '',
});

describe('search words', () => {
  it('keep technology names whole and fold case', () => {
    expect(toSearchWords('C++, C#; .NET / Node.js (Remote)')).toEqual(['c++', 'c#', 'net', 'node.js', 'remote']);
  });
  it('come from title, company, location, skills, certifications and tags', () => {
    const words = searchWordsOf({ ...posting('Data Engineer'), tags: ['Hot lead'] });
    expect(words).toEqual(expect.arrayContaining(['data', 'engineer', 'acme', 'corp', 'c++', 'hot', 'lead']));
  });
});

describe('JobsDb', () => {
  it('keeps the search index right when a user edits tags or a title', async () => {
    const db = new JobsDb('hooks-test');
    const p = posting('Data Engineer');
    await savePosting(db, p);
    await db.postings.update(p.jobId, { tags: ['shortlist'] });
    expect(await searchJobIds(db, 'shortlist')).toEqual([p.jobId]);
    await db.postings.update(p.jobId, { 'title.value': 'Platform Engineer' } as never);
    expect(await searchJobIds(db, 'platform')).toEqual([p.jobId]);
    expect(await searchJobIds(db, 'data')).toEqual([]);
    await db.delete();
  });

  it('keeps a re-captured job searchable when nothing searched changed', async () => {
    const db = new JobsDb('recapture-test');
    const p = posting('Data Engineer');
    await savePosting(db, p, 1);
    await savePosting(db, p, 2); // the same parse again: a put of a row without searchWords
    await db.postings.put({ ...(await db.postings.get(p.jobId))!, searchWords: undefined });
    expect(await searchJobIds(db, 'data')).toEqual([p.jobId]);
    await db.delete();
  });

  it('upgrades a version 1 database with data: every row kept, searchable, keyed for duplicates, its description moved', async () => {
    const name = 'upgrade-test';
    const v1 = new Dexie(name);
    v1.version(1).stores({ postings: 'jobId, capturedAt, updatedAt, status' });
    const rows = [posting('Data Engineer'), posting('Nurse Practitioner')].map((p, i) => ({ ...p, capturedAt: i + 1, note: `note ${i}` }));
    await v1.table('postings').bulkPut(rows);
    v1.close();

    const db = new JobsDb(name);
    const after = await db.postings.orderBy('capturedAt').toArray();
    expect(after.map(({ searchWords: _words, duplicateKey: _key, ...rest }) => rest)).toEqual(rows.map((r) => splitPosting(r).row));
    expect(after.map((r) => r.duplicateKey)).toEqual(['data engineer|acme|', 'nurse practitioner|acme|']);
    expect(after.every((r) => r.searchWords?.includes('acme'))).toBe(true);
    expect(await searchJobIds(db, 'nurse')).toEqual([rows[1]!.jobId]);
    // v4: every description in `descriptions`, none left on a row; read back whole, each job is as saved.
    expect(await db.descriptions.bulkGet(rows.map((r) => r.jobId))).toEqual(rows.map((r) => splitPosting(r).description));
    expect(after.filter((r) => 'descriptionHtml' in r || 'descriptionText' in r)).toEqual([]);
    expect(await readPosting(db, rows[0]!.jobId)).toEqual(rows[0]);
    await db.delete();
  });

  it('moves descriptions out of a version 3 database in batches, every row of a large one', async () => {
    const name = 'upgrade-v3-test';
    const v3 = new Dexie(name);
    v3.version(3).stores({ postings: 'jobId, capturedAt, updatedAt, status, *searchWords, duplicateKey' });
    const template = posting('Data Engineer');
    // More rows than one upgrade batch (500), and a row saved with no description fields at all.
    const rows = Array.from({ length: 1234 }, (_, i) => ({
      ...template,
      jobId: `text:${String(i).padStart(4, '0')}`,
      descriptionText: `description ${i}`,
      searchWords: searchWordsOf(template),
      duplicateKey: '',
    }));
    const bare = rows.map(({ descriptionHtml: _html, descriptionText: _text, ...row }) => row);
    await v3.table('postings').bulkPut([...rows.slice(0, 7), bare[7], ...rows.slice(8)]);
    v3.close();

    const db = new JobsDb(name);
    expect(await db.postings.count()).toBe(1234);
    expect(await db.descriptions.count()).toBe(1234);
    expect((await db.postings.toArray()).filter((r) => 'descriptionHtml' in r || 'descriptionText' in r)).toEqual([]);
    const moved = await db.descriptions.toArray();
    expect(moved.map((d) => d.descriptionText)).toEqual(rows.map((r, i) => (i === 7 ? '' : r.descriptionText)));
    expect(moved[7]).toEqual({ jobId: 'text:0007', descriptionHtml: '', descriptionText: '' });
    expect(moved[1233]).toEqual({ jobId: 'text:1233', descriptionHtml: template.descriptionHtml, descriptionText: 'description 1233' });
    await db.delete();
  });
});
