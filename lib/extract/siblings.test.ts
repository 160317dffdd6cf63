import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

/** A posting's opening in English (a line alone reads as too short to tell its language). */
const INTRO = 'About the role\nYou will join the team of the plant and work with the operators on the shifts, and you will report to the manager of the site.\nRequirements\n';
const skills = (text: string) => extractRequirements(`${INTRO}${text}`).skills.map((s) => s.name);

describe('numbered standards after a sibling', () => {
  it.each([
    ['- Knowledge of API 510/570/653 inspection codes', ['API 510', 'API 570', 'API 653']],
    ['- Experience with ISO 9001/14001/45001 systems', ['ISO 9001', 'ISO 14001', 'ISO 45001']],
    ['- IEC 61508 and 61511 functional safety', ['IEC 61508', 'IEC 61511']],
  ])('%s → %j', (text, want) => {
    expect(skills(text)).toEqual(want);
  });

  it('reads no sibling in a number of another length or a year', () => {
    expect(skills('- CAPA to ISO 13485 and 21 CFR Part 820')).not.toContain('ISO 21');
    expect(skills('- Inspections to NFPA 70, 2020 edition')).not.toContain('NFPA 2020');
  });
});

describe("France's electrical clearances listed after the first (set-99)", () => {
  const certifications = (text: string) => extractRequirements(text).certifications.map((c) => c.name);
  it.each([
    ['Profil\n- Habilitations électriques BR et B2V à jour', ['Habilitation électrique BR', 'Habilitation électrique B2V']],
    ['Profil\n- Habilitation électrique B1V, B2V, BR exigée', ['Habilitation électrique B1V', 'Habilitation électrique B2V', 'Habilitation électrique BR']],
  ])('%s → %j', (text, want) => {
    expect(certifications(text)).toEqual(want);
  });
});

describe('forms that name no product where they stand (sets 51-55)', () => {
  it.each([
    // A currency's code beside its figure is money.
    ['- 💰 Salary: PHP 38,000 – 45,000 basic pay per month', 'PHP'],
    // A standard's code: the ESD model, no JavaScript.
    ['- ESD testing according to ANSI/ESDA/JEDEC JS-001', 'JavaScript'],
    // Pay's "depending on experience", no design of experiments.
    ['- Attractive package commensurate with experience (DOE)', 'DOE'],
    // Malaysia's school certificate, no Swift Package Manager; electromagnetic compatibility, no Dell.
    ['- Candidates with SPM and at least five (5) years of SMT experience', 'CocoaPods'],
    ['- High-speed designs (DDR4/DDR5) and EMC-critical power stages', 'Dell'],
    // Keysight's drive-test tool, no NVIDIA framework.
    ['- Drive tests using TEMS Investigation or Keysight Nemo', 'NVIDIA NeMo'],
    // Sets 58-63: maritime and aviation words that are also cloud and editor names.
    ['- Monitor compliance with SOLAS and MARPOL, including Annex VI fuel change-overs', 'Vim'],
    ['- Coordinate with DWC ATC, ground handling, fuel and catering', 'Certified Athletic Trainer'],
    ['- IATA Airport Operations Diploma or ACI/ICAO equivalent', 'Azure Container Instances'],
    ['- A current FAA Aircraft Dispatcher Certificate (ADX) is required', 'Azure Data Explorer'],
    ['- Coordinate with the Operations Control Tower and the berth planner', 'AWS Control Tower'],
    ['- Experience with stowage planning software such as XVELA or CASP', 'CompTIA CASP+'],
    ['- Plan each move, including tidal windows and under-keel clearance', 'Windows'],
    ['- Dekksoffisersertifikat klasse 3 (D3) eller høyere', 'D3.js'],
    ['- Deploying and maintaining YSI EXO sondes', 'Exchange Online'],
    ['- Current registration with the Building and Plumbing Commission (formerly the VBA)', 'VBA'],
    // Singapore's Annual Wage Supplement beside the pay.
    ['Monthly salary SGD 9,000 – 12,500, AWS and variable bonus.', 'AWS'],
  ])('%s: no %s', (text, name) => {
    expect(skills(text)).not.toContain(name);
  });

  it('still reads the language and the method where they are named', () => {
    expect(skills('- PHP 8 and Laravel')).toContain('PHP');
    expect(skills('- DOE and SPC on the moulding line')).toContain('DOE');
    expect(skills('- Advanced Excel and VBA macros; Windows Server and AWS')).toEqual(expect.arrayContaining(['VBA', 'Windows Server', 'AWS']));
    // A count of accounts is no month of pay.
    expect(skills('- Run landing zones across 40 AWS accounts')).toContain('AWS');
    expect(skills('- 13th month and 1-month AWS, paid in December')).not.toContain('AWS');
  });
});
