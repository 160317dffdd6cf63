import { describe, expect, it } from 'vitest';
import { classifyHeading, findSections, sectionAt } from './sections';

describe('classifyHeading', () => {
  it.each([
    ['Preferred Qualifications', 'preferred'],
    ['Desired Candidate Profile', 'required'],
    ['Desired Skills and Experience', 'required'],
    ['Desired Skills', 'preferred'],
    ['### Nice to Have', 'preferred'],
    ['Bonus points if you have', 'preferred'],
    ['Ways to stand out from the crowd:', 'preferred'],
    ['**Required Qualifications:**', 'required'],
    ['Required Technology Experience:', 'required'],
    ['What We’re Looking For', 'required'],
    ['What you will do', 'required'],
    ['About the Role', 'required'],
    ['About You', 'required'],
    ['About Us', 'blurb'],
    ['About the company', 'blurb'],
    ['Who We Are', 'blurb'],
    ['Benefits:', 'blurb'],
    ['Package', 'blurb'],
    ['The package:', 'blurb'],
    ['In return', 'blurb'],
    ["What you'll get", 'blurb'],
    ["What you'll need", 'required'],
    ['What You’ll Bring', 'required'],
    ['Your profile', 'required'],
    ['Person specification', 'required'],
    ['Tech stack', 'required'],
    ['Assets', 'preferred'],
    ['It is an advantage if you have', 'preferred'],
    ['Advantageous', 'preferred'],
    ['Asset management', null],
    ['Our benefits', 'blurb'],
    ['Role Description', 'required'],
    ['What You Will Be Doing', 'required'],
    ['Licenses/Certifications', 'required'],
    ['Should Have', 'preferred'],
    ['Why Us?', 'blurb'],
    ['Reports to the Department Manager', null],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('findSections', () => {
  it('switches kind at headings and covers the whole text', () => {
    const text = 'Intro\nRequirements:\n- Python\nNice to have:\n- Go\nAbout us\nWe sell shoes.';
    const sections = findSections(text);
    expect(sections[0]?.start).toBe(0);
    expect(sections.at(-1)?.end).toBe(text.length);
    expect(sectionAt(sections, text.indexOf('Python'))).toBe('required');
    expect(sectionAt(sections, text.indexOf('Go'))).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('shoes'))).toBe('blurb');
  });

  it('treats a company introduction before any heading as blurb', () => {
    const intro = 'Acme Systems is a leading provider of managed services, and our mission is to keep our customers happy with Cassandra and Hadoop every single day of the year.';
    const text = `${intro}\nResponsibilities:\n- Run Docker`;
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('Cassandra'))).toBe('blurb');
    expect(sectionAt(sections, text.indexOf('Docker'))).toBe('required');
  });

  it('treats a paragraph opening with a name and what it does as blurb, under a title heading', () => {
    const text =
      '## Cloud Security Engineer\n\nLedgerline is the accounts-payable platform for mid-market finance teams. More than 3,000 companies use Ledgerline, with two-way sync to NetSuite and QuickBooks Online.\n\n### What you will do\n- Harden AWS accounts';
    expect(sectionAt(findSections(text), text.indexOf('NetSuite'))).toBe('blurb');
    expect(sectionAt(findSections(text), text.indexOf('AWS'))).toBe('required');
    const role = 'Ledgerline is hiring a Cloud Security Engineer. You will harden our AWS accounts and build detections across 40 accounts in our production footprint every day.';
    expect(sectionAt(findSections(role), role.indexOf('AWS'))).toBe('required');
  });

  it('ends a blurb at a plain heading its words do not classify when a list follows it', () => {
    const text = 'About us\nWe are Acme, a fintech in Leeds.\n\nThe Opportunity\n- 3+ years of Python\n- AWS';
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('fintech'))).toBe('blurb');
    expect(sectionAt(sections, text.indexOf('Python'))).toBe('required');
  });

  it("reads the employer's sections in other languages as blurb, to the next heading whatever its words (sets 14-84)", () => {
    const text = 'Sobre nosotros\nSomos una gestora con oficinas en Madrid y usamos Yardi.\n¿Qué harás?\n- Valoraciones según la Orden ECO/805/2003\nOfrecemos\n- Formación en SAP';
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('Yardi'))).toBe('blurb');
    expect(sectionAt(sections, text.indexOf('Orden'))).toBe('required');
    expect(sectionAt(sections, text.indexOf('SAP'))).toBe('blurb');
    const german = 'Wer wir sind\nWir nutzen SAP S/4HANA.\nDein Profil\n– Sehr gute Kenntnisse im HGB\nWas wir bieten\n– Kosten der CAMS-Zertifizierung';
    const de = findSections(german);
    expect([sectionAt(de, german.indexOf('SAP')), sectionAt(de, german.indexOf('HGB')), sectionAt(de, german.indexOf('CAMS'))]).toEqual(['blurb', 'required', 'blurb']);
  });

  it('keeps a blurb across a short line that no list follows', () => {
    const text = 'About us\nWe are Acme.\nFounded in Leeds\nWe run Cassandra at scale.';
    expect(sectionAt(findSections(text), text.indexOf('Cassandra'))).toBe('blurb');
  });

  it('reads "Additional information" as no blurb, and what a sentence introduces as desirable as preferred', () => {
    const text =
      'Qualifications\n- 1 year of specialized experience\n\nAdditional information\nThe following are desirable but are not required to qualify: Juniper (JNCIS-ENT); Palo Alto (PCNSE); Python or Ansible.\nVeterans preference applies.';
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('JNCIS'))).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('Ansible'))).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('The following'))).toBe('required');
    expect(sectionAt(sections, text.indexOf('Veterans'))).toBe('required');
  });

  it('reads a plain line with a comma and "preferred" as an item, not a heading', () => {
    const text = "Requirements\nBachelor's degree in CS, Master's preferred\nPython and SQL";
    expect(sectionAt(findSections(text), text.indexOf('Python'))).toBe('required');
    expect(sectionAt(findSections('Nice to have\nPython'), 11)).toBe('preferred');
  });

  it("ends a wished-for list at the posting's next field (an agency's \"Education: ...\"), not at its first line", () => {
    const text = 'Good to have:\n- Redis, ELK\n- AWS exposure\nEducation: B.E/B.Tech/MCA in Computer Science\nInterview process: 2 rounds';
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('Redis'))).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('B.E'))).toBe('required');
    // Under a wished-for heading, a long field line with no list before it is the list's first item;
    // a field the words do not classify stays in the list.
    const first = 'Nice to have:\nExperience: hands-on work with Kafka or RabbitMQ in production, and with Redis, is welcome.';
    expect(sectionAt(findSections(first), first.indexOf('Kafka'))).toBe('preferred');
    const other = 'Nice to have:\n- Redis\nNote: Kafka is a plus';
    expect(sectionAt(findSections(other), other.indexOf('Kafka'))).toBe('preferred');
  });

  it('gives each column of a table written with pipes the kind its heading names, and ends it at a line without pipes', () => {
    const text = 'Must-haves | Nice-to-haves\n3+ years of Figma | Framer or ProtoPie\n\nA portfolio | Basic HTML\nAlso: Miro\nWhat we offer';
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('Figma'))).toBe('required');
    expect(sectionAt(sections, text.indexOf('Framer'))).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('portfolio'))).toBe('required');
    expect(sectionAt(sections, text.indexOf('HTML'))).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('Miro'))).toBe('required');
    // Markdown's outer pipes and rule.
    const markdown = '| Must have | Nice to have |\n|---|---|\n| NetSuite | FloQast or BlackLine |\n\nWhat we offer';
    expect(sectionAt(findSections(markdown), markdown.indexOf('NetSuite'))).toBe('required');
    expect(sectionAt(findSections(markdown), markdown.indexOf('BlackLine'))).toBe('preferred');
    // A first column that labels the rows takes the kind around the table (set-93).
    const labelled = 'Nice to have\nArea | Must have | Nice to have\nProgramming | Python and SQL | Scala or Java\nWhat we offer';
    expect(sectionAt(findSections(labelled), labelled.indexOf('Python'))).toBe('required');
    expect(sectionAt(findSections(labelled), labelled.indexOf('Scala'))).toBe('preferred');
    expect(sectionAt(findSections(labelled), labelled.indexOf('Programming'))).toBe('preferred');
    // A row of cells of one kind, or cells that are no headings, is no such table.
    const plain = 'Nice to have\nTools | Languages\nKafka | Go';
    expect(sectionAt(findSections(plain), plain.indexOf('Kafka'))).toBe('preferred');
  });

  it('reads a heading an emoji opens, and an item an emoji opens as an item (set-93)', () => {
    // Items each open with the same emoji, a heading with one of its own.
    const text = '🔧 What you will do\n✅ Build API tests in Postman\n✅ Run the suites in CI\n⭐ Nice to have\n👉 Experience with k6\n👉 Docker basics\n🎁 What we offer\n💻 MacBook Pro or ThinkPad';
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('Postman'))).toBe('required');
    expect(sectionAt(sections, text.indexOf('k6'))).toBe('preferred');
    expect(sectionAt(sections, text.indexOf('MacBook'))).toBe('blurb');
    // "▪️" is a bullet: its item says "preferred" of itself, not of the lines after it.
    const items = 'What we need\n▪️ Graduate in any discipline (MBA preferred)\n▪️ Experience using Salesforce';
    expect(sectionAt(findSections(items), items.indexOf('Salesforce'))).toBe('required');
  });

  it('reads the headings that wish in Chinese, Japanese and Korean ("優先條件", "歓迎条件", "우대사항")', () => {
    for (const heading of ['優先條件', '加分项', '歓迎条件', '우대사항']) expect(classifyHeading(heading)).toBe('preferred');
  });

  it('reads a heading in lenticular brackets as a heading ("【歓迎要件】", sets 95, 97, 98, 101)', () => {
    const text = '【必須要件】\n・Zendeskの使用経験\n【歓迎要件】\n・SQLを使った簡単なデータ抽出の経験\n【雇用形態】正社員';
    const sections = findSections(text);
    expect(sectionAt(sections, text.indexOf('Zendesk'))).toBe('required');
    expect(sectionAt(sections, text.indexOf('SQL'))).toBe('preferred');
    expect(classifyHeading('【歓迎要件】')).toBe('preferred');
    expect(classifyHeading('＜歓迎＞')).toBe('preferred');
    // Greek's and Vietnamese's wish (set-105).
    expect(classifyHeading('Θα εκτιμηθούν επιπλέον')).toBe('preferred');
  });
});

describe('Australian postings\' "Highly regarded" heading (set-58)', () => {
  it('makes the items under it wished for', () => {
    expect(classifyHeading('HIGHLY REGARDED')).toBe('preferred');
  });
});

describe('Israeli postings\' "Advantages" heading (sets 21, 42, 49, 50, 63, 67)', () => {
  it('makes the items under it wished for, not a sentence about advantages', () => {
    expect(classifyHeading('Advantages:')).toBe('preferred');
    expect(classifyHeading('Big advantage')).toBe('preferred');
    expect(classifyHeading('Advantages of working with us')).not.toBe('preferred');
  });
});

describe('Portuguese headings with their qualifier (set-218)', () => {
  it('reads "Requisitos obrigatórios" and "O que vais fazer" as the job\'s, "Valorizamos" as a wish', () => {
    expect(classifyHeading('Requisitos obrigatórios')).toBe('required');
    expect(classifyHeading('O que vais fazer')).toBe('required');
    expect(classifyHeading('Valorizamos')).toBe('preferred');
  });
  it('ends the club\'s blurb at an emoji heading that asks ("✅ Requisitos obrigatórios")', () => {
    const text = '🏊 Quem somos\nUm clube formador com 400 atletas.\n✅ Requisitos obrigatórios\n• Licenciatura em Ciências do Desporto\n⭐ Valorizamos\n• Conhecimentos de Excel';
    expect(findSections(text).map((s) => s.kind)).toEqual(['blurb', 'required', 'preferred']);
  });
});

describe('a company opening a posting of one paragraph (set-239)', () => {
  it('leaves the paragraph to the job when it hires and asks', () => {
    const text =
      'Northern Forge builds ASME and ABSA-registered pressure vessels for the oil sands. Hiring two journeyperson welders for day shift: fit and weld nozzles, heads and shells using SMAW, GTAW and SAW. Need: Red Seal Welder, 3+ years in a piping shop.';
    expect(findSections(text).some((s) => s.kind === 'blurb')).toBe(false);
  });
  it('still reads a company introduction before the job as a blurb', () => {
    const text =
      'Northern Forge builds ASME and ABSA-registered pressure vessels for the oil sands, with three shops in Alberta and a proud record of safety since 1987 across our fabrication yards.\nResponsibilities\n- Weld nozzles';
    expect(findSections(text).some((s) => s.kind === 'blurb')).toBe(true);
  });
});
