import { describe, expect, it } from 'vitest';
import { highlightSegments, termRanges } from './highlight-text';
import { req } from './posting-fixture';

const TEXT = 'We use Go and Google Cloud. Python is a plus. GO matters.';

describe('termRanges', () => {
  it('finds every occurrence on word boundaries, case-insensitive', () => {
    const ranges = termRanges(TEXT, [req('Go'), req('Python', false)]);
    expect(ranges.map((r) => TEXT.slice(r.start, r.end))).toEqual(['Go', 'Python', 'GO']);
    expect(ranges.map((r) => r.required)).toEqual([true, false, true]);
  });

  it('marks the name as well as the text as written', () => {
    const text = 'Run Kubernetes clusters. Kubernetes daily.';
    const ranges = termRanges(text, [{ ...req('Kubernetes'), matched: 'Kubernetes clusters' }]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Kubernetes clusters', 'Kubernetes']);
  });

  it('lets the longer of two overlapping terms win and escapes regex characters', () => {
    const ranges = termRanges('C++ and Google Cloud', [req('Google Cloud'), req('Google'), req('C++')]);
    expect(ranges.map((r) => r.end - r.start)).toEqual([3, 12]);
  });
});

describe('highlightSegments', () => {
  it('splits the text into plain and marked runs that join back to the text', () => {
    const segments = highlightSegments(TEXT, [req('Python', false)], { start: 28, end: 45 });
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.filter((s) => s.term)).toEqual([{ text: 'Python', term: 'preferred', evidence: true }]);
    expect(segments.filter((s) => s.evidence).map((s) => s.text).join('')).toBe('Python is a plus.');
  });

  it('clamps evidence outside the text and handles empty text', () => {
    expect(highlightSegments('abc', [], { start: 2, end: 99 })).toEqual([
      { text: 'ab', term: null, evidence: false },
      { text: 'c', term: null, evidence: true },
    ]);
    expect(highlightSegments('', [req('Go')])).toEqual([]);
  });
});
