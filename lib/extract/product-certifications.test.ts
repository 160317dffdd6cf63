import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';
import { matchTerms } from './match-terms';
import { productCertifications } from './product-certifications';

const read = (text: string) => productCertifications(text, matchTerms(text), []).map((m) => m.entry.name);
const certs = (text: string) => extractRequirements(text).certifications.map((c) => `${c.name}${c.required ? '' : '?'}`);

describe('productCertifications', () => {
  it.each([
    ['- Amazon Ads Retail certification will be an added advantage', 'Amazon Ads Retail Certification'], // (its Sponsored Ads track is a taxonomy entry since session 25)
    ['- QuickBooks Online ProAdvisor certification a plus', 'QuickBooks Online ProAdvisor'],
    ['Zendesk Explore Reporting certification preferred', 'Zendesk Explore Reporting Certification'],
  ])('%s → %s', (text, name) => {
    expect(read(text)).toEqual([name]);
  });

  it.each([
    // The product alone before the noun: generic (LABELING.md).
    'An AWS certification is a plus',
    'Paid Salesforce certification after six months',
    // A track of generic words.
    '- Azure Security certification preferred',
    // A plural names a family.
    '- Zendesk Explore Reporting certifications',
    // An organisation's certification.
    'helps contractors prepare for CMMC Level 2 certification assessments',
    // A list, not a track.
    'Excel, Advanced certification',
    // Small letters after the product: prose, not a track.
    'Salesforce admin certification',
  ])('%s → none', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps the product as a skill, marks the certification as its line says, and lets a known credential win', () => {
    const r = extractRequirements('Requirements:\n- 3+ years with QuickBooks Online\n- QuickBooks Online ProAdvisor certification is a plus');
    expect(r.certifications.map((c) => `${c.name}${c.required ? '' : '?'}`)).toEqual(['QuickBooks Online ProAdvisor?']);
    expect(r.skills.map((s) => s.name)).toContain('QuickBooks');
    expect(certs('- CompTIA Security+ certification required')).toEqual(['CompTIA Security+']);
  });
});
