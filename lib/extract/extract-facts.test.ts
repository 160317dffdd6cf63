import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts';

describe('employment type', () => {
  it.each([
    ['Job Type: Full-time', 'full-time'],
    ['### Employment Type: Full-Time', 'full-time'],
    ['This is a full time position with benefits', 'full-time'],
    ['This is a part-time role', 'part-time'],
    ['Employment type: Contract', 'contract'],
    ['(This position is full-time remote opportunity.)', 'full-time'],
    ['The anticipated annual base salary range for this full-time position is $150,000 to $165,000.', 'full-time'],
  ])('%s → %s', (text, expected) => {
    expect(extractFacts(text).employmentType).toBe(expected);
  });

  it.each(['How GitLab Supports Full-Time Employees', 'Our full-time employees enjoy perks', 'Seeking an exciting internship?'])(
    'not stated: %s',
    (text) => {
      expect(extractFacts(text).employmentType).toBeNull();
    },
  );
});

describe('workplace', () => {
  it.each([
    ['Senior Network Engineer - Linux (remote)', 'remote'],
    ['Hours/Location: Monday-Friday 8:00-5:00pm, CST-Remote', 'remote'],
    ['# Business Analyst II-Remote', 'remote'],
    ['This position is a remote position.', 'remote'],
    ['Fully remote role with flexible hours', 'remote'],
    ['Location: Remote, United States', 'remote'],
    ['Flexible hybrid working environment, with 3 days in the office.', 'hybrid'],
    ['This is a hybrid role based in Boston', 'hybrid'],
    ['You will work on-site in our Dayton facility', 'on-site'],
  ])('%s → %s', (text, expected) => {
    expect(extractFacts(text).workplace).toBe(expected);
  });

  it.each([
    'Experience with hybrid cloud environments',
    'Provide remote support to users',
    'Hybrid virtual networks and remote access VPN',
    'We have roles that are designated as remote, hybrid, office or field',
    'The ability to work in a remote and independent environment',
    'We are unable to offer remote work to residents of Alaska',
  ])('not stated: %s', (text) => {
    expect(extractFacts(text).workplace).toBeNull();
  });
});

describe('salary', () => {
  it.each([
    ['Wage: $24-$27 per hour depending on experience', { min: 24, max: 27, currency: 'USD', period: 'hour' }],
    ['Pay: $24 - $27 per hour', { min: 24, max: 27, currency: 'USD', period: 'hour' }],
    ['Salary: $95k- 110k', { min: 95000, max: 110000, currency: 'USD', period: 'year' }],
    ['Starting Pay is $16.00 per hour', { min: 16, max: 16, currency: 'USD', period: 'hour' }],
    ['Base Pay Range National - Salary$99,450—$134,550 USD', { min: 99450, max: 134550, currency: 'USD', period: 'year' }],
    ['The annual base salary range is $150,000 to $165,000.', { min: 150000, max: 165000, currency: 'USD', period: 'year' }],
    ['💰Compensation: Up to $18,000 p/m + Benefits', { min: 18000, max: 18000, currency: 'USD', period: 'month' }],
    ['Salary: £45,000 - £55,000 per annum', { min: 45000, max: 55000, currency: 'GBP', period: 'year' }],
    ['Compensation: €60k–€70k a year', { min: 60000, max: 70000, currency: 'EUR', period: 'year' }],
    ['Salary: A$120,000 - A$140,000', { min: 120000, max: 140000, currency: 'AUD', period: 'year' }],
    ['Pay: $30-$35/hr in New York; $25-$30/hr elsewhere', { min: 30, max: 35, currency: 'USD', period: 'hour' }],
  ])('%s', (text, expected) => {
    expect(extractFacts(text).salary).toEqual(expected);
  });

  it.each([
    'Referral Bonus Program – up to $750!',
    'A generous personal development budget of $500 per annum',
    'Backed by nearly $100 million in funding',
    'medical coverage that has $0 deductibles, $0 co-pays',
    'No pay information here',
  ])('not pay: %s', (text) => {
    expect(extractFacts(text).salary).toBeNull();
  });

  it('never throws', () => {
    for (const text of ['', '$', '$$$$', 'Salary: $', '\uD800', 'Pay: $1,2,3,4 - $'.repeat(1000)]) {
      expect(() => extractFacts(text)).not.toThrow();
    }
  });
});
