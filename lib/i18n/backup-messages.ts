import type { KnownText } from './match-message';

/** Why `parseBackup` (lib/backup/backup.ts) refused a file, as `_locales` messages. */
export const BACKUP_MESSAGES = [
  { key: 'backupNotJson', pattern: /^This file is not a Jobsnap backup: it is not valid JSON \(it may be truncated or damaged\)\.$/ },
  { key: 'backupNotJobsnap', pattern: /^This file is not a Jobsnap backup\.$/ },
  { key: 'backupTooNew', pattern: /^This backup was made by a newer version of Jobsnap \(format (\d+(?:\.\d+)?)\)\. Update the extension, then restore it\.$/ },
  { key: 'backupHeaderIncomplete', pattern: /^This Jobsnap backup is damaged: its header is incomplete\.$/ },
  // The detail in brackets (a field path and the validator's English) is passed on as it is.
  { key: 'backupJobInvalid', pattern: /^This Jobsnap backup is damaged: job (\d+) of (\d+) is invalid((?: \(.*\))?)\. Nothing was restored\.$/s },
  { key: 'backupJobTwice', pattern: /^This Jobsnap backup is damaged: job (.+) appears twice\. Nothing was restored\.$/s },
] as const satisfies readonly KnownText<string>[];
