import Dexie, { type EntityTable } from 'dexie';
import type { Posting } from '../posting';

export const DB_NAME = 'jobsnap';

/**
 * The one database, shared by the background (writes captures) and the extension pages (read with
 * live queries, edit user fields). Schema strings list the key and the indexed fields only.
 */
export class JobsDb extends Dexie {
  postings!: EntityTable<Posting, 'jobId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: postings keyed by stable job id, so a re-capture replaces the row (no duplicates);
    // capturedAt orders the list (newest first), updatedAt the "recently updated" view.
    this.version(1).stores({ postings: 'jobId, capturedAt, updatedAt, status' });
  }
}

let instance: JobsDb | null = null;

/** The shared database of this context, opened on first use. */
export function getDb(): JobsDb {
  instance ??= new JobsDb();
  return instance;
}
