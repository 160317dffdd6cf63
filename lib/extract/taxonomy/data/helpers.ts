/**
 * Small constructors that keep the hand-curated data files compact (one entry per line).
 * Data only: no matching logic lives here.
 */
import type { TaxonomyCategory, TaxonomyEntry } from '../types';

/** Removes exact (case-insensitive) duplicates and forms equal to the name; keeps first spelling. */
function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set<string>([name.toLowerCase()]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/**
 * A skill. `ambiguous`: `true` marks the canonical name itself; a list names the exact surface
 * forms (name or aliases) that are ordinary English words/letters and need technical context.
 */
export function s(
  name: string,
  category: Exclude<TaxonomyCategory, 'certification'>,
  aliases: readonly string[] = [],
  ambiguous?: readonly string[] | true,
): TaxonomyEntry {
  const entry: TaxonomyEntry = { name, kind: 'skill', category, aliases: cleanAliases(name, aliases) };
  if (ambiguous === true) return { ...entry, ambiguous: [name] };
  if (ambiguous && ambiguous.length > 0) return { ...entry, ambiguous };
  return entry;
}

/**
 * A certification. Adds "<name> certification" and, for each single-token alias (acronyms such as
 * "A+", "CCNA"), "<alias> certification" as further aliases.
 */
export function c(
  name: string,
  aliases: readonly string[] = [],
  ambiguous?: readonly string[] | true,
): TaxonomyEntry {
  const extra: string[] = [];
  if (!/certifi|licen[cs]e|certificate/i.test(name)) extra.push(`${name} certification`);
  for (const alias of aliases) {
    if (!/\s/.test(alias) && !/certifi/i.test(alias)) extra.push(`${alias} certification`);
  }
  const entry: TaxonomyEntry = {
    name,
    kind: 'certification',
    category: 'certification',
    aliases: cleanAliases(name, [...aliases, ...extra]),
  };
  if (ambiguous === true) return { ...entry, ambiguous: [name] };
  if (ambiguous && ambiguous.length > 0) return { ...entry, ambiguous };
  return entry;
}

/**
 * Comparison key for uniqueness checks: lower-case, keep only letters, digits, "+" and "#" (the same
 * normalisation the gold scorer applies), so "Vue.js" and "VueJS" count as the same surface form.
 */
export function surfaceKey(form: string): string {
  return form.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
}
