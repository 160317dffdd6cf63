import { afterEach } from 'vitest';
import { JobsDb } from './jobs-db';

/**
 * For unit tests (fake-indexeddb): a function giving a new, empty database on each call; every
 * database it gave is deleted after each test.
 */
export function freshDbs(prefix: string): () => JobsDb {
  const dbs: JobsDb[] = [];
  let n = 0;
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  return () => {
    const db = new JobsDb(`${prefix}-${++n}`);
    dbs.push(db);
    return db;
  };
}
