import { TAXONOMY_CATEGORIES, type TaxonomyCategory, type TaxonomyEntry } from './types';

/**
 * The shipped taxonomy as one string (taxonomy.generated.ts), decoded when the service worker starts.
 *
 * Why: as ~6,300 object literals built through helpers and merged at start (index's sources), the
 * taxonomy was 394 KB of code, 114 KB gzip of the background's 250 KB budget, and evaluating it
 * took ~45 ms of every worker start (Chromium stops the worker after 30 s idle). As a string it is
 * 260 KB, ~100 KB gzip, and decodes in ~10 ms.
 *
 * Entries are joined by `^`; an entry's fields by `~`: name, category index, aliases (joined by
 * `` ` ``), ambiguous forms (indices into name + aliases, joined by `,`). An alias that is an earlier
 * form plus " certification" (what the certification helper adds) is `=` and that form's index.
 * None of these characters is in any name or alias (`encodeTaxonomy` checks).
 */
const ENTRY = '^';
const FIELD = '~';
const ALIAS = '`';
const SUFFIXED = '=';
const SUFFIX = ' certification';

const RESERVED = /[\^~`=]/;

export function encodeTaxonomy(entries: readonly TaxonomyEntry[]): string {
  return entries
    .map((e) => {
      const forms = [e.name, ...e.aliases];
      const bad = forms.find((f) => RESERVED.test(f));
      if (bad !== undefined) throw new Error(`taxonomy form ${JSON.stringify(bad)} holds a character the encoding reserves (^ ~ \` =)`);
      if ((e.kind === 'certification') !== (e.category === 'certification')) throw new Error(`${e.name}: kind ${e.kind} with category ${e.category}`);
      const aliases = e.aliases.map((alias, i) => {
        if (!alias.endsWith(SUFFIX)) return alias;
        const base = forms.indexOf(alias.slice(0, -SUFFIX.length));
        return base >= 0 && base <= i ? `${SUFFIXED}${base}` : alias;
      });
      const ambiguous = (e.ambiguous ?? []).map((form) => forms.indexOf(form));
      if (ambiguous.includes(-1)) throw new Error(`${e.name}: an ambiguous form is neither its name nor an alias`);
      return [e.name, TAXONOMY_CATEGORIES.indexOf(e.category), aliases.join(ALIAS), ambiguous.join(',')].join(FIELD);
    })
    .join(ENTRY);
}

export function decodeTaxonomy(encoded: string): TaxonomyEntry[] {
  const entries: TaxonomyEntry[] = [];
  for (const line of encoded.split(ENTRY)) {
    const [name = '', categoryIndex = '', aliasText = '', ambiguousText = ''] = line.split(FIELD);
    const forms = [name];
    const aliases: string[] = [];
    if (aliasText) {
      for (const written of aliasText.split(ALIAS)) {
        const alias = written.charCodeAt(0) === 61 /* = */ ? `${forms[Number(written.slice(1))]}${SUFFIX}` : written;
        aliases.push(alias);
        forms.push(alias);
      }
    }
    const category = TAXONOMY_CATEGORIES[Number(categoryIndex)] as TaxonomyCategory;
    const entry: TaxonomyEntry = { name, kind: category === 'certification' ? 'certification' : 'skill', category, aliases };
    entries.push(ambiguousText ? { ...entry, ambiguous: ambiguousText.split(',').map((k) => forms[Number(k)] as string) } : entry);
  }
  return entries;
}
