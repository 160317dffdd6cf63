import { useEffect, useState } from 'react';
import type { TaxonomyEntry } from '@/lib/extract/taxonomy/types';

let loaded: readonly TaxonomyEntry[] | null = null;
let loading: Promise<readonly TaxonomyEntry[]> | null = null;

/**
 * The skills taxonomy, loaded on first use (null until then). Only the sourcing search reads it
 * (each skill's other spellings), and it is a third of the dashboard's code: a chunk of its own
 * keeps it out of the dashboard's first paint.
 */
export function useTaxonomy(): readonly TaxonomyEntry[] | null {
  const [taxonomy, setTaxonomy] = useState(loaded);
  useEffect(() => {
    if (taxonomy) return;
    let live = true;
    loading ??= import('@/lib/extract/taxonomy/index').then((m) => (loaded = m.TAXONOMY));
    void loading.then((t) => {
      if (live) setTaxonomy(t);
    });
    return () => {
      live = false;
    };
  }, [taxonomy]);
  return taxonomy;
}
