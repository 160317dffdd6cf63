import { describe, expect, it } from 'vitest';
import { parseTags } from './parse-tags';

describe('parseTags', () => {
  it('splits on commas, trims, drops empty and repeated tags', () => {
    expect(parseTags(' hot, remote ,, Hot,  dream   team ')).toEqual(['hot', 'remote', 'dream team']);
    expect(parseTags('')).toEqual([]);
  });
});
