import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text';
import type { Posting } from '../posting';
import { JobsDb } from './jobs-db';
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

  it('upgrades a version 1 database with data: every row kept, searchable and keyed for duplicates', async () => {
    const name = 'upgrade-test';
    const v1 = new Dexie(name);
    v1.version(1).stores({ postings: 'jobId, capturedAt, updatedAt, status' });
    const rows = [posting('Data Engineer'), posting('Nurse Practitioner')].map((p, i) => ({ ...p, capturedAt: i + 1, note: `note ${i}` }));
    await v1.table('postings').bulkPut(rows);
    v1.close();

    const db = new JobsDb(name);
    const after = await db.postings.orderBy('capturedAt').toArray();
    expect(after.map(({ searchWords: _words, duplicateKey: _key, ...rest }) => rest)).toEqual(rows);
    expect(after.map((r) => r.duplicateKey)).toEqual(['data engineer|acme|', 'nurse practitioner|acme|']);
    expect(after.every((r) => r.searchWords?.includes('acme'))).toBe(true);
    expect(await searchJobIds(db, 'nurse')).toEqual([rows[1]!.jobId]);
    await db.delete();
  });
});
