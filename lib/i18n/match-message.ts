/**
 * An English text some `lib/` code produces, the `_locales` message saying the same (its English is
 * byte-identical) and a pattern capturing the variable parts in placeholder order. `lib/` keeps
 * English for the CLI and logs and never calls `browser.i18n`; the UI translates by such a table.
 */
export interface KnownText<K extends string> {
  key: K;
  pattern: RegExp;
}

/** Which message of `table` says `text`, and its placeholder values; null when none does. */
export function matchMessage<K extends string>(table: readonly KnownText<K>[], text: string): { key: K; subs: string[] } | null {
  for (const { key, pattern } of table) {
    const match = pattern.exec(text);
    if (match) return { key, subs: match.slice(1).map((s) => s ?? '') };
  }
  return null;
}
