import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const years = (text: string) => extractRequirements(text).minYearsExperience?.min ?? null;

describe('minimum years of experience', () => {
  it.each([
    ['5+ years of experience with Linux', 5],
    ['- 3+ years of Windows Server and Active Directory', 3],
    ['2 years with AWS or Azure', 2],
    ['At least three (3) years of experience in IT support', 3],
    ['1-3 years of experience', 1],
    ['at least 1- 3 years of experience in service desk', 1],
    ['at least 2-3 year experience in a similar role', 2],
    ['Ten (10) or more years of Network Engineering experience\nFive (5) or more years of experience with Linux', 5],
    ['3–10+ years experience in developer tooling', 3],
    ['Minimum 3 years of equivalent experience.', 3],
    ['A minimum of four (4) years of hands-on experience', 4],
    ['1+ Year of proven experience in a helpdesk role', 1],
    ['8+ years proven experience in ADAS Technology', 8],
    ['A four-year degree, or 8 years of exact job experience is required.\nA minimum of four (4) years of experience.', 4],
    ['College degree or equivalent experience required and/or a minimum of 5+ years of professional experience.', 5],
    ['4+ years testing web apps experience\n2+ years of mobile testing experience (preferred)', 4],
    ['Requirements\n- 6 years of experience\nPreferred Qualifications\n- 2 years of experience with Go', 6],
  ])('%s → %s', (text, expected) => {
    expect(years(text)).toBe(expected);
  });

  it.each([
    'Previous laboratory experience is required',
    'Benefits available after 90 days of employment',
    'Named a best place to work for the third year in a row',
    'Must be 18 years of age or older',
    'We have been in business for over 20 years',
    '2+ years of experience with Kubernetes preferred',
    'In just 18 months, we grew to 200 people',
    'Celebrating 25 years of Excellence in service',
    'For 20 years of Innovation we have led the market',
    'Over 15 years of Growth and counting',
  ])('no required years in: %s', (text) => {
    expect(years(text)).toBeNull();
  });

  it('gives the clause as evidence', () => {
    const text = 'Intro line.\n- 2+ years of experience working as an Okta Administrator.';
    const y = extractRequirements(text).minYearsExperience;
    expect(text.slice(y?.evidence?.start, y?.evidence?.end)).toBe('- 2+ years of experience working as an Okta Administrator.');
  });
});
