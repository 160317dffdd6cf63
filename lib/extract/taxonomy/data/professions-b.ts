/**
 * Hand-curated named tools, standards and credentials of occupations outside software (part b):
 * see the groups below. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_B: readonly TaxonomyEntry[] = [];

// Kept for the constructors' imports until entries are added.
void c;
void s;
