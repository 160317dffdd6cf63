/** Soft skills named in a posting ("communication", "teamwork"); kept apart from hard skills. */
import { KeyTable } from './key-table';
import { normIs, tokenize, type Tokens } from './tokenize';

const SOFT_SKILLS: ReadonlyArray<[string, readonly string[]]> = [
  ['communication', ['communication', 'communications', 'communicate']],
  ['teamwork', ['teamwork', 'team player', 'collaboration', 'collaborative']],
  ['problem solving', ['problem solving', 'problem-solving', 'problem solver']],
  ['leadership', ['leadership']],
  ['time management', ['time management']],
  ['organization', ['organizational', 'organization skills', 'well organized', 'organized']],
  ['attention to detail', ['attention to detail', 'detail oriented', 'detail-oriented']],
  ['analytical thinking', ['analytical']],
  ['interpersonal skills', ['interpersonal']],
  ['customer service', ['customer service']],
  ['adaptability', ['adaptability', 'adaptable', 'adapt to change']],
  ['critical thinking', ['critical thinking']],
  ['self-motivation', ['self-motivated', 'self motivated', 'self-starter']],
  ['multitasking', ['multitask', 'multi-task', 'multitasking']],
  ['mentoring', ['mentoring', 'mentor']],
];

interface Form {
  keys: string[];
  name: string;
}

/**
 * The forms by the id (in `firstKeys`) of their first key. A token is looked up by its id, which
 * `KeyTable` finds from the text without making the token's norm string.
 */
let firstKeys: KeyTable | null = null;
let formsByFirst: Form[][] = [];

function build(): void {
  const keys = new KeyTable(64);
  const forms: Form[][] = [];
  for (const [name, variants] of SOFT_SKILLS) {
    for (const variant of variants) {
      const formKeys = tokenize(variant).map((t) => t.norm);
      const first = formKeys[0];
      if (!first) continue;
      const id = keys.add(first);
      (forms[id] ??= []).push({ keys: formKeys, name });
    }
  }
  firstKeys = keys;
  formsByFirst = forms;
}

/** Soft skills in `tokens`, each once, in order of first mention. */
export function findSoftSkills(tokens: Tokens): string[] {
  if (!firstKeys) build();
  const keys = firstKeys as KeyTable;
  const found = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    const id = keys.idAt(tokens, i);
    if (id < 0) continue;
    for (const form of formsByFirst[id] as Form[]) {
      let all = true;
      for (let j = 1; j < form.keys.length && all; j++) all = normIs(tokens, i + j, form.keys[j] as string);
      if (all) found.add(form.name);
    }
  }
  return [...found];
}
