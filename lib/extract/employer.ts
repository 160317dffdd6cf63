/**
 * Names the text uses for its employer ("GitLab is the intelligent orchestration platform ...",
 * "At Calendly, we ..."). A technology named only as the employer is the company, not a skill
 * asked of the candidate (LABELING.md: company blurbs are not requirements).
 */

const NAME = String.raw`([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})`;
/** What makes "X is a ..." a verdict on a skill, not a company: "Terraform is a strong plus", "SQL is a must". */
const VERDICT = String.raw`(?:(?:strong|big|huge|definite|distinct|real|major|great|nice|key)\s+)?(?:plus|must|bonus|requirement|prerequisite|advantage|asset|benefit)\b`;
const IS_A = String.raw`${NAME}\s+(?:\([^)]{1,40}\)\s+)?(?:is|are)\s+(?:a|an|the|building|tapping|proud|committed|on a mission|dedicated|growing|hiring|seeking|looking|transforming|redefining|reimagining)\b(?!\s+${VERDICT})`;
/**
 * "X is a ..." opening the text, then after a sentence end or a line break: the pattern
 * `(?:^|[.!?]\s+|\n\s*)X is a` in two parts. The `^` alternative, tried at every offset of a
 * global scan though it can only match at 0, made the scan ~1.4× slower; run alone at offset 0 it
 * matches there exactly when that alternative did, and the scan goes on from where it ended.
 */
const IS_A_AT_START = new RegExp(IS_A, 'y');
const IS_A_AFTER_BREAK = new RegExp(String.raw`(?:[.!?]\s+|\n\s*)${IS_A}`, 'g');
const AT_OR_JOIN = new RegExp(String.raw`\b(?:At|Join)\s+${NAME},`, 'g');
const NOT_A_NAME = new Set(['this', 'the', 'it', 'we', 'our', 'you', 'there', 'that', 'they', 'he', 'she', 'what', 'who', 'here', 'each', 'all', 'your', 'the role', 'this role', 'this position']);

/** Lower-cased employer names found in the first part of `text`. */
export function employerNames(text: string): Set<string> {
  const head = text.slice(0, 3000);
  const names = new Set<string>();
  const add = (m: RegExpExecArray): void => {
    const name = (m[1] ?? '').trim().toLowerCase();
    if (name && !NOT_A_NAME.has(name) && !NOT_A_NAME.has(name.split(/\s+/)[0] ?? '')) names.add(name);
  };
  IS_A_AT_START.lastIndex = 0;
  const first = IS_A_AT_START.exec(head);
  if (first) add(first);
  IS_A_AFTER_BREAK.lastIndex = first ? IS_A_AT_START.lastIndex : 0;
  for (let m = IS_A_AFTER_BREAK.exec(head); m; m = IS_A_AFTER_BREAK.exec(head)) add(m);
  AT_OR_JOIN.lastIndex = 0;
  for (let m = AT_OR_JOIN.exec(head); m; m = AT_OR_JOIN.exec(head)) add(m);
  return names;
}
