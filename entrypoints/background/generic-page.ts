import type { Snapshot } from '@/lib/snapshot';

/**
 * Runs inside any page through `scripting.executeScript` (so it must not reference anything outside
 * its own body): the page's JSON-LD and its main content, for sites other than LinkedIn.
 */
export function captureGenericPage(): Snapshot {
  const main =
    document.querySelector('main, [role=main], article, #content, .content') ?? document.body;
  const html = main.outerHTML;
  return {
    url: location.href,
    urlJobId: null,
    paneJobId: null,
    documentTitle: document.title,
    html: html.length > 1_000_000 ? html.slice(0, 1_000_000) : html,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    region: main === document.body ? 'body' : 'main',
  };
}
