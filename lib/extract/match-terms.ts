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

/** The compiled taxonomy: phrases by first token (longest first), and by full key sequence. */
export interface Dictionary {
  byFirst: Map<string, Phrase[]>;
  exact: Map<string, Phrase>;
}

let dictionary: Dictionary | null = null;
const SEP = '\u0001';

/** All-capital forms ("REACH", "CVS") are acronyms: they never match an all-lowercase word. */
const isAcronym = (surface: string): boolean => /^[A-Z0-9+#&./-]+$/.test(surface) && /[A-Z].*[A-Z]/.test(surface);

/** Builds the phrase index over `entries` (done once for the shipped taxonomy). */
export function buildDictionary(entries: readonly TaxonomyEntry[]): Dictionary {
  const byFirst = new Map<string, Phrase[]>();
  const exact = new Map<string, Phrase>();
  for (const entry of entries) {
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const surface of [entry.name, ...entry.aliases]) {
      // A spaced dash in a phrase is decoration; an inner hyphen is already dropped by tokenize.
      const keys = phraseKeys(surface).filter((k) => k !== '-');
      const id = keys.join(SEP);
      if (keys.length === 0 || exact.has(id)) continue; // first (core) spelling wins
      const englishLike = keys.length === 1 && ENGLISH_LIKE_FORMS.has(id);
      const phrase: Phrase = { keys, entry, ambiguous: ambiguous.has(surface) || englishLike ? surface : null, acronym: isAcronym(surface) };
      exact.set(id, phrase);
      const first = keys[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push(phrase);
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst, exact };
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

function phraseAt(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  if (phrase.acronym && phrase.keys.length === 1 && tokens[i]?.text === tokens[i]?.norm && /[a-z]/.test(tokens[i]?.norm ?? '')) return false;
  for (let k = 1; k < phrase.keys.length; k++) if (tokens[i + k]?.norm !== phrase.keys[k]) return false;
  return true;
}

/** End token index after trailing versions: "2003/2008", "3.7+", "2008 R2". */
function skipVersions(tokens: readonly Token[], j: number): number {
  for (;;) {
    const t = tokens[j];
    if (t?.word && VERSION.test(t.norm)) j++;
    else if (t?.norm === '/' && tokens[j - 1]?.word && VERSION.test(tokens[j - 1]?.norm ?? '') && tokens[j + 1]?.word && VERSION.test(tokens[j + 1]?.norm ?? '')) j++;
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
    let hit: Phrase | undefined = dict.byFirst.get(token.norm)?.find((p) => phraseAt(tokens, i, p) && !isSlashList(p, dict));
    let to = hit ? i + hit.keys.length : i;
    if (!hit) {
      const glued = endsLikeVersion(token.norm) ? GLUED_VERSION.exec(token.norm)?.[1] : undefined;
      hit = glued ? dict.byFirst.get(glued)?.find((p) => p.keys.length === 1) : undefined;
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
