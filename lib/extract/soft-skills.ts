/** Soft skills named in a posting ("communication", "teamwork"); kept apart from hard skills. */
import { tokenize, type Token } from './tokenize';

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

let index: Map<string, Array<{ keys: string[]; name: string }>> | null = null;
/**
 * Lengths of the index's first keys (bit `length`, capped at 31) by their first character (ASCII,
 * as every form is): a token whose first character and length start no form is skipped without a
 * Map lookup, which costs more on a fresh token string (the Map hashes it first).
 */
let lengthsByFirst: Uint32Array | null = null;

function build(): Map<string, Array<{ keys: string[]; name: string }>> {
  const map = new Map<string, Array<{ keys: string[]; name: string }>>();
  for (const [name, forms] of SOFT_SKILLS) {
    for (const form of forms) {
      const keys = tokenize(form).map((t) => t.norm);
      const first = keys[0];
      if (!first) continue;
      map.set(first, [...(map.get(first) ?? []), { keys, name }]);
    }
  }
  return map;
}

function lengthBits(keys: readonly string[]): Uint32Array {
  const bits = new Uint32Array(128);
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if (first < 128) bits[first] = (bits[first] as number) | (1 << Math.min(key.length, 31));
    else throw new Error(`soft skill form not ASCII: ${key}`); // the filter assumes ASCII forms
  }
  return bits;
}

/** Soft skills in `tokens`, each once, in order of first mention. */
export function findSoftSkills(tokens: readonly Token[]): string[] {
  index ??= build();
  lengthsByFirst ??= lengthBits([...index.keys()]);
  const found = new Set<string>();
  // Plain loops: this runs per token, and `?? []` made an empty array at each token that starts no
  // soft skill (nearly all of them).
  for (let i = 0; i < tokens.length; i++) {
    const norm = (tokens[i] as Token).norm;
    const first = norm.charCodeAt(0);
    if (!(first < 128 && ((lengthsByFirst[first] as number) & (1 << Math.min(norm.length, 31))) !== 0)) continue;
    const cands = index.get(norm);
    if (!cands) continue;
    for (const cand of cands) {
      let all = true;
      for (let j = 0; j < cand.keys.length && all; j++) all = tokens[i + j]?.norm === cand.keys[j];
      if (all) found.add(cand.name);
    }
  }
  return [...found];
}
