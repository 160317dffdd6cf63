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
    p: 'p', div: 'p', section: 'p', article: 'p', blockquote: 'p', pre: 'p', dd: 'p', dt: 'p', tr: 'p',
    h1: 'h3', h2: 'h3', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4',
    ul: 'ul', ol: 'ol', li: 'li', strong: 'strong', b: 'strong', em: 'em', i: 'em', u: 'em',
  }).map(([tag, out]) => [tag, { open: `<${out}>`, close: `</${out}>`, dropWhenEmpty: out !== 'ul' && out !== 'ol' }]),
);

/**
 * Text holding white space other than single spaces (which `collapseSpaces` rewrites), or `&<>`
 * (which the HTML escapes). Most text nodes of a description hold neither, and are written out as
 * they are; most others are indentation between tags, written as one shared " ". A global replace
 * costs ~1.5 KB of garbage per call however short the string; one per node was most of the
 * parser's garbage (70 KB a job).
 */
const DIRTY_TEXT = / \s|[^\S ]|[&<>]/;

/** Single-spaced pieces joined: only the joins can double a space. */
const joinedSpaces = (s: string): string => (s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The two outputs as they are written. A class rather than variables shared by closures: the walk
 * reads and writes them once per node, and fields of one object are cheaper than a closure's
 * context slots.
 */
class DescriptionWriter {
  readonly lines: string[] = [];
  line = '';
  /**
   * The HTML as parts joined once at the end. An element that would come out empty (`<p> </p>`,
   * `<p><br></p>`, which LinkedIn uses as spacing) is dropped as it closes: `lastContent` is the
   * index of the last part that keeps its block (text, a kept tag), so "empty" is one comparison.
   */
  readonly parts: string[] = [];
  lastContent = -1;

  constructor(private readonly skip: ReadonlySet<AnyNode>) {}

  flush(): void {
    if (this.line === '') return;
    const trimmed = joinedSpaces(this.line).trim();
    if (trimmed === '-') return; // <li><p>text</p></li>: the bullet waits for its paragraph
    if (trimmed) this.lines.push(trimmed);
    this.line = '';
  }

  text(raw: string): void {
    if (isBlank(raw)) {
      if (raw === '') return;
      this.line += ' ';
      this.parts.push(' ');
      return;
    }
    // Most text is single-spaced, with no `&<>`: one native test, and it is written as it is.
    const data = DIRTY_TEXT.test(raw) ? collapseSpaces(raw) : null;
    this.line += data ?? raw;
    this.lastContent = this.parts.push(data === null ? raw : /[&<>]/.test(data) ? escapeHtml(data) : data) - 1;
  }

  /**
   * Between a row's cells: a label and its value read as a labelled line ("Modalità di lavoro: Ibrida"),
   * the cells of a wider row apart (" | "). Cells written one after another had run together
   * ("Modalità di lavoroIbrida"), in the text and in the popup alike.
   */
  cellSeparator(cell: Element): void {
    let cells = 0;
    for (const sibling of cell.parent?.children ?? []) if (sibling.type === 'tag' && ((sibling as Element).name === 'td' || (sibling as Element).name === 'th')) cells++;
    const separator = cells === 2 ? (/:\s*$/.test(this.line) ? ' ' : ': ') : ' | ';
    this.line += separator;
    this.lastContent = this.parts.push(separator) - 1;
  }

  walk(node: AnyNode, depth: number): void {
    if (depth > 200) return; // pathological nesting: the rest is not a readable posting anyway
    if (this.skip.has(node)) return;
    if (node.type === 'text') return this.text((node as { data: string }).data);
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    // Tag names come lower-cased from the HTML parsers (htmlparser2 and parse5 alike).
    const tag = node.type === 'root' ? '' : el.name;
    if (DROP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) this.flush();
    if (tag === 'li') this.line += '- ';
    if ((tag === 'td' || tag === 'th') && this.line.trim() !== '') this.cellSeparator(el);
    if (tag === 'br') {
      this.parts.push('<br>');
      return;
    }
    const out = OUTPUT.get(tag);
    const parts = this.parts;
    const mark = parts.length;
    if (out) parts.push(out.open);
    if (out && !out.dropWhenEmpty) this.lastContent = mark; // an empty list stays, as it always has
    for (const child of el.children ?? []) this.walk(child, depth + 1);
    if (out?.dropWhenEmpty && this.lastContent < mark) parts.length = mark;
    else if (out) this.lastContent = parts.push(out.close) - 1;
    if (block) this.flush();
  }
}

/**
 * Converts `roots` (cheerio nodes) to text and allow-listed HTML, leaving out the nodes in `skip`
 * (a site's chrome inside the description: buttons, an "About the job" heading).
 */
export function htmlToText(roots: readonly AnyNode[], skip: ReadonlySet<AnyNode> = new Set()): DescriptionContent {
  const writer = new DescriptionWriter(skip);
  for (const root of roots) writer.walk(root, 0);
  writer.flush();
  return { text: writer.lines.join('\n'), html: joinedSpaces(writer.parts.join('')).trim() };
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
