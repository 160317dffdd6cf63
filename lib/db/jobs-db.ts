import Dexie, { type EntityTable } from 'dexie';
import type { Posting, PostingDescription, PostingSummary } from '../posting';
import { duplicateKeyOf } from './duplicate-key';
import { searchWordsOf } from './search-postings';

export const DB_NAME = 'jobsnap';

/**
 * A stored posting row: the posting without its description (that is in `descriptions`), plus
 * index fields derived from it (kept by hooks, never by callers).
 */
export type PostingRow = PostingSummary & {
  searchWords?: string[];
  duplicateKey?: string | null;
  /** Never on a row: a full `Posting` put into `postings` does not compile (lib/db/posting-store.ts writes both tables). */
  descriptionHtml?: never;
  descriptionText?: never;
};

/** A row as versions 1–3 stored it, description included: what the v4 upgrade reads. */
type LegacyRow = Omit<PostingRow, 'descriptionHtml' | 'descriptionText'> & Partial<Pick<Posting, 'descriptionHtml' | 'descriptionText'>>;

/** Rows the v4 upgrade moves per step, so a large database never holds every description at once. */
const UPGRADE_BATCH = 500;

/** Fields whose change changes a derived index field. */
const INDEXED_FIELDS = ['title', 'company', 'location', 'requirements', 'tags'];

/** The derived index fields of a posting. */
const derived = (p: PostingSummary) => ({ searchWords: searchWordsOf(p), duplicateKey: duplicateKeyOf(p) ?? '' });

/**
 * The one database, shared by the background (writes captures) and the extension pages (read with
 * live queries, edit user fields). Schema strings list the key and the indexed fields only.
 */
export class JobsDb extends Dexie {
  postings!: EntityTable<PostingRow, 'jobId'>;
  /** Each posting's description, by job id. Written with its row in one transaction (lib/db/posting-store.ts). */
  descriptions!: EntityTable<PostingDescription, 'jobId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: postings keyed by stable job id, so a re-capture replaces the row (no duplicates);
    // capturedAt orders the list (newest first), updatedAt the "recently updated" view.
    this.version(1).stores({ postings: 'jobId, capturedAt, updatedAt, status' });
    // v2: a multi-entry index of search words, so search and the list read keys, not whole rows
    // (#5/#6: at 10,000 postings reading every row took 1.5 s). Backfill rows saved under v1.
    this.version(2)
      .stores({ postings: 'jobId, capturedAt, updatedAt, status, *searchWords' })
      .upgrade((tx) =>
        tx
          .table<PostingRow>('postings')
          .toCollection()
          .modify((row) => {
            row.searchWords = searchWordsOf(row);
          }),
      );

    // v3: a duplicateKey index (title + company + city) so the same opening saved from two sites
    // is flagged for the user to merge (#3). '' when unknown: IndexedDB does not index null.
    this.version(3)
      .stores({ postings: 'jobId, capturedAt, updatedAt, status, *searchWords, duplicateKey' })
      .upgrade((tx) =>
        tx
          .table<PostingRow>('postings')
          .toCollection()
          .modify((row) => {
            row.duplicateKey = duplicateKeyOf(row) ?? '';
          }),
      );

    // v4: descriptions (~6.5 KB of a ~9 KB row) move to a table of their own, so the dashboard's
    // read of every row and the popup's rows on screen skip them; only the views that show or
    // export a description read it. Every row gets a description row ('' when it had none).
    this.version(4)
      .stores({ postings: 'jobId, capturedAt, updatedAt, status, *searchWords, duplicateKey', descriptions: 'jobId' })
      .upgrade(async (tx) => {
        const postings = tx.table<LegacyRow, string>('postings');
        const descriptions = tx.table<PostingDescription, string>('descriptions');
        let batch = await postings.orderBy(':id').limit(UPGRADE_BATCH).toArray();
        while (batch.length) {
          await descriptions.bulkPut(
            batch.map((row) => ({ jobId: row.jobId, descriptionHtml: row.descriptionHtml ?? '', descriptionText: row.descriptionText ?? '' })),
          );
          await postings.bulkPut(batch.map(({ descriptionHtml: _html, descriptionText: _text, ...row }) => row));
          batch = await postings.where(':id').above(batch.at(-1)!.jobId).limit(UPGRADE_BATCH).toArray();
        }
      });

    // Every writer, in any context, keeps the derived fields right: no caller has to remember them.
    this.postings.hook('creating', (_key, row) => {
      Object.assign(row, derived(row));
    });
    this.postings.hook('updating', (mods, _key, row) => {
      const changes = mods as Record<string, unknown>;
      if (!Object.keys(changes).some((path) => INDEXED_FIELDS.includes(path.split('.')[0] ?? ''))) return undefined;
      const next = structuredClone(row);
      for (const [path, value] of Object.entries(changes)) Dexie.setByKeyPath(next, path, value);
      return derived(next);
    });
  }
}

let instance: JobsDb | null = null;

/** The shared database of this context, opened on first use. */
export function getDb(): JobsDb {
  instance ??= new JobsDb();
  return instance;
}
