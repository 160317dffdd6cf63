/** A message name of `public/_locales/en/messages.json` (WXT types them on `wxt prepare`), not `@@ui_locale` & co. */
export type MessageKey = Exclude<Parameters<typeof browser.i18n.getMessage>[0], `@@${string}`>;

/**
 * The message in the browser's language, `subs` filling its `$1`…`$9` in order. Call it while
 * rendering, never at import: WXT imports entrypoints in Node at build time, where there is no
 * `browser.i18n`. A name missing from a locale is a type error (en) or a failed parity test (de).
 */
export const t = (key: MessageKey, ...subs: Array<string | number>): string =>
  browser.i18n.getMessage(key, subs.map(String));
