import type { Posting, Requirement } from '../posting';

/** A requirement for tests; `required` defaults to true. */
export const req = (name: string, required = true, kind: Requirement['kind'] = 'skill'): Requirement => ({
  name,
  kind,
  category: kind === 'skill' ? 'other' : 'certification',
  required,
  matched: name,
  evidence: null,
});

/** A complete posting for tests, with every field overridable. */
export function makePosting(overrides: Partial<Posting> & { jobId: string }): Posting {
  return {
    site: 'linkedin',
    url: null,
    title: { value: 'Engineer', source: 'text' },
    company: { value: 'Acme', source: 'text' },
    location: { value: null, source: 'none' },
    employmentType: { value: null, source: 'none' },
    seniority: { value: null, source: 'none' },
    workplace: { value: null, source: 'none' },
    salary: { value: null, source: 'none' },
    postedText: { value: null, source: 'none' },
    descriptionHtml: '',
    descriptionText: '',
    requirements: { skills: [], certifications: [], minYearsExperience: null, education: null, softSkills: [] },
    completeness: { score: 1, missing: [] },
    capturedAt: 0,
    updatedAt: 0,
    status: 'new',
    tags: [],
    note: '',
    ...overrides,
  };
}
