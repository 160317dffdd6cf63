/**
 * The taxonomy the matcher uses: the hand-checked core merged with the bulk list in `./data/`
 * (merge.ts), shipped encoded (codec.ts) so the service worker does not build and merge ~6,300
 * entries each time it starts.
 */
import { decodeTaxonomy } from './codec';
import { ENCODED_TAXONOMY } from './taxonomy.generated';
import type { TaxonomyEntry } from './types';

/** Every skill and certification the extractor knows. */
export const TAXONOMY: readonly TaxonomyEntry[] = decodeTaxonomy(ENCODED_TAXONOMY);
