import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES = fileURLToPath(new URL('../../public/_locales/', import.meta.url));

/**
 * The stores take the listing's name and summary from the manifest, per locale: the Chrome Web
 * Store refuses a `description` over 132 characters, addons.mozilla.org a name over 50.
 */
describe('manifest strings fit the store limits', () => {
  for (const locale of readdirSync(LOCALES)) {
    const messages = JSON.parse(readFileSync(`${LOCALES}${locale}/messages.json`, 'utf8')) as Record<string, { message: string } | undefined>;
    it(`${locale}: description ≤ 132 characters, name ≤ 50`, () => {
      expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
      expect([...(messages.extName?.message ?? '')].length).toBeLessThanOrEqual(50);
      expect(messages.extDescription?.message).toBeTruthy();
    });
  }
});
