import { describe, expect, it } from 'vitest';
import { warmUpParser } from './warm-up';

describe('warmUpParser', () => {
  // The sample must keep reaching every step a capture runs, or the warm-up leaves some cold.
  it('reads every field of its sample, each from the step a real capture reads it with', () => {
    const p = warmUpParser();
    expect([p.title.value, p.company.value, p.location.value]).toEqual(['Data Analyst', 'Example Co', 'Springfield, IL']);
    expect(p.title.source).toMatch(/^selector:/);
    expect([p.employmentType.value, p.seniority.value, p.workplace.value]).toEqual(['full-time', 'associate', 'hybrid']);
    expect(p.salary.value).toEqual({ min: 70000, max: 85000, currency: 'USD', period: 'year' });
    const r = p.requirements;
    expect(r.skills.map((s) => [s.name, s.required])).toEqual([['SQL', true], ['Python', true], ['Tableau', false]]);
    expect(r.certifications.map((c) => [c.name, c.required])).toEqual([['AWS Certified Cloud Practitioner', false]]);
    expect(r.minYearsExperience?.min).toBe(3);
    expect(r.education).toMatchObject({ level: 'bachelor', orEquivalent: true });
    expect(r.softSkills).toEqual(['communication']);
  });
});
