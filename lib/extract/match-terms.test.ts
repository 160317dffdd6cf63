import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDictionary, matchTerms, type Dictionary } from './match-terms';
import { TAXONOMY } from './taxonomy/index';

const names = (text: string) => [...new Set(matchTerms(text).map((m) => m.entry.name))];

describe('matchTerms: names, versions, slashes', () => {
  it.each([
    ['Experience with Windows Server 2003/2008', ['Windows Server']],
    // A spaced dash in a name, kept, dropped or written as an en dash.
    ['AWS Certified Security - Specialty', ['AWS Certified Security - Specialty']],
    ['AWS Certified Security – Specialty', ['AWS Certified Security - Specialty']],
    ['AWS Certified Security Specialty', ['AWS Certified Security - Specialty']],
    ['Python – Django — AWS', ['Python', 'Django', 'AWS']],
    ['Win Server 2008 R2 administration', ['Windows Server']],
    ['Python 3.7+ required', ['Python']],
    ['Apache2 web servers', ['Apache']],
    ['Windows 10 support', ['Windows 10']],
    ['JNCIA/JNCIS', ['JNCIA', 'JNCIS']],
    ['CCIE/JNCIE', ['CCIE', 'JNCIE']],
    ['Salesforce/Zendesk or Freshdesk', ['Salesforce', 'Zendesk', 'Freshdesk']],
    ['HTTP/HTTPS', ['HTTP', 'HTTPS']],
    ['Intel/AMD Desktop and Laptop hardware', ['Intel', 'AMD']],
    ['TCP/IP networking', ['TCP/IP']],
    ['CI/CD pipelines', ['CI/CD']],
    ['Lockout/Tagout procedures', ['Lockout/Tagout']],
    ['Knowledge of 802.1X and ISO 27001', ['802.1X', 'ISO 27001']],
    ['C++, C#, .NET and Node.js', ['C++', 'C#', '.NET', 'Node.js']],
    ['Current Server-level certification (MCIT)', ['MCITP']],
    ['MCIT(P) preferred', ['MCITP']],
    ['ITIL v3 Foundation certification', ['ITIL Foundation']],
    ['A+ Certification preferred', ['CompTIA A+']],
    ['Cisco Call Manager and Cisco Collaboration services', ['Cisco Unified Communications Manager', 'Cisco Collaboration']],
    ['Office365 and O365', ['Microsoft 365']],
    ['Service Now tickets', ['ServiceNow']],
    ['HA Proxy, TCPDump, SystemD', ['HAProxy', 'tcpdump', 'systemd']],
    ['functional safety (ISO 26262), SOTIF / ISO 21448, V-model', ['ISO 26262', 'ISO 21448', 'V-model']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Strong networking, troubleshooting and virtualization skills',
    'Routing, switching, firewalls, LAN/WAN, VPN and SAN',
    'SIEM, SCADA/PLC, cloud, APIs, backup and disaster recovery',
    'Microsoft certification(s) preferred',
  ])('generic areas are not skills: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('matchTerms: ambiguous words both ways', () => {
  it.each([
    ['Advanced Excel skills', 'Microsoft Excel'],
    ['Microsoft Word and Excel required', 'Microsoft Excel'],
    ['Proficient in Excel', 'Microsoft Excel'],
    // After "in", never the verb: "prepare the weekly report in Excel".
    ['Prepare weekly KPI reports in Excel for the Operations Director', 'Microsoft Excel'],
    ['Experience with Microsoft Access databases', 'Microsoft Access'],
    ['O365, Teams and SharePoint', 'Microsoft Teams'],
    ['Microsoft Word documents', 'Microsoft Word'],
    ['Languages: Python, Go, Rust', 'Go'],
    ['Languages: Python, Go, Rust', 'Rust'],
    ['Python, R, SQL', 'R'],
    ['C/C++ programming', 'C'],
    ['Experience in Go and Kubernetes', 'Go'],
    ['Nice to have: experience with Go.', 'Go'],
    ['Swift programming for iOS', 'Swift'],
    ['Spring Boot and Spring framework', 'Spring'],
    ['Chef or Puppet for configuration management', 'Chef'],
    ['Chef or Puppet for configuration management', 'Puppet'],
    ['Building backend systems in Go or Java', 'Go'],
    ['Building backend systems in Go or Java', 'Java'],
    // The tool a duty is done in, and Java after "knowledge of" (sets 91, 93).
    ['- Review your calls in Gong with your manager every week', 'Gong'],
    ['- Mantener nuestro design system en Storybook junto al equipo de Diseño.', 'Storybook'],
    ['- working knowledge of Java for our legacy modules', 'Java'],
    ['Nice to have:\n- Experience with Terraform\n- Rust', 'Rust'],
    ['Our stack:\n- Go\n- Kubernetes\n- PostgreSQL', 'Go'],
    ['Skills:\n• Excel\n• Word\n• PowerPoint', 'Microsoft Excel'],
    ['Skills:\n• Excel\n• Word\n• PowerPoint', 'Microsoft Word'],
    ['Tools we use:\n* Python\n* R,\n* Tableau', 'R'],
    ['(e.g. Javascript, Python, Ruby)', 'Ruby'],
    ['Python, C++, Java, C#, KDB+/Q, etc.', 'Java'],
    ['Python, C++, Java, C#, KDB+/Q, etc.', 'q'],
    ['Knowledge of MS Office applications', 'Microsoft Office'],
    ['Manage AD users and groups', 'Active Directory'],
    ['Windows Server, AD, DNS, DHCP', 'Active Directory'],
    ['A+, Network+ or Security+', 'CompTIA A+'],
    ['Experience with Agile development methodology', 'Agile'],
    ['Experience with Microsoft Exchange (2003, 2007, 2010)', 'Microsoft Exchange'],
    ['Our services are written in Go and talk over gRPC', 'Go'],
    ['2 years writing Go in production', 'Go'],
    ['You write idiomatic Swift every day', 'Swift'],
    ['Solid working knowledge of the NEC (2023)', 'NFPA 70'],
    ['Preferred:\n- Robotic surgery experience\n- PALS\n- Orthopedics', 'PALS'],
    // A capital next to it that is a product noun or a name of its own is no other name.
    ['Strong Excel Skills required', 'Microsoft Excel'],
    ['Backend in Java Spring Boot', 'Java'],
    ['Proficient in Microsoft Word, Excel and PowerPoint', 'Microsoft Excel'],
    // The certification, where no agency or conduit stands by.
    ['CPA, CIA or CISA preferred', 'CISA'],
    ['CPA, CIA or CISA preferred', 'CIA'],
    ['Current EMT certification required', 'EMT'],
    ['- A valid VCA Basis certificate (VOL-VCA is a plus)', 'VCA Basis'],
    ['Process sales and returns in Oracle Xstore POS', 'Oracle Xstore'],
    // A rank before it is a title's, no other name.
    ['We are hiring a Senior Go Developer to build our APIs', 'Go'],
    ['Join us as a Lead Java developer', 'Java'],
    ['Model devices in YANG, push them over NETCONF', 'NETCONF'],
    ['Ableton Live, Pro Tools, Kontakt', 'Native Instruments Kontakt'],
    // "EC2" where the posting names AWS, or before "instances"; "TCL" in a list of languages.
    ['Experience with AWS (EC2, S3, Lambda)', 'Amazon EC2'],
    ['Deploy to AWS. You will size EC2 for each service', 'Amazon EC2'],
    ['Manage EC2 instances and autoscaling groups', 'Amazon EC2'],
    ['Scripting in TCL and Python', 'Tcl'],
    ['Tekla, ETABS or SAP2000', 'ETABS'],
    ['- GWO BST, GWO ART and GWO Enhanced First Aid certificates', 'GWO Enhanced First Aid'],
    ['- A current Working at Heights ticket', 'Working at Heights'],
    ['- IELTS 7.0 overall, or TOEFL iBT 100', 'IELTS'],
    ['- Completion of the LPC or SQE1', 'Solicitors Qualifying Examination'],
    ['- Experience with Azure Data Factory, ADLS and Databricks', 'Azure Data Lake'],
    ['- React, RTK and TypeScript', 'Redux'],
    ['- Configure ABB Relion 670 relays for line protection', 'ABB Relion'],
    ['- Process data in cryoSPARC and/or RELION, and build models using Coot and ChimeraX', 'RELION'],
    ['- Aisance avec le Pack Office, en particulier Excel', 'Microsoft Office'],
    ['- Delivering CBT and DBT interventions to adult clients', 'CBT'],
    ['- Knowledge of FSMA, HACCP and SQF food safety programs', 'FSMA'],
    ['- Shaping our architecture (MVVM, Kotlin Coroutines and Flow)', 'MVVM'],
    // Set-88: buckets split into their products.
    ['- Experience with ETAP', 'ETAP'],
    ['- Proven experience with Aspen HYSYS or AVEVA PRO/II for steady-state simulation', 'AVEVA PRO/II'],
    ['• Conocimiento de las normas ASME B31.3, ISO 22734 y NFPA 2.', 'ASME B31.3'],
    ['- Trading on EPEX SPOT and N2EX day-ahead and intraday markets', 'EPEX SPOT'],
    ['- Guest feedback in ReviewPro and TrustYou', 'TrustYou'],
    ['• 具备良好的英文读写能力，通过CET-6者优先；', 'CET-6'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads "24/7" after a name as round the clock, not its version', () => {
    expect(matchTerms('Monitor Splunk 24/7 with the SOC').map((m) => m.surface)).toEqual(['Splunk']);
  });

  it.each([
    ['You will excel at communication', 'Microsoft Excel'],
    // A surveyor's real-time kinematic GNSS, a builder's owner-architect-contractor meetings (set-77).
    ['- Perform topographical and as-built surveys using GNSS RTK and robotic total stations', 'Redux'],
    ['- Lead weekly OAC meetings and prepare monthly reports for ownership', 'Oracle BI'],
    // Norwegian's "we", a pilot's proficiency checks, an aircraft's manuals (set-79).
    ['På vegne av vår kunde søker vi 2. maskinist til et vikariat.', 'Vim'],
    ['- Recurrent training and checking, including line checks, OPCs and LPCs in the simulator', 'OPC UA'],
    ['- Defect rectification in accordance with the approved maintenance data (AMM, IPC, TSM, MEL)', 'IBM Spectrum Protect'],
    // Sets 81-84's other senses: a farm's software, Singapore's reporting system, the EU's directive,
    // forests' certification, Belgium's regulator, milk's counts, cryo-EM's software, pest management,
    // statistical analysis plans, rand in millions.
    ['- Good IT skills – confident with Gatekeeper or similar farm management software, and with Microsoft Excel', 'Open Policy Agent'],
    ['- Prepare Suspicious Transaction Reports (STRs) and file them with STRO through SONAR', 'SonarQube'],
    ['- Fundiertes Wissen zu CRR/CRD und IFRS 9', 'Charles River IMS'],
    ['- Je bent aanspreekpunt voor juridische vragen van de NBB en de FSMA', 'FSMA'],
    ['- Acompanhar os resultados de CCS e CBT dos produtores', 'CBT'],
    ['- Process data in cryoSPARC and/or RELION, and build models using Coot and ChimeraX', 'ABB Relion'],
    ['- Review protection settings on SEL and RELION relays', 'RELION'],
    ['- Lead the IPM programme: scouting, biological control releases and spray programmes', 'iPM'],
    ['– Work with sponsor biostatisticians to review SAPs, mock shells and specifications', 'SAP'],
    // A letter glued by a hyphen is a part of a name: "FNP-C", "USB-C".
    ['National board certification: FNP-BC (ANCC) or FNP-C (AANPCB)', 'C'],
    ['Laptops with USB-C and Thunderbolt ports; C and C++ a plus', 'Rust'],
    // Everyday words of other languages: Indonesian "yang" (which), Swedish and German "kontakt".
    ['Yang kami cari: kandidat yang jujur dan disiplin', 'NETCONF'],
    ['Vi undanber oss bestämt kontakt med annons- och rekryteringsföretag', 'Native Instruments Kontakt'],
    ['Kontakt: Frau Berger, Personalabteilung', 'Native Instruments Kontakt'],
    // Eurocode 2 among its siblings; Lyon's transit pass; ETABS is no SAP2000.
    ['Design to the Eurocodes (EC2, EC3, EC5, EC6) and UK National Annexes', 'Amazon EC2'],
    ["Prise en charge de 75 % de l'abonnement TCL et forfait mobilités durables", 'Tcl'],
    ['Analysis in Tekla Structural Designer or ETABS', 'SAP2000'],
    // A course code is no version glued to a name; a brand's heat pumps are not its PLCs.
    ['- Certificate IV in Veterinary Nursing (ACM40418) or equivalent', 'AWS Certificate Manager'],
    ['Installing Mitsubishi Electric and Daikin ductless systems', 'Mitsubishi PLC'],
    // A duty is no certificate; a Supplier Quality Engineer is no solicitor's exam.
    ['You will be working at heights of up to 80 m in all weathers', 'Working at Heights certificate'],
    ['Reporting to the SQE lead, you will audit suppliers', 'Solicitors Qualifying Examination'],
    // A care worker's "ADLs" are activities of daily living.
    ['- Assist residents with activities of daily living (ADLs): bathing, dressing', 'Azure Data Lake'],
    ['Excel at building relationships', 'Microsoft Excel'],
    ['Access to the building is required', 'Microsoft Access'],
    ['You will have access to training', 'Microsoft Access'],
    ['Work with cross-functional teams', 'Microsoft Teams'],
    ['Teams of engineers across the company', 'Microsoft Teams'],
    ['We grow by word of mouth', 'Microsoft Word'],
    ['Word of mouth referrals', 'Microsoft Word'],
    ['An A+ candidate with great energy', 'CompTIA A+'],
    ['Go above and beyond for customers', 'Go'],
    ['Ready to Go and Excel at it', 'Go'],
    ['Our values:\n- Excel\n- Grow\n- Care', 'Microsoft Excel'],
    ['Tools:\n- Python\n- You Go above and beyond', 'Go'],
    ['Experience with Python\nSwift decisions matter here', 'Swift'],
    ['Ready to go live next week', 'Go'],
    ['Experience with GO-live support', 'Go'],
    ['Knowledge of AD hoc reporting', 'Active Directory'],
    ['Ensure swift resolution of incidents', 'Swift'],
    ['Writing Go-to-market plans', 'Go'],
    ['Write clearly; Go the extra mile', 'Go'],
    ['Internship starting Spring 2026', 'Spring'],
    ['Rust prevention on machinery', 'Rust'],
    ['Assist the Sous Chef in the kitchen', 'Chef'],
    ['Ruby Tuesday restaurant manager', 'Ruby'],
    ['Coffee from Java Hut provided', 'Java'],
    ['Enjoy a cup of Java on the terrace', 'Java'],
    // A town after "in", or a product's short form without its vendor, is no tool the duty is done in.
    ['A five-storey podium in Aurora, followed by a project in Castle Rock', 'Amazon Aurora'],
    ['Work with developers in Dubai and in our engineering centre in Cairo.', 'Cairo'],
    ['• Make 60+ outbound dials a day', 'Make'],
    ['- Line maintenance on the Dash 8 Q400 fleet', 'Dash'],
    ['Reporting to the Deputy General Counsel; as comfortable with a Deputy GC as with a claims adjuster', 'Deputy'],
    ['- Using the Three Conversations model at the front door to connect people with support', 'Azure Front Door'],
    ['- Prosecute patent applications before the EPO and the USPTO', 'Trellix ePO'],
    ['Work in an office environment', 'Microsoft Office'],
    ['3 days in the Office per week', 'Microsoft Office'],
    ['A rating of R or better', 'R'],
    ['Building C, second floor', 'C'],
    ['Ad campaigns and AD hoc reports', 'Active Directory'],
    ['Work in an agile operations environment', 'Agile'],
    ['continuous knowledge exchange', 'Microsoft Exchange'],
    ['Business Analyst IIs role', 'IIS'],
    ['We are pals with the whole team', 'PALS'],
    // A word of another proper name.
    ['An Oregon EMT license, or National Registry (NREMT) certification', 'Windows Registry'],
    ['Prospect research with Candid Foundation Directory Online', 'Foundation'],
    ['Work closely with the Project Manager and site team', 'Microsoft Project'],
    ['Sign customers up for our Basecamp Rewards program', 'Basecamp'],
    ['- Manage Land Registry applications and folio searches', 'Windows Registry'],
    // An agency among agencies, a conduit, a currency, a perk.
    ['- Prior experience supporting a DHS component such as CBP, TSA, USCIS or CISA.', 'CISA'],
    ['- Prior experience supporting a DHS component such as CBP, TSA, USCIS or CISA.', 'Certified Benefits Professional'],
    ['- Prepare responses to GAO and OIG audit requests', 'Oracle Identity Manager'],
    ['Follow CISA guidance and NIST 800-53 controls', 'CISA'],
    ['- Bend and install EMT and rigid conduit', 'EMT'],
    ['Pull wire, bend EMT conduit, and mount equipment', 'EMT'],
    ['- Salary range: R$ 18.000 – R$ 24.000 per month', 'R'],
    ['A new MacBook Pro and iPhone of your choice', 'Apple'],
    ['- A valid VCA Basis certificate (VOL-VCA is a plus)', 'VCTA'],
  ])('%s ↛ %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('matchTerms with a bulk-style dictionary', () => {
  const dict = buildDictionary([
    { name: 'kdb+', kind: 'skill', category: 'database', aliases: ['KDB+/Q'] },
    { name: 'q', kind: 'skill', category: 'language', aliases: [], ambiguous: ['q'] },
    { name: 'Python', kind: 'skill', category: 'language', aliases: [] },
    { name: 'RoHS', kind: 'skill', category: 'standard', aliases: ['REACH'] },
    { name: 'Apache Airflow', kind: 'skill', category: 'data', aliases: ['Airflow'] },
    { name: 'TCP/IP', kind: 'skill', category: 'protocol', aliases: [] },
  ]);
  const found = (text: string) => [...new Set(matchTerms(text, undefined, dict).map((m) => m.entry.name))];

  it('splits a slash alias that joins two known names', () => {
    expect(found('Python, KDB+/Q, etc.')).toEqual(['Python', 'kdb+', 'q']);
  });

  it('keeps a slash name whose halves are not names', () => {
    expect(found('TCP/IP')).toEqual(['TCP/IP']);
  });

  it('never matches an acronym against a lowercase word', () => {
    expect(found('squat, kneel, reach, and bend')).toEqual([]);
    expect(found('RoHS and REACH compliance')).toEqual(['RoHS']);
  });

  it('treats everyday words of the bulk list as ambiguous', () => {
    expect(found('proper airflow around the machines')).toEqual([]);
    expect(found('Pipelines in Airflow and Python')).toEqual(['Apache Airflow', 'Python']);
  });
});

describe('matchTerms past the first word of a phrase', () => {
  // The pair filter only spares walking the trie: with one that passes every pair, the walk is
  // always taken, and the matches must be the same.
  const dict = buildDictionary(TAXONOMY);
  const walkAlways: Dictionary = { ...dict, pairs: { has: () => true } };
  const longer = TAXONOMY.flatMap((e) => [e.name, ...e.aliases]).filter((s) => /\S\s+\S|\//.test(s));
  // The words of longer phrases, shuffled among each other and among words and separators that
  // continue none, so that phrase starts meet both their own continuations and others.
  const words = [...new Set(longer.flatMap((s) => s.split(/\s+/)))];
  const piece = fc.oneof(
    fc.constantFrom(...longer),
    fc.constantFrom(...words),
    fc.constantFrom('and', 'with', 'the', 'Data', 'data', ',', '/', '-', '(', ')', '\n', '2019', 'v2', 'R2', 'é', 'Ünïcode'),
  );
  const texts = fc.array(piece, { maxLength: 30 }).chain((parts) => fc.constantFrom(parts.join(' '), parts.join(''), parts.join(', ')));
  const view = (text: string, d: Dictionary) => matchTerms(text, undefined, d).map((m) => [m.entry.name, m.start, m.end, m.surface]);

  it('finds what walking the trie at every phrase start finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(view(text, dict)).toEqual(view(text, walkAlways));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('matchTerms: names written without spaces, glued to the words around them', () => {
  const names = (text: string) => matchTerms(text).map((m) => m.entry.name);

  it('finds a Japanese credential or product inside a longer run of kanji and kana (set-92)', () => {
    expect(names('・社会保険労務士資格（学習中の方も歓迎）')).toEqual(['社会保険労務士']);
    expect(names('・月次給与計算、賞与計算（給与奉行クラウドを使用）')).toEqual(['給与奉行']);
  });

  it("takes no firm for the credential it is named after (a labour attorney's office)", () => {
    expect(names('・顧問社会保険労務士事務所との連携')).toEqual([]);
  });

  it('keeps the matches in the order of the text, a name in Latin letters among them', () => {
    const text = '・勤怠管理（KING OF TIME）と社労士との連携、社労士資格';
    const found = matchTerms(text);
    expect(found.map((m) => m.start)).toEqual([...found.map((m) => m.start)].sort((a, b) => a - b));
    expect(found.map((m) => m.entry.name)).toEqual(['KING OF TIME', '社会保険労務士', '社会保険労務士']);
  });
});

describe('matchTerms: a name in Latin letters among Japanese, Chinese or Korean', () => {
  const names = (text: string) => matchTerms(text, undefined, undefined, true).map((m) => m.entry.name);

  it('is the product, glued to the words around it (set-95)', () => {
    expect(names('- Houdiniを用いたプロシージャルモデリングの経験')).toEqual(['Houdini']);
  });

  it('is not a two-letter acronym glued so', () => {
    expect(names('・PE担当者との調整')).toEqual([]);
  });
});

describe("matchTerms: a software house's product called by its own name, where the work is done", () => {
  it('reads "in Audition" as Adobe Audition (set-95)', () => {
    expect(matchTerms('- Basic sound design in Audition').map((m) => m.entry.name)).toEqual(['Adobe Audition']);
  });
});

describe('matchTerms: a name in Latin letters after Hebrew or Arabic, and Excel as a noun', () => {
  const names = (text: string, foreign = false) => matchTerms(text, undefined, undefined, foreign).map((m) => m.entry.name);

  it('reads SAS after a Hebrew word, and R after Hebrew\'s "or" beside Python (set-97)', () => {
    expect(names('- ניסיון בעבודה עם SAS', true)).toEqual(['SAS']);
    expect(names('- ניסיון בעבודה עם Python או R', true)).toEqual(['Python', 'R']);
  });

  it('reads a name with a Turkish case ending (set-101)', () => {
    expect(names('- MS Office programlarına, özellikle Word’e ileri düzeyde hâkim', true)).toEqual(['Microsoft Office', 'Microsoft Word']);
  });

    it('reads "Strong Excel modelling skills" as Excel', () => {
    expect(names('• Strong Excel modelling skills')).toEqual(['Microsoft Excel']);
  });
});

describe('matchTerms: a one-letter word joined by a hyphen', () => {
  it('reads "A-CSM" and "i-Ready" as written, not "a CSM", "a spice" or "a fast"', () => {
    expect(names('Requirements: A-CSM certification and A-SPICE process knowledge')).toEqual(expect.arrayContaining(['A-CSM', 'ASPICE']));
    expect(names('Must be a CSM or PSM holder')).not.toContain('A-CSM');
    expect(names('You bring a spice of humour to a fast-growing team')).toEqual([]);
    expect(names('Experience with i-Ready diagnostics')).toContain('i-Ready');
  });
});

describe('matchTerms: the same letters, another thing (sets 188-197)', () => {
  it.each([
    ['Salon de coiffure indépendant fondé en 1998 au cœur de la Presqu’île', 'Eurocode 8'],
    ['- 🚁 Current Tropical BOSIET (T-BOSIET) with EBS and an Australian offshore medical', 'Amazon EBS'],
    ['- Produce evidence for NERC CIP-005, CIP-007 and CIP-010 audits; support CIP-013 supply chain risk reviews', 'Customer Identification Program'],
    ['• Working knowledge of the RMA and the NPSIB', 'Registered Medical Assistant'],
    ['- OPITO Controlling Emergencies (OIM) certificate.', 'Oracle Identity Manager'],
    ['- patentino per carrelli elevatori', 'Patentino fitosanitario'],
    ['- Experience with latex thread and elastane blends, nitrile and latex gloves', 'LaTeX'],
  ])('%s names no %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
  it('still reads EN 1998, Amazon EBS and LaTeX where they are meant', () => {
    expect(names('Seismic design to EN 1998 and EN 1992')).toContain('Eurocode 8');
    expect(names('AWS: EC2, EBS and S3, with Terraform')).toContain('Amazon EBS');
    expect(names('Tools: Python, R and LaTeX for papers')).toContain('LaTeX');
  });
});

describe('matchTerms: the same letters, another trade (sets 206-213)', () => {
  it.each([
    ['- Attestation ASP Construction (Santé et sécurité générale sur les chantiers de construction);', 'Classic ASP'],
    ['- Troubleshoot complex system defects using the FIM, Boeing Toolbox Remote and MyBoeingFleet', 'Microsoft Identity Manager'],
    ['- Perform software loads and database updates (ACARS, FMS navigation database)', 'Functional Movement Screen'],
    ['- Strong knowledge of Boeing wiring diagrams (WDM/SSM) and test equipment', 'AWS Systems Manager'],
    ['– Experience with Guided Biofilm Therapy (EMS Airflow) is a plus', 'Apache Airflow'],
    ['• Bonding attachments and fitting clear aligners (Invisalign and Spark)', 'Apache Spark'],
    ['- An active SIP certification or California WC claims adjuster designation', 'SIP'],
    ['- Placing experience through PPL (Placing Platform Limited)', 'Private Pilot Certificate'],
    ['We are hiring a Security Officer for a corporate campus in Playa Vista.', 'VistA'],
    ['• Hands-on experience with at least one enterprise VMS (Milestone XProtect or Genetec Security Center)', 'OpenVMS'],
    ["✔ Minimum 5 years' close protection experience, including RST and international travel details", 'reStructuredText'],
    ['- Experience delivering in-chair whitening with Philips Zoom', 'Zoom'],
    ['- Processing PRSI Dental Treatment Benefit and DTSS claims', 'Processing'],
  ])('%s names no %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
  it('still reads them in their own worlds', () => {
    expect(names('Maintain legacy Classic ASP and ASP.NET web applications on IIS')).toContain('Classic ASP');
    expect(names('Build data pipelines in Python with Airflow, Spark and dbt')).toEqual(expect.arrayContaining(['Apache Airflow', 'Apache Spark']));
    expect(names('Configure SIP trunks, PBX and VoIP call routing')).toContain('SIP');
    expect(names('Patch EC2 fleets with SSM on AWS')).toContain('AWS Systems Manager');
  });
});
