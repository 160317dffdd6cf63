import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptureError } from '../capture-error';
import { loadBounded, MAX_OPEN_DEPTH, openDepth } from './load-bounded';

/** The deepest element of htmlparser2's tree for `html` (iterative: the trees here can be deep). */
function treeDepth(html: string): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = load(html).root().children().toArray().map((n) => [n, 1]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    max = Math.max(max, depth);
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

describe('openDepth: the parser stack depth, before parsing', () => {
  it('equals the depth of the tree htmlparser2 builds, on generated tag soup', () => {
    const piece = fc.constantFrom(
      '<div>', '</div>', '<p>', '</p>', '<li>', '</li>', '<ul>', '</ul>', '<span>', '</span>', '<b>', '<i>', '</b>',
      '<td>', '<tr>', '<table>', '</table>', '<tbody>', '<dd>', '<dt>', '<option>', '<select>', '<h2>', '<br>', '<img src=x>',
      '<div/>', '<br/>', '<!-- <div> -->', '<script>"<div><div>"</script>', '<style>a>b{}</style>', '<svg><path/><g/></svg>',
      'text', ' ', '<DIV class="a">', '</DIV>', '<colgroup>', '<input>', '<textarea><b></textarea>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), (html) => {
        expect(openDepth(html)).toBe(treeDepth(html));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts nesting that only implied closes create, which a count of tags missed', () => {
    expect(openDepth('<li><p>x'.repeat(1000))).toBe(2000);
    expect(openDepth('<div/>'.repeat(1000))).toBe(1000);
    expect(openDepth('<colgroup>'.repeat(1000))).toBe(1000);
  });

  it('does not count what never nests: an unclosed list, void tags, markup inside scripts and comments', () => {
    expect(openDepth(`<ul>${'<li>item'.repeat(50_000)}</ul>`)).toBe(2);
    expect(openDepth(`<p>${'<br><img src=x>'.repeat(50_000)}</p>`)).toBe(2);
    expect(openDepth(`<script>${'<div>'.repeat(50_000)}</script><!--${'<div>'.repeat(50_000)}-->`)).toBe(1);
  });
});

describe('loadBounded', () => {
  it('refuses markup nesting past the bound at once, and reads a deep but bounded page', () => {
    const started = performance.now();
    expect(() => loadBounded('<li><p>x'.repeat(200_000))).toThrow(CaptureError);
    expect(performance.now() - started).toBeLessThan(1000);
    const $ = loadBounded(`<div id="d">${'<div>'.repeat(MAX_OPEN_DEPTH - 10)}deep text${'</div>'.repeat(MAX_OPEN_DEPTH - 10)}</div>`);
    expect($('#d').text()).toContain('deep text');
  });
});
