import type { PostingSummary, Requirement } from '../posting';

const names = (items: Requirement[], required: boolean) =>
  items
    .filter((r) => r.required === required)
    .map((r) => r.name)
    .join(', ');

/** "5+ years", "1.5+ years", under a year "6+ months". */
const experience = (min: number) => (min === 0 ? '0+ years' : min < 1 ? `${Math.round(min * 12)}+ months` : `${min}+ years`);

/**
 * A posting as plain text to paste into an email, a chat or an ATS note: title, company and
 * place, the facts, required and preferred requirements, and the link. Lines with nothing to say
 * are left out.
 */
export function postingSummary(p: PostingSummary): string {
  const r = p.requirements;
  const salary = p.salary.value;
  const facts = [
    p.workplace.value,
    p.employmentType.value,
    p.seniority.value,
    salary && `${salary.currency ?? ''} ${salary.min === salary.max ? salary.min : `${salary.min}–${salary.max}`} per ${salary.period}`.trim(),
  ].filter(Boolean);
  const lines = [
    p.title.value ?? 'Untitled posting',
    [p.company.value, p.location.value].filter(Boolean).join(' · '),
    facts.join(' · '),
    r.minYearsExperience && `Experience: ${experience(r.minYearsExperience.min)}`,
    r.education && `Education: ${r.education.level}${r.education.orEquivalent ? ' or equivalent experience' : ''}`,
    names(r.certifications, true) && `Required certifications: ${names(r.certifications, true)}`,
    names(r.skills, true) && `Required skills: ${names(r.skills, true)}`,
    names(r.certifications, false) && `Preferred certifications: ${names(r.certifications, false)}`,
    names(r.skills, false) && `Preferred skills: ${names(r.skills, false)}`,
    p.url,
  ];
  return lines.filter((l): l is string => Boolean(l)).join('\n');
}
