import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../export/csv';
import { allColumnsInOrder, move } from './column-order';

describe('allColumnsInOrder', () => {
  it('lists the chosen columns first, in their order, then every other one in the default order', () => {
    const all = allColumnsInOrder(['URL', 'Title']);
    expect(all.slice(0, 3)).toEqual(['URL', 'Title', 'Company']);
    expect([...all].sort()).toEqual(CSV_COLUMNS.map((c) => c.header).sort());
  });
});

describe('move', () => {
  it('swaps an item with its neighbour', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });
  it('leaves the ends in place', () => {
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
