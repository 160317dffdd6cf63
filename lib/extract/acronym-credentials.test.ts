import { describe, expect, it } from 'vitest';
import { acronymCredentials } from './acronym-credentials';
import { extractRequirements } from './extract-requirements';

const read = (text: string) => acronymCredentials(text).map((m) => [m.entry.name, m.entry.aliases[0]]);
const certs = (text: string) => extractRequirements(text).certifications.map((c) => `${c.name}${c.required ? '' : '?'}`);

describe('acronymCredentials', () => {
  it.each([
    ['- Certified Revenue Cycle Specialist (CRCS) required', 'CRCS', 'Certified Revenue Cycle Specialist'],
    ['- Chartered Engineer (CEng) status, or working towards it', 'CEng', 'Chartered Engineer'],
    ['- State Registered Barber (SRB)', 'SRB', 'State Registered Barber'],
    ['- Certificate in Advanced Veterinary Nursing (CertAVN) an advantage', 'CertAVN', 'Certificate in Advanced Veterinary Nursing'],
    ["- Cleaning Operator's Proficiency Certificate (COPC)", 'COPC', "Cleaning Operator's Proficiency Certificate"],
    ['- a Licensed Controller Qualification (LCQ) is essential', 'LCQ', 'Licensed Controller Qualification'],
    // The acronym first, its title glossing it.
    ['- CRCS (Certified Revenue Cycle Specialist) preferred', 'CRCS', 'Certified Revenue Cycle Specialist'],
  ])('%s → %s', (text, name, title) => {
    expect(read(text)).toEqual([[name, title]]);
  });

  it.each([
    // Initials that spell something else, or a title with no credential word.
    'Experience with the Electronic Health Record (EHR)',
    'Knowledge of the Bureau of Labor Statistics (BLS) data',
    'Certified Registered Nurse (CNA)',
    // A body, not a credential.
    'Referrals from our Certified Community Behavioral Health Clinic (CCBHC)',
    'Member of the Chartered Institute (CI)',
    // The title goes on past the acronym: only part of it is spelled.
    '- Additional Qualification (AQ) in Special Education, Part 1',
    // Small letters: no title.
    'a certified payroll professional (CPP)',
  ])('%s → none', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('credentials by title and acronym in extraction', () => {
  it('reads a credential no dictionary lists, required or preferred as its line says', () => {
    expect(certs('Requirements:\n- Certified Revenue Cycle Specialist (CRCS) required\n\nNice to have:\n- State Registered Barber (SRB)')).toEqual(['CRCS', 'SRB?']);
  });

  it('leaves a credential the dictionary knows to its entry', () => {
    expect(certs('Requirements:\n- Certified Kubernetes Administrator (CKA)\n- more text here')).toEqual(['CKA']);
  });

  it('reads the credential an acronym stands for over the product it also spells (CPP is no C++ here)', () => {
    expect(certs('Requirements:\n- Certified Payroll Technician (CPT) or Fundamental Payroll Certification (FPC)\n- more')).toContain('CPT');
  });

  it('does not count a credential said again after the registration that grants it', () => {
    const text = 'Requirements:\n- Current registration with the Hair and Barber Council (HBC) – State Registered Barber (SRB)\n- more';
    expect(certs(text)).toEqual(['HBC registration']);
  });

  it("does not read the job's own title in the posting's headline as a credential asked for", () => {
    expect(certs('Registered Practical Nurse (RPN) – Part-Time, Rotating Shifts\n\nJoin our long-term care home.\nRequirements:\n- BLS')).toEqual(['BLS']);
  });
});
