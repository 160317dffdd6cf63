import { describe, expect, it } from 'vitest';
import { parseDocumentTitle } from './document-title';

describe('parseDocumentTitle', () => {
  it('reads the logged-in shape, with an unread count', () => {
    expect(parseDocumentTitle('(3) Site Reliability Engineer | Northwind | LinkedIn')).toEqual({
      title: 'Site Reliability Engineer',
      company: 'Northwind',
      location: null,
    });
  });
  it('reads the guest shape', () => {
    expect(parseDocumentTitle('Heidi hiring Senior Software Engineer in Melbourne, Victoria, Australia | LinkedIn')).toEqual({
      title: 'Senior Software Engineer',
      company: 'Heidi',
      location: 'Melbourne, Victoria, Australia',
    });
  });
  it("reads LinkedIn's Chinese name as its own", () => {
    expect(parseDocumentTitle('Senior Instructional Designer (Corporate eLearning) | Lingxi Learning Technologies | 领英')).toEqual({
      title: 'Senior Instructional Designer (Corporate eLearning)',
      company: 'Lingxi Learning Technologies',
      location: null,
    });
  });
  it('gives nothing for search pages and other sites', () => {
    expect(parseDocumentTitle('Jobs | LinkedIn').title).toBeNull();
    expect(parseDocumentTitle('Careers at Acme').title).toBeNull();
  });
});
