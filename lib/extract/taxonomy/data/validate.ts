/**
 * Integrity checks for taxonomy data, shared by scripts/build-taxonomy.ts and the vitest suite.
 * Returns human-readable problems; an empty list means the data is clean.
 */
import { TAXONOMY_CATEGORIES, type TaxonomyEntry } from '../types';
import { surfaceKey } from './helpers';

export const MIN_SKILLS = 1600;
export const MIN_CERTIFICATIONS = 230;

export function validateTaxonomy(entries: readonly TaxonomyEntry[]): string[] {
  const problems: string[] = [];
  const categories = new Set<string>(TAXONOMY_CATEGORIES);
  /** surface key -> name of the entry that owns it */
  const owner = new Map<string, string>();
  const names = new Set<string>();

  const checkString = (where: string, value: string): void => {
    if (value.length === 0) problems.push(`${where}: empty string`);
    else if (value.trim() !== value) problems.push(`${where}: leading/trailing whitespace in "${value}"`);
    else if (/\s{2,}/.test(value)) problems.push(`${where}: double whitespace in "${value}"`);
    else if (surfaceKey(value).length === 0) problems.push(`${where}: "${value}" has no letters or digits`);
  };

  for (const entry of entries) {
    const where = `"${entry.name}"`;
    checkString(`${where} name`, entry.name);
    if (!categories.has(entry.category)) problems.push(`${where}: invalid category "${entry.category}"`);
    if (entry.kind !== 'skill' && entry.kind !== 'certification') problems.push(`${where}: invalid kind`);
    if (entry.kind === 'certification' && entry.category !== 'certification') {
      problems.push(`${where}: certification must use category "certification"`);
    }
    if (entry.kind === 'skill' && entry.category === 'certification') {
      problems.push(`${where}: skill cannot use category "certification"`);
    }
    const lowerName = entry.name.toLowerCase();
    if (names.has(lowerName)) problems.push(`${where}: duplicate canonical name`);
    names.add(lowerName);

    const forms = [entry.name, ...entry.aliases];
    const own = new Set<string>();
    for (const alias of entry.aliases) {
      checkString(`${where} alias`, alias);
      if (alias.toLowerCase() === lowerName) problems.push(`${where}: alias repeats the name`);
    }
    for (const form of forms) {
      const key = surfaceKey(form);
      if (key.length === 0) continue;
      const prev = owner.get(key);
      if (prev !== undefined && prev !== entry.name) {
        problems.push(`${where}: surface form "${form}" already belongs to "${prev}"`);
      }
      if (prev === undefined) owner.set(key, entry.name);
      own.add(form);
    }
    for (const amb of entry.ambiguous ?? []) {
      checkString(`${where} ambiguous`, amb);
      if (!own.has(amb)) problems.push(`${where}: ambiguous form "${amb}" is not its name or an alias`);
    }
  }
  return problems;
}

export interface TaxonomyCounts {
  skills: number;
  certifications: number;
  aliases: number;
  ambiguousForms: number;
  byCategory: Record<string, number>;
}

export function countTaxonomy(entries: readonly TaxonomyEntry[]): TaxonomyCounts {
  const byCategory: Record<string, number> = {};
  let skills = 0;
  let certifications = 0;
  let aliases = 0;
  let ambiguousForms = 0;
  for (const entry of entries) {
    if (entry.kind === 'skill') skills++;
    else certifications++;
    aliases += entry.aliases.length;
    ambiguousForms += entry.ambiguous?.length ?? 0;
    byCategory[entry.category] = (byCategory[entry.category] ?? 0) + 1;
  }
  return { skills, certifications, aliases, ambiguousForms, byCategory };
}
