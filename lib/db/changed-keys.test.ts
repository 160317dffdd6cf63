import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { changedKeys } from './changed-keys';
import { freshDbs } from './fresh-dbs';
import { splitPosting } from './posting-store';
import { makePosting } from '../insights/posting-fixture';

const newDb = freshDbs('changed-keys');

/** Every `storagemutated` event fired while `write` runs, as the keys it names for `postings`. */
async function keysOf(dbName: string, write: () => Promise<unknown>): Promise<Array<string[] | 'all' | null>> {
  const seen: Array<string[] | 'all' | null> = [];
  const listen = (parts: ObservabilitySet) => seen.push(changedKeys(parts, dbName, 'postings'));
  Dexie.on('storagemutated', listen);
  try {
    await write();
  } finally {
    Dexie.on('storagemutated').unsubscribe(listen);
  }
  return seen.filter((keys) => keys !== null);
}

describe('changedKeys', () => {
  it('names the rows a put, an update, a modify or a delete wrote, and asks for a whole read after a clear', async () => {
    const db = newDb();
    expect(await keysOf(db.name, () => db.open())).toEqual(['all']); // a new database: every table is new
    const rows = ['a', 'b', 'c'].map((id) => splitPosting(makePosting({ jobId: id })).row);
    expect(await keysOf(db.name, () => db.postings.bulkPut(rows))).toEqual([['a', 'b', 'c']]);
    expect(await keysOf(db.name, () => db.postings.update('b', { status: 'shortlisted' }))).toEqual([['b']]);
    expect(await keysOf(db.name, () => db.postings.where('jobId').anyOf(['a', 'c']).modify({ note: 'x' }))).toEqual([['a', 'c']]);
    expect(await keysOf(db.name, () => db.postings.bulkDelete(['c']))).toEqual([['c']]);
    expect(await keysOf(db.name, () => db.descriptions.put({ jobId: 'a', descriptionHtml: '', descriptionText: '' }))).toEqual([]);
    expect(await keysOf(db.name, () => db.postings.clear())).toEqual(['all']);
  });
});
