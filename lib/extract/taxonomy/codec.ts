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
 *
 * A certification's "<form> certification" aliases, which the data's `c()` helper adds after the
 * written ones (helpers.ts), are left out and made again here: a fifth of the rows' text, and 7 KB
 * of the background's gzip. The category's index plus SUFFIXED marks such a row; a row whose
 * aliases do not end as `c()` ends them keeps all of them, so every entry decodes exactly.
 */
type Row = Array<number | string | number[]>;

const SUFFIXED = 64;

/**
 * The aliases `c()` adds to a certification named `name` whose written aliases are `written`. Made
 * by `join`, which makes flat strings: a template literal's would be joins until read, and matching
 * over them made extraction a tenth slower (see above).
 */
function suffixAliases(name: string, written: readonly string[]): string[] {
  const extra: string[] = [];
  if (!/certifi|licen[cs]e|certificate/i.test(name)) extra.push([name, 'certification'].join(' '));
  for (const alias of written) if (!/\s/.test(alias) && !/certifi/i.test(alias)) extra.push([alias, 'certification'].join(' '));
  return extra;
}

/** Where the added aliases start, when `aliases` ends with exactly what `c()` adds; else -1. */
function suffixStart(name: string, aliases: readonly string[]): number {
  for (let p = aliases.length - 1; p >= 0; p--) {
    const extra = suffixAliases(name, aliases.slice(0, p));
    if (extra.length === aliases.length - p && extra.every((a, i) => a === aliases[p + i])) return p;
  }
  return -1;
}

export function encodeTaxonomy(entries: readonly TaxonomyEntry[]): string {
  const rows = entries.map((e): Row => {
    if ((e.kind === 'certification') !== (e.category === 'certification')) throw new Error(`${e.name}: kind ${e.kind} with category ${e.category}`);
    const cut = e.kind === 'certification' ? suffixStart(e.name, e.aliases) : -1;
    const forms = [e.name, ...(cut < 0 ? e.aliases : e.aliases.slice(0, cut))];
    const row: Row = [TAXONOMY_CATEGORIES.indexOf(e.category) + (cut < 0 ? 0 : SUFFIXED), ...forms];
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
    const suffixed = (row[0] as number) >= SUFFIXED;
    const category = TAXONOMY_CATEGORIES[(row[0] as number) % SUFFIXED] as TaxonomyCategory;
    const name = forms[0] as string;
    const written = forms.slice(1);
    const aliases = suffixed ? [...written, ...suffixAliases(name, written)] : written;
    const entry: TaxonomyEntry = { name, kind: category === 'certification' ? 'certification' : 'skill', category, aliases };
    return ambiguous ? { ...entry, ambiguous: ambiguous.map((k) => forms[k] as string) } : entry;
  });
}
