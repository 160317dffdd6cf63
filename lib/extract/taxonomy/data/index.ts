/**
 * The extended skills/certifications taxonomy: hand-curated domain modules plus programming
 * languages generated from GitHub Linguist (see ../SOURCES.md). Data only.
 */
import type { TaxonomyEntry } from '../types';
import { CURATED_TAXONOMY } from './curated';
import { GENERATED_LANGUAGES } from './languages.generated';

export const EXTENDED_TAXONOMY: readonly TaxonomyEntry[] = [...CURATED_TAXONOMY, ...GENERATED_LANGUAGES];

export { CURATED_TAXONOMY, CURATED_SKILLS, CURATED_CERTIFICATIONS } from './curated';
export { GENERATED_LANGUAGES } from './languages.generated';
