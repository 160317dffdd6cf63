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

/** Elements htmlparser2 never puts on its stack. */
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** htmlparser2's implied closes: opening the key first closes open elements of the set, innermost first. */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, ReadonlySet<string>] => [t, FORM]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']
    .map((t): [string, ReadonlySet<string>] => [t, P]),
]);
/** Elements whose content is text, not markup, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
/** Elements inside which `<x/>` closes itself (foreign content); in HTML it opens `x`. */
const FOREIGN = new Set(['svg', 'math']);

const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

/** ASCII letter, by char code. */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where a tag name ends: white space, `/` or `>`. */
const endsName = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === SLASH || c === 62 || Number.isNaN(c);

/**
 * The deepest the parser's open-element stack gets on `html`, stopping once it passes `limit`: a
 * linear replay of htmlparser2's rules (void elements, implied closes such as `<li>` closing an
 * open `<li>`, `</x>` closing up to the open `x`, `<x/>` self-closing only inside SVG/MathML, raw
 * text in script/style, comments). An estimate that counted tags alone let `<li><p>` repeated, or
 * `<div/>` repeated, nest without bound while counting zero (load-bounded.test.ts).
 */
export function openDepth(html: string, limit = Infinity): number {
  const lower = html.toLowerCase();
  const stack: string[] = [];
  const open = new Map<string, number>(); // how many of each name are on the stack
  let foreign = 0;
  let max = 0;
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    if (FOREIGN.has(name)) foreign--;
  };
  const n = lower.length;
  for (let i = lower.indexOf('<'); i >= 0 && i < n; i = lower.indexOf('<', i + 1)) {
    const next = lower.charCodeAt(i + 1);
    if (next === BANG || next === QUESTION) {
      // Comment, doctype, CDATA, processing instruction: skipped whole.
      const end = lower.startsWith('<!--', i) ? lower.indexOf('-->', i + 4) : lower.indexOf('>', i + 2);
      if (end < 0) break;
      i = end;
      continue;
    }
    const closing = next === SLASH;
    let j = closing ? i + 2 : i + 1;
    if (!isLetter(lower.charCodeAt(j))) continue;
    const nameStart = j;
    while (!endsName(lower.charCodeAt(j))) j++;
    const gt = lower.indexOf('>', j);
    if (gt < 0) break;
    const name = lower.slice(nameStart, j);
    i = gt;
    if (closing) {
      if (open.get(name)) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      } else if (name === 'p' || name === 'br') max = Math.max(max, stack.length + 1); // "</p>" makes an empty <p>
      continue;
    }
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1]!)) pop();
    max = Math.max(max, stack.length + 1);
    if (VOID.has(name) || (foreign > 0 && lower.charCodeAt(gt - 1) === SLASH)) continue;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, gt + 1);
      if (end < 0) break;
      i = end + name.length + 1; // its end tag closes it: on the stack for its text only
      continue;
    }
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
    if (max > limit) return max;
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
  const depth = openDepth(html, MAX_OPEN_DEPTH);
  if (depth > MAX_OPEN_DEPTH) {
    throw new CaptureError('not-a-job', `This page nests its markup more than ${MAX_OPEN_DEPTH} levels deep, so it cannot be read as a job posting.`);
  }
  const $ = load(html);
  if (depth < MAX_DEPTH) return $; // the replay is exact (load-bounded.test.ts): nothing to flatten
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
