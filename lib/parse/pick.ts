import type { CheerioAPI } from 'cheerio/slim';
import { none, type Sourced } from '../posting';
import { cleanText } from './normalize';
import { textContent } from 'domutils';
import { elementsOf } from './query';

/**
 * The text of the first selector that matches with non-empty text, with provenance
 * `selector:<name>[<index>]`, so a wrong value can be traced to the selector that gave it.
 */
export function pickText($: CheerioAPI, name: string, selectors: readonly string[]): Sourced<string> {
  for (let i = 0; i < selectors.length; i++) {
    for (const el of elementsOf($, selectors[i]!)) {
      const text = cleanText(textContent(el));
      if (text) return { value: text, source: `selector:${name}[${i}]` };
    }
  }
  return none();
}

/** The first strategy that found a value wins; the rest are not consulted. */
export function firstOf<T>(...candidates: Array<Sourced<T> | (() => Sourced<T>)>): Sourced<T> {
  for (const candidate of candidates) {
    const found = typeof candidate === 'function' ? candidate() : candidate;
    if (found.value !== null) return found;
  }
  return none();
}
