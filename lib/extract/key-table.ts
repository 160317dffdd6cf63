/**
 * A set of dictionary keys (lower-case token norms) that numbers each key and finds a token's
 * number straight from the text, without making the token's norm string.
 *
 * Why: looking a word up in a `Map<string, …>` needs the word as a string, so every word of a
 * posting was sliced out (and lower-cased when capitalised) only to be hashed by the Map, and most
 * of them are in no dictionary. Here the hash is computed over the text's char codes with A-Z
 * lower-cased on the fly, the table is probed by it (an empty slot, or a stored hash that differs,
 * rules a word out at once), and a candidate key is confirmed by comparing characters.
 *
 * Most words of a posting are no key, and a probe of the table (hundreds of KB) is a cache miss:
 * an 8 KB bit filter over the hashes is tested first and rules out nine words in ten of those.
 */
import { ASCII, normAt, normIs, type Tokens } from './tokenize';

/** The hash of a key (the same as `hashAt` gives a token whose norm is `key`). */
export function hashKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/** The hash of token `i`'s norm: the scan's for an ASCII token (`Tokens.hash`). */
export function hashAt(tokens: Tokens, i: number): number {
  return ((tokens.flags[i] as number) & ASCII) !== 0 ? (tokens.hash[i] as number) : hashKey(normAt(tokens, i));
}

const FILTER_MASK = (1 << 16) - 1;

/**
 * A bit filter over key hashes (8 KB): false from `has` means the key is surely not in the set.
 * Tested before a probe of the table, which is a cache miss for most words.
 */
export class KeyFilter {
  private readonly bits = new Uint32Array((FILTER_MASK + 1) >>> 5);

  add(h: number): void {
    this.bits[(h & FILTER_MASK) >>> 5] = (this.bits[(h & FILTER_MASK) >>> 5] as number) | (1 << (h & 31));
  }

  has(h: number): boolean {
    return ((this.bits[(h & FILTER_MASK) >>> 5] as number) & (1 << (h & 31))) !== 0;
  }
}

/** Spreads the hash's high bits into the low ones that pick the slot. */
const mix = (h: number): number => h ^ (h >>> 15);

export class KeyTable {
  /** Key strings by id. */
  readonly keys: string[] = [];
  /**
   * Two numbers per slot (open addressing, linear probing): the full hash of the key there,
   * compared before its characters are, and its id + 1, or 0 when the slot is empty. Side by side
   * so that a probe reads one cache line.
   */
  private slots: Int32Array;
  /** Slots - 1 (a power of two, less one). */
  private mask: number;
  /** The hashes of the keys. */
  private readonly filter = new KeyFilter();

  constructor(expected = 1024) {
    let size = 64;
    while (size < expected * 2) size *= 2; // at most half full: probes are short
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** The id of `key`, adding it when new. */
  add(key: string): number {
    const found = this.idOf(key);
    if (found >= 0) return found;
    if ((this.keys.length + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    const id = this.keys.length;
    this.keys.push(key);
    this.insert(id, hashKey(key));
    return id;
  }

  /** The id of `key`, or -1. */
  idOf(key: string): number {
    const h = hashKey(key);
    if (!this.filter.has(h)) return -1;
    const slots = this.slots;
    for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
      const id = (slots[2 * s + 1] as number) - 1;
      if (id < 0) return -1;
      if (slots[2 * s] === h && this.keys[id] === key) return id;
    }
  }

  /** The id of token `i`'s norm (see `normAt`), or -1; no string is made for an ASCII word. */
  idAt(tokens: Tokens, i: number): number {
    const flags = tokens.flags[i] as number;
    if ((flags & ASCII) === 0) return this.idOf(normAt(tokens, i));
    const h = tokens.hash[i] as number;
    if (!this.filter.has(h)) return -1;
    const slots = this.slots;
    for (let s = mix(h) & this.mask; ; s = (s + 1) & this.mask) {
      const id = (slots[2 * s + 1] as number) - 1;
      if (id < 0) return -1;
      if (slots[2 * s] === h && normIs(tokens, i, this.keys[id] as string)) return id;
    }
  }

  private insert(id: number, h: number): void {
    let s = mix(h) & this.mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = id + 1;
    this.filter.add(h);
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.keys.forEach((key, id) => this.insert(id, hashKey(key)));
  }
}
