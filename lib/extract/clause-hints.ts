/**
 * The clauses that may state years of experience or a degree, found in one pass over the clauses:
 * each clause outside a blurb is sliced once and scanned once for both kinds of word, and the few
 * that hold one are handed to `extractYears` and `extractEducation` with their text.
 *
 * Why: each of the two scanned every clause on its own (a slice, a blurb lookup and a regex test
 * per clause each), and most clauses hold neither word: in a posting read after a page load, each
 * separate pass over the text costs about twice what it does in a tight loop.
 */
import type { Span } from './clauses';
import { insideBlurb, type Section } from './sections';

/**
 * A year or month word ("5+ years", "3 yrs", "6 months", "two filing seasons", "three vintages"): a
 * clause without one states no experience length (years.ts reads which seasons are years).
 */
const YEAR_WORD = String.raw`\b(?:years?|yrs?|months?|seasons|vintages)\b`;

/**
 * A word that may name a degree: `degree|diploma|bachelor|master|ph\.?\s?d|doctor|high[- ]school|
 * b\.s\.|m\.s\.|b.tech|b.e.|m.tech`, one of the whole-word abbreviations GED, BS, BA, BSc, BEng,
 * BSN, BCA, BSEE (BSCE, BSME …), MS, MSc, MEng, MSN, MBA, MCA, HND, HNC, GCSE(s), with the alternatives grouped by first letter (the same strings
 * match): fewer alternatives are tried at each offset, which scans ~1.4× faster. Two more hold no
 * such word and are hinted by a rare first character, not by the common "a": "-level(s)" (UK
 * "A-levels") and Indeed's parenthesised "(Required)"/"(Preferred)" (its education line names the
 * level alone: "Associate (Required)").
 */
const DEGREE_WORD = String.raw`d(?:egree|iploma|octor)|b(?:achelor|\.s\.|\.?\s?tech|\.e\.|\.?\s?pharm)|m(?:aster|\.s\.|\.?\s?tech|\.sc)|graduate\b|ph\.?\s?d|\b(?:GED|B(?:[SA]|Sc|Eng|SN|CA|S(?:EE|CE|ME|CS|ChE|IE))|M(?:S|Sc|Eng|SN|BA|CA)|HN[CD]|GCSEs?)\b|high[- ]school|-levels?\b|\((?:required|preferred)\)`;

/**
 * Either word, the year word captured. A match of one never covers the start of the other (no
 * degree word holds a "y" or "month", and none starts with a letter of "years" or "months" but
 * the "m" of "master", which "months" never holds), so scanning a clause from
 * match to match finds each kind it holds, as its own test on the clause would.
 */
const EITHER_WORD = new RegExp(`(${YEAR_WORD})|${DEGREE_WORD}`, 'gi');

/** Degree words looked for as plain strings (`hintedClauses`). */
const RARE_DEGREE_FORMS = ['Leaving Cert', 'Matric', 'Grade 12', 'Year 12', '12th', 'J.D', 'JD', 'Juris', 'B.Sc', 'B.Com', 'BCom', 'M.Com', '(Hons)', 'Matura', 'econdary education', 'ertiary degree', 'ertiary qualification', 'enrolled', 'MBO', 'NFQ', 'hird-level', 'hird level', 'LL.B', 'LLB', 'DVM', 'VMD', 'BVSc', 'BVetMed', 'BVMS', 'BVM&S', 'MVB', 'PharmD', 'Pharm.D', 'DDS', 'DMD', 'DPT', 'PsyD', 'Psy.D', 'DNP', 'NCEA', 'econdary school', 'GCE', 'NITEC', 'Handesai', 'HSSC', 'FSc', 'F.Sc', 'I.Com', 'ost-secondary', 'ostsecondary', 'DipHE', '10+2', 'igher education', 'áster'];

/** "Associate of Applied Science", "Associate in Nursing": a degree named without the word. */
const ASSOCIATE_OF = /\bassociate (?:of|in)\b/i;

/** A clause outside any blurb holding a year word (`years`), a degree word (`degree`) or both. */
export interface HintedClause {
  clause: Span;
  /** The clause's text. */
  body: string;
  years: boolean;
  degree: boolean;
}

/** The clauses not inside a blurb section that hold a year or a degree word, in order. */
export function hintedClauses(text: string, clauses: readonly Span[], sections: readonly Section[]): HintedClause[] {
  const hinted: HintedClause[] = [];
  const rare = RARE_DEGREE_FORMS.filter((form) => text.includes(form));
  for (const clause of clauses) {
    // Years and degrees found in a blurb section are dropped: a clause all inside one is not read.
    if (insideBlurb(sections, clause.start, clause.end)) continue;
    const body = text.slice(clause.start, clause.end);
    let years = false;
    let degree = false;
    EITHER_WORD.lastIndex = 0;
    for (let m = EITHER_WORD.exec(body); m && !(years && degree); m = EITHER_WORD.exec(body)) {
      if (m[1] !== undefined) years = true;
      else degree = true;
    }
    // Rarer forms, hinted apart: Ireland's and South Africa's school-leaving exams ("Matric (Grade
    // 12)"), a law school's J.D., "B.Sc.", "B.Com", "BE(Hons)". As alternatives of EITHER_WORD
    // they made the scan of every clause a tenth slower.
    if (!degree && rare.length > 0 && rare.some((form) => body.includes(form))) degree = true;
    // "Associate of Applied Science" names no degree word; as an alternative of EITHER_WORD, any
    // word starting with "a" made the scan a tenth slower, so it is looked for with `includes`.
    if (!degree && body.includes('ssociate') && ASSOCIATE_OF.test(body)) degree = true;
    if (years || degree) hinted.push({ clause, body, years, degree });
  }
  return hinted;
}
