/**
 * Names the text uses for its employer ("GitLab is the intelligent orchestration platform ...",
 * "At Calendly, we ..."). A technology named only as the employer is the company, not a skill
 * asked of the candidate (LABELING.md: company blurbs are not requirements).
 */

const NAME = String.raw`([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|[.!?]\s+|\n\s*)${NAME}\s+(?:\([^)]{1,40}\)\s+)?(?:is|are)\s+(?:a|an|the|building|tapping|proud|committed|on a mission|dedicated|growing|hiring|seeking|looking|transforming|redefining|reimagining)\b`, 'g'),
  new RegExp(String.raw`\b(?:At|Join)\s+${NAME},`, 'g'),
];
const NOT_A_NAME = new Set(['this', 'the', 'it', 'we', 'our', 'you', 'there', 'that', 'they', 'he', 'she', 'what', 'who', 'here', 'each', 'all', 'your', 'the role', 'this role', 'this position']);

/** Lower-cased employer names found in the first part of `text`. */
export function employerNames(text: string): Set<string> {
  const head = text.slice(0, 3000);
  const names = new Set<string>();
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const name = (m[1] ?? '').trim().toLowerCase();
      if (name && !NOT_A_NAME.has(name) && !NOT_A_NAME.has(name.split(/\s+/)[0] ?? '')) names.add(name);
    }
  }
  return names;
}
