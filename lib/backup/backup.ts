import { z } from 'zod';
import type { JobsDb } from '../db/jobs-db';
import { writePostings } from '../db/posting-store';
import type { Posting } from '../posting';
import { postingSchema } from './posting-schema';

/** Marks a file as ours; a JSON file without it is someone else's. */
export const BACKUP_FORMAT = 'jobsnap-backup';
/** Bump when the file's shape changes; a file from a newer version is refused, not half-read. */
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  postings: Posting[];
}

/** Everything the user has, as a versioned JSON document (postings with statuses, tags, notes). */
export function createBackup(postings: readonly Posting[], now: Date = new Date()): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), postings: [...postings] };
  return JSON.stringify(file);
}

/** `jobsnap-backup-YYYY-MM-DD.json`. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `jobsnap-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ParsedBackup = { ok: true; postings: Posting[]; exportedAt: string } | { ok: false; message: string };

const envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  postings: z.array(z.unknown()),
});

/**
 * Reads a backup file's text. Anything wrong — not JSON, truncated, another program's file, a
 * newer version, one invalid posting, two postings with one id — refuses the whole file with a
 * message that says what, so a restore never writes half a backup.
 */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Jobsnap backup: it is not valid JSON (it may be truncated or damaged).' };
  }
  if ((raw as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    return { ok: false, message: 'This file is not a Jobsnap backup.' };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return { ok: false, message: `This backup was made by a newer version of Jobsnap (format ${version}). Update the extension, then restore it.` };
  }
  const file = envelope.safeParse(raw);
  if (!file.success) return { ok: false, message: 'This Jobsnap backup is damaged: its header is incomplete.' };
  const postings: Posting[] = [];
  const ids = new Set<string>();
  for (const [i, item] of file.data.postings.entries()) {
    const parsed = postingSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? ` (${issue.path.join('.')}: ${issue.message})` : '';
      return { ok: false, message: `This Jobsnap backup is damaged: job ${i + 1} of ${file.data.postings.length} is invalid${where}. Nothing was restored.` };
    }
    if (ids.has(parsed.data.jobId)) {
      return { ok: false, message: `This Jobsnap backup is damaged: job ${parsed.data.jobId} appears twice. Nothing was restored.` };
    }
    ids.add(parsed.data.jobId);
    postings.push(parsed.data);
  }
  return { ok: true, postings, exportedAt: file.data.exportedAt };
}

export type RestoreMode = 'merge' | 'replace';

export interface RestorePreview {
  inBackup: number;
  /** Jobs the backup adds. */
  added: number;
  /** Jobs already saved that the backup's copy replaces. */
  replaced: number;
  /** Saved jobs not in the backup: kept by a merge, deleted by a replace. */
  onlyHere: number;
}

/** What a restore would do, without doing it. */
export async function previewRestore(db: JobsDb, postings: readonly Posting[]): Promise<RestorePreview> {
  const current = new Set(await db.postings.toCollection().primaryKeys());
  const incoming = new Set(postings.map((p) => p.jobId));
  const replaced = [...incoming].filter((id) => current.has(id)).length;
  return { inBackup: incoming.size, added: incoming.size - replaced, replaced, onlyHere: [...current].filter((id) => !incoming.has(id)).length };
}

/**
 * Writes a parsed backup in one transaction over the rows and their descriptions: `merge` adds and
 * replaces, `replace` first deletes what the backup does not hold. A failure part way rolls
 * everything back.
 */
export async function restoreBackup(db: JobsDb, postings: readonly Posting[], mode: RestoreMode): Promise<void> {
  await db.transaction('rw', [db.postings, db.descriptions], async () => {
    if (mode === 'replace') await Promise.all([db.postings.clear(), db.descriptions.clear()]);
    await writePostings(db, postings);
  });
}
