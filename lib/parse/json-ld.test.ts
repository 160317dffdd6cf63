import { describe, expect, it } from 'vitest';
import { findJsonLdJob } from './json-ld';

describe('findJsonLdJob', () => {
  it('finds a JobPosting inside @graph after a broken block', () => {
    const job = findJsonLdJob([
      '{ not json',
      JSON.stringify({
        '@graph': [
          { '@type': 'Organization', name: 'X' },
          {
            '@type': ['JobPosting'],
            title: 'Engineer',
            hiringOrganization: { name: 'Acme' },
            jobLocation: [{ address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: { name: 'US' } } }],
            employmentType: ['FULL_TIME'],
            jobLocationType: 'TELECOMMUTE',
          },
        ],
      }),
    ]);
    expect(job).toMatchObject({ title: 'Engineer', company: 'Acme', location: 'Austin, TX, US', employmentType: 'FULL_TIME', jobLocationType: 'TELECOMMUTE' });
  });
  it('gives null when no block is a JobPosting', () => {
    expect(findJsonLdJob([JSON.stringify({ '@type': 'WebSite' })])).toBeNull();
  });
});
