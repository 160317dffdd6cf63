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
const OUTPUT: ReadonlyMap<string, { open: string; close: string }> = new Map(
  Object.entries({
    p: 'p', div: 'p', section: 'p', article: 'p', blockquote: 'p', pre: 'p', dd: 'p', dt: 'p',
    h1: 'h3', h2: 'h3', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4',
    ul: 'ul', ol: 'ol', li: 'li', strong: 'strong', b: 'strong', em: 'em', i: 'em', u: 'em',
  }).map(([tag, out]) => [tag, { open: `<${out}>`, close: `</${out}>` }]), // built once, not per element
);

/**
 * A text node's data, or one shared " " for white space only (most text nodes in LinkedIn's markup
 * are indentation between tags). Runs of white space are collapsed once per line and once over
 * the HTML, not per node: a replace per node was most of the parser's garbage (70 KB a job).
 */
const spaced = (data: string): string => (isBlank(data) ? (data.length ? ' ' : '') : data);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Converts `roots` (cheerio nodes) to text and allow-listed HTML, leaving out the nodes in `skip`
 * (a site's chrome inside the description: buttons, an "About the job" heading).
 */
export function htmlToText(roots: readonly AnyNode[], skip: ReadonlySet<AnyNode> = new Set()): DescriptionContent {
  const lines: string[] = [];
  let line = '';
  let html = '';
  const flush = () => {
    if (line === '') return;
    const trimmed = collapseSpaces(line).trim();
    if (trimmed === '-') return; // <li><p>text</p></li>: the bullet waits for its paragraph
    if (trimmed) lines.push(trimmed);
    line = '';
  };

  const walk = (node: AnyNode, depth: number): void => {
    if (depth > 200) return; // pathological nesting: the rest is not a readable posting anyway
    if (skip.has(node)) return;
    if (node.type === 'text') {
      const data = spaced((node as { data: string }).data);
      line += data;
      html += /[&<>]/.test(data) ? escapeHtml(data) : data;
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
      html += '<br>';
      return;
    }
    const out = OUTPUT.get(tag);
    if (out) html += out.open;
    for (const child of el.children ?? []) walk(child, depth + 1);
    if (out) html += out.close;
    if (block) flush();
  };

  for (const root of roots) walk(root, 0);
  flush();
  return { text: lines.join('\n'), html: tidy(collapseSpaces(html)) };
}

const EMPTY_BLOCK = /<(p|h3|h4|li|strong|em)>(\s|<br>)*<\/\1>/;
const EMPTY_BLOCKS = new RegExp(EMPTY_BLOCK.source, 'g');

/** Drops empty blocks (`<p> </p>`, `<p><br></p>`) that LinkedIn uses as spacing. */
function tidy(html: string): string {
  let out = html;
  while (EMPTY_BLOCK.test(out)) out = out.replace(EMPTY_BLOCKS, '');
  return (out.includes('  ') ? out.replace(/ {2,}/g, ' ') : out).trim();
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
