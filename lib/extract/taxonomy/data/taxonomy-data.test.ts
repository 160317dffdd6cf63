import { describe, expect, it } from 'vitest';
import { TAXONOMY_CATEGORIES } from '../types';
import { surfaceKey } from './helpers';
import { CURATED_CERTIFICATIONS, EXTENDED_TAXONOMY, GENERATED_LANGUAGES } from './index';
import { MIN_CERTIFICATIONS, MIN_SKILLS, countTaxonomy, validateTaxonomy } from './validate';

/** surface key -> entry, for look-ups below */
const byForm = new Map(
  EXTENDED_TAXONOMY.flatMap((e) => [e.name, ...e.aliases].map((f) => [surfaceKey(f), e] as const)),
);
const lookup = (form: string) => byForm.get(surfaceKey(form));

describe('extended taxonomy data', () => {
  it('has no integrity problems (unique names/aliases, valid categories, clean strings)', () => {
    expect(validateTaxonomy(EXTENDED_TAXONOMY)).toEqual([]);
  });

  it('meets the size targets', () => {
    const counts = countTaxonomy(EXTENDED_TAXONOMY);
    expect(counts.skills).toBeGreaterThanOrEqual(MIN_SKILLS);
    expect(counts.certifications).toBeGreaterThanOrEqual(MIN_CERTIFICATIONS);
    expect(CURATED_CERTIFICATIONS.length).toBeGreaterThanOrEqual(MIN_CERTIFICATIONS);
    expect(GENERATED_LANGUAGES.length).toBeGreaterThan(100);
  });

  it('uses only known categories and kinds consistently', () => {
    for (const e of EXTENDED_TAXONOMY) {
      expect(TAXONOMY_CATEGORIES).toContain(e.category);
      expect(e.kind === 'certification').toBe(e.category === 'certification');
    }
  });

  it('detects a shared alias and a bad string', () => {
    const problems = validateTaxonomy([
      { name: 'Foo', kind: 'skill', category: 'other', aliases: ['Bar'] },
      { name: 'Baz', kind: 'skill', category: 'other', aliases: ['bar', ' Qux'] },
      { name: 'bar', kind: 'skill', category: 'other', aliases: [] },
    ]);
    expect(problems.some((p) => p.includes('already belongs to "Foo"'))).toBe(true);
    expect(problems.some((p) => p.includes('whitespace'))).toBe(true);
  });

  it.each([
    ['K8s', 'Kubernetes'],
    ['Amazon Web Services', 'AWS'],
    ['MS Excel', 'Microsoft Excel'],
    ['VMWare', 'VMware'],
    ['Service Now', 'ServiceNow'],
    ['AKS', 'Azure Kubernetes Service'],
    ['Elastic Kubernetes Service', 'Amazon EKS'],
    ['Azure AD', 'Microsoft Entra ID'],
    ['O365', 'Microsoft 365'],
    ['ISO/IEC 27001', 'ISO 27001'],
    ['LOTO', 'Lockout/Tagout'],
    ['HL7 FHIR', 'FHIR'],
    ['Golang', 'Go'],
    ['C Sharp', 'C#'],
    ['Postgres', 'PostgreSQL'],
    ['CUCM', 'Cisco Unified Communications Manager'],
    ['Windows Server 2003/2008', 'Windows Server'],
    // Session 13's splits: what labellers name apart from the family that held it (sets 40-42).
    ['Eaglesoft', 'Eaglesoft'],
    ['Open Dental', 'Open Dental'],
    ['DO-254', 'DO-254'],
    ['NRM2', 'NRM2'],
    ['HEC-HMS', 'HEC-HMS'],
    ['29 CFR 1926', 'OSHA 29 CFR 1926'],
    ['J-STD-001', 'IPC J-STD-001'],
    ['Pro Line Fusion', 'Collins Pro Line Fusion'],
    ['DFARS 252.204-7012', 'DFARS 252.204-7012'],
    ['Autodesk Construction Cloud', 'Autodesk Construction Cloud'],
    ['Manhattan SCALE', 'Manhattan SCALE'],
    ['WSET Level 3', 'WSET Level 3 Award in Wines'],
    ['CAN-FD', 'CAN FD'],
    ['AUTOSAR Adaptive', 'AUTOSAR Adaptive'],
    ['CANalyzer', 'Vector CANalyzer'],
    ['AM2S', 'AM2S'],
    ['UNECE R155', 'UN R155'],
    ['JSON Schema', 'JSON Schema'],
    ['ONNX Runtime', 'ONNX Runtime'],
    ['Astronomer', 'Astronomer'],
    ['Anthropic API', 'Anthropic API'],
    ['QLoRA', 'LoRA'],
    ['NFPA 101', 'NFPA 101'],
    ['Costpoint', 'Deltek Costpoint'],
    ['WaterGEMS', 'WaterGEMS'],
  ])('maps alias %s to %s', (alias, name) => {
    expect(lookup(alias)?.name).toBe(name);
  });

  it.each([
    ['A+', 'CompTIA A+'],
    ['Security+', 'CompTIA Security+'],
    ['Cisco Certified Network Associate', 'CCNA'],
    ['MCIT(P)', 'MCITP'],
    ['ITIL v3 Foundation', 'ITIL Foundation'],
    ['AZ-104', 'Azure Administrator Associate'],
    ['Juniper Networks Certified Specialist', 'JNCIS'],
    ['Certified Kubernetes Administrator', 'CKA'],
    ['Certified Information Systems Security Professional', 'CISSP'],
    ['OSHA 30-Hour', 'OSHA 30'],
    ['CCNA certification', 'CCNA'],
  ])('maps certification form %s to %s', (alias, name) => {
    const entry = lookup(alias);
    expect(entry?.name).toBe(name);
    expect(entry?.kind).toBe('certification');
  });

  it('flags everyday-word forms as ambiguous', () => {
    for (const form of ['Go', 'R', 'C', 'Excel', 'Access', 'Teams', 'Word', 'Swift', 'Spring', 'Rust', 'Chef', 'Puppet', 'Ruby', 'Java', 'A+', 'Outlook', 'Lean', 'Agile']) {
      const entry = lookup(form);
      expect(entry, form).toBeDefined();
      expect(entry?.ambiguous ?? [], form).toContain(form);
    }
  });

  it('leaves out generic areas', () => {
    for (const generic of ['networking', 'cloud computing', 'troubleshooting', 'virtualization', 'firewalls', 'SIEM', 'APIs', 'backup', 'databases', 'scripting', 'VPN', 'LAN', 'WAN', 'SCADA', 'PLC', 'EDR', 'IaC', 'communication']) {
      expect(lookup(generic), generic).toBeUndefined();
    }
  });
});
