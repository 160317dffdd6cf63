import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const flags = (text: string) =>
  Object.fromEntries(
    [...extractRequirements(text).skills, ...extractRequirements(text).certifications].map((r) => [r.name, r.required]),
  );

describe('required vs preferred', () => {
  it.each([
    ['Bash scripting is a plus', { Bash: false }],
    ['Python programming is preferred', { Python: false }],
    ['Experience with Splunk desired', { Splunk: false }],
    ['Knowledge of Docker is an asset', { Docker: false }],
    ['Kubernetes experience is a bonus', { Kubernetes: false }],
    ['Terraform highly desired but not required', { Terraform: false }],
    ['Current Network-level certification (CCNA) a plus.', { CCNA: false }],
    ['Experience with Terraform and Ansible', { Terraform: true, Ansible: true }],
    ['Microsoft Word and Excel required; Microsoft PowerPoint and Visio preferred', {
      'Microsoft Word': true, 'Microsoft Excel': true, 'Microsoft PowerPoint': false, 'Microsoft Visio': false }],
    ['Microsoft Word and Excel required, Microsoft PowerPoint and Visio preferred', {
      'Microsoft Word': true, 'Microsoft Excel': true, 'Microsoft PowerPoint': false, 'Microsoft Visio': false }],
    ['2+ years testing on iOS and Android devices **(preferred)**', { iOS: false, Android: false }],
    ['Preferably experience with Redis', { Redis: false }],
    ['- Knowledge of Terraform would be beneficial', { Terraform: false }],
    ['- Experience with Terraform is helpful', { Terraform: false }],
    ['- Knowledge of Terraform is a strong plus', { Terraform: false }],
    ['- Good to have: Terraform', { Terraform: false }],
    ['- Terraform experience welcome', { Terraform: false }],
    ['- Terraform experience would be ideal', { Terraform: false }],
    ['- Extra points for Terraform', { Terraform: false }],
    ['- Jira experience appreciated', { Jira: false }],
    ['- Helpful attitude and knowledge of Terraform', { Terraform: true }],
    ['- Welcome package includes Terraform training', { Terraform: true }],
    ['- Experience with AWS, preferably in a regulated environment', { AWS: true }],
    ['- Python, preferably with Django', { Python: true, Django: false }],
    ['- Experience with ServiceNow and an asset management tool', { ServiceNow: true }],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it('uses section headings', () => {
    const text = ['Requirements:', '- Python', '- Docker', '', '### Nice to Have', '- Kubernetes', '- Redis'].join('\n');
    expect(flags(text)).toEqual({ Python: true, Docker: true, Kubernetes: false, Redis: false });
  });

  it.each(['Preferred Qualifications', 'Bonus points', 'Desired Skills', 'Pluses', 'Ways to stand out from the crowd:'])(
    'heading "%s" marks its items preferred',
    (heading) => {
      expect(flags(`Requirements\n- Git\n${heading}\n- Jenkins`)).toEqual({ Git: true, Jenkins: false });
    },
  );

  it('finds section markers inside a single long line', () => {
    const filler = 'You will support users and keep systems healthy every day. '.repeat(8);
    const text = `${filler}Requirements: Experience with Linux and Python. Preferred Qualifications: Experience with Ansible and Terraform.`;
    expect(flags(text)).toEqual({ Linux: true, Python: true, Ansible: false, Terraform: false });
  });

  it('a list under a preference introducer is preferred', () => {
    const text = '- Git\n- It is preferential that you have held a certification in:\n  - CCNP\n  - JNCIA/JNCIS\nSalary Range:\nGood pay';
    expect(flags(text)).toEqual({ Git: true, CCNP: false, JNCIA: false, JNCIS: false });
  });

  it('required somewhere beats preferred elsewhere', () => {
    expect(flags('Experience with Bash and Vim.\nBash scripting is a plus.')).toEqual({ Bash: true, Vim: true });
    expect(flags('Nice to have:\n- AWS + Azure\nRequirements:\n- Experience on AWS')).toEqual({ AWS: true, 'Microsoft Azure': false });
  });

  it('ignores technology named only in a company blurb', () => {
    const text = ['About Us', 'We run on Cassandra clusters and Hadoop.', 'Requirements', '- Python'].join('\n');
    expect(flags(text)).toEqual({ Python: true });
    const who = ['Who We Are', 'Our platform runs on Kafka.', 'What You’ll Do', '- Build Docker images'].join('\n');
    expect(flags(who)).toEqual({ Docker: true });
  });

  it('reads "X is a plus" and "X is a must" as a verdict on a skill, not as an employer', () => {
    expect(flags('Requirements:\n- Python\nDocker is a plus.\nSQL is a must.\nTerraform is a strong plus.')).toEqual({
      Python: true,
      Docker: false,
      SQL: true,
      Terraform: false,
    });
  });

  it('drops what the posting says is not needed ("No CDL needed"), and a generic licence inside a state\'s', () => {
    const r = extractRequirements('Requirements:\n- No CDL needed; a clean driving record\n- North Carolina Real Estate License (Required)\n- Valid CPR certification');
    expect([...r.skills, ...r.certifications].map((x) => x.name).sort()).toEqual(['CPR', 'North Carolina Real Estate License']);
  });

  it("takes no skill from the employer's name written short ('Juniper & Vine Kitchen' as 'Juniper & Vine')", () => {
    const req = extractRequirements('Juniper & Vine – South Congress is hiring full-time Line Cooks!\n- Experience with Toast POS', 'Juniper & Vine Kitchen');
    expect(req.skills.map((s) => s.name)).not.toContain('Juniper');
    expect(req.skills.map((s) => s.name)).not.toContain('Vine');
  });

  it("takes no skill from a word of the posting's own company name", () => {
    const text = 'Juniper & Salt is hiring a sous chef.\nRequirements:\n- 3 years on a hearth line\n- Experience with Juniper routers is not what we need';
    expect(extractRequirements(text, 'Juniper & Salt').skills.map((s) => s.name)).toEqual(['Juniper']); // the routers, not the restaurant
    expect(extractRequirements('Juniper & Salt and Tidewater are equal opportunity employers.', 'Juniper & Salt').skills).toEqual([]);
  });

  it('does not label the employer as a skill', () => {
    const text = 'GitLab is the intelligent orchestration platform for teams.\nWhat you will do\n- Build GitLab features in Ruby on Rails';
    expect(Object.keys(flags(text))).toEqual(['Ruby on Rails']);
  });
});

describe("Indeed's structured requirements", () => {
  const text = [
    'Job Type: Full-time',
    'Benefits:',
    '* 401(k)',
    'Experience:',
    '* Truck driving: 2 years (Required)',
    '* Forklift: 1 year (Preferred)',
    '* Customer service: 1 year (Preferred)',
    'Education:',
    '* High school or equivalent (Preferred)',
    'License/Certification:',
    '* CDL A (Required)',
    'Work Location: In person',
  ].join('\n');

  it('counts required experience lines and skips preferred ones and a preferred degree', () => {
    const req = extractRequirements(text);
    expect(req.minYearsExperience?.min).toBe(2);
    expect(text.slice(req.minYearsExperience?.evidence?.start, req.minYearsExperience?.evidence?.end)).toBe('* Truck driving: 2 years (Required)');
    expect(req.education).toBeNull();
  });

  it("reads a required level written alone (\"Bachelor's\", \"Associate\")", () => {
    expect(extractRequirements(text.replace('High school or equivalent (Preferred)', "Bachelor's (Required)")).education?.level).toBe('bachelor');
    expect(extractRequirements(text.replace('High school or equivalent (Preferred)', 'Associate (Required)')).education?.level).toBe('associate');
  });
});

describe('certifications', () => {
  it.each([
    ['Microsoft certification(s) preferred', []],
    ['Microsoft, Cisco, Security, and VMWare Certifications', ['Cisco', 'VMware']],
    ['CompTIA or similar technical qualification', []],
    ['A+ Certification preferred. MCSE certification a plus.', ['CompTIA A+', 'MCSE']],
    ['ITIL v3 Foundation certification preferred', ['ITIL Foundation']],
    // The American Welding Society's codes are no Amazon Web Services.
    ['- Read blueprints and AWS A2.4 welding symbols', []],
    ['- Current AWS D1.1 structural steel certification', ['AWS D1.1']],
    // The credential named again by its unit code in brackets is the one credential (set-92).
    ['- A current First Aid certificate (HLTAID011) is a bonus', ['HLTAID011 Provide First Aid']],
    // The American Welding Society's inspector, and a number's plural ("Take 5s"), are no AWS and no 5S.
    ['- ASQ Certified Quality Inspector (CQI) or AWS Certified Welding Inspector (CWI)', ['CQI', 'CWI']],
    ['- Complete JHAs, Take 5s and isolation permits before starting work', ['Job Safety Analysis']],
    // A public service's grades, no products (set-27): Canada's EC-04, Queensland Health's HP2/HP3.
    ['Classification: EC-04\nClassification: HP3\n- Provide clinical supervision to HP2 speech pathologists', []],
    // The licence by its truck class, a named credential since session 25 (set-230's labels).
    ['- Counterbalance licence (RTITB or ITSSAR) and an 18th Edition (BS 7671) qualification', ['Counterbalance Forklift Licence', 'RTITB', 'ITSSAR', '18th Edition', 'BS 7671']],
    // Set-28: the ICAEW's ACA beside its peers (not the Affordable Care Act), privacy and language certifications by their level.
    ['- ACA, ACCA or CIMA qualified, with post-qualification experience', ['ACA', 'ACCA', 'CIMA']],
    ['- Ensure ACA compliance in benefits enrolment', ['Affordable Care Act']],
    ['- CIPP/E certification required; CIPP/US a plus. Native Japanese or JLPT N1.', ['CIPP/E', 'CIPP/US', 'JLPT N1']],
    // A certificate's level is its name's, no framework ("Foundation").
    ['- SCA Barista Skills Foundation (or willingness to complete it)', ['SCA Barista Skills']],
  ])('%s', (text, expected) => {
    const req = extractRequirements(text);
    expect([...req.certifications, ...req.skills].map((r) => r.name)).toEqual(expected);
  });

  it.each([
    // A brand, its controllers, the software that programs them and its drives are asked for apart
    // (sets 12, 20 and 25 label them so).
    ['- Working knowledge of Allen-Bradley (Studio 5000) and Siemens (TIA Portal) PLCs', ['Allen-Bradley', 'Studio 5000', 'Siemens TIA Portal']],
    ['- PLC programs in Siemens TIA Portal (S7-1500) and RSLogix 5000', ['Siemens TIA Portal', 'Siemens S7', 'Studio 5000']],
    ['- Troubleshoot ControlLogix, CompactLogix and PanelView HMIs, and PowerFlex drives', ['ControlLogix', 'CompactLogix', 'PanelView', 'PowerFlex']],
    // Products labellers name apart from their makers' flagships (sets 12, 21, 24, 26).
    ['- Observability with Prometheus, Grafana and Loki', ['Prometheus', 'Grafana', 'Loki']],
    ['- Experience with chaos engineering tools (Chaos Mesh, Gremlin)', ['Chaos Mesh', 'Gremlin']],
    ['- Migrate the AngularJS app to Angular 17', ['AngularJS', 'Angular']],
    ['- Spring Boot, Spring Security and Spring Data JPA; Databricks with Unity Catalog', ['Spring Boot', 'Spring Security', 'Spring Data', 'Databricks', 'Unity Catalog']],
    // The trades' codes and tickets outside the US (taxonomy/data/professions-e.ts).
    ['- Working knowledge of the Canadian Electrical Code and CSA Z462', ['Canadian Electrical Code', 'CSA Z462']],
    ['- Terminate feeders per plans and the NEC', ['NFPA 70']],
    ['- Perform all work to the 2023 NEC and local amendments', ['NFPA 70']],
    ['- Maintain the DGUV Vorschrift 3 inspections and NOM-029-STPS records', ['DGUV Vorschrift 3', 'NOM-029-STPS']],
  ])('names each automation product and code apart: %s', (text, expected) => {
    expect(extractRequirements(text).skills.map((r) => r.name)).toEqual(expected);
  });

  it('keeps kind and category from the taxonomy', () => {
    const [ccna] = extractRequirements('CCNA required').certifications;
    expect(ccna).toMatchObject({ name: 'CCNA', kind: 'certification', category: 'certification', required: true, matched: 'CCNA' });
  });
});

describe('evidence and matched text', () => {
  it('points at the sentence and keeps the surface as written', () => {
    const text = 'We are hiring.\nMust know Win Server 2008 R2 well. Other stuff.';
    const [ws] = extractRequirements(text).skills;
    expect(ws?.name).toBe('Windows Server');
    expect(ws?.matched).toBe('Win Server 2008 R2');
    expect(text.slice(ws?.evidence?.start, ws?.evidence?.end)).toBe('Must know Win Server 2008 R2 well.');
  });
});

describe('robustness', () => {
  it.each([[''], ['   '], ['\n\n\n'], ['🎓💻🚀'], ['\u0000\uFFFF\uD800'], ['$$$ ++ ## // --'], ['(((((']])('never throws on %j', (text) => {
    expect(() => extractRequirements(text)).not.toThrow();
  });

  it('handles arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const req = extractRequirements(text);
        for (const r of [...req.skills, ...req.certifications]) {
          expect(r.evidence && r.evidence.start <= r.evidence.end && r.evidence.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and handles 5 MB in reasonable time', () => {
    const chunk = 'Requirements:\n- 3+ years of experience with Python, Docker and Kubernetes\n- CCNA a plus\n';
    const big = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
    const start = performance.now();
    const a = extractRequirements(big);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(a.skills.map((s) => s.name)).toEqual(['Python', 'Docker', 'Kubernetes']);
    expect(extractRequirements(chunk)).toEqual(extractRequirements(chunk));
  });

  it('handles a 5 MB single line without breaks', () => {
    const big = 'experience with Python and 5 years '.repeat(150_000);
    expect(extractRequirements(big).skills.map((s) => s.name)).toEqual(['Python']);
  });
});

describe('clause boundaries in run-on text', () => {
  it('"etc." before a capital ends the sentence, before a marker it does not', () => {
    const text = 'Understand IP routing, switching, etc. Current certification (CCNA) a plus.';
    const [ccna] = extractRequirements(text).certifications;
    expect(text.slice(ccna?.evidence?.start, ccna?.evidence?.end)).toBe('Current certification (CCNA) a plus.');
    expect(flags('Python, Java, etc. preferred')).toEqual({ Python: false, Java: false });
  });

  it('a parenthesis followed by a capital ends a run-on clause', () => {
    expect(flags('Knowledge of Virtualization (VMWare preferred) Experience with Microsoft Exchange (2003, 2010) Perform duties')).toEqual({
      VMware: false,
      'Microsoft Exchange': true,
    });
  });

  it('a lowercase marker before a capital ends a run-on clause', () => {
    expect(flags('Strong communication skills ITIL v3 Foundation certification preferred Windows Server required')).toEqual({
      'ITIL Foundation': false,
      'Windows Server': true,
    });
  });
});

describe('what a posting in another language wishes for', () => {
  const flagsOf = (text: string) => Object.fromEntries(extractRequirements(text).certifications.concat(extractRequirements(text).skills).map((r) => [r.name, r.required]));
  it.each([
    // A heading that wishes, in Spanish, and in a translation's English.
    ['Requisitos\n- Dominio de SAP Ariba y Coupa para la gestión de compras\nDeseable\n- Certificación CIPS o CPSM', { Ariba: true, Coupa: true, CIPS: false, CPSM: false }],
    ['Requirements\n- Hands-on experience with Kinaxis\nMeritorious\n- APICS CSCP or CPIM certification', { Kinaxis: true, CSCP: false, CPIM: false }],
    // A line that wishes, in German and Spanish (the text is not English).
    ['Ihr Profil\n- Sehr gute Kenntnisse in SAP und Excel\n- CFA oder CTP von Vorteil\n- Verhandlungssicheres Deutsch und Englisch', { SAP: true, CFA: false, CTP: false }],
  ])('%s', (text, flags) => {
    expect(flagsOf(text)).toMatchObject(flags);
  });
});

describe('health, care and frontline names', () => {
  const names = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => x.name).sort();
  };
  it.each([
    // The bar's licence beside another credential; the cipher among skills, or introduced as one.
    ['- Current NSW RSA and RCG competency cards (essential)', ['RCG', 'RSA']],
    ['- RSA and RCG (essential)', ['RCG', 'RSA']],
    ['Requirements: - Strong grasp of RSA, AES and TLS.', ['AES', 'TLS']],
    ['Requirements: - Experience with RSA and TLS.', ['TLS']],
    ['- Knowledge of RSA key exchange', []],
    // A kitchen's or shop's system named by what it is.
    ['- Read and fire tickets from the Toast KDS', ['Toast']],
    // The UK's security licences are told apart.
    ['- A valid front-line SIA Door Supervisor or Security Guarding licence – essential', ['SIA Door Supervisor Licence', 'SIA Security Guarding Licence']],
    ['- SIA CCTV (Public Space Surveillance) licence', ['SIA CCTV Licence']],
    // A multistate licence is the RN licence, not a credential of its own.
    ['- Active RN license; compact license preferred', ['RN']],
    // A register spelled out before its acronym is the register's entry, not another thing.
    ['- Registered with the Nursing and Midwifery Board of Ireland (NMBI)', ['NMBI registration']],
    ['- CORU registered Social Worker; PSI registered pharmacists apply elsewhere', ['CORU registration', 'PSI registration']],
    ['- TESDA Contact Center Services NC II is a plus', ['TESDA NC II']],
    // Excel in a posting in another language; MSK as musculoskeletal; German's "Sie" is no SIE.
    ['Requisitos\n- Conhecimentos básicos de Excel e informática\n- Experiência com Blue Yonder WMS', ['Blue Yonder', 'Microsoft Excel']],
    ['- Experience in MSK and obstetric ultrasound', []],
    ['- Kafka (MSK or Confluent Cloud)', ['Amazon MSK', 'Confluent Cloud', 'Kafka']],
    ['Sie betreuen unsere Produktionsbetriebe. Die SIE-Prüfung ist von Vorteil.', ['SIE']],
    // A skill's acronym in the plural; a credential's plural names people.
    ['- Lead FMEAs and review CAPAs; supervise COTAs', ['CAPA', 'FMEA']],
    // A vendor's modules in parentheses after it.
    ['- Document interventions in Epic (Willow Inpatient)', ['Epic', 'Epic Willow']],
    ['- Experience with SAP (PP and QM modules) is a plus', ['SAP', 'SAP PP', 'SAP QM']],
    // A place or people beside a known name is no product; nor a hotel's front office, nor the Gulf.
    ['- Sound knowledge of ISO 45001, ISO 14001 and Indian EHS legislation', ['ISO 14001', 'ISO 45001']],
    ['- Update rooms in OPERA Cloud and HotSOS, and coordinate with Front Office', ['HotSOS', 'Opera PMS']],
    ['- 3+ years in a 5-star hotel in the GCC', []],
    ['- C and C++ with GCC, Clang and CMake', ['C', 'C++', 'CMake', 'Clang', 'GCC']],
    // A state's bar, however written; a bar association is no admission.
    ['- Active member in good standing of the State Bar of California', ['State Bar of California']],
    ['- Admitted to the New York State Bar (or eligible)', ['State Bar of New York']],
    ['- Membership of the Texas Bar Association is a plus', []],
    // What labellers name apart from a family: PySpark, Exchange Online, GlobalProtect, Raiser's Edge.
    ["- PySpark, Exchange Online, GlobalProtect and Raiser's Edge", ['Exchange Online', 'GlobalProtect', 'PySpark', "Raiser's Edge"]],
    // "WA" in a posting that names Australia is Western Australia, no Washington licence.
    ["- WA First Class Mine Manager's Certificate for our Pilbara operations", []],
    // Life support beside a known course; Epic's modules by name.
    ['- BLS and ILS (ALS desirable)', ['ALS', 'BLS', 'ILS']],
    ['- Build and support Epic ClinDoc; Epic Clarity reports are a plus', ['Epic Clarity', 'Epic ClinDoc']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a family's items in a list after a colon (set-45)", () => {
  const names = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => x.name);
  };
  it('reads "ASE certifications: A6 ... and A8" as ASE A6 and ASE A8, and "SAP modules: MM, SD"', () => {
    expect(names('- ASE certifications: A6 (Electrical/Electronic Systems) and A8 (Engine Performance) are required.')).toEqual(['ASE Certification', 'ASE A6', 'ASE A8']);
    expect(names('- SAP modules: MM, SD and FICO')).toEqual(['SAP', 'SAP MM', 'SAP SD', 'SAP FICO']);
  });

  it('reads no bare code where no family names it', () => {
    expect(names('- Grades: A6 and A8 on the pay scale')).toEqual([]);
  });
});

describe('what set-43 showed (supply chain, customs and trade)', () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.name);
  it("reads a vendor's modules named in another language ('SAP (módulos MM/SD)') as the vendor's", () => {
    expect(skills('- Manejo de SAP (módulos MM/SD) y Excel avanzado (tablas dinámicas, BUSCARV).')).toEqual(['SAP', 'SAP MM', 'SAP SD', 'Microsoft Excel']);
  });

  it("reads Dutch's \"deel\" (part) and Italian's \"dell'\" (of the) as no product (sets 16, 38, 41, 46)", () => {
    expect(skills('Een Verklaring Omtrent het Gedrag (VOG) maakt deel uit van de procedure. Ervaring met SAP.')).toEqual(['SAP']);
    expect(skills("- Presa in carico del paziente critico (chirurgia valvolare e dell'aorta toracica)")).toEqual([]);
    expect(skills('- Payroll through Deel for contractors; Dell and HP laptops')).toEqual(['Deel', 'Dell', 'HP']);
  });

  it('reads German\'s "Zoll" (customs) as no ZOLL, the maker of defibrillators written in capitals', () => {
    expect(skills('Trade Compliance Specialist (m/w/d) Exportkontrolle & Zoll\n- Erfahrung im Zoll und in der Exportkontrolle')).not.toContain('ZOLL');
    expect(skills('- Experience with ZOLL X Series monitors and Philips IntelliVue')).toContain('ZOLL');
  });
});

describe('what set-68 showed (facilities and property)', () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.name);
  it('reads building services\' "E&M" (electrical and mechanical) as no medical coding', () => {
    expect(skills('- Oversee building services maintenance (E&M, fire services, lifts and escalators)')).not.toContain('E/M coding');
    expect(skills('- Knowledge of CPT, ICD-10-CM, HCPCS and E&M for outpatient visits')).toContain('E/M coding');
  });

  it('reads a public-private partnership\'s "PPP" as no protocol', () => {
    expect(skills('Join the hard services team on a major public hospital PPP contract.')).not.toContain('PPP');
    expect(skills('- Configure WAN links over MPLS, PPP and PPPoE on Cisco routers')).toContain('PPP');
  });
});

describe('what sets 64-70 showed (food, automotive, finance, AI, legal)', () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.name);
  const certs = (text: string) => extractRequirements(text).certifications.map((s) => s.name);
  it('reads a standard\'s number as no product ("ISO/TS 22002-1" is no TypeScript), nor a credential\'s variant ("CIPP/C" is no C)', () => {
    expect(skills('- Knowledge of FSSC 22000 / ISO 22000, HACCP and ISO/TS 22002-1')).not.toContain('TypeScript');
    expect(skills('- An IAPP certification (CIPP/C, CIPP/US or CIPT) is considered an asset')).not.toContain('C');
  });

  it("reads a model's checkpoint, the GDPR's SCCs and electrochemistry's EIS as none of the products they spell", () => {
    expect(skills('- Evaluate every checkpoint with lm-evaluation-harness and flag regressions')).not.toContain('Check Point');
    expect(skills('- Assess international transfers (SCCs, transfer impact assessments) under the GDPR')).not.toContain('SCAP Compliance Checker');
    expect(skills('- Working knowledge of electrochemical test methods such as EIS and charge/discharge cycling')).not.toContain('Environmental Impact Statement');
    expect(skills('- Run STIG and SCAP scans with SCC and ACAS')).toContain('SCAP Compliance Checker');
  });

  it('names Business Central, Zoho People and the NIST AI RMF as themselves', () => {
    expect(skills('• Record production and waste in Microsoft Dynamics 365 Business Central')).toEqual(['Microsoft Dynamics 365 Business Central']);
    expect(skills('- Knowledge of an HRIS such as Zoho People')).toEqual(['Zoho People']);
    expect(skills('- Aligned to the NIST AI Risk Management Framework (AI RMF 1.0)')).toEqual(['NIST AI RMF']);
  });

  it('reads no plain word left of a name whose generic area was its first word ("API Gateway" is no "Gateway")', () => {
    expect(skills('- Build serverless APIs with AWS Lambda, API Gateway and FastAPI')).not.toContain('Gateway');
    expect(certs('- IAPP CIPP/E certification is required')).toEqual(['CIPP/E']);
  });
});

describe('names with a Czech or Polish case ending (set-69)', () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.name);
  it('reads a known name with its ending cut off, in a posting not in English', () => {
    const czech = 'Co očekáváme\n- práci s Gitem a CI/CD\n- zkušenost s Dockerem a Kubernetesem\n- znalost Kotlinu\n- podstawy Node.js i Dockera';
    expect(skills(czech)).toEqual(expect.arrayContaining(['Git', 'Docker', 'Kubernetes', 'Kotlin']));
    // A name that is also an English word, when it is the product in any other language (set-75).
    expect(skills('Wymagania\n4. Dobra znajomość Excela (tabele przestawne, WYSZUKAJ.PIONOWO),')).toEqual(['Microsoft Excel']);
  });

  it('reads no such ending in English, nor on a lower-case word', () => {
    expect(skills('Requirements\n- Experience with Dockerem is not a thing\n- Docker')).toEqual(['Docker']);
    expect(skills('Co očekáváme\n- práci s gitem a dockerem')).toEqual([]);
  });
});

describe("a list's joints in the posting's own language", () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.name);
  it('lets names listed with "a", "i", "y", "und" vouch for each other in a posting not in English', () => {
    expect(skills('Co očekáváme\n- dobrou znalost Spring Frameworku (Spring Boot, Spring Data JPA) a Hibernate,')).toContain('Hibernate');
    expect(skills('Wymagania\n- znajomość Java i Hibernate oraz doświadczenie w pracy z bazami danych')).toContain('Hibernate');
  });

  it('reads no roman numeral as vi, nor the R of "R&R"', () => {
    expect(skills('Kvalifikasjoner\n- Erfaring med MARPOL Annex VI og Linux')).not.toContain('Vim');
    expect(skills('Requisitos\n- coordinar estudios de capacidad (Cpk) y MSA (R&R) con Minitab.')).not.toContain('R');
  });
});

describe("a lettered series' codes after the first (set-65)", () => {
  const certs = (text: string) => extractRequirements(text).certifications.map((s) => s.name);
  it('reads "ASE B3 and B4", "ASE A4, A5 and A6" as each credential, and no code the dictionary does not name', () => {
    expect(certs('Requirements\n- ASE B3 and B4 certifications')).toEqual(['ASE B3', 'ASE B4']);
    expect(certs('Requirements\n- ASE A4, A5 and A6 certified')).toEqual(['ASE A4', 'ASE A5', 'ASE A6']);
    expect(certs('Requirements\n- ASE B3 and Z9 certifications')).toEqual(['ASE B3']);
  });
});

describe('what sets 71-75 showed (insurance, education, retail, public sector)', () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.name);
  it("reads a list's letter in its own parentheses as no C, India's JEE exam as no Java EE, Japanese 'EC' as no eC", () => {
    expect(skills('- Sound knowledge of the Institute Cargo Clauses (A), (B) and (C) and Incoterms')).not.toContain('C');
    expect(skills('• Conduct foundation classes for JEE Main and NEET for Classes XI–XII')).not.toContain('Jakarta EE');
    expect(skills('- Java 17, Spring Boot and JEE application servers')).toContain('Jakarta EE');
    expect(skills('自社EC（Shopify Plus）と楽天市場の運営チームのマネージャー')).not.toContain('eC');
  });

  it('reads no law by the words after its subject ("Procurement Act 2023" is no "Act 2023"), and IAM Identity Center as AWS\'s', () => {
    expect(skills('- Working knowledge of the Procurement Act 2023 and Microsoft Excel')).not.toContain('Act 2023');
    expect(skills('- Hardening guardrails: service control policies, IAM Identity Center, GuardDuty and Security Hub')).toContain('AWS IAM Identity Center');
  });
});

describe('what sets 76-80 showed: codes, sums and cases that spell no name', () => {
  const all = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => x.name);
  };
  it.each([
    ['a requisition number', 'Requisition CDS-26-0319 – All-Source Intelligence Analyst\n- Experience with ArcGIS', 'Microsoft Dataverse'],
    ["a document's code with a leading zero", '- Aseptic preparation in line with EU GMP Annex 1 and PIC/S PE 010 guidance', 'PE'],
    ["South Africa's rand", '- Salary: R 38 000 per month, plus a 13th cheque\n- Python, SQL', 'R'],
    ["an audiologist's VRA", '- Experience with paediatric assessment (VRA) is highly regarded', 'VMware vRealize'],
    ["a medical device's class", '- 3 years in regulatory affairs for class IIa/IIb or III devices', 'IBM App Connect'],
    ["a pay spine's points", 'Salary: NJC Grade 10, SCP 29 – 33, £40,476 – £44,428 per annum', 'SCP'],
    ["a security service's managed detection and response", 'Protegemos a 60 instituciones con nuestro servicio de MDR 24/7 y SOC.', 'EU MDR'],
    ['rand in millions (set-84)', "- 3 – 5 years' experience as a Store Manager, in a store with a turnover of at least R2 million per month", 'Radare2'],
    ["a power engineer's electromagnetic transients (set-88)", '- PSCAD/EMTDC for EMT studies and harmonic analysis', 'EMT'],
    ["a certificate's qualifier (set-88)", '- Valid Electrical Supervisor Certificate of Competency (Gujarat) preferred', 'Valid Electrical Supervisor Certificate of Competency'],
    ['a code a reference names (set-83)', 'To apply, email your CV quoting reference MCT-2291.\n- Experience with Medidata Rave', 'MCT'],
  ])('%s', (_, text, name) => {
    expect(all(text)).not.toContain(name);
  });

  it('reads an English name of capitalised words in a posting in another language (set-84)', () => {
    const r = extractRequirements('Responsabilidades\n- Gerir as contas da Casa Ipê na Amazon (Seller Central), garantindo reputação e crescimento');
    expect(r.skills.map((x) => x.name)).toContain('Amazon Seller Central');
  });

  it("keeps a standard's number with a dash", () => {
    expect(all('- Competent Person reports under NI 43-101 and JORC')).toContain('NI 43-101');
  });
});

describe('names beside known ones, after words that are no name', () => {
  const skills = (text: string) => extractRequirements(text).skills.map((s) => s.name);
  it('ends on two such words in a row ("API Tools", "Cloud Platform Services"): 1624a3f looped forever on them', () => {
    expect(skills('- Experience with Docker, API Tools and Kubernetes')).toEqual(['Docker', 'Kubernetes']);
    expect(skills('- Terraform, Cloud Platform Services Gateway or Ansible')).toEqual(expect.arrayContaining(['Terraform', 'Ansible']));
  });
});


describe('what a line in another language wishes for (sets 104, 105)', () => {
  const flags = (text: string) => Object.fromEntries(extractRequirements(text).skills.map((s) => [s.name, s.required]));

  it('reads German "sind ebenfalls willkommen" and Vietnamese "Ưu tiên" as wished', () => {
    const german = 'Ihr Profil\n• Abgeschlossene Ausbildung zur Notarfachangestellten mit Berufserfahrung im Notariat\n• Kenntnisse in RA-MICRO oder Annotext sind ebenfalls willkommen\n• Sicherer Umgang mit XNotar und TriNotar';
    expect(flags(german)).toMatchObject({ 'RA-MICRO': false, Annotext: false, XNotar: true, TriNotar: true });
    const vietnamese = 'Yêu cầu\n- Thành thạo tin học văn phòng (Word, Excel)\n- Ưu tiên ứng viên đã sử dụng phần mềm Haravan hoặc Sapo';
    expect(flags(vietnamese)).toMatchObject({ 'Microsoft Excel': true, Haravan: false });
  });

  it('keeps "ist uns genauso willkommen" an alternative, not a wish', () => {
    const text = 'Dein Profil\n- Abgeschlossenes Studium der Informatik oder eine vergleichbare Qualifikation – eine Ausbildung zum Fachinformatiker mit entsprechender Berufserfahrung ist uns genauso willkommen\n- Sehr gute Kenntnisse in SQL und Python';
    expect(extractRequirements(text).education?.level).toBe('bachelor');
  });
});

describe('a standard named by its part, and C where code is written (set-106)', () => {
  const names = (text: string) => extractRequirements(text).skills.map((s) => s.name);

  it('names the part the text names, where the dictionary knows the family', () => {
    expect(names('- Test medical electrical equipment to IEC 60601-1-2 and military kit to MIL-STD-461')).toEqual(['IEC 60601-1-2', 'MIL-STD-461']);
    expect(names('- Safety testing to IEC 60601')).toEqual(['IEC 60601']);
  });

  it('reads C after "in" where code is written', () => {
    expect(names('- Design and unit-test firmware in C for ARM Cortex-M4 microcontrollers')).toContain('C');
    expect(names('- Report in C block of the building')).not.toContain('C');
  });
});

describe('an acronym spelled out as its own credential (set-112)', () => {
  it('keeps "Board certification in oncology pharmacy (BCOP)" as the BCOP', () => {
    expect(extractRequirements('Requirements\n- Board certification in oncology pharmacy (BCOP) or equivalent').certifications.map((c) => c.name)).toEqual(['BCOP']);
  });
});

describe('names that are something else where they stand (sets 120, 122-124)', () => {
  const names = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => x.name);
  };
  it('reads no product in a place’s name, no accountant among ad metrics, no medic in a study', () => {
    expect(names('Requirements\n- Ensure compliance with Hong Kong statutory requirements and Kong API gateways')).toEqual(['Kong']);
    expect(names('Responsabilità\n- Monitoraggio di ROAS, CPA e margine di contribuzione')).not.toContain('CPA');
    expect(names('Requirements\n- Experience with PSCAD or other EMT studies for inverter-based resources')).not.toContain('EMT');
    expect(names('Requirements\n- CPA designation required')).toContain('CPA');
  });
});

describe('names that are something else where they stand (sets 126-133)', () => {
  const names = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => x.name);
  };
  it('reads no product in a town before its region’s code, nor C in the Erlang C formula', () => {
    expect(names('Requirements\n- A 13-week contract at a Level I trauma center in Phoenix, AZ')).not.toContain('Phoenix');
    expect(names('Requirements\n- Convert forecasts into FTE requirements using Erlang C and shrinkage assumptions')).not.toContain('C');
    expect(names('Requirements\n- Embedded C and C++ on ARM Cortex-M')).toContain('C');
  });
  it('reads a credential offered beside another by its noun, not one beside a firm', () => {
    expect(names('Requirements\n• CAMS or the ICA Advanced Certificate in AML')).toContain('CAMS');
    expect(names('Requirements\n- 2 years of corporate secretarial experience in a CSP or professional firm (fresh diploma holders welcome)')).not.toContain('Certified Safety Professional');
  });
  it('reads Dutch and French words as words', () => {
    expect(names('Wat we vragen\n- Een fabriek die de afgelopen jaren flink is gemoderniseerd\n- Een vaste baan voor 40 uur per week')).toEqual([]);
    expect(names('Missions\n- Assurer le suivi juridique (approbation des comptes, assemblées générales)')).toEqual([]);
  });
});

describe('names that are something else where they stand (sets 134-141)', () => {
  const names = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => x.name);
  };
  it('reads IFRS 17’s contractual service margin as no Scrum Master', () => {
    expect(names('Responsibilities\n- Run quarterly valuation models and prepare IFRS 17 CSM roll-forwards and analysis of change')).not.toContain('Certified ScrumMaster');
    expect(names('Requirements\n- CSM or PSM certification; 3+ years as a Scrum Master with Jira')).toContain('Certified ScrumMaster');
  });
  it('reads computing as a field of study, mining’s blasting and rail’s multiple units as words', () => {
    expect(names('Wat we vragen\n- Een afgeronde hbo- of wo-opleiding, bij voorkeur in Informatica, Bedrijfskunde of Economie')).toEqual([]);
    expect(names('Requirements\n- ETL development in Informatica PowerCenter and Oracle')).toContain('Informatica');
    expect(names('The Drill and Blast Engineer designs all drilling and blasting at the mine.\nRequirements\n- JKSimBlast or SHOTPlus')).not.toContain('BLAST');
    expect(names('Requirements\n- Previous EMU or DMU maintenance experience')).toEqual([]);
    expect(names('Requirements\n- Sequence analysis with BLAST and Biopython')).toContain('BLAST');
  });
  it('reads a mine’s Site Senior Executive as no web protocol', () => {
    expect(names('Responsibilities\n- Prepare monthly ventilation reports for the SSE and the Mines Inspectorate')).toEqual([]);
  });
  it('reads DBT beside therapies as the therapy, and the actuarial exams only where the posting is actuarial', () => {
    expect(names('Requirements\n- Training in CBT, DBT or EMDR; 2+ years in outpatient mental health')).toContain('Dialectical Behavior Therapy');
    expect(names('Requirements\n- Analytics engineering with DBT, Snowflake and Airflow')).toContain('dbt');
    expect(names('Requirements\n• Minimum 4 actuarial papers cleared from IAI or IFoA (CS1, CM1, CB1, CS2, CM2, CB2 etc.)')).toEqual(expect.arrayContaining(['IFoA CS1', 'IFoA CS2', 'IFoA CM1']));
    expect(names('Requirements\n- Manage CS1/CS2 controlled shipping and containment with customers')).toEqual([]);
  });
  it('reads a credential offered beside a diploma by its noun', () => {
    expect(names('Requirements\n- CAMS or the ICA International Diploma in Anti Money Laundering')).toContain('CAMS');
  });
});

describe('names that are something else where they stand (sets 142-149)', () => {
  const names = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => x.name);
  };
  it('reads exchanges, licence classes, a localization standard and a B-BBEE element as no products', () => {
    expect(names('Responsibilities\n- Manage and hedge an index options book across SGX, HKEX, OSE and NSE')).not.toContain('Fortinet NSE');
    expect(names('Requirements\n- Class C Wastewater Treatment Operator License at time of hire.\n- TCEQ Class D Water Operator License')).not.toContain('C');
    expect(names('Responsibilities\n- Maintain custom file-type filters and SRX segmentation rules in Trados Studio and memoQ')).not.toContain('Juniper SRX');
    expect(names('Requirements\n• Sound knowledge of the B-BBEE Codes, SED recognition and Section 18A requirements')).not.toContain('sed');
    expect(names('Aufgaben\n- Fehlerdiagnose an Robotersteuerungen (KUKA KR C4/KR C5, FANUC R-30iB)')).not.toContain('R');
  });
  it('reads CCAR beside stress tests as the Federal Reserve’s review, and German requirement heads as no names', () => {
    expect(names('Responsibilities\n• Validate CCAR / DFAST stress-testing models for trading and counterparty losses')).toContain('Comprehensive Capital Analysis and Review');
    expect(names('Das bringst du mit\n- Sicherer Umgang mit Trados Studio, Kenntnisse in MultiTerm')).not.toContain('Kenntnisse');
  });
  it('reads names with Estonian case endings in an Estonian posting', () => {
    const text = 'Ootame sinult\n- vähemalt kolmeaastast kogemust Linuxi serverite haldamisel;\n- Terraformi või Ansible\'i head tundmist;\n- skriptimise oskus Go või Pythoniga;';
    expect(names(text)).toEqual(expect.arrayContaining(['Linux', 'Terraform', 'Python']));
  });
});

describe('names a sentence says are not asked (set-239)', () => {
  const found = (text: string) => {
    const r = extractRequirements(text);
    return [...r.skills, ...r.certifications].map((x) => [x.name, x.required]);
  };
  it('leaves out what "is not required" right after the names', () => {
    expect(found('Requirements:\n• CSWIP 3.1 Welding Inspector\n• BOSIET/FOET is NOT required – this is a yard-based position')).toEqual([['CSWIP 3.1', true]]);
  });
  it('keeps what is wished, though not required', () => {
    expect(found('- Python is welcome but not required')).toEqual([['Python', false]]);
    expect(found('- Kubernetes and Terraform are not required but a plus')).toEqual([['Kubernetes', false], ['Terraform', false]]);
  });
});
