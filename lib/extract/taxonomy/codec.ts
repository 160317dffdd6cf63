import { TAXONOMY_CATEGORIES, type TaxonomyCategory, type TaxonomyEntry } from './types';

/**
 * The shipped taxonomy as one text (taxonomy.generated.ts), read when the service worker starts.
 *
 * Why: as ~6,300 object literals built through helpers and merged at start (merge.ts's sources),
 * the taxonomy was 394 KB of code, 114 KB gzip of the background's 250 KB budget, and evaluating it
 * took ~45 ms of every worker start (Chromium stops the worker after 30 s idle).
 *
 * One line per entry, its fields split by `^`: the category's index, the name, the aliases, and
 * last, when some forms are ambiguous, `~` and their indices among name and aliases (0 is the
 * name), split by commas. Not JSON, whose quotes and commas around each of the ~26,000 names were
 * 9 KB of the background's gzip (175 → 166 KB); `split` reads it as fast as `JSON.parse` read the
 * JSON (~18 ms cold in Node), and extraction over the names it gives is as fast (the dictionary's
 * keys are the tokenizer's slices of each name either way).
 *
 * A certification's "<form> certification" aliases, which the data's `c()` helper adds after the
 * written ones (helpers.ts), are left out and made again here: a fifth of the rows' text, and 7 KB
 * of the background's gzip. The category's index plus SUFFIXED marks such a row; a row whose
 * aliases do not end as `c()` ends them keeps all of them, so every entry decodes exactly.
 */

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

/** Characters no form may hold: the text's separators (a line break among the control characters), and what a template literal escapes. */
const UNSAFE = /[\^~"\\`$]|\p{Cc}/u;

export function encodeTaxonomy(entries: readonly TaxonomyEntry[]): string {
  const rows = entries.map((e): string => {
    if ((e.kind === 'certification') !== (e.category === 'certification')) throw new Error(`${e.name}: kind ${e.kind} with category ${e.category}`);
    const cut = e.kind === 'certification' ? suffixStart(e.name, e.aliases) : -1;
    const forms = [e.name, ...(cut < 0 ? e.aliases : e.aliases.slice(0, cut))];
    const unsafe = forms.find((form) => UNSAFE.test(form));
    if (unsafe !== undefined) throw new Error(`${e.name}: the form ${JSON.stringify(unsafe)} holds a character the encoding reserves`);
    const fields = [String(TAXONOMY_CATEGORIES.indexOf(e.category) + (cut < 0 ? 0 : SUFFIXED)), ...forms];
    if (e.ambiguous?.length) {
      const ambiguous = e.ambiguous.map((form) => forms.indexOf(form));
      if (ambiguous.includes(-1)) throw new Error(`${e.name}: an ambiguous form is neither its name nor an alias`);
      fields.push(`~${ambiguous.join(',')}`);
    }
    return fields.join('^');
  });
  return rows.join('\n');
}

export function decodeTaxonomy(text: string): TaxonomyEntry[] {
  return text.split('\n').map((line) => {
    const row = line.split('^');
    const last = row[row.length - 1] as string;
    const ambiguous = last.startsWith('~') ? last.slice(1).split(',').map(Number) : null;
    const forms = row.slice(1, ambiguous ? -1 : undefined);
    const code = Number(row[0]);
    const suffixed = code >= SUFFIXED;
    const category = TAXONOMY_CATEGORIES[code % SUFFIXED] as TaxonomyCategory;
    const name = forms[0] as string;
    const written = forms.slice(1);
    const aliases = suffixed ? [...written, ...suffixAliases(name, written)] : written;
    const entry: TaxonomyEntry = { name, kind: category === 'certification' ? 'certification' : 'skill', category, aliases };
    return ambiguous ? { ...entry, ambiguous: ambiguous.map((k) => forms[k] as string) } : entry;
  });
}
