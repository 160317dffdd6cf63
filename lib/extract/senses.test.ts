import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const names = (text: string) => {
  const r = extractRequirements(text);
  return [...r.skills, ...r.certifications].map((x) => x.name);
};

describe('names with two senses, the posting deciding', () => {
  it.each([
    ['- CHST or ASP/CSP through BCSP strongly preferred; OSHA 30 required', 'Associate Safety Professional', 'Classic ASP'],
    ['- Rendering in Redshift or Octane, compositing in After Effects, modelling in Cinema 4D', 'Maxon Redshift', 'Amazon Redshift'],
    ['- A recognised personal training certification (NASM or ACE) and CPR', 'NASM-CPT', 'Assembly'],
    ['- Run ACAS scans and remediate DISA STIG findings on RMF systems', 'Tenable ACAS', 'ACAS'],
    ['- CREST Registered Penetration Tester (CRT) or CREST Certified Tester', 'CREST CRT', 'Certified Respiratory Therapist'],
    ['- LoRa and Zigbee sensor gateways on the factory floor', 'LoRaWAN', 'LoRA'],
    ['- Build MCP servers and tools for our LLM agents', 'Model Context Protocol', 'MCP'],
    ['- Conduct internal and supplier audits covering GMP, GDP and GCP activities', 'Good Clinical Practice', 'Google Cloud'],
    ['- Networks built on Cisco Catalyst 9000, Nexus 9000 and Juniper MX platforms', 'Cisco Nexus', 'Sonatype Nexus'],
    ['- Audit harvest sites against FSC and PEFC chain-of-custody standards', 'Forest Stewardship Council', 'Financial Services Cloud'],
    ['Nossas florestas são certificadas pelo FSC® e pelo Cerflor/PEFC.', 'Forest Stewardship Council', 'Financial Services Cloud'],
  ])('%s', (text, other, common) => {
    expect(names(text)).toContain(other);
    expect(names(text)).not.toContain(common);
  });

  it('keeps the commoner sense where the words do not call for the other', () => {
    expect(names('- Build ELT pipelines into Redshift and Snowflake; render farm experience with Cinema 4D a plus')).toContain('Amazon Redshift');
    expect(names('- Classic ASP and VB6 maintenance, SQL Server, IIS')).toContain('Classic ASP');
    expect(names('- x86 assembly: NASM or MASM, C and GDB')).toContain('Assembly');
    expect(names('- Fine-tuning with LoRA and DPO in PyTorch')).toContain('LoRA');
    expect(names('- Microsoft Certified Professional (MCP)')).toContain('MCP');
    expect(names('- Configure Salesforce Financial Services Cloud: FSC data model, action plans')).toContain('Financial Services Cloud');
    expect(names('- FSC and ISO 9001 audits')).not.toContain('Forest Stewardship Council');
    expect(names("- Act as the academy's data protection lead, working with the Trust DPO")).not.toContain('DPO');
  });
});

describe('a maker and its products, a regulation and its sibling', () => {
  it.each([
    ['- Servicing ABB and KUKA robots on the body-in-white line', 'ABB', 'ABB 800xA'],
    ['- Siemens SIVACON or ABB MNS switchboard experience is a plus', 'ABB MNS', 'ABB 800xA'],
    ['- Configure and maintain the ABB 800xA DCS', 'ABB 800xA', 'ABB'],
    ['- Lead technical documentation under IVDR (EU) 2017/746 for our assays', 'EU IVDR', 'EU MDR'],
    ['- Medical Device Regulation (EU) 2017/745 technical files', 'EU MDR', 'EU IVDR'],
  ])('%s', (text, named, not) => {
    expect(names(text)).toContain(named);
    expect(names(text)).not.toContain(not);
  });
});

describe("short forms that are a place, a code or another field's here (sets 222-229)", () => {
  it.each([
    ['- Candidates must live within 60 miles of a major airport (ATL, CLT, MCO, TPA or JAX).', 'JAX'],
    ['- Bij werken adviseer je over de contractvorm op basis van de UAV 2012 of de UAV-GC 2005.', 'Gas chromatography'],
    ['- Certified Public Procurement Officer (CPPO) or NIGP Certified Procurement Professional (NIGP-CPP).', 'C++'],
    ['- Planning and flying RTK/PPK mapping missions with the DJI Matrice 350 RTK', 'Cpk'],
    ['- Make sure data meets IHO S-44 (Order 1a and Special Order) and the CHS Standards for Hydrographic Surveys', 'Core Humanitarian Standard'],
    ['Canteen on site and a welfare plan.\nPlace of work: Reggio Emilia.', 'Reggio Emilia'],
    ['Orario 8-17, mensa aziendale e piano welfare.\nSede di lavoro: Reggio Emilia.', 'Reggio Emilia'],
  ])('%s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it('keeps them where the words call for them', () => {
    expect(names('- Experience with JAX, PyTorch and TensorFlow')).toContain('JAX');
    expect(names('- Conocimiento de la Norma Humanitaria Esencial (CHS) y de los estándares Esfera.')).toContain('Core Humanitarian Standard');
    expect(names('- SPC tools: control charts, Cp/Cpk and Ppk studies')).toContain('Cpk');
    expect(names('- Our setting follows the Reggio Emilia approach to early learning')).toContain('Reggio Emilia');
  });
});

describe("Presto among data words, not an estimator's software (set-233)", () => {
  it('reads no Trino from "Elaboración de mediciones y presupuestos con Presto"', () => {
    expect(names('• Elaboración de mediciones y presupuestos con Presto.')).not.toContain('Trino');
  });
  it('reads Trino from "queries in Presto and Hive"', () => {
    expect(names('- Write queries in Presto and Hive over our data lake')).toContain('Trino');
  });
});

describe("short forms that are an airport's, a machine's, a regulator's or a college's here (sets 238-245)", () => {
  it.each([
    ['- The role is fully on-site at DXB Terminal 1 and Concourse D.', 'Concourse CI'],
    ['- The role is fully on-site at DXB Terminal 1 and Concourse D.', 'D'],
    ['- Offline programming in Amada VPSS 3i or Trumpf TruTops Boost', 'Boost'],
    ['- Set up and operate CNC press brakes (Amada HG series / Trumpf TruBend)', 'Mercurial'],
    ['Buscamos Tripulantes de Cabina de Pasajeros (TCP) con base en el Aeropuerto de Palma.', 'TCP/IP'],
    ['- Tridium Niagara 4 certification (TCP)', 'TCP/IP'],
    ['- Knowledge of COMAH, SEPA permits and HSE regulation', 'SEPA'],
    ['- Registration with the Col·legi Oficial de Psicologia de Catalunya (COPC)', 'COPC'],
  ])('%s ↛ %s', (text, name) => expect(names(text)).not.toContain(name));

  it('keeps them where the words call for them', () => {
    expect(names('- Build pipelines in Concourse and Jenkins')).toContain('Concourse CI');
    expect(names('- Modern C++17, Boost and STL')).toContain('Boost');
    expect(names('- Version control with Git or Hg')).toContain('Mercurial');
    expect(names('- Knowledge of TCP, UDP and socket programming')).toContain('TCP/IP');
    expect(names('- Knowledge of the payments domain, e.g. ISO 20022 messages or SEPA credit transfers')).toContain('SEPA');
    expect(names('- Experience auditing contact centres against the COPC standard')).toContain('COPC');
  });
});

describe('an internal auditor is not a lead auditor (set-239)', () => {
  it.each([
    ['- Auditor interno ISO 9001 (deseable)', 'ISO 9001 Internal Auditor', 'ISO 9001 Lead Auditor'],
    ['- ISO 9001 Lead Auditor (IRCA/CQI) certification', 'ISO 9001 Lead Auditor', 'ISO 9001 Internal Auditor'],
    ['- ISO 14001 Internal Auditor training', 'ISO 14001 Internal Auditor', 'ISO 14001 Lead Auditor'],
  ])('%s', (text, named, not) => {
    expect(names(text)).toContain(named);
    expect(names(text)).not.toContain(not);
  });
});

describe("short forms that are a building code's, an institute's or a lab's here (sets 246-252)", () => {
  it.each([
    ['- Sound understanding of the NCC/BCA, WHS legislation and contractor management', 'National Certified Counselor'],
    ['- A recognised auditor qualification (e.g. CQI/IRCA Certified ISO 9001 QMS Lead Auditor).', 'CQI'],
    ['- Analyse samples as per STP and pharmacopoeias (IP, BP, USP).', 'STP'],
    ['Salary: £40,693 per annum\nLocation: Belle Vue Square, Skipton – hybrid working\nRequirements:\n- A degree in planning', 'Vue'],
  ])('%s ↛ %s', (text, name) => expect(names(text)).not.toContain(name));

  it('keeps them where the words call for them', () => {
    expect(names('- NCC certification and LPC licensure for our counselling team')).toContain('National Certified Counselor');
    expect(names('- ASQ CQI or CQT certification')).toContain('CQI');
    expect(names('- Layer 2 switching: VLANs, STP and LACP')).toContain('STP');
    expect(names('- Lodging Single Touch Payroll (STP Phase 2) submissions each pay cycle')).toContain('Single Touch Payroll');
  });
});

describe("the Chartered Society of Physiotherapy's CSP (set-241)", () => {
  it('is no safety professional beside the HCPC', () => {
    expect(names('- Keep records in line with HCPC and CSP standards')).not.toContain('Certified Safety Professional');
    expect(names('- CSP or ASP through BCSP; OSHA 30')).toContain('Certified Safety Professional');
  });
});

describe("market risk's IRC (set-143)", () => {
  it('is no tax code beside VaR', () => {
    expect(names('- Validate VaR, IRC and CRM models for the trading book')).not.toContain('Internal Revenue Code');
    expect(names('- Working knowledge of the IRC and federal tax deductions')).toContain('Internal Revenue Code');
  });
});
