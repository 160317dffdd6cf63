import { load, type CheerioAPI } from 'cheerio/slim';
import { CaptureError } from '../capture-error';
import { Text, type AnyNode, type Element } from 'domhandler';

/**
 * Deepest element kept as structure. Real job pages nest about 30 deep; LinkedIn's deepest region
 * ~40. Below this, a subtree becomes its plain text (shallow enough that html-to-text, which stops
 * at 200 levels under the description, still reads it).
 */
export const MAX_DEPTH = 128;

/** Content that is never posting text (same idea as html-to-text's DROP list). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'head']);

/** The text under `nodes`, without recursion. */
function flatText(nodes: readonly AnyNode[]): string {
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
 * Deepest unclosed nesting the parser is given. htmlparser2 keeps its open-element stack with
 * `Array.unshift`, so N unclosed tags cost N²: 128k unclosed `<div>` took 5 s, 1 MB of unclosed
 * `<p><b><i><span>` 15 s (parse-file.fuzz.test.ts, "unclosed tags"). Browsers stop nesting at 512,
 * so no page a browser shows comes near this; a paste or file that does is refused before parsing.
 */
export const MAX_OPEN_DEPTH = 4096;

/** Tags that never nest (void) or that the next sibling closes (`<li>`, `<p>`): not counted. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rt', 'rp', 'colgroup',
]);
/** The longest name in NOT_NESTING: a longer tag name is never in it, so it is not sliced out. */
const LONGEST_NOT_NESTING = Math.max(...[...NOT_NESTING].map((t) => t.length));

const SLASH = 47;

/** ASCII letter, by char code. */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A character of a tag name after its first letter (`[\w:-]`). */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45;

/**
 * An upper estimate of the open-element depth, from a linear scan of the tags (`<name ...>`,
 * `</name>`, `<name ... />`). Char codes rather than a regex: a job page has thousands of tags and
 * a match array per tag was most of this function's cost.
 */
function openDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const n = html.length;
  for (let i = html.indexOf('<'); i >= 0 && i < n; i = html.indexOf('<', i + 1)) {
    let j = i + 1;
    const closing = html.charCodeAt(j) === SLASH;
    if (closing) j++;
    if (!isLetter(html.charCodeAt(j))) continue;
    const nameStart = j;
    while (isNameChar(html.charCodeAt(j))) j++;
    const gt = html.indexOf('>', j);
    if (gt < 0) break;
    const selfClosing = html.charCodeAt(gt - 1) === SLASH;
    const nameLength = j - nameStart;
    if (selfClosing || (nameLength <= LONGEST_NOT_NESTING && NOT_NESTING.has(html.slice(nameStart, j).toLowerCase()))) {
      i = gt;
      continue;
    }
    if (closing) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
    i = gt;
  }
  return max;
}

/**
 * `cheerio.load` with the nesting bounded (#7). Refuses (CaptureError) markup nesting deeper than
 * MAX_OPEN_DEPTH, which the parser would take minutes over. cheerio's parser is iterative, but `clone()`,
 * `.text()` and css-select's `findOne` recurse once per level: a page nesting `<div>` 2,000 deep
 * threw "Maximum call stack size exceeded" out of the parser, in the service worker as in Node
 * (parse-file.fuzz.test.ts, "deep nesting"). Elements at MAX_DEPTH keep their text as one text
 * node, so nothing deeper reaches a recursive walk. One iterative pass, linear in the document.
 */
export function loadBounded(html: string): CheerioAPI {
  if (openDepth(html) > MAX_OPEN_DEPTH) {
    throw new CaptureError('not-a-job', `This page nests its markup more than ${MAX_OPEN_DEPTH} levels deep, so it cannot be read as a job posting.`);
  }
  const $ = load(html);
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
