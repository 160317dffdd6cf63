/**
 * Dictionary matching of taxonomy terms: the taxonomy is compiled once into a map from a phrase's
 * first token to its token sequences (longest first), and the text is scanned token by token,
 * taking the longest phrase at each position. No per-term regex runs over the text, so the cost is
 * linear in the text whatever the taxonomy's size.
 */
import { resolveAmbiguous, type GuardCandidate } from './guards';
import { ENGLISH_LIKE_FORMS } from './taxonomy/core';
import { TAXONOMY } from './taxonomy/index';
import type { TaxonomyEntry } from './taxonomy/types';
import { phraseKeys, tokenize, type Token } from './tokenize';

interface Phrase {
  keys: string[];
  entry: TaxonomyEntry;
  /** The surface as written in the taxonomy, set when it is an ambiguous form. */
  ambiguous: string | null;
  /** Written in capitals in the taxonomy: an all-lowercase word in the text is not it. */
  acronym: boolean;
  /** Two known names joined by a slash (`isSlashList`), worked out once the dictionary is built. */
  slashList: boolean;
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

/** A token trie: the phrase whose keys end here, and the nodes for each next key. */
interface TrieNode {
  phrase: Phrase | null;
  next: Map<string, TrieNode> | null;
}

/**
 * The compiled taxonomy: a trie over phrase keys (so the longest phrase at a position costs one
 * step per token of it, however many phrases share its first word: "Microsoft" starts ~100), and
 * the phrases by full key sequence.
 */
export interface Dictionary {
  trie: Map<string, TrieNode>;
  exact: Map<string, Phrase>;
  /** Bit `keyHash(k) & FILTER_MASK` is set for each first key `k` of the trie (see `mayStart`). */
  filter: Uint32Array;
}

const FILTER_MASK = (1 << 16) - 1;

/** A 32-bit hash of a token key, for the dictionary's filter. */
function keyHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h & FILTER_MASK;
}

/**
 * Whether `key` may be a first key of the trie: false means surely not. Three words in four start
 * no phrase, and a Map lookup of a fresh token string costs more than the lookup itself (the Map
 * hashes the string first); this bit test rules most of them out without touching the Map.
 */
function mayStart(dict: Dictionary, key: string): boolean {
  const h = keyHash(key);
  return ((dict.filter[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}

let dictionary: Dictionary | null = null;
const SEP = '\u0001';

/** All-capital forms ("REACH", "CVS") are acronyms: they never match an all-lowercase word. */
const isAcronym = (surface: string): boolean => /^[A-Z0-9+#&./-]+$/.test(surface) && /[A-Z].*[A-Z]/.test(surface);

/** Builds the phrase index over `entries` (done once for the shipped taxonomy). */
export function buildDictionary(entries: readonly TaxonomyEntry[]): Dictionary {
  const trie = new Map<string, TrieNode>();
  const exact = new Map<string, Phrase>();
  for (const entry of entries) {
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const surface of [entry.name, ...entry.aliases]) {
      // A spaced dash in a phrase is decoration; an inner hyphen is already dropped by tokenize.
      const keys = phraseKeys(surface).filter((k) => k !== '-');
      const id = keys.join(SEP);
      if (keys.length === 0 || exact.has(id)) continue; // first (core) spelling wins
      const englishLike = keys.length === 1 && ENGLISH_LIKE_FORMS.has(id);
      const phrase: Phrase = {
        keys,
        entry,
        ambiguous: ambiguous.has(surface) || englishLike ? surface : null,
        acronym: isAcronym(surface),
        slashList: false,
      };
      exact.set(id, phrase);
      let level = trie;
      let node: TrieNode | undefined;
      for (const key of keys) {
        node = level.get(key);
        if (!node) level.set(key, (node = { phrase: null, next: null }));
        level = node.next ??= new Map();
      }
      node!.phrase = phrase;
    }
  }
  const filter = new Uint32Array((FILTER_MASK + 1) >>> 5);
  for (const key of trie.keys()) {
    const h = keyHash(key);
    filter[h >>> 5] = (filter[h >>> 5] as number) | (1 << (h & 31));
  }
  const dict = { trie, exact, filter };
  // Depends only on the finished dictionary: decide it once here, not at every match in the text.
  for (const phrase of exact.values()) phrase.slashList = isSlashList(phrase, dict);
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
 * `node`, the one for token `i`) and that fits there: its casing fits and it is not a slash list.
 */
function longestAt(tokens: readonly Token[], i: number, first: TrieNode): Phrase | undefined {
  let count = 0;
  let node: TrieNode | undefined = first;
  for (let k = i + 1; node; k++) {
    if (node.phrase) spelled[count++] = node.phrase;
    const next = tokens[k];
    node = next && node.next ? node.next.get(next.norm) : undefined;
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
  const left = dict.exact.get(phrase.keys.slice(0, slash).join(SEP));
  const right = dict.exact.get(phrase.keys.slice(slash + 1).join(SEP));
  return Boolean(left && right && left.entry !== right.entry);
}

const VERSION = /^(v?\d+(\.\d+)*(\.x)?\+?|r\d|sp\d+)$/i;
/** "apache2", "python3", "html5": a name with a version glued on. */
const GLUED_VERSION = /^([a-z][a-z+#.]*[a-z+#])\d+(\.\d+)*\+?$/;

/** A cheap test before GLUED_VERSION: the token ends in a digit or "+". */
function endsLikeVersion(norm: string): boolean {
  const last = norm.charCodeAt(norm.length - 1);
  return (last >= 48 && last <= 57) || last === 43;
}

/** An acronym ("REACH") is not its all-lowercase word ("reach"). */
function casingFits(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  return !(phrase.acronym && phrase.keys.length === 1 && tokens[i]?.text === tokens[i]?.norm && /[a-z]/.test(tokens[i]?.norm ?? ''));
}

/**
 * VERSION's test, after a cheap one: a version starts with a digit, "v", "r" or "s" (the regex's
 * `i` flag, without `u`, folds ASCII letters only). It runs after every match, on the next token.
 */
function isVersion(t: Token | undefined): boolean {
  if (!t?.word) return false;
  const c = t.norm.charCodeAt(0) | 32; // lower-cases ASCII letters; digits stay out of a-z
  return ((c >= 48 && c <= 57) || c === 118 || c === 114 || c === 115) && VERSION.test(t.norm);
}

/** End token index after trailing versions: "2003/2008", "3.7+", "2008 R2". */
function skipVersions(tokens: readonly Token[], j: number): number {
  for (;;) {
    const t = tokens[j];
    if (isVersion(t)) j++;
    else if (t?.norm === '/' && isVersion(tokens[j - 1]) && isVersion(tokens[j + 1])) j++;
    else return j;
  }
}

/** Finds every taxonomy term in `text` (longest match, ambiguous words guarded), in text order. */
export function matchTerms(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  dict: Dictionary = (dictionary ??= buildDictionary(TAXONOMY)),
): TermMatch[] {
  const found: Array<GuardCandidate & { entry: TaxonomyEntry; end: number }> = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    if (!token.word) {
      i++;
      continue;
    }
    const first = mayStart(dict, token.norm) ? dict.trie.get(token.norm) : undefined;
    let hit: Phrase | undefined = first ? longestAt(tokens, i, first) : undefined;
    let to = hit ? i + hit.keys.length : i;
    if (!hit) {
      const glued = endsLikeVersion(token.norm) ? GLUED_VERSION.exec(token.norm)?.[1] : undefined;
      hit = glued ? (dict.trie.get(glued)?.phrase ?? undefined) : undefined;
      to = i + 1;
    }
    if (!hit) {
      i++;
      continue;
    }
    const end = skipVersions(tokens, to);
    found.push({ from: i, to, end, surface: hit.ambiguous ?? hit.entry.name, ambiguous: hit.ambiguous !== null, accepted: true, entry: hit.entry });
    i = end;
  }
  resolveAmbiguous(tokens, found);
  const out: TermMatch[] = [];
  for (const f of found) {
    if (!f.accepted) continue;
    const start = (tokens[f.from] as Token).start;
    const stop = (tokens[f.end - 1] as Token).end;
    out.push({ entry: f.entry, start, end: stop, surface: text.slice(start, stop) });
  }
  return out;
}
