import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';
import { qualificationCertificates, stateLicenses } from './state-licenses';

const names = (text: string) => stateLicenses(text).map((m) => m.entry.name);

describe('stateLicenses', () => {
  it.each([
    ['- Active, unrestricted Ohio pharmacist license in good standing', 'Ohio Pharmacist License'],
    ['- Current Washington State Dental Hygienist license with local anesthesia endorsement', 'Washington Dental Hygienist License'],
    ['- WA Dental Hygienist License (Required)', 'Washington Dental Hygienist License'],
    // "&" between the profession's words: the state's licence, not the dictionary's generic one in it.
    ['- Active North Carolina Property & Casualty Producer license required', 'North Carolina Property & Casualty Producer License'],
    ['Valid Texas Educator Certificate in Mathematics (Grades 7-12)', 'Texas Educator Certificate'],
    ['Must hold a State of Ohio electrical contractors license', 'Ohio Electrical Contractors License'],
    ['West Virginia Nursing License required', 'West Virginia Nursing License'],
    ['Florida Adjuster Licence (2-20)', 'Florida Adjuster License'],
    ['- Active, unrestricted Texas SLP license through TDLR', 'Texas SLP License'],
    ['- California RN license preferred', 'California RN License'],
    // The state after the credential it issues.
    ['- Current, unrestricted Registered Nurse license in the State of Washington at time of hire.', 'Washington Registered Nurse License'],
    ['- APRN license issued by the Arizona State Board of Nursing', 'Arizona APRN License'],
    ['- Licensed Professional Counselor license in the Commonwealth of Virginia', 'Virginia Licensed Professional Counselor License'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    'Valid Texas driver license required',
    "A valid Florida driver's license",
    'Licensed to practice in Texas and obtain a license within 30 days',
    'or the ability to obtain Virginia licensure by comity',
    'OR Certificate in IT Management',
    'Ohio business registration',
    'Valid driver license in the State of Texas',
    'Must obtain a license in the State of Ohio',
    'Business License in the State of Nevada',
  ])('none in: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('gives the phrase as written, and extraction counts it as a certification with its marker', () => {
    const text = 'Requirements:\n- Ohio Pharmacist License (Required)\n- Kentucky pharmacist license preferred';
    expect(stateLicenses(text).map((m) => m.surface)).toEqual(['Ohio Pharmacist License', 'Kentucky pharmacist license']);
    const certs = extractRequirements(text).certifications.map((c) => [c.name, c.required]);
    expect(certs).toEqual([
      ['Ohio Pharmacist License', true],
      ['Kentucky Pharmacist License', false],
    ]);
  });
});

describe('qualificationCertificates', () => {
  it('names a vocational certificate by its level and field, without its course code', () => {
    const text = 'Essential:\n- Certificate III in Electrotechnology Electrician\n- Cert IV in Training and Assessment (TAE40116)\nDesirable:\n- Certificate IV in Veterinary Nursing (ACM40418)';
    expect(qualificationCertificates(text).map((m) => m.entry.name)).toEqual([
      'Certificate III in Electrotechnology Electrician',
      'Certificate IV in Training and Assessment',
      'Certificate IV in Veterinary Nursing',
    ]);
    expect(extractRequirements(text).certifications.map((c) => [c.name, c.required])).toEqual([
      ['Certificate III in Electrotechnology Electrician', true],
      ['Certificate IV in Training and Assessment', true],
      ['Certificate IV in Veterinary Nursing', false],
    ]);
  });

  it('reads no certificate without a level, or without a field', () => {
    expect(qualificationCertificates('A certificate in ISO 9001 auditing; Certificate IV in the making')).toEqual([]);
  });

  it("names Germany's chamber qualifications with their chamber, and a Fachwirt by the field (sets 71, 94)", () => {
    const text = '- Eine Weiterbildung zum Logistikmeister (IHK) oder Fachwirt für Logistiksysteme ist wünschenswert\n- zum Geprüften Fachwirt für Versicherungen und Finanzen (IHK)';
    expect(qualificationCertificates(text).map((m) => m.entry.name)).toEqual(['Logistikmeister (IHK)', 'Fachwirt für Logistiksysteme', 'Fachwirt für Versicherungen und Finanzen']);
  });

  it("names an operator's certificate by its class, and no driving licence's class (set-38)", () => {
    const text =
      '- Valid Class II Water Treatment Operator certificate issued by the Ministry\n- Class I Water Distribution and Supply certificate, or willing to obtain\n- Valid Ontario Class G driver\'s licence\n- Class 2 Commercial Driver\'s Licence\n- Class 1 licence';
    expect(qualificationCertificates(text).map((m) => m.entry.name)).toEqual(['Class II Water Treatment Operator Certificate', 'Class I Water Distribution and Supply Certificate']);
  });

  it('names a type rating by its aircraft, without its maker or a qualifier (sets 29, 38)', () => {
    const text = '- Valid Airbus A320 type rating (current)\n- Dash 8 type rating – DHC-8-100/200/300\n- ATR 42/72 type rating\n- Candidates holding an A320 type rating are welcome\n- A type rating is provided';
    expect(qualificationCertificates(text).map((m) => m.entry.name)).toEqual(['A320 type rating', 'Dash 8 type rating', 'ATR 42/72 type rating', 'A320 type rating']);
  });

  it("names Britain's qualifications by level and title, and City & Guilds' by number (sets 44, 45)", () => {
    const text =
      '- Level 3 Award in HACCP (or higher)\n- IMI Level 3 Award in Electric/Hybrid Vehicle Routine Maintenance – useful for our depot work\n- City & Guilds 2357 or 2365 with AM2\n- City & Guilds 2921-34 / 2919-01 EV charging\n- Our Level 3 team in the warehouse';
    expect(qualificationCertificates(text).map((m) => m.entry.name)).toEqual([
      'Level 3 Award in HACCP',
      'IMI Level 3 Award in Electric/Hybrid Vehicle Routine Maintenance',
      'City & Guilds 2357',
      'City & Guilds 2365',
      'City & Guilds 2921-34',
      'City & Guilds 2919-01',
    ]);
  });

  it('names a certificate of competency by the words before it, the state rule giving way to the longer name (set-38)', () => {
    const text = "- WA First Class Mine Manager's Certificate of Competency, or progress toward it\n- Government Certificate of Competency (GCC)\n- a certificate of competency";
    expect(qualificationCertificates(text).map((m) => m.entry.name)).toEqual(["WA First Class Mine Manager's Certificate of Competency", 'Government Certificate of Competency']);
    expect(extractRequirements(text.split('\n')[0] as string).certifications.map((c) => c.name)).toEqual(["WA First Class Mine Manager's Certificate of Competency"]);
  });
});

describe('bodyCredentials: a regulator named by its acronym', () => {
  const bodies = (text: string) => extractRequirements(text).certifications.map((c) => c.name);
  it.each([
    ['- Current AVNAT registration is desirable', ['AVNAT registration']],
    ['- Candidates holding a valid DOH (Abu Dhabi) or MOHAP licence will also be considered', ['DOH license', 'MOHAP license']],
    // The Saudi classification that comes with the registration (set-96): the dictionary's name for
    // both since session 22, which the labels of sets 96, 130 and 152 all give.
    ['- Valid SCFHS classification and registration as Nurse Specialist', ['SCFHS classification']],
    ['- Current registration in good standing with the College of Dental Hygienists of Ontario (CDHO)', ['CDHO registration']],
    ['- Registered Nurse (Adult) with current, live registration on the NMC register', ['NMC registration']],
    ['- Registered with the Veterinary Council of Ruritania (VCRU) as a veterinarian', ['VCRU registration']],
    ['- Registered, or eligible for registration, on the Social Workers Register maintained by CORU', ['CORU registration']],
    // Set-27: the register named at length before its board; an acronym the dictionary also knows
    // (SPC, statistical process control) when the body is spelled out.
    ['(i) Be registered in the General Nurse Division and the Public Health Nurse Division of the Register of Nurses and Midwives maintained by the Nursing and Midwifery Board of Ireland (NMBI), or be entitled to be so registered.', ['NMBI registration']],
    ['- Full or conditional registration with the Singapore Pharmacy Council (SPC), with a valid Practising Certificate', ['SPC registration']],
  ])('%s', (text, names) => {
    expect(bodies(text)).toEqual(names);
  });

  it.each([
    // A driving licence, a tax number, a benefit that pays the fees, the profession's licence granted by a body named after it.
    '- Valid CDL license and GST registration',
    '- We cover your annual CDHO registration fees',
    '- Active individual MLO registration with the NMLS',
  ])('no regulator of its own in: %s', (text) => {
    expect(bodies(text).filter((n) => /^(?:CDL|GST|CDHO|MLO) /.test(n))).toEqual([]);
  });

  it("leaves a credential the dictionary knows, or a state's, as they are", () => {
    expect(bodies('- Current Texas RN license required')).toEqual(['Texas RN License']);
  });
});

describe('bodyCredentials: a body spelled out (set-35)', () => {
  const bodies = (text: string) => extractRequirements(text).certifications.map((c) => c.name);
  it.each([
    ['- Holding a current practising certificate from the Law Society of Ireland, or called to the Bar of Ireland', ['Law Society of Ireland practising certificate', 'Bar of Ireland']],
    ['- Registration with the Teaching Council of Aotearoa New Zealand and a current practising certificate.', ['Teaching Council of Aotearoa New Zealand registration']],
    ['- A paralegal licence (P1) issued by the Law Society of Ontario', ['Law Society of Ontario paralegal licence']],
    ['- Hold a Law Society of Ireland practising certificate', ['Law Society of Ireland practising certificate']],
    ['- Registration with Social Work England', ['Social Work England registration']],
    // The body's acronym names it when one follows; a registration's class is the same registration.
    ['- Professional membership of the Australian Society of Archivists (ASA)', ['ASA professional membership']],
    ['- General registration with the Physiotherapy Board of Australia, with no conditions', ['Physiotherapy Board of Australia registration']],
    // A designation the dictionary knows, spelled out before it ("Membership" for its "Member").
    ['- Chartered Membership of the Royal Town Planning Institute (MRTPI), or eligibility within 12 months', ['MRTPI']],
  ])('%s', (text, names) => {
    expect(bodies(text)).toEqual(names);
  });

  it.each([
    // No body that admits people; a credential named by its own word; a body named in one word.
    '- Membership of the Single Public Service Pension Scheme',
    '- Membership of the Board of Directors',
    '- Registration with Google Workspace and Slack',
    '- Our registration with the Charity Commission for England and Wales is number 1234567',
  ])('none in: %s', (text) => {
    expect(bodies(text).filter((n) => !/^(?:EASA)/.test(n))).toEqual([]);
  });
});
