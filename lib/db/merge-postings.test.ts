import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text';
import type { Posting } from '../posting';
import { duplicateKeyOf } from './duplicate-key';
import { JobsDb } from './jobs-db';
import { likelyDuplicates, mergePostings, mergeUserFields } from './merge-postings';
import { readPosting } from './posting-store';
import { savePosting } from './save-posting';

const job = (title: string, company: string, location: string, extra = '') =>
  parseText(`${title}\nCompany: ${company}\nLocation: ${location}\nWe need Python and AWS. ${extra}`);

describe('duplicateKeyOf', () => {
  const key = (t: string, c: string, l: string | null) =>
    duplicateKeyOf({ title: { value: t, source: 'text' }, company: { value: c, source: 'text' }, location: { value: l, source: l ? 'text' : 'none' } });
  it('matches the same opening written differently on two sites', () => {
    expect(key('Senior Network Engineer - Linux', 'Kroll Bond Rating Agency, Inc.', 'Remote, United States')).toBe(
      key('senior network engineer – linux', 'Kroll Bond Rating Agency', 'Remote (US)'),
    );
    expect(key('Café Manager', 'Acme GmbH', 'München, Bayern')).toBe(key('Cafe Manager', 'ACME', 'Munchen'));
  });
  it('keeps different jobs, cities and companies apart, and flags nothing without title or company', () => {
    expect(key('Data Engineer', 'Acme', 'Austin, TX')).not.toBe(key('Data Engineer', 'Acme', 'Boston, MA'));
    expect(key('Data Engineer', 'Acme', null)).not.toBe(key('Data Engineer II', 'Acme', null));
    expect(key('', 'Acme', 'Austin')).toBeNull();
    expect(key('Data Engineer', '', 'Austin')).toBeNull();
  });
});

describe('merging two copies of a job', () => {
  const stored = (p: ReturnType<typeof job>, over: Partial<Posting>): Posting => ({ ...p, capturedAt: 1, updatedAt: 1, status: 'new', tags: [], note: '', ...over });

  it('keeps the further status, every tag once, both notes, the first capture date', () => {
    const a = stored(job('Data Engineer', 'Acme', 'Austin'), { status: 'reviewing', tags: ['hot'], note: 'call', capturedAt: 5 });
    const b = stored(job('Data Engineer', 'Acme', 'Austin'), { status: 'submitted', tags: ['HOT', 'client A'], note: 'sent CV', capturedAt: 3 });
    expect(mergeUserFields(a, b)).toEqual({ status: 'submitted', tags: ['hot', 'client A'], note: 'call\n\nsent CV', capturedAt: 3 });
  });

  it('finds the copy saved from another site, and merges them into one row on request only', async () => {
    const db = new JobsDb('merge-test');
    const linkedIn = { ...job('Data Engineer', 'Acme, Inc.', 'Austin, TX'), jobId: 'linkedin:4400000001', site: 'linkedin' as const };
    const careers = { ...job('Data Engineer', 'Acme', 'Austin, Texas', 'Apply on our site.'), jobId: 'url:https://acme.example/jobs/7', site: 'web' as const };
    const other = job('Nurse', 'Acme', 'Austin, TX');
    await savePosting(db, linkedIn, 1);
    await savePosting(db, careers, 2);
    await savePosting(db, other, 3);
    await db.postings.update(careers.jobId, { status: 'shortlisted', note: 'from careers page' });

    const row = (await db.postings.get(linkedIn.jobId))!;
    expect((await likelyDuplicates(db, row)).map((p) => p.jobId)).toEqual([careers.jobId]);
    expect(await db.postings.count()).toBe(3); // flagged, not merged

    await mergePostings(db, linkedIn.jobId, careers.jobId);
    expect(await db.postings.count()).toBe(2);
    expect(await db.postings.get(linkedIn.jobId)).toMatchObject({ status: 'shortlisted', note: 'from careers page', capturedAt: 1 });
    expect(await likelyDuplicates(db, (await db.postings.get(linkedIn.jobId))!)).toEqual([]);
    // The kept job keeps its own description; the merged-away one's goes with it.
    expect((await readPosting(db, linkedIn.jobId))?.descriptionText).toBe(linkedIn.descriptionText);
    expect(await db.descriptions.get(careers.jobId)).toBeUndefined();
    expect((await db.descriptions.toCollection().primaryKeys()).sort()).toEqual([linkedIn.jobId, other.jobId].sort());
    await db.delete();
  });
});
