import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable, hashAt, hashKey } from './key-table';
import { normAt, scanTokens } from './tokenize';

const word = fc.array(fc.constantFrom('a', 'b', 'C', 'z', '1', '+', '#', 'é', 'İ', '数'), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));

describe('KeyTable', () => {
  it('finds a token by its norm exactly as a Map of the norms would, with no string for ASCII words', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', ' - ', '/')), { maxLength: 40 }), (keys, pieces) => {
        // Small table: every probe sequence wraps and collides, and the table rehashes as it grows.
        const table = new KeyTable(1);
        const ids = new Map<string, number>();
        for (const raw of keys) {
          const key = raw.toLowerCase();
          const id = table.add(key);
          expect(ids.get(key) ?? id).toBe(id);
          ids.set(key, id);
        }
        const tokens = scanTokens(pieces.join(''));
        for (let i = 0; i < tokens.count; i++) {
          const norm = normAt(tokens, i);
          expect(table.idAt(tokens, i), norm).toBe(ids.get(norm) ?? -1);
          expect(hashAt(tokens, i)).toBe(hashKey(norm));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('tells apart keys whose hashes collide', () => {
    expect(hashKey('an')).toBe(hashKey('c0')); // 97·31 + 110 = 99·31 + 48
    const table = new KeyTable();
    const an = table.add('an');
    const tokens = scanTokens('C0 and An');
    expect([0, 1, 2].map((i) => table.idAt(tokens, i))).toEqual([-1, -1, an]);
    const c0 = table.add('c0');
    expect(c0).not.toBe(an);
    expect(table.idAt(tokens, 0)).toBe(c0);
  });
});
