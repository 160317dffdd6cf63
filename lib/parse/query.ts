import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import { compile } from 'css-select';
import { parse, type Selector } from 'css-what';
import { isTag, type AnyNode, type Document, type Element } from 'domhandler';
import { isSpaceCode } from '../char-codes';
import { escapeRegExp } from '../escape-regexp';

/**
 * Selector queries over a parsed page, the way browsers run them: each selector is compiled once
 * (cheerio compiles the string again on every `$(selector)`), and the document is indexed by id,
 * class, tag and attribute name, so a query tests only the elements that carry its rightmost key
 * (`.topcard__title` tests the few elements with that class) instead of walking the whole page, and
 * a selector naming a class the page lacks (another layout's alternative) costs one map lookup.
 * A job region is queried ~30 times per parse (lib/linkedin/selectors.ts lists the alternatives,
 * most for other page variants); one walk to build the index replaces those 30 walks. Results are
 * in document order, as css-select's `selectAll` gives them (query.test.ts checks the two agree).
 */
type Test = (el: Element) => boolean;

/** One comma-separated part of a selector, as the index sees it. */
interface Part {
  /** The key of its rightmost compound: only elements with it are tested (null: every element). */
  key: string | null;
  /**
   * For `.pane button` (a weak rightmost key, an id or class further left, joined by descendant or
   * child combinators): the left key. Only elements inside those anchors are tested.
   */
  anchor: string | null;
  /** The id, class and attribute keys of all its compounds: when one is absent, nothing matches. */
  required: string[];
}

interface Query {
  test: Test;
  parts: Part[];
}

const queries = new Map<string, Query>();

/** The index key of one attribute token (an id, a class, an attribute name), or null. */
function attributeKey(token: Selector): string | null {
  if (token.type !== 'attribute') return null;
  // css-what marks `.x` and `#x` "quirks": case-insensitive only in quirks mode, which we never set.
  const exact = token.ignoreCase === false || token.ignoreCase === 'quirks' || token.ignoreCase === null;
  if (token.action === 'not') return null; // `[x!=y]` also matches elements without x
  if (token.name === 'id' && token.action === 'equals' && exact && token.value) return `#${token.value}`;
  if (token.name === 'class' && token.action === 'element' && exact && token.value) return `.${token.value}`;
  return `[${token.name.toLowerCase()}`; // any other form needs the attribute: tested, keyed by its name
}

/** The index key of a compound selector: its id, else a class, else its tag, else an attribute name. */
function keyOf(compound: Selector[]): string | null {
  const keys = compound.map(attributeKey).filter((k): k is string => k !== null);
  const tag = compound.find((t) => t.type === 'tag');
  return (
    keys.find((k) => k.startsWith('#')) ??
    keys.find((k) => k.startsWith('.')) ??
    (tag?.type === 'tag' ? `<${tag.name.toLowerCase()}` : null) ??
    keys[0] ??
    null
  );
}

function compiled(selector: string): Query {
  let q = queries.get(selector);
  if (!q) {
    const parts = parse(selector).map((tokens): Part => {
      // The rightmost compound: the tokens after the last combinator.
      let start = tokens.length;
      while (start > 0 && isSimple(tokens[start - 1]!)) start--;
      const key = keyOf(tokens.slice(start));
      // Every compound must match some element, so each of their keys must be in the document.
      const required = tokens.map(attributeKey).filter((k): k is string => k !== null);
      for (const k of [key, ...required]) if (k !== null && !k.startsWith('#')) want(k);
      const strong = (k: string | null) => k !== null && (k.startsWith('#') || k.startsWith('.'));
      const ancestorsOnly = tokens.every((t) => !COMBINATORS.has(t.type) || t.type === 'descendant' || t.type === 'child');
      const anchor = !strong(key) && ancestorsOnly ? (tokens.slice(0, start).map(attributeKey).find(strong) ?? null) : null;
      return { key, anchor, required };
    });
    // No result cache: css-select caches descendant misses in a WeakSet per compiled selector,
    // and these live for the worker's life, so every element of every page parsed went into them.
    q = { test: compile<AnyNode, Element>(selector, { cacheResults: false }) as Test, parts };
    queries.set(selector, q);
  }
  return q;
}

/** The elements a part could match, before its test: none when a required key is absent. */
function candidates(index: DocumentIndex, part: Part): Element[] {
  if (part.required.some((key) => withKey(index, key).length === 0)) return [];
  if (part.anchor) return descendantsOf(withKey(index, part.anchor));
  return part.key ? withKey(index, part.key) : index.all;
}

/** The elements inside `anchors` (in document order, each once), in document order. */
function descendantsOf(anchors: readonly Element[]): Element[] {
  const out: Element[] = [];
  let last: Element | null = null;
  for (const anchor of anchors) {
    if (last && isInside(anchor, last)) continue; // already walked with its ancestor
    last = anchor;
    const stack: AnyNode[] = [...anchor.children].reverse();
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (!isTag(node)) continue;
      out.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

const COMBINATORS = new Set(['descendant', 'child', 'sibling', 'adjacent', 'parent', 'column-combinator']);
const isSimple = (token: Selector) => !COMBINATORS.has(token.type);

interface DocumentIndex {
  /** Elements by index key (`#id`, `.class`, `<tag`, `[attribute`), each list in document order. */
  byKey: Map<string, Element[]>;
  all: Element[];
  /** How many of `wantedKeys` were indexed: keys named later are looked up by a scan. */
  keysIndexed: number;
}

/** By the loaded document's `$` (`$.root()` builds a new selection on every call). */
const INDEX = Symbol('jobsnap.queryIndex');
type Indexed = CheerioAPI & { [INDEX]?: DocumentIndex };

/**
 * The class, attribute and tag keys the compiled selectors use, in the order first seen. Only these
 * are indexed (ids always are): a LinkedIn region carries hundreds of other classes, and indexing
 * them all cost half a page load.
 */
const wantedKeys = new Map<string, number>();
/** Wanted class names, attribute names and tag names, each to its key (`.x`, `[x`, `<x`). */
const wantedClasses = new Map<string, string>();
const wantedAttributes = new Map<string, string>();
const wantedTags = new Map<string, string>();
/** Matches any wanted class as a whole name in a class list; rebuilt when a class is added. */
let wantedPattern: RegExp | null = null;

function want(key: string): void {
  if (wantedKeys.has(key)) return;
  wantedKeys.set(key, wantedKeys.size);
  const name = key.slice(1);
  if (key[0] === '.') {
    wantedClasses.set(name, key);
    wantedPattern = null;
  } else if (key[0] === '[') wantedAttributes.set(name, key);
  else if (key[0] === '<') wantedTags.set(name, key);
}

/** The index key of an attribute the selectors test (`[name`), or undefined. */
export const wantedAttributeKey = (name: string): string | undefined => wantedAttributes.get(name);

/** Matches any wanted class as a whole name in class lists; rebuilt when a class is added. */
function wantedClassPattern(): RegExp {
  // `\s` is the white space css-select splits class lists on; names are case-sensitive. A name's
  // start is checked by `classKeys`, not by a look-behind: one at every offset of the lists cost as
  // much as the alternation (1.9× the scan).
  wantedPattern ??= new RegExp(`(?:${[...wantedClasses.keys()].map(escapeRegExp).join('|')})(?!\\S)`, 'g');
  return wantedPattern;
}

/** Whether the class list `value` holds `name`. */
function hasClass(value: string, name: string): boolean {
  for (let at = value.indexOf(name); at !== -1; at = value.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || isSpaceCode(value.charCodeAt(at - 1))) && (end === value.length || isSpaceCode(value.charCodeAt(end)))) return true;
  }
  return false;
}

/**
 * Builds a document's index one element at a time, in document order: fed by the parser as it
 * opens each element (load-bounded.ts), so no walk of the finished document is needed, or by
 * `indexDocument` for a document parsed elsewhere. Indexes ids and the wanted classes, attributes
 * and tags; a key first named after the index was built is looked up by a scan, once.
 */
export class IndexBuilder {
  private readonly byKey = new Map<string, Element[]>();
  private readonly all: Element[] = [];
  private readonly keysIndexed = wantedKeys.size;
  /** The elements with a class attribute, and those attributes, in document order (see `classKeys`). */
  private readonly classOwners: Element[] = [];
  private readonly classLists: string[] = [];

  private add(key: string, el: Element): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [el]);
    else if (list[list.length - 1] !== el) list.push(el); // class="a a": once
  }

  /**
   * Adds `el`, the next element in document order, given its class and id attributes and the keys
   * of its wanted attributes (`wantedAttributeKey`): the first `attributeCount` of `attributeKeys`,
   * an array the parser reuses from tag to tag. The parser has them at hand as it reads them.
   */
  element(el: Element, classes: string | undefined, id: string | undefined, attributeKeys: readonly string[], attributeCount = attributeKeys.length): void {
    this.all.push(el);
    if (classes) {
      this.classOwners.push(el);
      this.classLists.push(classes);
    }
    if (id) this.add(`#${id}`, el);
    for (let i = 0; i < attributeCount; i++) this.add(attributeKeys[i]!, el);
    const tagKey = wantedTags.get(el.name);
    if (tagKey) this.add(tagKey, el);
  }

  /**
   * Indexes the wanted classes of every class list, in one native regex scan of all the lists
   * joined by newlines (white space, so names never run together). LinkedIn puts a dozen long
   * classes on most elements; a scan per list cost a regex call per element, and splitting every
   * list was a tenth of the parser's garbage (hashing each name in a JavaScript loop instead took
   * twice the regex's time). Matches come in document order, and so do the lists they fill.
   */
  private classKeys(): void {
    if (wantedClasses.size === 0 || this.classLists.length === 0) return;
    const lists = this.classLists;
    const joined = lists.join('\n');
    const pattern = wantedClassPattern();
    pattern.lastIndex = 0;
    let owner = 0;
    let ownerEnd = (lists[0] as string).length; // where the owner's list ends in `joined`
    for (let m = pattern.exec(joined); m; m = pattern.exec(joined)) {
      // The end of a longer name ("xjobs-search"): the next name to match starts after it.
      if (m.index > 0 && !isSpaceCode(joined.charCodeAt(m.index - 1))) continue;
      while (m.index > ownerEnd) ownerEnd += 1 + (lists[++owner] as string).length;
      this.add(wantedClasses.get(m[0])!, this.classOwners[owner] as Element);
    }
  }

  /** Makes the index `$`'s: the document must be the one fed to `element`, whole and unchanged. */
  attachTo($: CheerioAPI): void {
    this.classKeys();
    ($ as Indexed)[INDEX] = { byKey: this.byKey, all: this.all, keysIndexed: this.keysIndexed };
  }
}

/** Indexes a finished document in one iterative walk (pages can nest deep: no recursion). */
function indexDocument($: CheerioAPI): void {
  const builder = new IndexBuilder();
  const stack: AnyNode[] = [...($.root()[0] as Document).children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    const attributeKeys = Object.keys(node.attribs).flatMap((name) => wantedAttributes.get(name) ?? []);
    builder.element(node, node.attribs.class, node.attribs.id, attributeKeys);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  builder.attachTo($);
}

/** The elements carrying `key`, in document order. */
function withKey(index: DocumentIndex, key: string): Element[] {
  let list = index.byKey.get(key);
  if (!list) {
    const name = key.slice(1);
    // Ids, and the keys wanted when the index was built, are indexed: absent means none.
    if (key[0] === '#' || (wantedKeys.get(key) ?? Infinity) < index.keysIndexed) list = [];
    else if (key[0] === '<') list = index.all.filter((el) => el.name === name);
    else if (key[0] === '[') list = index.all.filter((el) => name in el.attribs);
    else list = index.all.filter((el) => el.attribs.class !== undefined && hasClass(el.attribs.class, name));
    index.byKey.set(key, list);
  }
  return list;
}

/**
 * The index of `$`'s document, built on first use unless the parser built it. The parser never
 * changes a document after it queries it, so the index stays valid.
 */
function indexOf($: CheerioAPI): DocumentIndex {
  if (!($ as Indexed)[INDEX]) indexDocument($);
  return ($ as Indexed)[INDEX]!;
}

/** Every element of `$`'s document matching `selector`, in document order. */
export function elementsOf($: CheerioAPI, selector: string): Element[] {
  const { test, parts } = compiled(selector);
  const index = indexOf($);
  if (parts.length === 1) return candidates(index, parts[0]!).filter(test);
  const found = new Set<Element>();
  for (const part of parts) for (const el of candidates(index, part)) if (test(el)) found.add(el);
  return found.size ? index.all.filter((el) => found.has(el)) : [];
}

/**
 * Every element of `$`'s document, in document order (the index's list). For the rare reads that
 * look at elements by a name no selector indexes: a selector's tag or attribute would be indexed
 * in every page parsed after it was first used, a cost each load pays (load-bounded.ts).
 */
export function allElementsOf($: CheerioAPI): readonly Element[] {
  return indexOf($).all;
}

/** `el`'s place in its document's order (-1 when it is not in `$`'s document): to compare two elements. */
export function positionOf($: CheerioAPI, el: Element): number {
  return indexOf($).all.indexOf(el);
}

/** The first element of `$`'s document matching `selector`, or null. */
export function firstElementOf($: CheerioAPI, selector: string): Element | null {
  const { test, parts } = compiled(selector);
  if (parts.length === 1) return candidates(indexOf($), parts[0]!).find(test) ?? null;
  return elementsOf($, selector)[0] ?? null;
}

/** The first element of the document matching `selector` (an empty selection when none does). */
export function selectFirstOf($: CheerioAPI, selector: string): Cheerio<Element> {
  const found = firstElementOf($, selector);
  return $<Element, never>(found ? [found] : []);
}

/**
 * Elements under `scope` (not `scope` itself) matching `selector`, in document order: a small
 * subtree, walked. What css-select's `selectAll` gives over `scope.children`, without its set-up
 * per call (about half of reading LinkedIn's criteria list went to it).
 */
export function elementsIn(scope: Element, selector: string): Element[] {
  return descendantsOf([scope]).filter(compiled(selector).test);
}

/** Whether `ancestor` contains `node` (strictly). */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** `el` or its nearest ancestor matching `selector`, or null (cheerio's `closest`). */
export function closestMatch(el: Element, selector: string): Element | null {
  const { test } = compiled(selector);
  for (let node: AnyNode | null = el; node; node = node.parent) if (isTag(node) && test(node)) return node;
  return null;
}
