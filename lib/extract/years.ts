/**
 * Minimum years of experience: the smallest number among required experience statements ("5+
 * years", "at least three (3) years", "1-3 years" → 1, "Ten (10) or more years", "1.5 years",
 * Indeed's "Truck driving: 2 years (Required)", "Years of experience: 3+"), skipping those marked
 * preferred, in a preferred section or in company/benefit text, and upper bounds ("up to 2 years").
 * A degree alternative ("or 8 years of exact job experience") is kept: it only wins when nothing
 * smaller is asked, which is what taking the minimum does.
 */
import type { YearsOfExperience } from '../posting';
import type { HintedClause } from './clause-hints';
import { LIST_MARKS } from './list-marks';
import { NUMBER, numberValue } from './numbers';
import { clauseVerdict, phraseEnd } from './preference';
import { sectionAt, type Section } from './sections';

/**
 * A number of years, or a range of them: "5+ years", "3-5 yrs", "Ten (10) or more years", "1.5
 * years", "5 years+", "between seven and ten years"; a year's cycle ("two filing seasons", "three
 * vintages": a plain "season" is half a year in hotels and theatres); or of months ("6 months",
 * "18 months+", "6-12 months", captured: the value is in twelfths). Not inside a word ("often"
 * holds no "ten"); a number right after a dot is skipped by the loop ("1.25 years" is not 25).
 */
const YEARS = new RegExp(
  `\\b(\\d{1,2}\\.\\d|${NUMBER})\\s*\\+?\\s*(?:(?:-|–|—|to|(?<=\\bbetween\\s+\\S+\\s*)and)\\s*(?:\\d{1,2}\\.\\d|${NUMBER})\\s*\\+?\\s*)?(?:or more\\s+|plus\\s+)?(?:full[- ]time\\s+)?(?:years?|yrs?|(months?)|(?:filing|growing|harvest|milking|calving|dairy) seasons|vintages)\\b\\+?`,
  'gi',
);
/** A range from zero: "0-2 years", "0 to 1 year". */
const ZERO_TO = /^0\s*(?:-|–|—|to)\s*\d/;
/** "1.5": a value with a decimal point (`numberValue` reads digits and number words). */
const DECIMAL = /^\d{1,2}\.\d$/;
/** Experience named after the number: "of experience", "exp", "working as", "in a similar role"; UK "PQE". */
const EXPERIENCE_AFTER = /^[^.;]{0,100}?\b(?:experience|exp\b|PQE\b|background|working (?:in|with|as|on)|in (?:a|an|the)\b[^.;]{0,40}\b(?:role|position|environment))/i;
/**
 * Months count only as experience named within a few words ("6 months of retail experience",
 * "6-12 months' experience", "6 months to 1 year of AP/AR experience", "12+ months working as a vet
 * nurse"): months name probation, notice and benefit periods far more often.
 */
const MONTHS_OF_EXPERIENCE = /^['’]?\s+(?:of\s+)?(?:(?:[\w/&+-]+\s+){0,6}?(?:experience|exp\b)|working (?:as|in)\b|sea[- ]?time\b)/i;
/** Experience, then its length in a bracket: "Demonstrated experience (minimum 12 months) operating plants". */
const EXPERIENCE_BRACKET_BEFORE = /\b(?:experience|exp)\s*\(\s*(?:(?:a\s+)?minimum(?:\s+of)?|at least|min\.?)?\s*$/i;
/** Asked-for words before the number; "including" follows years already asked ("5+ years in DevOps, including 3+ years running Kubernetes"). */
const LEAD_IN = /(?:experience|minimum(?: of)?|at least|min\.?|requires?|required|including|must have:?)[^.;]{0,30}$/i;
/**
 * Part of the years just stated: "Five or more years of litigation experience, at least three of
 * which must be in a law firm" asks for three years (LABELING.md: the smallest required number).
 */
const OF_WHICH = new RegExp(`\\b(?:at least|minimum of|including)\\s+(\\d{1,2}|${NUMBER})(?:\\s*\\(\\d{1,2}\\))?\\s+(?:of (?:which|those|these|them)|(?:must|should) be)\\b`, 'i');
/**
 * The same, the part named after the whole: "5+ years of backend development, of which at least 2
 * with Go", "5+ years building mobile apps, 3+ of them with Flutter", "3+ of them writing Go".
 */
const PART_OF_THEM = new RegExp(
  `\\b(?:of (?:which|those|these|them),?\\s+(?:at least\\s+|a minimum of\\s+)?(\\d{1,2}|${NUMBER})|(\\d{1,2}|${NUMBER})\\+?\\s+of (?:which|those|these|them))\\+?(?:\\s+(?:years?|yrs?))?\\s+(?:(?:must|should) be\\s+)?(?:in|with|as|on|at|(?!(?:some|no|any|every)thing\\b)[a-z]{2,}ing)\\b`,
  'i',
);
/**
 * Part of the years just stated, as a narrower span: "Minimum 2 years' front of house experience,
 * with at least 12 months in a supervisor role" asks for one year (months or years); "with at
 * least two full years in a closing (AE) role", "6+ years in software, with 3+ years building ML
 * platforms"; the unit may be left out ("5+ years in platform engineering, including at least 3
 * running production workloads on AWS", "including at least two focused on security").
 */
const WITH_AT_LEAST = new RegExp(`\\b(?:with|including)(?: at least| no less than| not less than| a minimum of| minimum)?\\s+(\\d{1,2}|${NUMBER})\\+?(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:(?:(?:full|complete|solid|recent)\\s+)?(years?|months?)\\s+)?(?:in|as|of|focused|spent|dedicated|(?!(?:some|no|any|every)thing\\b)[a-z]{2,}ing)\\b`, 'i');
/** "Minimum of", "At least", "Required:", "Must have" right before the number: it is asked for. */
const EXPLICIT_LEAD_IN = /\b(?:minimum(?: of)?|at least|min\.?|requires?|required|must have)\s*:?\s*$/i;
/** "3+ years of Python", "5 years with AWS", "7+ years of modern C++": a named technology right after stands for experience. */
const NAMED_SKILL_AFTER = /^\s*(?:of|with|using|in)\s+(?:(?:hands-on|professional|production|enterprise|modern|commercial|solid|strong|recent|advanced)\s+)?(?:[A-Z][\w+#./-]*|[a-z]+[A-Z][\w+#./-]*)/;
/**
 * Years of something else: age, the employer's history, a warranty, service for a benefit, a time
 * ahead or behind ("four years from now"), schooling ("2 years of college", "4 years of
 * university study": education, not experience, but "2 years of post-secondary teaching"), or what may stand in for a degree ("An additional
 * four (4) years of relevant experience may be substituted in lieu of a degree").
 */
const NOT_EXPERIENCE_AFTER =
  /^[^.;\n]{0,60}?\b(?:may|can) be substituted\b|^\s*(?:of age|old|in business|in a row|of service(?!\s+(?:advisors?|writers?|technicians?|desk|managers?|management|delivery|engineer\w*|industry|sector|coordinat\w*|representatives?|agents?|roles?|work|experience|operations)\b)|warranty|from now|ago|later|of (?:college|university|post-?secondary|higher education|school(?:ing)?|stud(?:y|ies)|coursework|(?:formal )?education|undergraduate)(?!\s+(?:teaching|instruction(?:al)?|lecturing)\b))/i;
/**
 * A period ("within 2 years", "for the past 20 years", "over 15 years of Growth"), an upper bound
 * ("up to 2 years", "less than 2 years", "no more than 5 years": no minimum is asked), the top of a
 * range in months ("6 months to 1 year": the minimum is not a whole year), what the job gives
 * ("you will gain 2 years of experience"), or what something else stands in for ("a Master's
 * degree may substitute for one year of experience", "in lieu of 2 years").
 */
/** A perk's condition, no requirement: "$10,000 sign-on bonus for RNs with 1+ year of acute care experience". */
const PERK_BEFORE = /\b(?:bonus|sign[- ]on|referral|allowance|stipend)\b[^.;\n]{0,60}$/i;
const NOT_EXPERIENCE_BEFORE =
  /(?:\bheld for(?: at least| a minimum of| over| more than)?|within|after|for the (?:past|last)|over the (?:past|last)|in the (?:past|last)|next|every|founded|over|celebrat\w*|anniversary|\b(?:up to|less than|fewer than|under|no more than|not more than|at most|maximum(?: of)?|max\.?|months?\s*(?:-|–|—|to|or)|gain|earn|substitut\w*\s+for|in\s+lieu\s+of|equivalent\s+to|count(?:s|ed)?\s+(?:as|towards?|for)))\s*$/i;
/**
 * "Over 5 years of experience in marketing" opening a clause (a list item) is a requirement; "over"
 * elsewhere is a period ("over 15 years of Growth") or company history ("with over 20 years ...").
 */
const OVER_OPENING = /^[\s\-*•·▪◦]*(?:\d{1,2}[.)]\s+)?over\s*$/i;
/** The employer speaking: "over 20 years" in such a clause is its history, not a requirement. */
const COMPANY_VOICE = /\b(?:we|our|us)\b/i;
/**
 * A list item that opens with the years ("- 7+ years in software engineering", "- Minimum 3 years
 * as a team lead", "You have 5+ years of software development", "You've got 3+ years running
 * social", "You'll need 2+ years in customer service"): only a bullet, a lead-in or "you have" before
 * the number. Such an item states experience even when the word is left out, if a
 * field or an activity follows (`FIELD_AFTER`).
 */
const ITEM_OPENING =
  new RegExp(String.raw`^[\s${LIST_MARKS}]*(?:\d{1,2}[.)]\s+)?(?:(?:a\s+)?minimum(?:\s+of)?\s+|at\s+least\s+|min\.?\s+|more\s+than\s+|(?:you(?:['’]ve|['’]ll| will)?\s+)?(?:(?:have|bring|possess|need)\s*:?\s+)?(?:got\s+)?)?$`, 'iu');
/**
 * An item of a list on one line after a label that asks ("Need: Red Seal Welder, a valid ABSA
 * ticket, 3+ years in a pressure vessel shop", "Must have: CSCS, 2 years on site"): a comma before
 * the number, the label's colon before that, no sentence between.
 */
const INLINE_ITEM = /^[^\S\n]*(?:[\p{L}'’]+[^\S\n]+){0,3}(?:needs?|required|requirements|must[- ]haves?|must have|essentials?|qualifications)[^\S\n]*:[^:.;\n]*,[^\S\n]*(?:and[^\S\n]+)?$/iu;
/**
 * The candidate's own history, its length last: "You've shipped production software end to end for
 * 4+ years", "You have worked in payroll for 3 years". Not the employer's ("we have ... for 20 years").
 */
const YOU_HAVE_FOR = /^[\s\-*•·▪◦>~]*(?:\d{1,2}[.)]\s+)?you(?:['’]ve| have)\b[^.;:]{0,100}\bfor\s+(?:at least\s+|over\s+|more than\s+)?$/i;
/**
 * Years asked for in the clause's own words, mid-sentence: "You hold an ECY certificate and have 2–4
 * years as an industrial electrician", "We would expect four to six years in building controls" (a
 * field after them, FIELD_AFTER). Not what the job gives ("you will have 2 years to complete it").
 */
const ASKING_BEFORE =
  /(?:\byou(?:['’]ve|\s+(?:have|bring|possess))|\byou\s+\w+\b[^.;:]{0,100}?\band\s+(?:have|bring|possess)|\bwe(?:['’]d|\s+would)?\s+(?:expect|need|require|want|look for))\s+(?:at least\s+|a minimum of\s+|minimum\s+|over\s+|more than\s+)?$/i;
/** A field or an activity after the years of an item: "in sales", "of software development", "as a nurse", "hands-on with chillers", "leading teams", "grant writing". */
const FIELD_AFTER = /^\s+(?:hands[- ]on\s+)?(?:of|in|as|at|on|with|within)\s+\w|^\s+(?:[a-z]{3,}\s+)?[a-z]{3,}ing\b/i;
/** A name right after the years, in its capitals: "4+ yrs UX research", "3 years Java". */
const NAME_AFTER = /^\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)(?:[A-Z]{2,}|[A-Z][a-z]+)\b/;
/**
 * Indeed's structured lines, "Truck driving: 2 years (Required)" / "Forklift: 1 year (Preferred)":
 * a label and colon before, the parenthesised marker right after (which `clauseVerdict` reads).
 */
const LABEL_BEFORE = /:\s*$/;
const PAREN_MARKER_AFTER = /^\s*\((?:required|preferred)\)/i;
/**
 * A label giving the years after a colon: "Years of experience: 3+", "Minimum years of relevant
 * experience: 5", "Years of Experience Required: 3-5", an agency's "Exp: 4–8 yrs". Not "Years of experience: 6
 * months".
 */
const YEARS_LABEL = /\byears\s+of\s+(?:\w+\s+)?experience(?:\s+required)?\s*:\s*(\d{1,2})(?!\s*(?:months?|weeks?|%|[\d.,]))|\b(?:exp|experience|total experience|relevant experience)\s*:\s*(\d{1,2})\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:years?|yrs?)\b/i;

const A_YEAR = /\b(?:at least|a minimum of|minimum of|minimum)\s+a\s+year['’]?s?\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?experience\b/i;

const DOT = 46;
/** Beyond this, a count of months is a period or a term, not experience asked for ("a 48-month lease"). */
const MAX_MONTHS = 36;

/**
 * Whether the years at `index` (`length` characters) in a hinted clause are asked for: not in a
 * blurb, not marked preferred by their own phrase, and not in a preferred section unless marked
 * required. `leadIn`: introduced as a requirement ("Minimum of", "At least"), so that a comma
 * ends their phrase (`phraseEnd`).
 */
function asked(hint: HintedClause, sections: readonly Section[], index: number, length: number, leadIn: boolean): boolean {
  const kind = sectionAt(sections, hint.clause.start + index);
  if (kind === 'blurb') return false;
  const { body } = hint;
  let verdict = clauseVerdict(body, index, length);
  if (verdict === 'preferred') {
    // A marker past the end of the years' own phrase belongs to the next one ("..., ICU experience
    // strongly preferred"): ask again of the phrase alone.
    const end = phraseEnd(body, index + length, leadIn);
    if (end < body.length) verdict = clauseVerdict(body.slice(0, end), index, length);
  }
  return verdict !== 'preferred' && (kind !== 'preferred' || verdict === 'required');
}

const evidenceOf = (hint: HintedClause): YearsOfExperience['evidence'] => ({ start: hint.clause.start, end: hint.clause.end });

/** The value of a YEARS number: "1.5", "5", "Ten (10)". */
const yearsValue = (raw: string): number | null => (DECIMAL.test(raw) ? Number(raw) : numberValue(raw));

/**
 * The smallest required number of years in the text, with the clause it came from, from its
 * clauses outside blurbs that hold a year word (`hintedClauses`).
 */
/**
 * An "Experience" heading over its value, as Canada's Job Bank writes it: "Experience" then "2
 * years to less than 3 years" (the smallest is the first figure); Bangladesh's boards, "Experience
 * Requirements" then "- 3 to 5 year(s)".
 */
const EXPERIENCE_OVER_VALUE = new RegExp(
  `^[^\\S\\n]*(?:experience(?: requirements?)?|required experience)[^\\S\\n]*:?[^\\S\\n]*\\n[^\\S\\n]*(?:[-*•][^\\S\\n]*)?(\\d{1,2}|${NUMBER})\\s+(?:(?:-|–|to)\\s*\\d{1,2}\\s+)?(?:years?|yrs?)(?:\\(s\\))?(?![\\w(]|\\s+(?:of age|old))`,
  'im',
);

export function extractYears(hinted: readonly HintedClause[], sections: readonly Section[], text = ''): YearsOfExperience | null {
  let best: YearsOfExperience | null = null;
  for (const hint of hinted) {
    const { body, years } = hint;
    if (!years) continue;
    // "At least a year's experience": one year, its number a word the patterns above do not read.
    const aYear = body.includes('a year') ? A_YEAR.exec(body) : null;
    if (aYear && (!best || 1 < best.min) && asked(hint, sections, aYear.index, aYear[0].length, true)) best = { min: 1, evidence: evidenceOf(hint) };
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b/i.test(body)) continue;
    YEARS.lastIndex = 0;
    for (let m = YEARS.exec(body); m; m = YEARS.exec(body)) {
      const count = yearsValue(m[1] ?? '');
      const months = m[2] !== undefined;
      // Zero only as a range's low end ("0-2 years of experience": none is the least asked).
      if (count === null || (count === 0 && !ZERO_TO.test(m[0])) || count > (months ? MAX_MONTHS : 30) || (m.index > 0 && body.charCodeAt(m.index - 1) === DOT)) continue;
      const low = months ? Math.round((count / 12) * 100) / 100 : count;
      const after = body.slice(m.index + m[0].length);
      const before = body.slice(0, m.index);
      if (NOT_EXPERIENCE_AFTER.test(after) || PERK_BEFORE.test(before)) continue;
      if (NOT_EXPERIENCE_BEFORE.test(before)) {
        // "Over 5 years of experience ..." opening an item: only with the word "experience".
        if (!(OVER_OPENING.test(before) && !COMPANY_VOICE.test(body) && EXPERIENCE_AFTER.test(after))) continue;
      } else {
        const namedSkill = NAMED_SKILL_AFTER.test(after) && !/\bfor\s*$/i.test(before); // not "for 20 years of Innovation"
        const indeedLine = LABEL_BEFORE.test(before) && PAREN_MARKER_AFTER.test(after);
        // The field after first: anchored, it spares the scans of `before` for most years.
        const item = (FIELD_AFTER.test(after) && (ITEM_OPENING.test(before) || INLINE_ITEM.test(before) || (!months && ASKING_BEFORE.test(before)))) || (NAME_AFTER.test(after) && ITEM_OPENING.test(before)) || YOU_HAVE_FOR.test(before);
        if (months ? !MONTHS_OF_EXPERIENCE.test(after) && !EXPERIENCE_BRACKET_BEFORE.test(before) && !indeedLine && !item : !EXPERIENCE_AFTER.test(after) && !LEAD_IN.test(before) && !namedSkill && !indeedLine && !item) continue;
      }
      if (!best || low < best.min) {
        if (asked(hint, sections, m.index, m[0].length, EXPLICIT_LEAD_IN.test(before))) best = { min: low, evidence: evidenceOf(hint) };
      }
    }
    // Part of years this clause asked for: "..., at least three of which must be in a law firm".
    const found: YearsOfExperience | null = best;
    const ownClause: boolean = found !== null && found.evidence?.start === hint.clause.start;
    // "One" with no unit counts a thing, not a year: "including at least one touring program" (but
    // "including at least two focused on cloud security" are years).
    const withinMatch: RegExpExecArray | null = ownClause ? WITH_AT_LEAST.exec(body) : null;
    const within = withinMatch && (withinMatch[2] !== undefined || !/^one$/i.test(withinMatch[1] ?? '')) ? withinMatch : null;
    const part: RegExpExecArray | null = ownClause ? (OF_WHICH.exec(body) ?? PART_OF_THEM.exec(body) ?? within) : null;
    const partCount: number | null = part ? yearsValue(part[1] ?? part[2] ?? '') : null;
    const partValue: number | null = partCount !== null && part === within && /^m/i.test(within?.[2] ?? '') ? Math.round((partCount / 12) * 100) / 100 : partCount;
    if (found && part && partValue !== null && partValue > 0 && partValue < found.min && asked(hint, sections, part.index, part[0].length, true)) {
      best = { min: partValue, evidence: evidenceOf(hint) };
    }
    const label = body.includes(':') ? YEARS_LABEL.exec(body) : null;
    const figure = label ? ((label[1] ?? label[2]) as string) : '';
    const value = label ? Number(figure) : 0;
    if (label && value > 0 && value <= 30 && (!best || value < best.min)) {
      const at = label.index + label[0].indexOf(figure, label[0].indexOf(':')); // the figure after the label's colon
      if (asked(hint, sections, at, figure.length, false)) best = { min: value, evidence: evidenceOf(hint) };
    }
  }
  if (!best && /xperience(?: requirements?)?[^\S\n]*:?[^\S\n]*\n/i.test(text)) {
    const m = EXPERIENCE_OVER_VALUE.exec(text);
    const value = m ? yearsValue(m[1] ?? '') : null;
    const at = m ? m.index + m[0].length : 0;
    if (m && value !== null && value > 0 && value <= 30 && sectionAt(sections, at) !== 'blurb') {
      const lineEnd = text.indexOf('\n', at);
      best = { min: value, evidence: { start: text.lastIndexOf('\n', at - 1) + 1, end: lineEnd < 0 ? text.length : lineEnd } };
    }
  }
  return best;
}
