import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

/** The names read beside a known one, with their required flag and the known name. */
const beside = (text: string, employer: string | null = null) =>
  Object.fromEntries(
    extractRequirements(text, employer)
      .skills.filter((s) => s.beside)
      .map((s) => [s.name, `${s.required ? 'required' : 'preferred'} beside ${s.beside}`]),
  );

describe('names listed beside a known one', () => {
  // Made-up names, so that no dictionary will ever hold them.
  it.each([
    ['- Experience with Kelvadent or Dentrix is an asset.', { Kelvadent: 'preferred beside Dentrix' }],
    ['- Long-term metrics storage with Thanos or Norvik Metrics', { 'Norvik Metrics': 'required beside Thanos' }],
    ['- Confident use of GeoPlotta/Desmos in the classroom.', { GeoPlotta: 'required beside Desmos' }],
    ['- Install switchgear, panelboards, Harlow and Allen-Bradley MCCs', { Harlow: 'required beside Allen-Bradley' }],
    // A chain: each name read reads on to the next.
    ['- Experience with Zendesk, Quillo, Brantly and Tessera', {
      Quillo: 'required beside Zendesk', Brantly: 'required beside Zendesk', Tessera: 'required beside Zendesk' }],
    ['- Run infrastructure on AWS (S3, Vessel, Lambda), managed with Terraform', { Vessel: 'required beside Amazon S3' }],
    ['- Experience with Ledgerly 50 or QuickBooks Online', { 'Ledgerly 50': 'required beside QuickBooks' }],
    ['Nice to have:\n- Research tools such as UserTesting, Glimmerbox or Mazely', { Glimmerbox: 'preferred beside UserTesting', Mazely: 'preferred beside UserTesting' }],
    // A clause's first word is only a capital: "Strong" goes, the name stays.
    ['Strong Planfold and Anaplan skills', { Planfold: 'required beside Anaplan' }],
    ['- Experience with eKeeper or SAP PM', { eKeeper: 'required beside SAP PM' }],
    // After a word that heads the requirement, or opens the clause, "of" is no Title Case phrase's.
    ['- Knowledge of Kelvadent or Dentrix', { Kelvadent: 'required beside Dentrix' }],
    ['- Use of Kelvadent or Dentrix', { Kelvadent: 'required beside Dentrix' }],
    // A plain word before a generic one names the phrase (sets 56, 63, 68); before a kind's plural, the maker.
    ['- A CRM such as Kelvant CRM or Salesforce', { 'Kelvant CRM': 'required beside Salesforce' }],
    ['- Okta (SSO, Lifecycle Management, Workflows)', { 'Lifecycle Management': 'required beside Okta Workflows' }],
    ['- Maintain Kelvant PLCs and Allen-Bradley drives', { Kelvant: 'required beside Allen-Bradley' }],
  ])('%s', (text, expected) => {
    expect(beside(text)).toEqual(expected);
  });

  it.each([
    // Not a list: a Title Case heading, words around a name, a sentence's first word.
    ['Strong Working Knowledge Of Salesforce And Related Tools'],
    ['- Salesforce experience; Communication skills'],
    ['Planfold and Anaplan experience'],
    // Generic kinds, places, languages, fields of study, degrees, abstract nouns.
    ['- Experience with Allen-Bradley, PLC and HMI programming'],
    ['- Strong understanding of Fair Housing and NC landlord-tenant law'],
    ['- Working knowledge of HIPAA and U.S. state privacy laws'],
    ['- Fluent in English and Python'],
    ['- Degree in Computer Science, Statistics or Mathematics; SQL and Python'],
    ['- Python, Statistics and Tableau'],
    ['- Knowledge in Federation, SAML and OAuth'],
    ['- Knowledge of XML/DITA-based authoring environments'],
    ['- Wet chemistry such as Karl Fischer titration, pH and loss on drying'],
    ['- Robotic surgery experience (da Vinci Xi or Si)'],
    // A word of a known name, a course's name with "at" (set-25, set-34).
    ['- Databricks (Delta Lake, Unity Catalog).'],
    ['- Working at Heights, Confined Space Entry and Gas Test Atmospheres tickets'],
    // A clause in capitals, where every word looks like an acronym.
    ['- EXPERIENCE WITH MICROSOFT 365, INCLUDING OUTLOOK AND TEAMS, AND DHCP'],
    // Two halves of a name written with a slash.
    ['- Kafka, Kinesis or Pub/Sub'],
    ['- Pub/Sub or Kinesis'],
    ['- Knowledge of: TCP/IP, Layer 2/Layer 3 switching'],
    // A word that is everyday English vouches for no neighbour.
    ['works with the Superintendent, Project Engineers and the owner'],
    // Not asked for: the company blurb, a negation, the employer's own name.
    ['About us\nWe build heat pumps with Daikin and Zaptec.\n\nRequirements\n- Python'],
    ['- No Kelvadent or Dentrix needed'],
    // One end of a procedure's or a document's name in Title Case (set-25).
    ['- Working safely to our Permit to Work and Lockout/Tagout procedures'],
    ['- Lockout/Tagout and Permit to Work procedures'],
    // A part of a code or standard (set-99).
    ['- Weld piping to ASME B31.3 and ASME Section VIII, Div. 1'],
  ])('reads nothing beside a known name: %s', (text) => {
    expect(beside(text)).toEqual({});
  });

  it("is not the employer's own name", () => {
    expect(beside('- Build dashboards in Tableau and Brightline', 'Brightline')).toEqual({});
  });

  it('takes the known name’s category', () => {
    const skill = extractRequirements('- Experience with Kelvadent or Dentrix').skills.find((s) => s.name === 'Kelvadent');
    const dentrix = extractRequirements('- Experience with Dentrix').skills[0];
    expect(skill?.category).toBe(dentrix?.category);
    expect(skill?.matched).toBe('Kelvadent');
  });

  it('is linear in a long list', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => `Tool${String.fromCharCode(65 + (i % 26))}x${i}`).join(', ');
    const started = performance.now();
    const skills = extractRequirements(`- Experience with Dentrix, ${list}`).skills;
    expect(performance.now() - started).toBeLessThan(2_000);
    // Six names each side of a known one, at most.
    expect(skills.filter((s) => s.beside).length).toBe(6);
  });
});

describe('names with accented letters beside a known one (the session-25 vetting)', () => {
  it.each([
    ['- Experience with Dentrix or Kelvädent is an asset.', { Kelvädent: 'preferred beside Dentrix' }],
    ['- Long-term metrics storage with Thanos or Öhrvik Metrics', { 'Öhrvik Metrics': 'required beside Thanos' }],
  ])('%s', (text, want) => {
    expect(beside(text)).toEqual(want);
  });
});

describe('German nouns beside known names (sets 242, 246, 251)', () => {
  it('are no names in a German text, where every noun is capitalised', () => {
    const r = extractRequirements('Ihre Aufgaben:\n– Anpassung von Linux-Kernel, Gerätetreibern und Device Tree an neue Hardware\n– Bearbeitung von Abweichungen, CAPA und Change Controls in Veeva Vault mit dem Team');
    const names = r.skills.map((s) => s.name);
    expect(names).not.toContain('Gerätetreibern');
    expect(names).not.toContain('Abweichungen');
  });
});
