/** Inputs for the benches: fixture HTML, the job-sized region the content script sends, postings. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio/slim';
import * as sel from '../../lib/linkedin/selectors';
import type { ParsedPosting, Posting } from '../../lib/posting';
import type { Snapshot } from '../../lib/snapshot';
import { LINKEDIN_FIXTURES } from '../../tests/e2e/extension-browser';

/** One fixture file and its content. */
export interface Fixture {
  name: string;
  html: string;
}

const htmlFiles = (dir: string): Fixture[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f, html: readFileSync(join(dir, f), 'utf8') }));

/**
 * The bundled LinkedIn fixtures plus `../shared/fixtures/pages/*.html` when the shared fixtures are
 * present (tests/fixtures/paths.ts throws when they are not, so it is imported lazily).
 */
export async function loadPageFixtures(): Promise<{ fixtures: Fixture[]; sharedNote: string }> {
  const fixtures = htmlFiles(LINKEDIN_FIXTURES);
  try {
    const { SHARED_FIXTURES } = await import('../../tests/fixtures/paths');
    const shared = htmlFiles(join(SHARED_FIXTURES, 'pages'));
    return { fixtures: [...fixtures, ...shared], sharedNote: `${shared.length} shared pages` };
  } catch (error) {
    return { fixtures, sharedNote: `shared fixtures absent (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * The region the content script would send for a LinkedIn page (lib/linkedin/capture-snapshot.ts,
 * replayed with cheerio): the detail pane, or the guest top card + description outerHTML.
 * Null for a page with no LinkedIn region (the product sends those whole).
 */
export function jobSizedHtml(html: string): string | null {
  const $ = load(html);
  for (const selector of sel.region) {
    const pane = $(selector).first();
    if (pane.length) return $.html(pane);
  }
  const parts = sel.guestRegionParts.map((s) => $(s).first()).filter((el) => el.length > 0);
  const outer = parts.filter((el) => !parts.some((other) => other !== el && other.find(el).length > 0));
  return outer.length ? outer.map((el) => $.html(el)).join('\n') : null;
}

/**
 * The snapshot the content script would send for a fixture: its job-sized region, the address the
 * parsed posting names, the page's `<title>`, its JSON-LD. Null when the page has no job region.
 */
export function snapshotOf(html: string, url: string | null): Snapshot | null {
  const region = jobSizedHtml(html);
  if (!region) return null;
  const $ = load(html);
  return {
    url: url ?? 'https://www.linkedin.com/jobs/',
    urlJobId: null,
    paneJobId: null,
    documentTitle: $('title').first().text(),
    html: region,
    jsonLd: $('script[type="application/ld+json"]').map((_, el) => $(el).text()).get(),
    region: 'bench',
  };
}

/** `n` stored postings cloned from `parsed` round-robin, with distinct job ids and dates. */
export function clonePostings(parsed: readonly ParsedPosting[], n: number, now = Date.now()): Posting[] {
  return Array.from({ length: n }, (_, i) => {
    const p = parsed[i % parsed.length]!;
    return { ...p, jobId: `bench:${i}`, capturedAt: now - i * 1000, updatedAt: now - i * 1000, status: 'new', tags: [], note: '' };
  });
}
