import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio/slim';
import { compile, selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FIXTURES, SHARED_FIXTURES } from '../../tests/fixtures/paths';
import * as sel from '../linkedin/selectors';
import { SITE_PROFILES } from '../sites/site-profiles';
import { loadBounded } from './load-bounded';
import { closestMatch, elementsIn, elementsOf, firstElementOf } from './query';

/** What css-select gives walking the whole document: the reference the index must agree with. */
const reference = ($: ReturnType<typeof load>, selector: string) => selectAll<AnyNode, Element>(selector, $.root().toArray());

const htmlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(dir, f), 'utf8'));
const pages = [...htmlIn(join(BUNDLED_FIXTURES, 'linkedin')), ...htmlIn(join(SHARED_FIXTURES, 'pages'))];

const selectorsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap((v) => (typeof v === 'string' ? [v] : [v.selector as string])) : [];
const productSelectors = [
  ...Object.values(sel).flatMap(selectorsOf),
  ...SITE_PROFILES.flatMap((p) => [...p.title, ...p.company, ...p.location, ...p.employmentType, ...p.description]),
  'script[type="application/ld+json"]',
  'link[rel=canonical]',
  'meta[property="og:url"]',
  'title',
];

/** Selector shapes the index treats differently: keys left and right, lists, siblings, pseudos, case. */
const shapes = [
  'div', 'p, li', '#job-details', '.a', 'div.a.b', '.A', '[class~=a]', '[class=a]', '[id=x]', '#x', '[data-x]',
  '[data-x] .a', '.a > p', '.a p', '.a + p', '.a ~ p', 'p:first-child', '.a:not(.b)', ':is(.a, .b) span',
  '.a, #x, p', '[data-x$="y"] [data-z]', 'ul li:last-child', 'div:has(> .a)', '*', '.a *', 'p.a, p.b',
  '[data-x!="y"]', '[data-x!="y"] p', '[id=""]', '[class~=""]', '.b[data-x!=ay]',
];

const tag = fc.constantFrom('div', 'p', 'span', 'li', 'ul', 'A');
const attrs = fc.record({
  class: fc.option(
    fc.tuple(fc.array(fc.constantFrom('a', 'b', 'A', 'c'), { maxLength: 3 }), fc.constantFrom(' ', '\n  ', '\u00a0', '\v', '\u2003', '\ufeff')).map(([names, gap]) => names.join(gap)),
    { nil: undefined },
  ),
  id: fc.option(fc.constantFrom('x', 'X', 'job-details', ''), { nil: undefined }),
  'data-x': fc.option(fc.constantFrom('', 'y', 'ay'), { nil: undefined }),
  'data-z': fc.option(fc.constant(''), { nil: undefined }),
});
const node: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(tag, attrs, depth > 1 ? fc.array(node(depth - 1), { maxLength: 4 }) : fc.constant([]), fc.constantFrom('', 'text'))
    .map(([t, a, children, text]) => {
      const attributes = Object.entries(a).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${v}"`).join('');
      return `<${t}${attributes}>${text}${children.join('')}</${t}>`;
    }),
);
/** Small documents mixing the tags, classes, ids and attributes the shapes name. */
const generatedDocument = node(4);

/** The index is built by a walk for a document parsed elsewhere, and by the parser in `loadBounded`. */
const loaders = [
  ['walked after load', (html: string) => load(html)],
  ['built while loadBounded parses', loadBounded],
] as const;

describe.each(loaders)('indexed selector queries, index %s', (_, loadPage) => {
  it('match exactly what css-select finds, in document order, for every product selector on every saved page', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const html of pages) {
      const $ = loadPage(html);
      for (const selector of productSelectors) {
        const expected = reference($, selector);
        expect(elementsOf($, selector), selector).toEqual(expected);
        expect(firstElementOf($, selector), selector).toBe(expected[0] ?? null);
      }
    }
  });

  it('read no class that ends with a wanted one ("xtopcard__title" is no "topcard__title")', () => {
    const $ = loadPage('<div class="xtopcard__title">A</div><div class="a-topcard__title topcard__title">B</div><p class="topcard__title">C</p>');
    expect(elementsOf($, '.topcard__title').map((el) => el.name)).toEqual(['div', 'p']);
    expect(elementsOf($, '.topcard__title')).toEqual(reference($, '.topcard__title'));
  });

  it('agree with css-select on generated documents, for selectors of every shape', () => {
    fc.assert(
      fc.property(generatedDocument, fc.constantFrom(...shapes), (html, selector) => {
        const $ = loadPage(html);
        expect(elementsOf($, selector)).toEqual(reference($, selector));
      }),
      { numRuns: 1500 },
    );
  });

  it("query inside a subtree as css-select's selectAll does with the compiled selector, on generated documents", () => {
    fc.assert(
      fc.property(generatedDocument, fc.constantFrom(...shapes), (html, selector) => {
        const $ = loadPage(html);
        for (const scope of elementsOf($, '*')) {
          // Compiled first, as the product does: ancestors outside the scope count too.
          expect(elementsIn(scope, selector)).toEqual(selectAll<AnyNode, Element>(compile<AnyNode, Element>(selector), scope.children));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scope queries to a subtree and find the closest ancestor as cheerio does', () => {
    const $ = loadPage('<div class="s"><p class="a"><span class="a">x</span></p></div><p class="a">y</p>');
    const [scope] = elementsOf($, '.s');
    expect(elementsIn(scope!, '.a').map((el) => el.name)).toEqual(['p', 'span']);
    expect(elementsIn(scope!, '.s')).toEqual([]); // the scope itself is not inside itself
    const span = elementsOf($, 'span')[0]!;
    expect(closestMatch(span, '.a')).toBe(span);
    expect(closestMatch(span, 'div')?.attribs.class).toBe('s');
    expect(closestMatch(span, 'ul')).toBeNull();
  });
});
