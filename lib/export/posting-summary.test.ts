import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text';
import type { Posting } from '../posting';
import { postingSummary } from './posting-summary';

const posting = (text: string, over: Partial<Posting> = {}): Posting => ({
  ...parseText(text),
  capturedAt: 0,
  updatedAt: 0,
  status: 'new',
  tags: [],
  note: '',
  ...over,
});

describe('postingSummary', () => {
  it('gives title, place, facts, requirements and the link, one per line', () => {
    const p = posting(
      'Systems Administrator\nCompany: Acme Corp\nLocation: Hartford, CT\nThis is a full-time position.\nRequirements:\n- 3+ years of Windows Server and Active Directory\n- CCNA required\nPreferred:\n- VMware is a plus',
      { url: 'https://acme.example/jobs/7' },
    );
    expect(postingSummary(p).split('\n')).toEqual([
      'Systems Administrator',
      'Acme Corp · Hartford, CT',
      'full-time',
      'Experience: 3+ years',
      'Required certifications: CCNA',
      'Required skills: Windows Server, Active Directory',
      'Preferred skills: VMware',
      'https://acme.example/jobs/7',
    ]);
  });

  it('gives experience under a year in months', () => {
    expect(postingSummary(posting('Warehouse Associate\nRequirements:\n- 6 months of warehouse experience'))).toContain('Experience: 6+ months');
  });

  it('leaves out what the posting does not say', () => {
    expect(postingSummary(posting('Warehouse Associate\nPack boxes and keep the floor tidy every day of the week.'))).toBe('Warehouse Associate');
  });
});
