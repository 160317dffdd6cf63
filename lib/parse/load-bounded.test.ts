import type { AnyNode } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptureError } from '../capture-error';
import { loadBounded, MAX_DEPTH, MAX_OPEN_DEPTH } from './load-bounded';
import { parseFile } from './parse-file';

/** The deepest element of a loaded document (iterative: the trees here can be deep). */
function treeDepth(root: AnyNode): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') max = Math.max(max, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

/**
 * Markup whose nesting a guard reading the text before parsing got wrong (it replayed the parser's
 * rules and each missed rule let nesting through): each piece, repeated, nests one level per copy.
 */
const SLIPPERY = [
  '<div x="></div>">', // a ">" inside a quoted value
  '<!--><div>', // a comment htmlparser2 ends at once
  '<!---><div>',
  '<div><![CDATA[></div>]]>', // CDATA
  '<script/><div>', // a self-closed script is not raw text
  '<div><script></scriptx></div></script>', // "</script" must end the name
  '<div><xmp></div></xmp>', // xmp is raw text
  '<div></1</div>', // "</" then a non-letter: a bogus comment
  '<svg><foreignObject><div/>',
  '<li><p>x', // nesting only implied closes create
  '<div/>', // HTML opens it
];

describe('loadBounded', () => {
  it('keeps no comments, and the text on either side of one apart', () => {
    const $ = loadBounded('<p>Python<!---->SQL</p><!-- a note --><p>Go</p>');
    const p = $('p').first()[0]!;
    expect(p.children.map((c) => c.type)).toEqual(['text', 'text']);
    expect($.root().find('*').toArray().flatMap((el) => el.children).some((c) => c.type === 'comment')).toBe(false);
    expect($('p').last().text()).toBe('Go');
  });

  it.each(SLIPPERY)('refuses %j repeated past the bound, at once', (piece) => {
    const started = performance.now();
    expect(() => loadBounded(piece.repeat(MAX_OPEN_DEPTH + 10))).toThrow(CaptureError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each(SLIPPERY)('reads %j repeated 4,000 times (deep but under the bound) without a stack overflow', (piece) => {
    // A LinkedIn guest page whose title holds the nesting: reading the title's text walks it.
    const html = `<!doctype html><title>Engineer | Acme | LinkedIn</title><h1 class="top-card-layout__title">Engineer ${piece.repeat(4000)}</h1><div class="show-more-less-html__markup"><p>We need Python and 5+ years of experience.</p></div>`;
    expect(() => parseFile(html)).not.toThrow(RangeError);
  });

  it('flattens everything below MAX_DEPTH into text, whatever the markup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SLIPPERY, '<span>', '</span>', '<p>', 'text', '</div>'), { maxLength: 400 }), (pieces) => {
        const $ = loadBounded(pieces.join(''));
        expect(treeDepth($.root()[0]!)).toBeLessThanOrEqual(MAX_DEPTH + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts what never nests deep: a long unclosed list, void tags, markup in scripts and comments', () => {
    expect(() => loadBounded(`<ul>${'<li>item'.repeat(50_000)}</ul>`)).not.toThrow();
    expect(() => loadBounded(`<p>${'<br><img src=x>'.repeat(50_000)}</p>`)).not.toThrow();
    expect(() => loadBounded(`<script>${'<div>'.repeat(50_000)}</script><!--${'<div>'.repeat(50_000)}-->`)).not.toThrow();
  });

  it('reads a page nested just under the bound, with its text kept', () => {
    const $ = loadBounded(`<div id="d">${'<div>'.repeat(MAX_OPEN_DEPTH - 10)}deep text${'</div>'.repeat(MAX_OPEN_DEPTH - 10)}</div>`);
    expect($('#d').text()).toContain('deep text');
  });
});
