/**
 * Minimum years of experience: the smallest number among required experience statements ("5+
 * years", "at least three (3) years", "1-3 years" → 1, "Ten (10) or more years"), skipping those
 * marked preferred, in a preferred section or in company/benefit text. A degree alternative ("or 8
 * years of exact job experience") is kept: it only wins when nothing smaller is asked, which is
 * what taking the minimum does.
 */
import type { YearsOfExperience } from '../posting';
import type { HintedClause } from './clause-hints';
import { NUMBER, numberValue } from './numbers';
import { clauseVerdict } from './preference';
import { sectionAt, type Section } from './sections';

const YEARS = new RegExp(
  `(${NUMBER})\\s*\\+?\\s*(?:(?:-|–|—|to)\\s*(${NUMBER})\\s*\\+?\\s*)?(?:or more\\s+|plus\\s+)?(?:full[- ]time\\s+)?(?:years?|yrs?)\\b`,
  'gi',
);
const EXPERIENCE_AFTER = /^[^.;]{0,100}?\b(?:experience|exp\b|background|working (?:in|with|as|on)|in (?:a|an|the)\b[^.;]{0,40}\b(?:role|position|environment))/i;
const LEAD_IN = /(?:experience|minimum(?: of)?|at least|min\.?|requires?|required)[^.;]{0,30}$/i;
/** "3+ years of Python", "5 years with AWS": a named technology right after stands for experience. */
const NAMED_SKILL_AFTER = /^\s*(?:of|with|using|in)\s+(?:(?:hands-on|professional|production|enterprise)\s+)?(?:[A-Z][\w+#./-]*|[a-z]+[A-Z][\w+#./-]*)/;
const NOT_EXPERIENCE_AFTER = /^\s*(?:of age|old|in business|of service|warranty)/i;
const NOT_EXPERIENCE_BEFORE = /(?:within|after|for the (?:past|last)|over the (?:past|last)|in the (?:past|last)|next|every|founded|over|celebrat\w*|anniversary)\s*$/i;

/**
 * The smallest required number of years in the text, with the clause it came from, from its
 * clauses outside blurbs that hold a year word (`hintedClauses`).
 */
export function extractYears(hinted: readonly HintedClause[], sections: readonly Section[]): YearsOfExperience | null {
  let best: YearsOfExperience | null = null;
  for (const { clause, body, years } of hinted) {
    if (!years) continue;
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b/i.test(body)) continue;
    YEARS.lastIndex = 0;
    for (let m = YEARS.exec(body); m; m = YEARS.exec(body)) {
      const low = numberValue(m[1] ?? '');
      if (low === null || low === 0 || low > 30) continue;
      const after = body.slice(m.index + m[0].length);
      const before = body.slice(0, m.index);
      if (NOT_EXPERIENCE_AFTER.test(after) || NOT_EXPERIENCE_BEFORE.test(before)) continue;
      const namedSkill = NAMED_SKILL_AFTER.test(after) && !/\bfor\s*$/i.test(before); // not "for 20 years of Innovation"
      if (!EXPERIENCE_AFTER.test(after) && !LEAD_IN.test(before) && !namedSkill) continue;
      const kind = sectionAt(sections, clause.start + m.index);
      if (kind === 'blurb') continue;
      const verdict = clauseVerdict(body, m.index, m[0].length);
      if (verdict === 'preferred' || (kind === 'preferred' && verdict !== 'required')) continue;
      if (!best || low < best.min) best = { min: low, evidence: { start: clause.start, end: clause.end } };
    }
  }
  return best;
}
