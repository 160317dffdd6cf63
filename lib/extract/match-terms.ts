/**
 * Dictionary matching of taxonomy terms: the taxonomy is compiled once into a map from a phrase's
 * first token to its token sequences (longest first), and the text is scanned token by token,
 * taking the longest phrase at each position. No per-term regex runs over the text, so the cost is
 * linear in the text whatever the taxonomy's size.
 */
import { PRODUCTS_IN_OTHER_LANGUAGES, resolveAmbiguous, type GuardCandidate } from './guards';
import { ENGLISH_LIKE_FORMS } from './taxonomy/forms';
import { TAXONOMY } from './taxonomy/index';
import type { TaxonomyEntry } from './taxonomy/types';
import { isDigitCode } from '../char-codes';
import { KeyFilter, KeyTable, hashAt, hashKey } from './key-table';
import { ASCII, LOWER, WORD, normAt, normIs, phraseKeys, scanTokens, type Tokens } from './tokenize';

interface Phrase {
  keys: string[];
  entry: TaxonomyEntry;
  /** The surface as written in the taxonomy, set when it is an ambiguous form. */
  ambiguous: string | null;
  /** Written in capitals in the taxonomy: an all-lowercase word in the text is not it. */
  acronym: boolean;
  /** Two known names joined by a slash (`isSlashList`), worked out once the dictionary is built. */
  slashList: boolean;
  /**
   * Written as a one-letter word joined by a hyphen ("A-CSM", "A-SPICE", "i-Ready"): the tokenizer
   * drops the hyphen, so the text must hold it too, or "a CSM" and "a spice" would read as the name.
   */
  hyphenAfterLetter: boolean;
  /**
   * A standard's code, two capitals then its number ("EN 1998", "AS 1851", "BS 7671"): the first word
   * written in small letters is a word of its own ("fondé en 1998", "as 2024 closes").
   */
  codeHead: boolean;
}

/** One taxonomy term found in the text. */
export interface TermMatch {
  entry: TaxonomyEntry;
  /** Offsets of the surface in the text, versions included ("Windows Server 2008 R2"). */
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
}

/** A token trie: the phrase whose keys end here, and the nodes for each next key (by key id). */
interface TrieNode {
  phrase: Phrase | null;
  next: Map<number, TrieNode> | null;
}

/**
 * The compiled taxonomy: a trie over phrase keys (so the longest phrase at a position costs one
 * step per token of it, however many phrases share its first word: "Microsoft" starts ~100), and
 * the phrases by full key sequence. Keys are numbered by `keys`, which finds a token's key id from
 * the text itself: a posting's words are looked up without making a string for each.
 */
export interface Dictionary {
  keys: KeyTable;
  /** The trie's first level, by key id (null: no phrase starts with that key). */
  roots: Array<TrieNode | null>;
  /**
   * The first keys' hashes: tested before `keys` is probed for a word that may start a phrase. Half
   * the words of a posting are keys, but most of those ("and", "with", "of") start no phrase.
   */
  starts: KeyFilter;
  /**
   * The pairs (first key id, second key) that start a phrase of two or more tokens, by `pairHash`:
   * tested before the trie is walked past a word's node. Most words that start a phrase start only
   * longer ones ("data" in "Data Science") and are followed by no word that continues one; in a
   * posting read after a page load, each step of that walk (the node's map, the next word's
   * lookup, the map's table) was a cache miss.
   */
  pairs: Pick<KeyFilter, 'has'>;
  /**
   * Forms written wholly in a script without spaces between words ("社会保険労務士", "给与奉行"),
   * longest first: a posting glues them to the words around them ("社会保険労務士資格"), so no token
   * holds one alone, and they are found in the text itself.
   */
  spaceless: Array<{ form: string; entry: TaxonomyEntry }>;
}

/** A form wholly in kana, CJK ideographs, Hangul or Thai. */
const SPACELESS_FORM = /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]+$/;
/** The lowest of those letters (Thai's): a form starting below it is none. */
const SPACELESS_FIRST = 0x0e00;
/** A text holding any of those scripts' letters: only such a text is searched for such forms. */
const SPACELESS_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/;

/** The hash of a first key's id and a second key's hash (`hashKey`), spread over the low bits `KeyFilter` reads. */
function pairHash(firstId: number, secondHash: number): number {
  const h = (Math.imul(firstId + 1, 0x9e3779b1) + secondHash) | 0;
  return h ^ (h >>> 16);
}

let dictionary: Dictionary | null = null;

/** All-capital forms ("REACH", "CVS") are acronyms: they never match an all-lowercase word. */
const isAcronym = (surface: string): boolean => /^[A-Z0-9+#&./-]+$/.test(surface) && /[A-Z].*[A-Z]/.test(surface);

/**
 * The key sequences a surface is matched by. A spaced dash in a phrase is decoration ("AWS
 * Certified Security - Specialty" is also written without it), and a posting may keep it or drop
 * it, so a phrase with one is indexed both ways. An inner hyphen is already dropped by tokenize.
 */
function spellings(surface: string): [string[]] | [string[], string[]] {
  const keys = phraseKeys(surface);
  if (!keys.includes('-')) return [keys];
  const plain = keys.filter((k) => k !== '-');
  return keys[0] !== '-' ? [plain, keys] : [plain];
}

/** The phrase whose keys are `keys`, or undefined. */
function phraseOf(keys: readonly string[], dict: Dictionary): Phrase | undefined {
  if (keys.length === 0) return undefined;
  const first = dict.keys.idOf(keys[0] as string);
  let node = first >= 0 ? dict.roots[first] : null;
  for (let k = 1; node && k < keys.length; k++) {
    const id = dict.keys.idOf(keys[k] as string);
    node = id >= 0 ? node.next?.get(id) : undefined;
  }
  return node?.phrase ?? undefined;
}

/** The node for key `id` in `level`, made when missing. */
function trieNode(level: Map<number, TrieNode>, id: number): TrieNode {
  let node = level.get(id);
  if (!node) level.set(id, (node = { phrase: null, next: null }));
  return node;
}

/** A one-letter word, then a hyphen and a letter: "A-CSM", "i-STAT" (`Phrase.hyphenAfterLetter`). */
const LETTER_THEN_HYPHEN = /^[AaIi]-\p{L}/u;
/** Two capitals, a space, then a digit: a standard's code (`Phrase.codeHead`). */
const CODE_HEAD = /^[A-Z]{2}\s\d/;
const HYPHEN = 45;

/**
 * Builds the phrase index over `entries` (done once for the shipped taxonomy, when the service
 * worker first reads a posting). A spelling already in the trie is found by walking it: keyed by its
 * joined keys in a map of its own, each of the ~28,000 spellings made a string and two lookups in
 * that map, a third of the build.
 */
export function buildDictionary(entries: readonly TaxonomyEntry[]): Dictionary {
  const keyTable = new KeyTable(entries.length * 2);
  const roots: Array<TrieNode | null> = [];
  const phrases: Phrase[] = [];
  const index = (entry: TaxonomyEntry, surface: string, keys: string[]): void => {
    if (keys.length === 0) return;
    const first = keyTable.add(keys[0] as string);
    while (roots.length < keyTable.keys.length) roots.push(null);
    // A node's map of next keys is made when a longer phrase goes through it: most are leaves.
    let node = (roots[first] ??= { phrase: null, next: null });
    for (let k = 1; k < keys.length; k++) node = trieNode((node.next ??= new Map()), keyTable.add(keys[k] as string));
    if (node.phrase) return; // first (core) spelling wins
    const englishLike = keys.length === 1 && ENGLISH_LIKE_FORMS.has(keys[0] as string);
    node.phrase = {
      keys,
      entry,
      ambiguous: entry.ambiguous?.includes(surface) || englishLike ? surface : null,
      acronym: isAcronym(surface),
      slashList: false,
      hyphenAfterLetter: LETTER_THEN_HYPHEN.test(surface),
      codeHead: CODE_HEAD.test(surface),
    };
    phrases.push(node.phrase);
  };
  const spaceless: Dictionary['spaceless'] = [];
  for (const entry of entries) {
    for (let f = -1; f < entry.aliases.length; f++) {
      const surface = f < 0 ? entry.name : (entry.aliases[f] as string);
      for (const keys of spellings(surface)) index(entry, surface, keys);
      if (surface.charCodeAt(0) >= SPACELESS_FIRST && SPACELESS_FORM.test(surface)) spaceless.push({ form: surface, entry });
    }
  }
  spaceless.sort((a, b) => b.form.length - a.form.length);
  while (roots.length < keyTable.keys.length) roots.push(null);
  const starts = new KeyFilter();
  const pairs = new KeyFilter();
  for (let id = 0; id < roots.length; id++) {
    const node = roots[id];
    if (!node) continue;
    starts.add(hashKey(keyTable.keys[id] as string));
    for (const second of node.next?.keys() ?? []) pairs.add(pairHash(id, hashKey(keyTable.keys[second] as string)));
  }
  const dict: Dictionary = { keys: keyTable, roots, starts, pairs, spaceless };
  // Depends only on the finished dictionary: decide it once here, not at every match in the text.
  for (const phrase of phrases) phrase.slashList = isSlashList(phrase, dict);
  return dict;
}

/**
 * Phrases the tokens spell from one position, shortest first, in the first `count` slots; reused by
 * every call of `longestAt` (it runs at each word that starts a phrase: a fresh array per word was
 * garbage, and emptying it with `length = 0` cost a runtime call). Later slots hold stale entries.
 */
const spelled: Phrase[] = [];

/**
 * The longest phrase of the dictionary that the tokens from `i` spell (starting at trie node
 * `first`, the one for token `i`, whose key id is `id`) and that fits there: its casing fits and it
 * is not a slash list.
 */
function longestAt(tokens: Tokens, i: number, id: number, first: TrieNode, dict: Dictionary): Phrase | undefined {
  // No longer phrase starts with this word and the next (the filter has no false negatives: the
  // next word's key, if the trie has it after this one, hashes to a pair it holds): the word's own
  // phrase, if any, without walking the trie.
  if (i + 1 >= tokens.count || !dict.pairs.has(pairHash(id, hashAt(tokens, i + 1)))) {
    const phrase = first.phrase;
    return phrase && casingFits(tokens, i, phrase) && !phrase.slashList ? phrase : undefined;
  }
  const keys = dict.keys;
  let count = 0;
  let node: TrieNode | undefined = first;
  for (let k = i + 1; node; k++) {
    if (node.phrase) spelled[count++] = node.phrase;
    // A leaf's map is empty: the next token need not be looked up then.
    node = k < tokens.count && node.next && node.next.size > 0 ? node.next.get(keys.idAt(tokens, k)) : undefined;
  }
  for (let p = count - 1; p >= 0; p--) {
    const phrase = spelled[p] as Phrase;
    if (casingFits(tokens, i, phrase) && !phrase.slashList) return phrase;
  }
  return undefined;
}

/**
 * A phrase joining two known names with a slash ("KDB+/Q", "Salesforce/Zendesk") is a slash list:
 * skip it so each side matches on its own. "TCP/IP" and "CI/CD" stay whole (their halves are not
 * names).
 */
function isSlashList(phrase: Phrase, dict: Dictionary): boolean {
  const slash = phrase.keys.indexOf('/');
  if (slash <= 0 || phrase.keys.lastIndexOf('/') !== slash) return false;
  const left = phraseOf(phrase.keys.slice(0, slash), dict);
  const right = phraseOf(phrase.keys.slice(slash + 1), dict);
  return Boolean(left && right && left.entry !== right.entry);
}

const VERSION = /^(v?(?!0\d)\d+(\.\d+)*(\.x)?\+?|r\d|sp\d+)$/i;
/**
 * "apache2", "python3", "html5", "office365": a name with a version glued on. Not a code of four
 * digits or more ("ACM40418", a course code, is no ACM).
 */
const GLUED_VERSION = /^([a-z][a-z+#.]*[a-z+#])\d{1,3}(\.\d+)*\+?$/;

/** Categories of products, whose names take no plural ("SAPs" are statistical analysis plans). */
const PRODUCT_CATEGORIES: ReadonlySet<TaxonomyEntry['category']> = new Set(['erp-crm', 'cloud', 'database', 'os', 'office', 'itsm', 'collaboration']);

/** An acronym's plural, as written: capitals (and digits), then "s" ("FMEAs", "CAPAs", "JSAs"). */
function isAcronymPlural(tokens: Tokens, i: number): boolean {
  if (((tokens.flags[i] as number) & ASCII) === 0) return false;
  const start = tokens.start[i] as number;
  const end = tokens.end[i] as number;
  if (end - start < 3 || tokens.text.charCodeAt(end - 1) !== 115) return false;
  let capitals = 0;
  for (let k = start; k < end - 1; k++) {
    const c = tokens.text.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals++;
    else if (!isDigitCode(c)) return false;
  }
  return capitals >= 2;
}

/**
 * A cheap test before GLUED_VERSION: the token (a word) ends in a digit or "+". Lower-casing keeps
 * both, so an ASCII token's last char code is its norm's.
 */
function endsLikeVersion(tokens: Tokens, i: number): boolean {
  const last =
    ((tokens.flags[i] as number) & ASCII) !== 0 ? tokens.text.charCodeAt((tokens.end[i] as number) - 1) : normAt(tokens, i).charCodeAt(normAt(tokens, i).length - 1);
  return isDigitCode(last) || last === 43;
}

/** A letter a-z in `text[start, end)`. */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * A short word in Title case, a capital then one or two small letters ("Sie", German's "you"; not
 * "SIE", "MSc"). Longer acronyms are written so as names ("Fanuc robots", "Hazmat endorsement").
 */
function isTitleWord(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3) return false;
  const first = text.charCodeAt(start);
  if (first < 65 || first > 90) return false;
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * A form written as a one-letter word and a hyphen ("A-CSM") is not the two words apart ("a CSM"),
 * nor a standard's code its first word in small letters ("en 1998" for EN 1998). An acronym
 * ("REACH") is not its all-lowercase word ("reach"), nor its short word in Title case ("Sie" for
 * SIE): the token is its own norm and has a letter a-z. For an ASCII token, being its own norm is
 * the LOWER flag.
 */
function casingFits(tokens: Tokens, i: number, phrase: Phrase): boolean {
  if (phrase.hyphenAfterLetter && tokens.text.charCodeAt(tokens.end[i] as number) !== HYPHEN) return false;
  if (phrase.codeHead && ((tokens.flags[i] as number) & LOWER) !== 0) return false;
  if (!(phrase.acronym && phrase.keys.length === 1)) return true;
  const flags = tokens.flags[i] as number;
  if ((flags & ASCII) !== 0) {
    const start = tokens.start[i] as number;
    const end = tokens.end[i] as number;
    return !((flags & LOWER) !== 0 ? hasLetter(tokens.text, start, end) : isTitleWord(tokens.text, start, end));
  }
  const norm = normAt(tokens, i);
  return !(tokens.text.slice(tokens.start[i] as number, tokens.end[i] as number) === norm && /[a-z]/.test(norm));
}

/**
 * VERSION's test, after a cheap one: a version starts with a digit, "v" then a digit, "r" then a
 * digit, or "sp" (the regex's `i` flag, without `u`, folds ASCII letters only). It runs after every
 * match, on the next token, and the second character rules out the words starting with "v", "r" or
 * "s" ("skills", "required") without making their norm for the regex.
 */
function isVersion(tokens: Tokens, j: number): boolean {
  if (j < 0 || j >= tokens.count) return false;
  const flags = tokens.flags[j] as number;
  if ((flags & WORD) === 0) return false;
  if ((flags & ASCII) === 0) {
    const c = normAt(tokens, j).charCodeAt(0) | 32; // lower-cases ASCII letters; digits stay out of a-z
    return (isDigitCode(c) || c === 118 || c === 114 || c === 115) && VERSION.test(normAt(tokens, j));
  }
  // An ASCII token's char codes, with A-Z lower-cased, are its norm's.
  const start = tokens.start[j] as number;
  const c = tokens.text.charCodeAt(start) | 32;
  const d = start + 1 < (tokens.end[j] as number) ? tokens.text.charCodeAt(start + 1) | 32 : -1;
  const digitNext = isDigitCode(d);
  return (isDigitCode(c) || ((c === 118 || c === 114) && digitNext) || (c === 115 && d === 112)) && VERSION.test(normAt(tokens, j));
}

const SLASH = 47;

/** End token index after trailing versions: "2003/2008", "3.7+", "2008 R2". */
function skipVersions(tokens: Tokens, j: number): number {
  // "24/7" is round the clock, no version ("our MDR 24/7").
  if (normIs(tokens, j, '24') && j + 2 < tokens.count && normIs(tokens, j + 2, '7') && tokens.text.charCodeAt(tokens.start[j + 1] as number) === SLASH) return j;
  for (;;) {
    if (isVersion(tokens, j)) j++;
    // A "/" token: punctuation (no word starts with "/"), one character.
    else if (j < tokens.count && tokens.text.charCodeAt(tokens.start[j] as number) === SLASH && isVersion(tokens, j - 1) && isVersion(tokens, j + 1)) j++;
    else return j;
  }
}

/** The entry whose name or alias `surface` is, or undefined (whatever its guards would say in a text). */
export function dictionaryEntry(surface: string, dict: Dictionary = (dictionary ??= buildDictionary(TAXONOMY))): TaxonomyEntry | undefined {
  const keys = phraseKeys(surface).filter((k) => k !== '-');
  return phraseOf(keys, dict)?.entry;
}

/** Whether the taxonomy holds `surface` as a name or alias (whatever its guards would say in a text). */
export const isDictionaryName = (surface: string, dict?: Dictionary): boolean => dictionaryEntry(surface, dict) !== undefined;

/**
 * `matches` with each one `replace` names others for in their place (`null`: kept as it is),
 * copied only from the first replaced: most postings have none, and cost no array.
 */
export function replacingMatches(matches: readonly TermMatch[], replace: (m: TermMatch) => TermMatch[] | null): readonly TermMatch[] {
  let out: TermMatch[] | null = null;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as TermMatch;
    const instead = replace(m);
    if (instead && !out) out = matches.slice(0, i);
    if (out) out.push(...(instead ?? [m]));
  }
  return out ?? matches;
}

/**
 * The case endings Czech, Slovak and Polish add to a name ("zkušenost s Dockerem a Kubernetesem",
 * "znalost Kotlinu", "doświadczenie z Pythona"), and Estonian and Finnish ("Terraformi või
 * Ansible'iga", "skriptimise oskus Pythoniga", "Linuxin ylläpito"), longest first. Not "-e" nor
 * "-y", which end more words of their own than names.
 */
const CASE_ENDINGS = ['ovi', 'ach', 'ami', 'iga', 'em', 'om', 'ou', 'ie', 'in', 'u', 'a', 'i'];

/**
 * A name with a case ending, in a posting not in English: a capitalized word whose stem, the ending
 * cut off, is a one-word name of the dictionary, written as a name (not an acronym, not a word
 * needing context: "Wordu" stays unread). Stems of three letters at least.
 */
function inflectedName(tokens: Tokens, i: number, dict: Dictionary): Phrase | undefined {
  const flags = tokens.flags[i] as number;
  const start = tokens.start[i] as number;
  const length = (tokens.end[i] as number) - start;
  const first = tokens.text.charCodeAt(start);
  if ((flags & ASCII) === 0 || length < 5 || first < 65 || first > 90) return undefined;
  const norm = normAt(tokens, i);
  for (const ending of CASE_ENDINGS) {
    if (!norm.endsWith(ending) || norm.length - ending.length < 3) continue;
    const id = dict.keys.idOf(norm.slice(0, -ending.length));
    const phrase = id >= 0 ? dict.roots[id]?.phrase : null;
    // An ambiguous name only when it is the product in any posting not in English ("znajomość Excela").
    if (phrase && phrase.keys.length === 1 && (!phrase.ambiguous || PRODUCTS_IN_OTHER_LANGUAGES.has(phrase.ambiguous)) && !phrase.acronym) return phrase;
  }
  return undefined;
}

/** Finds every taxonomy term in `text` (longest match, ambiguous words guarded), in text order. */
export function matchTerms(
  text: string,
  tokens: Tokens = scanTokens(text),
  dict: Dictionary = (dictionary ??= buildDictionary(TAXONOMY)),
  /** The posting is not in English (other-languages.ts, `looksEnglish`). */
  foreign = false,
): TermMatch[] {
  const found: Array<GuardCandidate & { entry: TaxonomyEntry; end: number }> = [];
  for (let i = 0; i < tokens.count; ) {
    if (((tokens.flags[i] as number) & WORD) === 0) {
      i++;
      continue;
    }
    const id = dict.starts.has(hashAt(tokens, i)) ? dict.keys.idAt(tokens, i) : -1;
    const first = id >= 0 ? dict.roots[id] : null;
    let hit: Phrase | undefined = first ? longestAt(tokens, i, id, first, dict) : undefined;
    let to = hit ? i + hit.keys.length : i;
    if (!hit) {
      const glued = endsLikeVersion(tokens, i) ? GLUED_VERSION.exec(normAt(tokens, i))?.[1] : undefined;
      const gluedId = glued ? dict.keys.idOf(glued) : -1;
      hit = gluedId >= 0 ? (dict.roots[gluedId]?.phrase ?? undefined) : undefined;
      to = i + 1;
    }
    let inflected = false;
    if (!hit && foreign) inflected = (hit = inflectedName(tokens, i, dict)) !== undefined;
    if (!hit && isAcronymPlural(tokens, i)) {
      const singular = dict.keys.idOf(normAt(tokens, i).slice(0, -1));
      const phrase = singular >= 0 ? dict.roots[singular]?.phrase : null;
      // A skill's only: a credential's plural names people ("supervise COTAs", "CPAs and EAs"); a
      // product's name has none ("review SAPs": statistical analysis plans).
      hit = phrase?.acronym && phrase.entry.kind === 'skill' && !PRODUCT_CATEGORIES.has(phrase.entry.category) ? phrase : undefined;
    }
    if (!hit) {
      i++;
      continue;
    }
    const end = skipVersions(tokens, to);
    found.push({ from: i, to, end, surface: hit.ambiguous ?? hit.entry.name, ambiguous: !inflected && hit.ambiguous !== null, accepted: true, entry: hit.entry });
    i = end;
  }
  resolveAmbiguous(tokens, found, foreign);
  const out: TermMatch[] = [];
  for (const f of found) {
    if (!f.accepted) continue;
    const start = tokens.start[f.from] as number;
    const stop = tokens.end[f.end - 1] as number;
    out.push({ entry: f.entry, start, end: stop, surface: text.slice(start, stop) });
  }
  return dict.spaceless.length > 0 && SPACELESS_TEXT.test(text) ? withSpacelessForms(text, out, dict.spaceless) : out;
}

/** What follows a name that makes it a firm or a body, not a credential: "社会保険労務士事務所" (a labour attorney's office). */
const FIRM_AFTER = /^(?:事務所|法人|協会|事务所|협회)/;

/**
 * `found` with the spaceless forms the text holds where no other match is, in the text's order.
 * The characters matched so far are marked, so each form's place is checked in its own length,
 * whatever the text's size (#7).
 */
function withSpacelessForms(text: string, found: TermMatch[], forms: Dictionary['spaceless']): TermMatch[] {
  const taken = new Uint8Array(text.length);
  for (const m of found) taken.fill(1, m.start, m.end);
  const added: TermMatch[] = [];
  for (const { form, entry } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (taken.subarray(at, end).includes(1) || FIRM_AFTER.test(text.slice(end, end + 3))) continue;
      taken.fill(1, at, end);
      added.push({ entry, start: at, end, surface: form });
    }
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}
