import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const edu = (text: string) => {
  const e = extractRequirements(text).education;
  return e ? { level: e.level, orEquivalent: e.orEquivalent } : null;
};

describe('education', () => {
  it.each([
    ["Bachelor's degree in Computer Science or equivalent working experience", 'bachelor', true],
    ["Bachelor's degree, or equivalent technical training, with 1-3 years of experience", 'bachelor', true],
    ['Bachelor’s Degree or equivalent in Computer Science, Information Systems, or related field.', 'bachelor', true],
    ['College degree or equivalent experience required in business or IT', 'bachelor', true],
    ['A four-year degree in business or computer science, or 8 years of exact job experience is required; a Master’s degree is desired.', 'bachelor', true],
    ['🎓 Degree in Mathematics, Computer Science, Physics, Engineering, or related STEM field', 'bachelor', false],
    ['MS or PhD in Engineering, Physics, Computer Science, or a related field (or equivalent experience).', 'master', true],
    ["Bachelor's or Master's degree in Computer Science", 'bachelor', false],
    ['BS/MS in Computer Science', 'bachelor', false],
    ["Bachelor's degree in IT or an Associate's degree with 2 years of experience", 'associate', false],
    ["Associate's degree or equivalent experience", 'associate', true],
    ['High school diploma or equivalent.', 'high-school', false],
    ['High school diploma or GED required', 'high-school', false],
    ['PhD in Machine Learning', 'doctorate', false],
  ])('%s → %s (orEquivalent %s)', (text, level, orEquivalent) => {
    expect(edu(text)).toEqual({ level, orEquivalent });
  });

  it.each([
    "Bachelor's degree strongly preferred",
    "Bachelor's degree preferred or 5 years of experience",
    'Preferred Qualifications:\n- Master’s degree in Computer Science',
    'Experience with MS Office and MS Teams',
    'A high degree of accuracy and a 360 degree view',
    'Warehouse Stock Associate',
  ])('no required degree in: %s', (text) => {
    expect(edu(text)).toBeNull();
  });
});
