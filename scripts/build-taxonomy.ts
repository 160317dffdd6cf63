/**
 * Builds lib/extract/taxonomy/data/languages.generated.ts from the `linguist-languages` package
 * (GitHub Linguist's language list, MIT), validates the whole extended taxonomy, and writes what
 * ships: lib/extract/taxonomy/taxonomy.generated.ts, the merged taxonomy encoded (codec.ts).
 *
 *   npm run taxonomy                 # regenerate + validate (after editing any taxonomy source)
 *   npm run taxonomy -- --check      # validate only, and check the shipped file is current (exit 1 on problems)
 *
 * Only Linguist entries of type "programming" are used. Languages already covered by the
 * hand-curated modules (same name or alias, compared with the scorer's normalisation) are skipped,
 * so curated entries always win; aliases that collide are dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as linguist from 'linguist-languages';
import type { TaxonomyEntry } from '../lib/extract/taxonomy/types';
import { encodeTaxonomy } from '../lib/extract/taxonomy/codec';
import { CURATED_TAXONOMY } from '../lib/extract/taxonomy/data/curated';
import { surfaceKey } from '../lib/extract/taxonomy/data/helpers';
import {
  MIN_CERTIFICATIONS,
  MIN_SKILLS,
  countTaxonomy,
  validateTaxonomy,
} from '../lib/extract/taxonomy/data/validate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'lib/extract/taxonomy/data/languages.generated.ts');
const ENCODED_OUT = resolve(ROOT, 'lib/extract/taxonomy/taxonomy.generated.ts');

/**
 * Linguist "programming" entries that are not languages a job posting names: file formats and
 * sessions, literate/template variants, joke languages, and obscure languages whose name is an
 * everyday word or a common acronym (a false positive would cost more than the rare true hit).
 */
const EXCLUDE = new Set([
  // file types, sessions, variants
  'Alpine Abuild', 'BibTeX Style', 'C2hs Haskell', 'Csound Document', 'Csound Score', 'Dockerfile',
  'Elvish Transcript', 'Filebench WML', 'Filterscript', 'Fortran Free Form', 'GCC Machine Description',
  'Gentoo Ebuild', 'Gentoo Eclass', 'Glimmer JS', 'Glimmer TS', 'Isabelle ROOT', 'JavaScript+ERB',
  'Jison Lex', 'Julia REPL', 'Linker Script', 'Literate Agda', 'Literate CoffeeScript',
  'Literate Haskell', 'NetLinx+ERB', 'OpenRC runscript', 'Procfile', 'Python console', 'ShellSession',
  'Shell', 'Tree-sitter Query', 'Unix Assembly', 'Parrot Assembly', 'Parrot Internal Representation',
  'Visual Basic 6.0', 'Mathematical Programming System', 'Module Management System', 'Linear Programming',
  'Witcher Script', 'KoLmafia ASH', 'mcfunction', 'TI Program', 'Apollo Guidance Computer',
  // joke / esoteric
  'Brainfuck', 'LOLCODE', 'Omgrofl', 'Dogescript', 'Befunge', 'HolyC', 'Redcode',
  // clash with a better-known product, standard or acronym
  'Sage', 'M', 'ZAP', 'ZIL', 'Pep8', 'RPC', 'SMT', 'ATS', 'DM', 'EQ', 'Lean', 'Metal', 'Quake', 'Nu',
  'nesC', // the NESC, National Electrical Safety Code, in every utility posting
  'B', 'E', // "Approved Documents B and M", an E-2 visa
  // obscure languages named with an everyday English word
  'Arc', 'Boo', 'Clean', 'Click', 'Clue', 'Cool', 'Charity', 'Curry', 'Dune', 'Factor', 'Fancy',
  'Fluent', 'Genie', 'Glyph', 'Grace', 'Ink', 'Just', 'Limbo', 'Lobster', 'Logos', 'Max', 'Mint',
  'Monkey', 'Move', 'Nasal', 'Nickel', 'Nit', 'Opal', 'Pan', 'Pawn', 'Polar', 'Pony', 'Quint', 'Red',
  'Ring', 'Rouge', 'Sail', 'Scenic', 'Self', 'Sieve', 'Singularity', 'Slang', 'Slash', 'Slice',
  'Squirrel', 'Sway', 'Tact', 'Talon', 'Tape', 'Teal', 'Terra', 'Turing', 'Uno', 'Verse', 'Volt',
  'wisp', 'Beef', 'Berry', 'Hare', 'Leo', 'Noir', 'Flix', 'Harbour',
]);

/** Kept, but the name is an everyday word, a first name or place, or an acronym with other senses. */
const AMBIGUOUS = new Set([
  'Alloy', 'ASL', 'Asymptote', 'Ballerina', 'Bison', 'Boogie', 'Cadence', 'Cairo', 'Carbon', 'Ceylon',
  'Chapel', 'ChucK', 'Clarion', 'Clarity', 'CLIPS', 'CUE', 'Dylan', 'Eiffel', 'Euphoria', 'F*', 'Faust',
  'fish', 'Forth', 'GAP', 'Gleam', 'HIP', 'Hurl', 'Isabelle', 'Jai', 'Janet', 'Jasmin', 'Jolie', 'Lasso',
  'Lex', 'Luau', 'Mako', 'Mercury', 'Oberon', 'Odin', 'Opa', 'Ox', 'Papyrus', 'Parrot', 'Pike',
  'Processing', 'Rascal', 'Reason', 'Roc', 'Smithy', 'TLA', 'TSX', 'Wren', 'X10', 'Vala', 'Fennel',
]);

/** Linguist alias ids that are everyday words or too generic to use as surface forms. */
const ALIAS_BLOCKLIST = new Set([
  'console', 'node', 'progress', 'coffee', 'flex', 'squeak', 'rake', 'emacs', 'make', 'cask', 'eask',
  'batch', 'bash', 'posh', 'apples', 'carto', 'igor', 'mumps', 'terraform', 'opentofu', 'cucumber',
  'delphi', 'octave', 'wolfram', 'mathematica', 'foxpro', 'clipper', 'advpl', 'live-script', 'nvim',
]);

interface LinguistLanguage {
  name: string;
  type: string;
  aliases?: readonly string[];
}

function isShort(name: string): boolean {
  return name.replace(/[^\p{L}\p{N}]/gu, '').length <= 2;
}

export function buildGeneratedLanguages(curated: readonly TaxonomyEntry[]): TaxonomyEntry[] {
  const taken = new Set<string>();
  for (const entry of curated) {
    for (const form of [entry.name, ...entry.aliases]) taken.add(surfaceKey(form));
  }
  const languages = (Object.values(linguist) as unknown as LinguistLanguage[])
    .filter((lang) => lang.type === 'programming' && !EXCLUDE.has(lang.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const out: TaxonomyEntry[] = [];
  for (const lang of languages) {
    const nameKey = surfaceKey(lang.name);
    if (nameKey.length === 0 || taken.has(nameKey)) continue;
    const aliasesOfLang = lang.aliases ?? [];
    // Skip a language when any of its aliases names a curated entry (e.g. "Wolfram Language").
    if (aliasesOfLang.some((a) => taken.has(surfaceKey(a)) && surfaceKey(a) !== nameKey && a.length >= 6)) {
      continue;
    }
    taken.add(nameKey);
    const aliases: string[] = [];
    for (const alias of aliasesOfLang) {
      const key = surfaceKey(alias);
      if (alias.length < 4 || ALIAS_BLOCKLIST.has(alias.toLowerCase())) continue;
      if (key.length === 0 || taken.has(key)) continue;
      taken.add(key);
      aliases.push(alias);
    }
    const entry: TaxonomyEntry = { name: lang.name, kind: 'skill', category: 'language', aliases };
    out.push(AMBIGUOUS.has(lang.name) || isShort(lang.name) ? { ...entry, ambiguous: [lang.name] } : entry);
  }
  return out;
}

function render(entries: readonly TaxonomyEntry[], version: string): string {
  const q = (s: string): string => JSON.stringify(s);
  const lines = entries.map((e) => {
    const aliases = `[${e.aliases.map(q).join(', ')}]`;
    const amb = e.ambiguous ? `, ambiguous: [${e.ambiguous.map(q).join(', ')}]` : '';
    return `  { name: ${q(e.name)}, kind: 'skill', category: 'language', aliases: ${aliases}${amb} },`;
  });
  return [
    '/**',
    ` * GENERATED by scripts/build-taxonomy.ts from linguist-languages@${version} (GitHub Linguist`,
    ' * language list, MIT licence). Do not edit by hand: edit the script and re-run',
    ' * `npx tsx scripts/build-taxonomy.ts`. Languages covered by hand-curated modules are omitted.',
    ' */',
    "import type { TaxonomyEntry } from '../types';",
    '',
    'export const GENERATED_LANGUAGES: readonly TaxonomyEntry[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}

/** taxonomy.generated.ts: the merged taxonomy as one string (codec.ts). */
function renderEncoded(encoded: string, count: number): string {
  return [
    '/**',
    ` * GENERATED by scripts/build-taxonomy.ts (\`npm run taxonomy\`): the ${count} entries of merge.ts's`,
    ' * SOURCE_TAXONOMY, encoded by codec.ts. Do not edit by hand: edit the sources, then re-run.',
    ' */',
    // A template literal: its lines are the rows (codec.ts keeps out what it would escape).
    `export const ENCODED_TAXONOMY = \`${encoded}\`;`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  if (!checkOnly) {
    const pkg = JSON.parse(
      readFileSync(resolve(ROOT, 'node_modules/linguist-languages/package.json'), 'utf8'),
    ) as { version: string };
    const generated = buildGeneratedLanguages(CURATED_TAXONOMY);
    writeFileSync(OUT, render(generated, pkg.version));
    console.log(`wrote ${generated.length} languages to ${OUT}`);
  }
  // Import after writing so the check sees the fresh file.
  const { EXTENDED_TAXONOMY } = (await import(
    `../lib/extract/taxonomy/data/index.ts?t=${Date.now()}`
  )) as { EXTENDED_TAXONOMY: readonly TaxonomyEntry[] };
  const problems = validateTaxonomy(EXTENDED_TAXONOMY);
  const counts = countTaxonomy(EXTENDED_TAXONOMY);
  if (counts.skills < MIN_SKILLS) problems.push(`only ${counts.skills} skills (< ${MIN_SKILLS})`);
  if (counts.certifications < MIN_CERTIFICATIONS) {
    problems.push(`only ${counts.certifications} certifications (< ${MIN_CERTIFICATIONS})`);
  }
  console.log(JSON.stringify(counts, null, 2));
  // The shipped form: the merged taxonomy encoded (codec.ts), which the service worker decodes.
  const { SOURCE_TAXONOMY } = (await import(`../lib/extract/taxonomy/merge.ts?t=${Date.now()}`)) as {
    SOURCE_TAXONOMY: readonly TaxonomyEntry[];
  };
  const encoded = renderEncoded(encodeTaxonomy(SOURCE_TAXONOMY), SOURCE_TAXONOMY.length);
  if (checkOnly) {
    if (readFileSync(ENCODED_OUT, 'utf8') !== encoded) problems.push(`${ENCODED_OUT} is stale: run npm run taxonomy`);
  } else {
    writeFileSync(ENCODED_OUT, encoded);
    console.log(`wrote ${SOURCE_TAXONOMY.length} entries, encoded, to ${ENCODED_OUT}`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`PROBLEM: ${p}`);
    process.exitCode = 1;
  } else {
    console.log('taxonomy OK');
  }
}

await main();
