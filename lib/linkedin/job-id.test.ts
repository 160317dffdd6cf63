import { describe, expect, it } from 'vitest';
import { isLinkedInUrl, jobIdFromAttribute, jobIdFromUrl } from './job-id';
import { canonicalUrl } from '../canonical-url';

describe('jobIdFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4411867124/', '4411867124'],
    ['https://au.linkedin.com/jobs/view/senior-engineer-at-heidi-4411867124?trk=x', '4411867124'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4302668926&keywords=a', '4302668926'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4302668926', '4302668926'],
    ['https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4302668926', '4302668926'],
    ['https://www.linkedin.com/jobs/', null],
    ['not a url', null],
  ])('%s → %s', (url, id) => expect(jobIdFromUrl(url)).toBe(id));

  it('reads ids from pane attributes', () => {
    expect(jobIdFromAttribute('4302668926')).toBe('4302668926');
    expect(jobIdFromAttribute('JobDetails_AboutTheJob_4399912345')).toBe('4399912345');
    expect(jobIdFromAttribute('/jobs/view/4302668926/?alternateChannel=search')).toBe('4302668926');
    expect(jobIdFromAttribute(undefined)).toBeNull();
  });

  it('knows LinkedIn hosts and nothing else', () => {
    expect(isLinkedInUrl('https://au.linkedin.com/jobs/view/1')).toBe(true);
    expect(isLinkedInUrl('https://linkedin.com.evil.example/jobs/view/1')).toBe(false);
  });
});

describe('canonicalUrl', () => {
  it('drops tracking parameters and fragments, sorts the rest', () => {
    expect(canonicalUrl('https://boards.example.com/acme/jobs/42/?utm_source=li&gh_src=x&b=2&a=1#apply')).toBe(
      'https://boards.example.com/acme/jobs/42?a=1&b=2',
    );
  });
  it('refuses non-web addresses', () => expect(canonicalUrl('file:///tmp/x.html')).toBeNull());
});
