/**
 * Credentials named by their title and their acronym together, read by that shape rather than a
 * dictionary: "Certified Revenue Cycle Specialist (CRCS)", "Chartered Engineer (CEng)", "State
 * Registered Barber (SRB)", "CRCS (Certified Revenue Cycle Specialist)". Every field has credentials
 * no dictionary lists, and postings write most of them this way once. The acronym spells the
 * initials of the title's capitalised words (small words left out), and the title holds a word that
 * makes it a credential ("Certified", "Registered", "Chartered", "Licensed", "Accredited",
 * "Certificate", "Certification", "Credential", "Qualification"): "Electronic Health Record (EHR)"
 * is none. A title ending in an organisation's noun names a body ("Certified Community Behavioral
 * Health Clinic (CCBHC)"). Named by the acronym, as labellers and recruiters name them, with the
 * title as alias.
 */
import type { CredentialMatch } from './state-licenses';

/** A parenthesis on one line: an acronym, or a title glossing the acronym before it. */
const PARENTHESIS = /\(([^()\n]{2,90})\)/g;
/** An acronym: a capital, then letters and digits, two capitals at least ("CEng", "CertAVN"). */
const ACRONYM = /^[A-Z][A-Za-z0-9]{1,7}$/;
/** The acronym right before a parenthesis: "CRCS (Certified ...)". */
const ACRONYM_BEFORE = /(?<![\w-])([A-Z][A-Za-z0-9]{1,7})[^\S\n]*$/;
const CREDENTIAL_WORD = /^(?:Certified|Certificate|Certification|Registered|Chartered|Licensed|Accredited|Credential|Qualification)$/;
/** The last word of a body's name, not a credential's. */
const BODY_NOUN = /^(?:Clinic|Cent(?:er|re)s?|Hospitals?|Facilit(?:y|ies)|Organi[sz]ations?|Agenc(?:y|ies)|Institutes?|Associations?|Society|Boards?|Councils?|Bod(?:y|ies)|Compan(?:y|ies)|Partners?|Providers?|Vendors?|Suppliers?|Laborator(?:y|ies)|Lab|Schools?|Colleges?|Universit(?:y|ies)|Programs?|Programmes?)$/;
/** A title going on after the acronym: "(AQ) in Special Education". */
const TITLE_GOES_ON = /^[^\S\n]+(?:in|of|for)[^\S\n]/;
/**
 * Words left out of an acronym's initials: "Certificate in Advanced Veterinary Nursing (CertAVN)",
 * "Bureau of Labor Statistics (BLS)" (extract-requirements.ts's `abbreviatesOther` too).
 */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', '&']);

/** The capitals of an acronym and the letters after its first when they spell a word's start ("CertAVN" → C, A, V, N). */
function initialsOf(acronym: string): string {
  return acronym.replace(/^([A-Z])[a-z]+/, '$1').replace(/[^A-Z]/g, '');
}

/**
 * The title whose words' initials spell `initials`, ending at `end` in `text` (searched back up to
 * 120 characters), or null: its start and its words.
 */
function titleBefore(text: string, end: number, initials: string): { start: number; words: string[] } | null {
  const before = text.slice(Math.max(0, end - 120), end);
  const words = before.trimEnd().split(/[^\S\n]+/);
  let spelled = '';
  let first = words.length;
  while (first > 0 && spelled.length < initials.length) {
    const word = words[--first] as string;
    if (SMALL_WORDS.has(word)) continue;
    if (!/^[A-Z][\p{L}'’-]*$/u.test(word)) return null;
    spelled = word[0] + spelled;
  }
  if (spelled !== initials || SMALL_WORDS.has(words[first] as string)) return null;
  const title = words.slice(first);
  const start = end - before.length + before.lastIndexOf(title.join(' '));
  return credentialTitle(title) ? { start, words: title } : null;
}

/** Whether a title's words name a credential: one is a credential word, and the last names no body. */
const credentialTitle = (words: readonly string[]): boolean =>
  words.some((w) => CREDENTIAL_WORD.test(w)) && !BODY_NOUN.test(words[words.length - 1] as string);

/** The credentials `text` names by title and acronym, in order. */
export function acronymCredentials(text: string): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  const add = (acronym: string, title: string, start: number, end: number): void => {
    out.push({ entry: { name: acronym, kind: 'certification', category: 'certification', aliases: [title] }, start, end, surface: text.slice(start, end) });
  };
  PARENTHESIS.lastIndex = 0;
  for (let m = PARENTHESIS.exec(text); m; m = PARENTHESIS.exec(text)) {
    const inside = m[1] as string;
    const end = m.index + m[0].length;
    if (ACRONYM.test(inside)) {
      // "Certified Revenue Cycle Specialist (CRCS)".
      const initials = initialsOf(inside);
      if (initials.length < 2) continue;
      const title = titleBefore(text, m.index, initials);
      // "Additional Qualification (AQ) in Special Education": the title goes on past its acronym.
      if (title && !TITLE_GOES_ON.test(text.slice(end, end + 6))) add(inside, title.words.join(' '), title.start, end);
      continue;
    }
    // "CRCS (Certified Revenue Cycle Specialist)".
    const acronym = ACRONYM_BEFORE.exec(text.slice(Math.max(0, m.index - 10), m.index))?.[1];
    if (!acronym) continue;
    const initials = initialsOf(acronym);
    if (initials.length < 2 || !/^[A-Z]/.test(inside)) continue;
    const title = titleBefore(inside, inside.length, initials);
    if (!title || title.start !== 0) continue;
    let start = m.index;
    while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
    add(acronym, inside, start - acronym.length, end);
  }
  return out;
}
