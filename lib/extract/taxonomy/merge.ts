/**
 * The taxonomy's sources merged: the hand-checked core with the bulk list in `./data/`.
 * Core wins: a surface form (name or alias) claimed by a core entry is removed from bulk entries,
 * and a bulk entry whose name is a core surface form is folded into that core entry (its other
 * aliases join it). Generic areas (`GENERIC_TERMS`) are removed from bulk entries.
 *
 * Core wins whether a form needs context, too (`ambiguous`): a bulk list's mark on a form the core
 * owns is dropped. The bulk lists mark a name as ambiguous wherever it is also a common word in some
 * field ("Angular", "Flask", "Pandas", "Confluence", 25 forms); the core, written against postings,
 * calls those that matter in its own entries (Vim, CASP, Windows, SIP, PCI, each with its reason)
 * and leaves the rest plain, so they are found without a technical word beside them.
 */
import { CORE_TAXONOMY, GENERIC_TERMS } from './core';
import { EXTENDED_TAXONOMY } from './data/index';
import type { TaxonomyEntry } from './types';

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Merges `core` and `extended` by the rules above; pure, so tests can feed small lists. */
export function mergeTaxonomies(core: readonly TaxonomyEntry[], extended: readonly TaxonomyEntry[]): TaxonomyEntry[] {
  const generic = new Set(GENERIC_TERMS.map(key));
  const out: Array<{ name: string; kind: TaxonomyEntry['kind']; category: TaxonomyEntry['category']; aliases: string[]; ambiguous?: string[] }> = [];
  const owner = new Map<string, number>(); // surface key → index in out
  const claim = (surface: string, index: number): boolean => {
    const k = key(surface);
    if (!k || owner.has(k)) return false;
    owner.set(k, index);
    return true;
  };
  const add = (entry: TaxonomyEntry, dropGeneric: boolean): void => {
    const nameKey = key(entry.name);
    if (dropGeneric && generic.has(nameKey)) return;
    const existing = owner.get(nameKey);
    if (existing !== undefined) {
      // Same concept already known: fold the new spellings into the owner.
      const target = out[existing];
      if (!target) return;
      for (const alias of entry.aliases) {
        if (dropGeneric && generic.has(key(alias))) continue;
        if (claim(alias, existing)) {
          target.aliases.push(alias);
          if (entry.ambiguous?.includes(alias)) (target.ambiguous ??= []).push(alias);
        }
      }
      return;
    }
    const index = out.length;
    const item: (typeof out)[number] = { name: entry.name, kind: entry.kind, category: entry.category, aliases: [] };
    claim(entry.name, index);
    for (const alias of entry.aliases) {
      if (dropGeneric && generic.has(key(alias))) continue;
      if (claim(alias, index)) item.aliases.push(alias);
    }
    const ambiguous = entry.ambiguous?.filter((a) => key(a) === nameKey || item.aliases.includes(a));
    if (ambiguous && ambiguous.length > 0) item.ambiguous = ambiguous;
    out.push(item);
  };
  for (const entry of core) add(entry, false);
  for (const entry of extended) add(entry, true);
  return out;
}

/**
 * Every skill and certification the extractor knows, from the sources: what taxonomy.generated.ts
 * holds encoded (`npm run taxonomy` writes it; index.test.ts checks the two agree).
 */
export const SOURCE_TAXONOMY: readonly TaxonomyEntry[] = mergeTaxonomies(CORE_TAXONOMY, EXTENDED_TAXONOMY);
