import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/jobs-db';
import { readPosting } from '@/lib/db/posting-store';
import { savePosting } from '@/lib/db/save-posting';
import { parseText } from '@/lib/parse/parse-text';
import { addTag, deletePostings, setStatus, updatePosting } from './posting-updates';

const parsed = (title: string) => parseText(`${title}\nAcme Corp is a leading firm. You know Python and AWS, and SQL well.`);

afterAll(async () => getDb().delete());

describe('dashboard updates', () => {
  it('edit user fields and leave the description as it was; a delete takes row and description', async () => {
    const db = getDb();
    const [data, nurse] = [parsed('Data Engineer'), parsed('Nurse Practitioner')];
    await savePosting(db, data, 1);
    await savePosting(db, nurse, 2);

    await updatePosting(data.jobId, { note: 'call Tuesday' });
    await setStatus([data.jobId, nurse.jobId], 'reviewing');
    await addTag([data.jobId], 'hot');
    expect(await readPosting(db, data.jobId)).toMatchObject({ note: 'call Tuesday', status: 'reviewing', tags: ['hot'], descriptionText: data.descriptionText });

    await deletePostings([data.jobId]);
    expect(await db.postings.toCollection().primaryKeys()).toEqual([nurse.jobId]);
    expect(await db.descriptions.toCollection().primaryKeys()).toEqual([nurse.jobId]);
  });
});
