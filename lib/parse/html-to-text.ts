import type { AnyNode, Element } from 'domhandler';
import { collapseSpaces, isBlank } from './spaces';

/**
 * Turns a description's DOM into two safe forms in one walk:
 * - `text`: plain text, one block (paragraph, heading, list item) per line; list items start "- ".
 * - `html`: the same content rebuilt from an allow-list of tags with no attributes at all, every
 *   text escaped. Nothing from the page survives but structure and text, so the stored HTML holds
 *   no script, handler, URL or style; the popup still renders it through DOMPurify.
 *
 * Works on cheerio's DOM (domhandler), so it runs in the service worker and in Node alike.
 */
export interface DescriptionContent {
  text: string;
  html: string;
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'dl', 'dt', 'dd', 'br', 'hr',
]);
/** Tags whose content is never posting text. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'video', 'audio', 'img', 'picture', 'form', 'input', 'button', 'select', 'textarea', 'head', 'link', 'meta',
]);
/**
 * Allow-listed output tags; headings fold to h3/h4 so a posting cannot shout in the popup. A Map,
 * not an object literal: a page's `<constructor>` tag read `Object`'s constructor off a literal and
 * wrote "<function Object() { [native code] }>" into the stored HTML.
 */
const OUTPUT: ReadonlyMap<string, { open: string; close: string; dropWhenEmpty: boolean }> = new Map(
  Object.entries({
    p: 'p', div: 'p', section: 'p', article: 'p', blockquote: 'p', pre: 'p', dd: 'p', dt: 'p',
    h1: 'h3', h2: 'h3', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4',
    ul: 'ul', ol: 'ol', li: 'li', strong: 'strong', b: 'strong', em: 'em', i: 'em', u: 'em',
  }).map(([tag, out]) => [tag, { open: `<${out}>`, close: `</${out}>`, dropWhenEmpty: out !== 'ul' && out !== 'ol' }]),
);

/**
 * A text node's data with each run of white space as one space: one shared " " for a node of white
 * space only (most text nodes in LinkedIn's markup are indentation between tags), and a copy only
 * for the rare node that holds more than single spaces. A global replace costs ~1.5 KB of garbage
 * per call however short the string; one per node was most of the parser's garbage (70 KB a job).
 */
const spaced = (data: string): string => (isBlank(data) ? (data.length ? ' ' : '') : collapseSpaces(data));

/** Single-spaced pieces joined: only the joins can double a space. */
const joinedSpaces = (s: string): string => (s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Converts `roots` (cheerio nodes) to text and allow-listed HTML, leaving out the nodes in `skip`
 * (a site's chrome inside the description: buttons, an "About the job" heading).
 */
export function htmlToText(roots: readonly AnyNode[], skip: ReadonlySet<AnyNode> = new Set()): DescriptionContent {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line === '') return;
    const trimmed = joinedSpaces(line).trim();
    if (trimmed === '-') return; // <li><p>text</p></li>: the bullet waits for its paragraph
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  // The HTML as parts joined once at the end. An element that would come out empty (`<p> </p>`,
  // `<p><br></p>`, which LinkedIn uses as spacing) is dropped as it closes: `lastContent` is the
  // index of the last part that keeps its block (text, a kept tag), so "empty" is one comparison.
  const parts: string[] = [];
  let lastContent = -1;

  const walk = (node: AnyNode, depth: number): void => {
    if (depth > 200) return; // pathological nesting: the rest is not a readable posting anyway
    if (skip.has(node)) return;
    if (node.type === 'text') {
      const data = spaced((node as { data: string }).data);
      line += data;
      if (data === ' ') parts.push(data);
      else if (data) lastContent = parts.push(/[&<>]/.test(data) ? escapeHtml(data) : data) - 1;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const tag = node.type === 'root' ? '' : el.name.toLowerCase();
    if (DROP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'li') line += '- ';
    if (tag === 'br') {
      parts.push('<br>');
      return;
    }
    const out = OUTPUT.get(tag);
    const mark = parts.length;
    if (out) parts.push(out.open);
    if (out && !out.dropWhenEmpty) lastContent = mark; // an empty list stays, as it always has
    for (const child of el.children ?? []) walk(child, depth + 1);
    if (out?.dropWhenEmpty && lastContent < mark) parts.length = mark;
    else if (out) lastContent = parts.push(out.close) - 1;
    if (block) flush();
  };

  for (const root of roots) walk(root, 0);
  flush();
  return { text: lines.join('\n'), html: joinedSpaces(parts.join('')).trim() };
}

/** Wraps plain text as allow-listed HTML: one paragraph per line, "- " lines as a list. */
export function textToHtml(text: string): string {
  let html = '';
  let inList = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^(?:[-*•]\s+)(.*)$/.exec(line);
    if (item && !inList) html += '<ul>';
    if (!item && inList) html += '</ul>';
    inList = Boolean(item);
    html += item ? `<li>${escapeHtml(item[1] ?? '')}</li>` : `<p>${escapeHtml(line)}</p>`;
  }
  return inList ? `${html}</ul>` : html;
}
