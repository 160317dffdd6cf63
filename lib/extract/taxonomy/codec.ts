import { TAXONOMY_CATEGORIES, type TaxonomyCategory, type TaxonomyEntry } from './types';

/**
 * The shipped taxonomy as JSON text (taxonomy.generated.ts), parsed when the service worker starts.
 *
 * Why: as ~6,300 object literals built through helpers and merged at start (merge.ts's sources),
 * the taxonomy was 394 KB of code, 114 KB gzip of the background's 250 KB budget, and evaluating it
 * took ~45 ms of every worker start (Chromium stops the worker after 30 s idle). As JSON it is
 * ~330 KB, ~102 KB gzip, and `JSON.parse` reads it in ~7 ms. JSON rather than a denser text split
 * by hand: `split` gives strings that point into the whole text, and names joined at runtime
 * ("A+" + " certification") are joins until read; dictionary matching over such strings was a
 * tenth slower than over the flat strings `JSON.parse` makes.
 *
 * One row per entry: the category's index, the name, the aliases, and last, when some forms are
 * ambiguous, their indices among name and aliases (0 is the name).
 */
type Row = Array<number | string | number[]>;

export function encodeTaxonomy(entries: readonly TaxonomyEntry[]): string {
  const rows = entries.map((e): Row => {
    if ((e.kind === 'certification') !== (e.category === 'certification')) throw new Error(`${e.name}: kind ${e.kind} with category ${e.category}`);
    const forms = [e.name, ...e.aliases];
    const row: Row = [TAXONOMY_CATEGORIES.indexOf(e.category), ...forms];
    if (e.ambiguous?.length) {
      const ambiguous = e.ambiguous.map((form) => forms.indexOf(form));
      if (ambiguous.includes(-1)) throw new Error(`${e.name}: an ambiguous form is neither its name nor an alias`);
      row.push(ambiguous);
    }
    return row;
  });
  return JSON.stringify(rows);
}

export function decodeTaxonomy(json: string): TaxonomyEntry[] {
  return (JSON.parse(json) as Row[]).map((row) => {
    const last = row[row.length - 1];
    const ambiguous = Array.isArray(last) ? last : null;
    const forms = row.slice(1, ambiguous ? -1 : undefined) as string[];
    const category = TAXONOMY_CATEGORIES[row[0] as number] as TaxonomyCategory;
    const entry: TaxonomyEntry = { name: forms[0] as string, kind: category === 'certification' ? 'certification' : 'skill', category, aliases: forms.slice(1) };
    return ambiguous ? { ...entry, ambiguous: ambiguous.map((k) => forms[k] as string) } : entry;
  });
}
