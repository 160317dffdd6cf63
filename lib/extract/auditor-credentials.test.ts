import { describe, expect, it } from 'vitest';
import { auditorCredentials } from './auditor-credentials';
import { extractRequirements } from './extract-requirements';

const read = (text: string) => auditorCredentials(text).map((m) => m.entry.name);
const certs = (text: string) => extractRequirements(text).certifications.map((c) => `${c.name}${c.required ? '' : '?'}`);

describe('auditorCredentials', () => {
  it.each([
    ['- ISO 13485 Lead Auditor certificate', ['ISO 13485 Lead Auditor']],
    ['• An IRCA-certified FSMS Lead Auditor qualification', ['FSMS Lead Auditor']],
    // The roles after one standard are each its own; the dictionary's names where it knows the pair.
    ['- ISO/IEC 27001 Lead Auditor or Lead Implementer certification', ['ISO 27001 Lead Auditor', 'ISO 27001 Lead Implementer']],
    ['- ISO 50001 Lead Implementer and Lead Auditor', ['ISO 50001 Lead Implementer', 'ISO 50001 Lead Auditor']],
    // The role first, as French writes it; the standard's year left out.
    ['Certification d’auditeur reconnue (Lead Auditor ISO 9001:2015 certifié IRCA)', ['ISO 9001 Lead Auditor']],
    ['- FSSC 22000 Internal Auditor', ['FSSC 22000 Internal Auditor']],
  ])('%s', (text, names) => {
    expect(read(text)).toEqual(names);
  });

  it('reads none without a standard, and none in a word', () => {
    expect(read('- Experience as a Lead Auditor in financial services')).toEqual([]);
  });

  it('marks each as its line says, in place of the standard inside it', () => {
    expect(certs('Requirements\n- Working knowledge of ISO 9001\nNice to have\n- ISO 13485 Lead Auditor certificate')).toEqual(['ISO 13485 Lead Auditor?']);
  });
});
