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
    expect(names("- Act as the academy's data protection lead, working with the Trust DPO")).not.toContain('DPO');
  });
});
