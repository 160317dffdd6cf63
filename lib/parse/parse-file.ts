import { CaptureError } from '../capture-error';
import { isLinkedInUrl, jobIdFromAttribute } from '../linkedin/job-id';
import * as sel from '../linkedin/selectors';
import type { ParsedPosting } from '../posting';
import type { Snapshot } from '../snapshot';
import type { CheerioAPI } from 'cheerio/slim';
import { textContent } from 'domutils';
import { loadBounded } from './load-bounded';
import { firstElementOf } from './query';
import { parseRecord, isRecord } from './parse-record';
import { parseSnapshot } from './parse-snapshot';
import { parseText } from './parse-text';

export type InputKind = 'linkedin-html' | 'json-ld-html' | 'html' | 'record' | 'text';

/** LinkedIn markup hooks that no other site uses. */
const LINKEDIN_MARKERS = /top-card-layout|jobs-unified-top-card|show-more-less-html|description__job-criteria|jobs-search__job-details|data-sdui-screen|JobDetails_AboutTheJob|linkedin\.com\/jobs/;

/** What a file or a paste holds, decided from its content alone (never from its name). */
export function detectKind(content: string): InputKind {
  const head = content.slice(0, 4000);
  const isHtml = /<(!doctype html|html|body|div|section|p|ul|script|main)\b/i.test(head);
  if (isHtml) {
    if (LINKEDIN_MARKERS.test(content)) return 'linkedin-html';
    if (/application\/ld\+json/i.test(content) && /"JobPosting"/.test(content)) return 'json-ld-html';
    return 'html';
  }
  return isRecord(content) ? 'record' : 'text';
}

/** The mark Chrome's "Save page as" puts at the top of a page: `<!-- saved from url=(0046)https://… -->`. */
const SAVED_FROM = /<!-- saved from url=\(\d+\)(\S+?) -->/;

/** A saved HTML page as the content script would have sent it, with its address and ids read from `$`. */
function snapshotOfHtml($: CheerioAPI, html: string, kind: InputKind): Snapshot {
  // The address a saved page names for itself: canonical link, og:url, the browser's "saved from".
  const url =
    firstElementOf($, 'link[rel=canonical]')?.attribs.href ??
    firstElementOf($, 'meta[property="og:url"]')?.attribs.content ??
    SAVED_FROM.exec(html.slice(0, 2000))?.[1]?.replace(/&amp;/g, '&') ??
    null;
  let fallbackUrl = 'file:///saved-page.html';
  if (kind === 'linkedin-html') {
    const paneId = sel.paneJobId.map(({ selector, attribute }) => jobIdFromAttribute(firstElementOf($, selector)?.attribs[attribute])).find(Boolean);
    fallbackUrl = paneId ? `https://www.linkedin.com/jobs/view/${paneId}/` : 'https://www.linkedin.com/jobs/';
  }
  const title = firstElementOf($, 'title');
  return {
    url: url && (kind !== 'linkedin-html' || isLinkedInUrl(url)) ? url : fallbackUrl,
    urlJobId: null,
    paneJobId: null,
    documentTitle: title ? textContent(title) : '',
    html,
    jsonLd: [],
    region: 'file',
  };
}

/**
 * Parses any supported input: a LinkedIn page or fragment, an HTML page with a JobPosting JSON-LD
 * block, a `key : value` record, or plain text. Throws a `CaptureError` for input that holds no job.
 */
export function parseFile(content: string): ParsedPosting {
  if (!content.trim()) throw new CaptureError('unreadable', 'the file is empty');
  if (content.includes('\u0000')) throw new CaptureError('unreadable', 'the file is binary, not text');
  const kind = detectKind(content);
  if (kind === 'record') return parseRecord(content);
  if (kind === 'text') {
    const posting = parseText(content, { site: 'file' });
    if (posting.descriptionText.length < 80) throw new CaptureError('not-a-job', 'the text is too short to be a job posting');
    return posting;
  }
  const $ = loadBounded(content); // nesting bounded: see load-bounded.ts (#7); parsed once
  return { ...parseSnapshot(snapshotOfHtml($, content, kind), $), site: kind === 'linkedin-html' ? 'linkedin' : 'file' };
}
