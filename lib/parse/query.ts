import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import { compile, selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

/**
 * Selector queries with each selector compiled once. cheerio compiles a selector string on every
 * `$(selector)`, which was most of the parse time on a 30 KB job region (tens of queries per job);
 * the selector lists in lib/linkedin/selectors.ts are fixed, so compiling them once is safe.
 */
const compiled = new Map<string, ReturnType<typeof compile<AnyNode, Element>>>();

function query(selector: string) {
  let q = compiled.get(selector);
  if (!q) {
    q = compile<AnyNode, Element>(selector);
    compiled.set(selector, q);
  }
  return q;
}

/** Every element of the document matching `selector`, as a cheerio selection. */
export function selectAllOf($: CheerioAPI, selector: string): Cheerio<Element> {
  return $<Element, never>(selectAll<AnyNode, Element>(query(selector), $.root().toArray()));
}

/** The first element of the document matching `selector` (an empty selection when none does). */
export function selectFirstOf($: CheerioAPI, selector: string): Cheerio<Element> {
  const found = selectOne<AnyNode, Element>(query(selector), $.root().toArray());
  return $<Element, never>(found ? [found] : []);
}
