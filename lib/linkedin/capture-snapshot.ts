import { MAX_SNAPSHOT_HTML, type Snapshot } from '../snapshot';
import { jobIdFromAttribute, jobIdFromUrl } from './job-id';
import * as sel from './selectors';

/** The first element a selector list matches in `root`. */
function first(root: ParentNode, selectors: readonly string[]): { el: Element; selector: string } | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return { el, selector };
  }
  return null;
}

/**
 * The job on screen, as a snapshot: the job's region only (detail pane, or the guest page's top
 * card and description), never the whole 300 KB page, plus JSON-LD and ids. Runs in the LinkedIn
 * content script; takes the document as a parameter so it stays free of extension APIs. The full
 * description is always in the DOM (LinkedIn only clamps it with CSS), so nothing is clicked.
 */
export function captureLinkedInSnapshot(doc: Document, url: string): Snapshot {
  const pane = first(doc, sel.region);
  let html: string;
  let region: string;
  if (pane) {
    html = pane.el.outerHTML;
    region = pane.selector;
  } else {
    const parts = sel.guestRegionParts.map((s) => doc.querySelector(s)).filter((el): el is Element => el !== null);
    // A top card whose classes were renamed: the page's h1 (a guest page's job title) with its section.
    const h1 = doc.querySelector('h1');
    if (parts.length && h1 && !parts.some((el) => el.contains(h1))) parts.unshift(h1.closest('section') ?? h1.parentElement ?? h1);
    const outer = parts.filter((el) => !parts.some((other) => other !== el && other.contains(el)));
    html = outer.length ? outer.map((el) => el.outerHTML).join('\n') : (doc.querySelector('main') ?? doc.body).outerHTML;
    region = outer.length ? 'guest' : 'body';
  }
  const scope: ParentNode = pane?.el ?? doc;
  let paneJobId: string | null = null;
  for (const { selector, attribute } of sel.paneJobId) {
    paneJobId = jobIdFromAttribute(scope.querySelector(selector)?.getAttribute(attribute) ?? doc.querySelector(selector)?.getAttribute(attribute));
    if (paneJobId) break;
  }
  return {
    url,
    urlJobId: jobIdFromUrl(url),
    paneJobId,
    documentTitle: doc.title,
    html: html.length > MAX_SNAPSHOT_HTML ? html.slice(0, MAX_SNAPSHOT_HTML) : html,
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    region,
  };
}
