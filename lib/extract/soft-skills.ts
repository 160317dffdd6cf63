/** Soft skills named in a posting ("communication", "teamwork"); kept apart from hard skills. */
import { KeyTable } from './key-table';
import { normIs, phraseKeys, WORD, type Tokens } from './tokenize';

/**
 * Each soft skill by its forms. Only multi-word or unambiguous forms: "creative" alone names teams
 * and software ("Adobe Creative Cloud"), "integrity" data, "resilience" systems, "flexibility"
 * schedules, so only "creativity", "creative thinking" and the like are listed. "Curiosity" is
 * left out: it is mostly the company's culture ("fosters creativity and curiosity").
 */
const SOFT_SKILLS: ReadonlyArray<[string, readonly string[]]> = [
  ['communication', ['communication', 'communications', 'communicate', 'communicator']],
  ['teamwork', ['teamwork', 'team player', 'collaboration', 'collaborative']],
  ['problem solving', ['problem solving', 'problem-solving', 'problem solver']],
  ['leadership', ['leadership']],
  ['time management', ['time management']],
  ['organization', ['organizational', 'organisational', 'organization skills', 'organisation skills', 'well organized', 'well organised', 'organized', 'organised']],
  ['attention to detail', ['attention to detail', 'detail oriented', 'detail-oriented']],
  ['analytical thinking', ['analytical']],
  ['interpersonal skills', ['interpersonal']],
  ['customer service', ['customer service']],
  ['adaptability', ['adaptability', 'adaptable', 'adapt to change']],
  ['critical thinking', ['critical thinking']],
  ['self-motivation', ['self-motivated', 'self motivated', 'self-starter']],
  ['multitasking', ['multitask', 'multi-task', 'multitasking']],
  ['mentoring', ['mentoring', 'mentor']],
  ['negotiation', ['negotiation', 'negotiating']],
  ['presentation skills', ['presentation skills', 'presenting skills', 'public speaking', 'presentation']],
  ['stakeholder management', ['stakeholder management', 'stakeholder engagement', 'managing stakeholders']],
  ['accountability', ['accountability']],
  ['creativity', ['creativity', 'creative thinking']],
  ['empathy', ['empathy', 'empathetic', 'empathic']],
  ['work ethic', ['work ethic']],
  ['emotional intelligence', ['emotional intelligence']],
  ['conflict resolution', ['conflict resolution', 'conflict management']],
  ['decision making', ['decision making']],
  ['relationship building', ['relationship building', 'build relationships', 'building relationships']],
  ['active listening', ['active listening', 'listening skills']],
  ['prioritization', ['prioritization', 'prioritisation']],
];

/**
 * Forms that name something else next to certain words (whole tokens): "leadership" after "to",
 * "with", "for", "senior", "executive" or before "team" is the company's leaders ("present to
 * leadership", "the leadership team", "work with leadership"), not the skill; "creativity" after
 * "fosters", "encourages", "celebrates" is the company's culture, not a requirement.
 */
const NOT_AFTER: Readonly<Record<string, readonly string[]>> = {
  leadership: ['to', 'with', 'for', 'senior', 'executive', 'company', 'our'],
  creativity: ['foster', 'fosters', 'fostering', 'encourage', 'encourages', 'encouraging', 'celebrate', 'celebrates', 'inspire', 'inspires', 'values', 'our'],
};
const NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  leadership: ['team', 'teams', 'group', 'meetings', 'members'],
};

/**
 * Forms that name the skill only as the first of a pair or list ending in "skills": "presentation
 * and negotiation skills", "presentation, writing and analytical skills". Alone, "presentation"
 * is mostly a deliverable ("prepare a presentation").
 */
const IN_SKILLS_LIST = new Set(['presentation']);

/** Tokens that join the names of a list: "and", "or", "&", ",", "/". */
const JOINERS = ['and', 'or', '&', ',', '/'];

/**
 * Whether the list from token `i` on ("and negotiation skills", ", writing and analytical
 * skills") ends in "skills" within a few words, all joined by JOINERS.
 */
function endsInSkills(tokens: Tokens, i: number): boolean {
  if (!nextTo(tokens, i, JOINERS)) return false;
  for (let j = i + 1; j < i + 7 && j < tokens.count; j++) {
    if (normIs(tokens, j, 'skills')) return true;
    if (((tokens.flags[j] as number) & WORD) === 0 && !nextTo(tokens, j, JOINERS)) return false;
  }
  return false;
}

interface Form {
  keys: string[];
  name: string;
  /** Words before or after the form that make it something else (`NOT_AFTER`, `NOT_BEFORE`). */
  notAfter: readonly string[];
  notBefore: readonly string[];
  /** IN_SKILLS_LIST: only as the first name of a list ending in "skills". */
  inList: boolean;
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
      const formKeys = phraseKeys(variant);
      const first = formKeys[0];
      if (!first) continue;
      const id = keys.add(first);
      (forms[id] ??= []).push({ keys: formKeys, name, notAfter: NOT_AFTER[variant] ?? [], notBefore: NOT_BEFORE[variant] ?? [], inList: IN_SKILLS_LIST.has(variant) });
    }
  }
  firstKeys = keys;
  formsByFirst = forms;
}

/** Whether token `i` (if any) is one of `words`. */
function nextTo(tokens: Tokens, i: number, words: readonly string[]): boolean {
  for (const w of words) if (normIs(tokens, i, w)) return true;
  return false;
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
      if (!all || nextTo(tokens, i - 1, form.notAfter) || nextTo(tokens, i + form.keys.length, form.notBefore)) continue;
      if (!form.inList || endsInSkills(tokens, i + form.keys.length)) found.add(form.name);
    }
  }
  return [...found];
}
