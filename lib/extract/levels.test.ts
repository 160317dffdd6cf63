import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const certs = (text: string) => extractRequirements(`Requirements:\n${text}\n- more`).certifications.map((c) => `${c.name}${c.required ? '' : '?'}`);
const skills = (text: string) => extractRequirements(`Requirements:\n${text}\n- more`).skills.map((c) => c.name);

describe('levels written beside a known name', () => {
  it.each([
    ['- Dante Certification Level 2 (Audinate)', ['Dante Certification Level 2']],
    ['- Dante Certification Level 2 or 3', ['Dante Certification Level 2', 'Dante Certification Level 3']],
    ['- Level 3 HACCP certificate', ['HACCP Level 3']],
    ['- HACCP Level 1 food safety certificate', ['HACCP Level 1']],
    // The dictionary reads the level as a version of the name: it is the credential's still.
    ['- WSQ Food Safety Course Level 1 certificate (required)', ['WSQ Food Safety Course Level 1']],
    // A level before a standard names the qualification without a noun after it (set-90).
    ['- Level 3 HACCP would be an advantage', ['HACCP Level 3?']],
  ])('%s → %j', (text, names) => {
    expect(certs(text)).toEqual(names);
  });

  it('asks for no credential where no credential noun follows a skill and its level', () => {
    expect(certs('- HACCP Level 2 knowledge of our plant')).toEqual([]);
    expect(skills('- HACCP Level 2 knowledge of our plant')).toEqual(['HACCP']);
    // Nor before a product: "Level 2 Windows support" is a tier of support.
    expect(certs('- Level 2 Windows support for our users')).toEqual([]);
  });

  it("does not read an organisation's certification assessments as a credential asked of the candidate", () => {
    expect(certs('- Help us prepare for CMMC Level 2 certification assessments')).toEqual([]);
  });

  it('keeps a charter passed in stages whole (CFA Level II is a candidate for the CFA)', () => {
    expect(certs('- CFA charterholder, or CFA Level II/III cleared')).toEqual(['CFA']);
  });
});

describe('a level in the words other languages use (set-118)', () => {
  it.each([
    ['Requisitos\n- Certificación WSET Nivel 2 en vinos o superior.', 'WSET Level 2'],
    ['Requisitos\n• Certificación WSET Nivel 3 o Certified Sommelier de la Court of Master Sommeliers', 'WSET Level 3'],
  ])('%s → %s', (text, name) => {
    expect(extractRequirements(text).certifications.map((c) => c.name)).toContain(name);
  });
});
