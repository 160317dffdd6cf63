import type { Posting, ParsedPosting, Requirement } from './posting';

/** The shape of ../shared/fixtures/GOLD-FORMAT.md, which `score-gold.mjs` scores. */
export interface GoldPosting {
  id: string;
  title: string | null;
  company: string | null;
  location: string | null;
  employmentType: string | null;
  seniority: string | null;
  workplace: string | null;
  minYearsExperience: number | null;
  education: { level: string; orEquivalent: boolean } | null;
  certifications: Array<{ name: string; required: boolean }>;
  skills: Array<{ name: string; required: boolean }>;
  salary: { min: number; max: number; currency: string | null; period: string } | null;
}

const items = (list: Requirement[]) => list.map((r) => ({ name: r.name, required: r.required }));

/** A posting in gold format; `id` is the fixture's base name. */
export function toGold(posting: Posting | ParsedPosting, id: string): GoldPosting {
  const { requirements: req } = posting;
  return {
    id,
    title: posting.title.value,
    company: posting.company.value,
    location: posting.location.value,
    employmentType: posting.employmentType.value,
    seniority: posting.seniority.value,
    workplace: posting.workplace.value,
    minYearsExperience: req.minYearsExperience?.min ?? null,
    education: req.education ? { level: req.education.level, orEquivalent: req.education.orEquivalent } : null,
    certifications: items(req.certifications),
    skills: items(req.skills),
    salary: posting.salary.value,
  };
}
