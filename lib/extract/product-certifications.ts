/**
 * A vendor's certifications named by their track, read by that shape rather than a dictionary:
 * "Amazon Ads Sponsored Ads certification", "Workday Integrations certification", "QuickBooks Online
 * ProAdvisor certification", "SQF Practitioner certification". Every vendor runs tracks no
 * dictionary lists, and postings name them this way: a product the dictionary knows, then the
 * track's capitalised words, then "certification". The product alone before the noun names no
 * credential ("AWS certification", "a Microsoft certification": LABELING.md keeps those generic),
 * nor does a track of generic words ("Azure Security certification").
 */
import type { TermMatch } from './match-terms';
import type { CredentialMatch } from './state-licenses';

/** The noun, singular, at the end of the phrase: a plural names a family ("Microsoft certifications"). */
const NOUN = /(?<![\w-])[Cc]ertification(?![\w-])/g;
/** After the noun, an organisation's certification, not a person's: "CMMC Level 2 certification assessments". */
const ORGANISATIONS = /^[^\S\n]+(?:assessments?|audits?|programmes?|programs?|process(?:es)?|bod(?:y|ies)|schemes?|readiness|projects?|efforts?|journeys?)\b/i;
/** One word of a track: capitalised, or a level's number ("Level I", "M1", "Tier 2"). */
const TRACK_WORD = /^(?:[A-Z][\w+.'’/-]*|[0-9][\w.-]*)$/;
/** Up to this many words of track between the product and the noun. */
const MAX_TRACK_WORDS = 4;
/** Track words that name a field or a kind, not a track: a track of these only is generic. */
const GENERIC = new Set([
  'security', 'cloud', 'network', 'networking', 'professional', 'technical', 'technology', 'industry', 'vendor', 'product',
  'platform', 'data', 'it', 'relevant', 'related', 'official', 'partner', 'recognized', 'recognised', 'current', 'valid',
  'active', 'formal', 'equivalent', 'appropriate', 'applicable', 'additional', 'other', 'similar', 'any', 'required',
  'preferred', 'level', 'and', 'or',
]);
/** A track ending in a holder's title names the credential itself: "SQF Practitioner", not "… Practitioner Certification". */
const HOLDER = /^(?:Practitioner|Developer|Designer|Administrator|Admin|Specialist|Associate|Professional|Expert|Engineer|Architect|Consultant|Analyst|Technician|Auditor|Implementer|Reviewer|Master|Trainer|Instructor|Operator|Installer|ProAdvisor|Advisor|Partner|Champion|Coach|Manager|Inspector|Tester)$/;

/**
 * The certifications in `text` named by a known product (`named`: the dictionary's matches, in order)
 * and a track. `claimed`: credentials already read there (by the dictionary or another shape), which
 * win. Each is named as written, from the product to the noun.
 */
export function productCertifications(text: string, named: readonly TermMatch[], claimed: ReadonlyArray<{ start: number; end: number }>): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  if (!text.includes('ertification')) return out;
  // The dictionary's skills, in text order (its matches do not overlap): found by binary search.
  const skills = named.filter((n) => n.entry.kind === 'skill');
  if (skills.length === 0) return out;
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(text); m; m = NOUN.exec(text)) {
    const nounEnd = m.index + m[0].length;
    if (ORGANISATIONS.test(text.slice(nounEnd, nounEnd + 16))) continue;
    // The words before the noun on its line, nearest first: track words, then the product.
    let product: TermMatch | null = null;
    let trackStart = m.index;
    let at = m.index;
    for (let count = 0; count <= MAX_TRACK_WORDS; ) {
      let end = at;
      while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
      if (end === at || end === 0) break; // no space before: glued, or the text's start
      let from = end;
      while (from > 0 && !/\s/.test(text[from - 1] as string)) from--;
      const skill = skillCovering(skills, from);
      if (skill) {
        if (skill.end <= trackStart) product = skill; // the product runs into the noun: no track
        break;
      }
      if (!TRACK_WORD.test(text.slice(from, end))) break;
      trackStart = from;
      at = from;
      count++;
    }
    if (!product || trackStart >= m.index) continue;
    const track = text.slice(trackStart, m.index).trim();
    const trackWords = track.split(/\s+/);
    if (trackWords.length > MAX_TRACK_WORDS || trackWords.every((w) => GENERIC.has(w.toLowerCase()))) continue;
    // Only spaces between the product and its track: "Excel, Advanced certification" is a list.
    if (!/^[^\S\n]+$/.test(text.slice(product.end, trackStart))) continue;
    const productStart = product.start;
    if (claimed.some((c) => c.start < nounEnd && productStart < c.end)) continue;
    const lastWord = trackWords[trackWords.length - 1]!;
    const lead = text.slice(productStart, trackStart);
    const name = HOLDER.test(lastWord) ? lead + track : `${lead}${track} Certification`;
    out.push({ entry: { name, kind: 'certification', category: 'certification', aliases: [] }, start: productStart, end: nounEnd, surface: text.slice(productStart, nounEnd) });
  }
  return out;
}

/** The skill whose match covers offset `at`, or null (`skills` in text order, not overlapping). */
function skillCovering(skills: readonly TermMatch[], at: number): TermMatch | null {
  let lo = 0;
  let hi = skills.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = skills[mid] as TermMatch;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
