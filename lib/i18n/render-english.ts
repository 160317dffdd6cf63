import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `public/_locales/en/messages.json`, read in Node (tests). */
export const englishMessages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Messages;

/** `browser.i18n.getMessage` in English, for Node: `$NAME$` → its placeholder's `$n` → `subs[n - 1]`. */
export function renderEnglish(key: string, subs: string[] = []): string {
  const entry = englishMessages[key];
  if (!entry) throw new Error(`no English message ${key}`);
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) =>
    entry.placeholders![name.toLowerCase()]!.content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1]!),
  );
}
