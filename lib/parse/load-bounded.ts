import { load, type CheerioAPI } from 'cheerio/slim';
import { CaptureError } from '../capture-error';
import { DomHandler, Text, type AnyNode, type Element } from 'domhandler';
import { Parser } from 'htmlparser2';
import { IndexBuilder, wantedAttributeKey } from './query';

/**
 * Deepest element kept as structure. Real job pages nest about 30 deep; LinkedIn's deepest region
 * ~40. Below this, a subtree becomes its plain text (shallow enough that html-to-text, which stops
 * at 200 levels under the description, still reads it).
 */
export const MAX_DEPTH = 128;

/** Content that is never posting text (same idea as html-to-text's DROP list). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'head']);

/** The text under `nodes`, a space between text nodes, without recursion (nor scripts, styles, ...). */
export function flatText(nodes: readonly AnyNode[]): string {
  const out: string[] = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text') out.push((node as Text).data);
    else if (node.type === 'tag' && !SKIP.has((node as Element).name.toLowerCase())) {
      for (let i = (node as Element).children.length - 1; i >= 0; i--) stack.push((node as Element).children[i] as AnyNode);
    }
  }
  return out.join(' ');
}

/**
 * Deepest nesting the parser is allowed to build. htmlparser2 keeps its open-element stack with
 * `Array.unshift`, so N unclosed tags cost N²: 128k unclosed `<div>` took 5 s, 1 MB of unclosed
 * `<p><b><i><span>` 15 s, 2 MB of `<li><p>` 171 s (parse-file.fuzz.test.ts). Browsers stop nesting
 * at 512, so no page a browser shows comes near this; a paste or file that does is refused.
 */
export const MAX_OPEN_DEPTH = 4096;

/** Thrown out of the parser's callbacks to stop it: the stack got deeper than MAX_OPEN_DEPTH. */
class TooDeep extends Error {}

/**
 * htmlparser2's DOM builder, watching its own open-element stack (`tagStack`: the document, then
 * every open element), which follows the parser's exactly: implied closes, void elements, raw
 * text, comments, CDATA, quoted `>` all come from the parser itself. An earlier guard replayed the
 * parser's rules over the text before parsing; every rule it missed (`<!-->`, a `>` in a quoted
 * value, `<xmp>`, ...) let nesting through uncounted (load-bounded.test.ts).
 */
class DepthWatcher extends DomHandler {
  deepest = 0;
  /** The selector index (query.ts), filled as elements open: no walk of the document afterwards. */
  readonly index = new IndexBuilder();
  /**
   * The opening tag's class and id, as the parser reads its attributes. Reading them back off each
   * element's `attribs` (objects of a hundred shapes) cost more than the rest of the index.
   */
  private classes: string | undefined;
  private id: string | undefined;
  /** The keys of the opening tag's wanted attributes: the first `attributeCount` (reused: no garbage). */
  private readonly attributeKeys: string[] = [];
  private attributeCount = 0;

  /**
   * Comments are not kept: nothing reads them, and LinkedIn's markup holds one (`<!---->`) for
   * every other element. The text on either side stays two text nodes, as with the comment.
   */
  override oncomment(): void {
    this.lastNode = null;
  }

  override oncommentend(): void {}

  onopentagname(): void {
    this.classes = this.id = undefined;
    this.attributeCount = 0;
  }

  onattribute(name: string, value: string): void {
    // The first of a repeated attribute wins, as in `attribs`.
    if (name === 'class') this.classes ??= value;
    else if (name === 'id') this.id ??= value;
    const key = wantedAttributeKey(name); // `[class=x]`, `[id]` too
    if (key) this.attributeKeys[this.attributeCount++] = key;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    const depth = this.tagStack.length - 1;
    this.index.element(this.tagStack[depth] as Element, this.classes, this.id, this.attributeKeys, this.attributeCount);
    if (depth > this.deepest) {
      this.deepest = depth;
      if (depth > MAX_OPEN_DEPTH) throw new TooDeep();
    }
  }
}

/**
 * `cheerio.load` with the nesting bounded (#7): the same parse `cheerio/slim` runs (htmlparser2's
 * `parseDocument`, default options), handed to cheerio as a document. Refuses (CaptureError)
 * markup nesting deeper than MAX_OPEN_DEPTH as soon as the parser gets there. cheerio's parser is
 * iterative, but `clone()`, `.text()` and css-select's `findOne` recurse once per level: a page
 * nesting `<div>` 2,000 deep threw "Maximum call stack size exceeded" out of the parser, in the
 * service worker as in Node (parse-file.fuzz.test.ts, "deep nesting"). Elements at MAX_DEPTH keep
 * their text as one text node, so nothing deeper reaches a recursive walk. Linear in the document.
 */
export function loadBounded(html: string): CheerioAPI {
  const handler = new DepthWatcher();
  try {
    new Parser(handler).end(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    throw new CaptureError('not-a-job', `This page nests its markup more than ${MAX_OPEN_DEPTH} levels deep, so it cannot be read as a job posting.`);
  }
  const $ = load(handler.root);
  if (handler.deepest < MAX_DEPTH) {
    handler.index.attachTo($); // the parser's own count: nothing to flatten, the index holds
    return $;
  }
  // Two parallel stacks rather than [node, depth] pairs: no allocation per node.
  const nodes: AnyNode[] = $.root().toArray();
  const depths: number[] = nodes.map(() => 0);
  for (let node = nodes.pop(); node; node = nodes.pop()) {
    const depth = depths.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    if (depth >= MAX_DEPTH && el.children.some((c) => c.type === 'tag')) {
      const text = new Text(flatText(el.children));
      text.parent = el;
      el.children = [text];
      continue;
    }
    for (const child of el.children) {
      if (child.type !== 'tag') continue; // only elements can nest
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return $;
}
