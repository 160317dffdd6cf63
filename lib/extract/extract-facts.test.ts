import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts';

describe('employment type', () => {
  it.each([
    ['Job Type: Full-time', 'full-time'],
    ['### Employment Type: Full-Time', 'full-time'],
    ['This is a full time position with benefits', 'full-time'],
    ['This is a part-time role', 'part-time'],
    ['Employment type: Contract', 'contract'],
    ['(This position is full-time remote opportunity.)', 'full-time'],
    ['The anticipated annual base salary range for this full-time position is $150,000 to $165,000.', 'full-time'],
    // Fields as boards write them: Indeed's plural list, a status, the type word after another value.
    ['Job Types: Full-time, Permanent', 'full-time'],
    ['Employment Status: Full-time', 'full-time'],
    ['Contract type: Permanent, full time', 'full-time'],
    ['Employment Type: Regular Full-Time', 'full-time'],
    ['Commitment: Part-time', 'part-time'],
    ['Hours: Full time', 'full-time'],
    ['Contract: Permanent - Full Time', 'full-time'],
    ['This is a 6-month contract role', 'contract'],
    // A line that is only the type, with its hours or terms; Indeed's and Workday's value under its label.
    ['About the job\nFull-time, 36 hours per week. On-site.', 'full-time'],
    ['Part-time (20 hrs/week)', 'part-time'],
    ['Job type\nFull-time\nPermanent', 'full-time'],
    ['time type\nFull time\nposted on', 'full-time'],
    ['Details:\n- Contract (6 months, W2)\n- Remote', 'contract'],
    ['**Internship**', 'internship'],
    ['Temporary position, starting in May', 'temporary'],
    // Other values of the field before the type, on a line of their own or after "Type:".
    ['£42,000 - £50,000 per annum\nBristol, South West England\nPermanent, full-time\n\nApply now', 'full-time'],
    ['Posted:\t11/10/2026\nType:\tAdjunct/Part-Time', 'part-time'],
    ['  - Terms of employment: Permanent employment, Full time, Day', 'full-time'],
    // A permanent contract is a permanent job, not a contract.
    ['Regensburg\nPermanent contract\nFull-time\n\nAbout us', 'full-time'],
    ['Cork\nPermanent full-time\n\nAbout us', 'full-time'],
  ])('%s → %s', (text, expected) => {
    expect(extractFacts(text).employmentType).toBe(expected);
  });

  it.each([
    'How GitLab Supports Full-Time Employees',
    'Our full-time employees enjoy perks',
    'Seeking an exciting internship?',
    'Full-time employees are eligible for our 401(k) plan',
    'Join our full-time staff of 40',
    'Experience with contract negotiation',
    'Internal tools team',
    'Contract Manager\nWe are looking for a contract manager',
    'Employment: must have contract experience',
    'Full-time (30+ hours) employees are eligible for medical',
    'Full-time, part-time and seasonal roles available',
    'Employment Type: Permanent',
    'Permanent contract',
  ])('not stated: %s', (text) => {
    expect(extractFacts(text).employmentType).toBeNull();
  });
});

describe('workplace', () => {
  it.each([
    ['Senior Network Engineer - Linux (remote)', 'remote'],
    ['Hours/Location: Monday-Friday 8:00-5:00pm, CST-Remote', 'remote'],
    ['# Business Analyst II-Remote', 'remote'],
    ['This position is a remote position.', 'remote'],
    ['Fully remote role with flexible hours', 'remote'],
    ['Location: Remote, United States', 'remote'],
    ['Flexible hybrid working environment, with 3 days in the office.', 'hybrid'],
    ['This is a hybrid role based in Boston', 'hybrid'],
    ['You will work on-site in our Dayton facility', 'on-site'],
    ["As a Senior Penetration Tester you'll work on-site from our Barton office and at client sites across the ACT", 'on-site'],
    // What the employer cannot offer names no workplace (set-43).
    ["This is a site-based role – the nature of the operation means we can't offer hybrid working.", 'on-site'],
    ['What you need\n- Office-based at our Isando manufacturing site, Monday to Friday.', 'on-site'],
    // Indeed's standard line; fields with other labels.
    ['Job Type: Full-time\n\nWork Location: In person', 'on-site'],
    ['Location: Fully Remote', 'remote'],
    ['Working pattern: Hybrid', 'hybrid'],
    ['This is an in-person role at our clinic', 'on-site'],
    // A tag that starts or ends with the workplace, with details.
    ['Account Executive, Mid-Market (Remote - US)', 'remote'],
    ['Location: London (Hybrid - 2 days a week in the office)', 'hybrid'],
    ['We are looking for a Senior Financial Analyst to join our FP&A team (hybrid, 3 days in office in Chicago).', 'hybrid'],
    ['Data Engineer (Hybrid - 3 days onsite)', 'hybrid'],
    ['Software Engineer (London, Hybrid)', 'hybrid'],
    ['Support Analyst (Austin, TX | On-site)', 'on-site'],
    // A line or sentence that is only the workplace, perhaps with where.
    ['Remote (US)', 'remote'],
    ['Senior Accountant\nHybrid, London\nAbout us', 'hybrid'],
    ['Full-time, 36 hours per week. On-site.', 'on-site'],
    ['Remote', 'remote'],
    ['locations\nRemote - USA\ntime type', 'remote'],
    ['On-site in Austin, TX', 'on-site'],
    ['Perks:\n- Fully remote\n- 401(k)', 'remote'],
    ['Benefits\n- Hybrid working (3 days in office)', 'hybrid'],
    ['Remote policy: Hybrid', 'hybrid'],
    ["We're hybrid. The lab and the team are in Boulder.", 'hybrid'],
    ['After a paid 10-week training program in the Omaha office, this role moves to our hybrid schedule (two days per week in the office).', 'hybrid'],
    ["This is an on-site post at the client's campus; remote work is not available.", 'on-site'],
    ['We are a fully remote company; we meet twice a year.', 'remote'],
  ])('%s → %s', (text, expected) => {
    expect(extractFacts(text).workplace).toBe(expected);
  });

  it.each([
    'Experience with hybrid cloud environments',
    'Provide remote support to users',
    'Hybrid virtual networks and remote access VPN',
    'We have roles that are designated as remote, hybrid, office or field',
    'The ability to work in a remote and independent environment',
    'We are unable to offer remote work to residents of Alaska',
    'Configure remote access (VPN) for field staff',
    'We offer a variety of work arrangements (remote, hybrid, or office roles).',
    'Teams choose how they work (Office/Remote)',
    'Our roles (on-site, hybrid, remote) vary by team',
    'Acme (remote-first) is hiring',
    'Where you can work:\n- Remote\n- Hybrid\n- Office',
    'Remote, hybrid or office roles available',
    'Remote-first culture',
    'Final round interview (in person)',
    'Remote work is available to some roles',
    'Remote: No',
    'Great team. Remote teams love our product.',
    'We are remote-friendly.',
    "We're a hybrid cloud company.",
  ])('not stated: %s', (text) => {
    expect(extractFacts(text).workplace).toBeNull();
  });
});

describe('salary', () => {
  it.each([
    ['Wage: $24-$27 per hour depending on experience', { min: 24, max: 27, currency: 'USD', period: 'hour' }],
    ['Pay: $24 - $27 per hour', { min: 24, max: 27, currency: 'USD', period: 'hour' }],
    ['Salary: $95k- 110k', { min: 95000, max: 110000, currency: 'USD', period: 'year' }],
    ['Starting Pay is $16.00 per hour', { min: 16, max: 16, currency: 'USD', period: 'hour' }],
    ['Base Pay Range National - Salary$99,450—$134,550 USD', { min: 99450, max: 134550, currency: 'USD', period: 'year' }],
    ['The annual base salary range is $150,000 to $165,000.', { min: 150000, max: 165000, currency: 'USD', period: 'year' }],
    ['💰Compensation: Up to $18,000 p/m + Benefits', { min: 18000, max: 18000, currency: 'USD', period: 'month' }],
    ['Salary: £45,000 - £55,000 per annum', { min: 45000, max: 55000, currency: 'GBP', period: 'year' }],
    ['Compensation: €60k–€70k a year', { min: 60000, max: 70000, currency: 'EUR', period: 'year' }],
    ['Salary: A$120,000 - A$140,000', { min: 120000, max: 140000, currency: 'AUD', period: 'year' }],
    ['Pay: $30-$35/hr in New York; $25-$30/hr elsewhere', { min: 30, max: 35, currency: 'USD', period: 'hour' }],
    // A not-pay word after a new item does not veto the figure.
    ['Salary range: $95,000 – $120,000 a year plus bonus.', { min: 95000, max: 120000, currency: 'USD', period: 'year' }],
    ['$120,000 - $150,000 base + equity + bonus', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['Salary: $120k, bonus eligible', { min: 120000, max: 120000, currency: 'USD', period: 'year' }],
    ['Compensation: $100,000 and benefits', { min: 100000, max: 100000, currency: 'USD', period: 'year' }],
    ['Salary: $90,000 - $110,000 plus a $5,000 sign-on bonus', { min: 90000, max: 110000, currency: 'USD', period: 'year' }],
    ['Sign-on bonus of $5,000, and a salary of $100k', { min: 100000, max: 100000, currency: 'USD', period: 'year' }],
    // Periods: the figure's own, glued units, UK forms.
    ['$60/hr', { min: 60, max: 60, currency: 'USD', period: 'hour' }],
    ['up to $30 an hour', { min: 30, max: 30, currency: 'USD', period: 'hour' }],
    ['Pay: From $18.00 per hour', { min: 18, max: 18, currency: 'USD', period: 'hour' }],
    ['Hourly rate: $25.50', { min: 25.5, max: 25.5, currency: 'USD', period: 'hour' }],
    ['Stipend: $3,000/month', { min: 3000, max: 3000, currency: 'USD', period: 'month' }],
    ['Base pay range $140,000.00/yr - $180,000.00/yr', { min: 140000, max: 180000, currency: 'USD', period: 'year' }],
    ['Pay Range: $70K/yr - $90K/yr', { min: 70000, max: 90000, currency: 'USD', period: 'year' }],
    ['Salary: £40,000 p.a.', { min: 40000, max: 40000, currency: 'GBP', period: 'year' }],
    ['Salary: £40k-£50k + benefits', { min: 40000, max: 50000, currency: 'GBP', period: 'year' }],
    ['Salary: £30,000 per annum, 37.5 hours per week', { min: 30000, max: 30000, currency: 'GBP', period: 'year' }],
    ['Pay: $25 - $30, 40 hours per week', { min: 25, max: 30, currency: 'USD', period: 'hour' }],
    ['£450 - £550 per day', { min: 450, max: 550, currency: 'GBP', period: 'day' }],
    ['£500/day Inside IR35', { min: 500, max: 500, currency: 'GBP', period: 'day' }],
    ['Salary $120,000 - $140,000 (hybrid, 3 days a week in office)', { min: 120000, max: 140000, currency: 'USD', period: 'year' }],
    ['OTE $160k-$180k', { min: 160000, max: 180000, currency: 'USD', period: 'year' }],
    ['Compensation: $85-95K', { min: 85000, max: 95000, currency: 'USD', period: 'year' }],
    ['Salary: $60,000 - $70,000 DOE', { min: 60000, max: 70000, currency: 'USD', period: 'year' }],
    // Codes without a symbol, figures before their currency, European and Indian grouping.
    ['€55.000–€65.000 brutto', { min: 55000, max: 65000, currency: 'EUR', period: 'year' }],
    ['USD 120,000 - 150,000 per year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['The pay range for this role is 110,000 - 125,000 USD per year', { min: 110000, max: 125000, currency: 'USD', period: 'year' }],
    ['Salary: 45.000 € - 55.000 € gross per year', { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
    ['Salary: 50-60k EUR', { min: 50000, max: 60000, currency: 'EUR', period: 'year' }],
    ['Salary: 55 000 € brutto', { min: 55000, max: 55000, currency: 'EUR', period: 'year' }],
    ['Pay: 12,50 €/h', { min: 12.5, max: 12.5, currency: 'EUR', period: 'hour' }],
    ['CHF 120,000 - 140,000 per year', { min: 120000, max: 140000, currency: 'CHF', period: 'year' }],
    ['Salary: $80,000 - $95,000 CAD', { min: 80000, max: 95000, currency: 'CAD', period: 'year' }],
    ['CTC: ₹12,00,000 - ₹18,00,000 per annum', { min: 1200000, max: 1800000, currency: 'INR', period: 'year' }],
    ['₹ 12-20 Lacs P.A.', { min: 1200000, max: 2000000, currency: 'INR', period: 'year' }],
    ['CTC: ₹18 LPA', { min: 1800000, max: 1800000, currency: 'INR', period: 'year' }],
    ['Salary: ₹1.2 Cr per annum', { min: 12000000, max: 12000000, currency: 'INR', period: 'year' }],
    ['Salary DKK 42,000 - 52,000 per month, plus 10% pension contribution', { min: 42000, max: 52000, currency: 'DKK', period: 'month' }],
    ['CTC: INR 12,00,000 - 18,00,000 per annum', { min: 1200000, max: 1800000, currency: 'INR', period: 'year' }],
    // A range stays on its line: the next list item is not its second figure.
    ['Salary: $52,000\n- $2,000 sign-on bonus', { min: 52000, max: 52000, currency: 'USD', period: 'year' }],
    // Perks listed before the pay line: the range stated as pay wins.
    [
      'Benefits:\n- Student loan repayment assistance up to $150/month\n- $2.00/hour bilingual differential\n\nPay: $36.00 - $45.00 per hour',
      { min: 36, max: 45, currency: 'USD', period: 'hour' },
    ],
    ['- No desk fees; after that, a flat $99/month technology fee\n\nPay: $45,000.00 - $150,000.00 per year', { min: 45000, max: 150000, currency: 'USD', period: 'year' }],
    ['- Leasing bonuses (up to $500/month)\n\nPay: $58,000.00 - $65,000.00 per year', { min: 58000, max: 65000, currency: 'USD', period: 'year' }],
    ['- $17.50/hr + tips (tips have averaged $5–7/hr this year)\nPay: $17.50 per hour', { min: 17.5, max: 17.5, currency: 'USD', period: 'hour' }],
    ['**Compensation:** $158K – $192K • Offers Equity\n- $150/month wellness and internet stipend', { min: 158000, max: 192000, currency: 'USD', period: 'year' }],
    // Figures a line ending in a colon introduces as pay: the first.
    [
      'For positions based in the locations below, the salary range for this role is:\nChicago: $86,000 – $121,000\nCharlotte: $79,000 – $111,000',
      { min: 86000, max: 121000, currency: 'USD', period: 'year' },
    ],
    ['Mileage pay: $0.58 – $0.66 per mile\n- Average weekly pay: $1,350 – $1,650', { min: 1350, max: 1650, currency: 'USD', period: 'week' }],
    // A range alone on a line of a copied header.
    ['Firmware Engineer\nTidewell\n$140k – $175k • 0.1% – 0.4%\nBoulder', { min: 140000, max: 175000, currency: 'USD', period: 'year' }],
    ['Actuarial Analyst II\nHartford, CT\n$82K - $104K (Employer provided)\nEasy Apply', { min: 82000, max: 104000, currency: 'USD', period: 'year' }],
  ])('%s', (text, expected) => {
    expect(extractFacts(text).salary).toEqual(expected);
  });

  it.each([
    'Referral Bonus Program – up to $750!',
    'A generous personal development budget of $500 per annum',
    'Backed by nearly $100 million in funding',
    'medical coverage that has $0 deductibles, $0 co-pays',
    'No pay information here',
    'A $5,000 sign-on bonus for new hires',
    'Signing bonus of $10,000',
    'We raised $2M in funding last year',
    'Earn a $500 referral bonus',
    'A $1,000 annual learning stipend',
    '401(k) match up to $3,000',
    'Salary: DOE',
    'Salary: competitive',
    'Experience with CAD 2020, base knowledge of GD&T',
    'Pay: €12,50 per hour',
    'Earn $500 with our referral bonus program',
    'Perks:\n- Home office stipend of $1,000\n- $2,000 annual learning budget',
    'a $100 monthly internet and phone allowance, and a $1,500 annual professional development fund',
    '- $1,500 annual learning and conference budget',
    'Bilingual staff earn a $2.00/hour language differential',
    'on-call stipend of $500 per on-call week',
    'Experience managing paid budgets of $500K+ per year',
    'Mileage pay: $0.58 – $0.66 per mile',
    'Clients:\n- $1,000 – $5,000 projects for small businesses',
  ])('not pay: %s', (text) => {
    expect(extractFacts(text).salary).toBeNull();
  });

  it('never throws', () => {
    for (const text of ['', '$', '$$$$', 'Salary: $', '\uD800', 'Pay: $1,2,3,4 - $'.repeat(1000)]) {
      expect(() => extractFacts(text)).not.toThrow();
    }
  });
});

describe('workplace said without the workplace words', () => {
  it.each([
    ['- Hybrid model: three days a week at our office near Sarona, two from home', 'hybrid'],
    ["- Hybrid working – two days per week in our Sir John Rogerson's Quay office", 'hybrid'],
    ['- Hybrid: Tuesday to Thursday in our Shoreditch office', 'hybrid'],
    ['- Flexible working hours and up to two days per week working from home; lab work happens in Garching', 'hybrid'],
    ['Location: Lower Parel, Mumbai (work from office, 5 days a week)', 'on-site'],
    ['Work from office at our Chakan plant (Monday to Saturday, alternate Saturdays off).', 'on-site'],
    ['- Work from office 3 days a week, the rest from anywhere', 'hybrid'],
    ["This is a site-based role across Auckland: you'll start each day at our yard.", 'on-site'],
    ['This is a site-based FIFO role on a 2:1 roster from Perth.', 'on-site'],
    ['This is a full-time, employed position (40 hours per week on a rota) based on site at our Canary Wharf club.', 'on-site'],
    // Set-103: on site every day; office-based in a location's bracket.
    ['This is a fully field-based role: you will be on site every day across our build areas.', 'on-site'],
    ['Location: Lagos, Nigeria (office-based at Victoria Island, with regular field work across Lagos)', 'on-site'],
    // Sets 76-77: a site's days with one in the office are all on-site; a hybrid schedule the position is eligible for.
    ['The role is primarily site-based at our Dublin 8 project, with one day per week in our Sandyford head office.', 'on-site'],
    ['This position is eligible for a hybrid schedule, working on-site at our Austin headquarters three days per week.', 'hybrid'],
    ['- Télétravail 2 jours par semaine, bureaux à Paris 8e\nNous recherchons un responsable fiscal.', 'hybrid'],
    ['Ihr Arbeitsort ist unser Werk in Stuttgart-Feuerbach; die Tätigkeit findet vollständig vor Ort statt. Wir suchen Sie.', 'on-site'],
    ['We work in person, five days a week, from our office in SoMa, San Francisco.', 'on-site'],
    ['We work in person three days a week in our Austin office.', 'hybrid'],
    // Older sets' misses: an arrangement in the plural, a "mode", days in words.
    ['The role is based at our Molesworth Street office, and hybrid working arrangements (a mix of office and home) are available.', 'hybrid'],
    ['- Hybrid mode: 2 days per week at our office near Square-Victoria', 'hybrid'],
    ['- Télétravail : deux jours par semaine, le reste du temps au studio', 'hybrid'],
    ['- Working on-site at our Milan office (Porta Nuova) alongside the traders, Monday to Friday', 'on-site'],
    ['- Working on-site at our Leeds office three days a week', 'hybrid'],
    ['Following a review of the service, the post is office-based at Ryburn House and is not suitable for home working.', 'on-site'],
    // A farm's role is on-site (set-81); a field-based one names no workplace (set-54's label).
    ['This is a hands-on, on-farm role based at our farm office in Gosberton, near Spalding.', 'on-site'],
    ['This is a full-time, field-based position on commercial job sites. Typical hours are 6:30 a.m. – 3:00 p.m.', null],
  ])('%s → %s', (text, workplace) => {
    expect(extractFacts(text).workplace).toBe(workplace);
  });

  it.each([
    'We offer the flexibility to work from home or the office.',
    'Our site-based teams and our remote teams meet quarterly.',
    'Two days of onboarding, then shadowing.',
    'Comfortable working in person with customers and on the phone.',
  ])('none in: %s', (text) => {
    expect(extractFacts(text).workplace).toBeNull();
  });
});

describe('workplace statements sets 51 and 54 showed', () => {
  it.each([
    ['- 30 days of annual leave, flexitime and up to two days of mobile working per week after onboarding.', 'hybrid'],
    // Full-width brackets, as Chinese and Japanese text writes them.
    ['新竹科學園區。本職缺為廠內現場職務（on-site），需著無塵衣進入無塵室作業。', 'on-site'],
  ])('%s → %s', (text, want) => {
    expect(extractFacts(text).workplace).toBe(want);
  });
});

describe('workplace statements set-60 showed', () => {
  it.each([
    ['This is a permanent, full-time, laboratory-based role and is fully on site in Ringaskiddy.', 'on-site'],
    ['The Medical Science Liaison (MSL) is a field-based, remote position covering the Northeast territory.', 'remote'],
  ])('%s → %s', (text, want) => {
    expect(extractFacts(text).workplace).toBe(want);
  });
});

describe('workplace statements sets 182, 183 and 188 showed', () => {
  it.each([
    ['$41.85 – $49.20/hour plus a 10% field allowance. Work is on-site on 12-hour rotating shifts (days and nights).', 'on-site'],
    ['Location: Warrington (hybrid – typically 2–3 days a week in our Birchwood office or on client sites)', 'hybrid'],
    ['Location: Bengaluru (Whitefield) – Hybrid, 3 days WFO', 'hybrid'],
    ['This is a full-time, practice-based role at our Ballarat clinic, Monday to Friday.', 'on-site'],
    ['Because every hour here is a patient consult, we’re not able to offer remote or hybrid work for this position.', 'on-site'],
    ['- Proficient in MS Office (Word, Excel) and ERP\nWork at office', 'on-site'],
    ['- Bachelor accommodation and daily transport to site\n- 100% site-based at Jubail Industrial City (no remote working)', 'on-site'],
    ['This is an in-clinic role – all treatments happen on-site in Paddington.', 'on-site'],
    ['This is a fully field-based, on-site role: you start and finish your day from home.', 'on-site'],
    ['Flexible hybrid arrangement with three days a week in our Southbank office.', 'hybrid'],
  ])('%s → %s', (text, want) => {
    expect(extractFacts(text).workplace).toBe(want);
  });
});

describe('what sets 238-245 showed', () => {
  it.each([
    ['This position works a rotating 12-hour shift schedule on-site at the Westlake complex and requires working holidays.', 'on-site'],
    ['Agile working is supported. The team currently works a hybrid pattern: a minimum of three days per week on site at Dean Clough, Halifax.', 'hybrid'],
    ['What we offer\n- 25 days holiday\n- Hybrid pattern after probation: newsroom-based three days a week, with the option to work from home on two', 'hybrid'],
  ])('%s → %s', (text, want) => expect(extractFacts(text).workplace).toBe(want));

  it('takes the basic salary over a rate per flight sector', () => {
    const text = 'Pay and benefits\n💷 Basic salary £16,500 per annum, pro rata for the 8-month contract\n💷 Sector pay of £14–£28 per flight sector plus 10% commission';
    expect(extractFacts(text).salary).toEqual({ min: 16500, max: 16500, currency: 'GBP', period: 'year' });
  });
});

describe('what sets 246-248 showed', () => {
  it('reads a pay scale whose points carry notes, under its heading', () => {
    const text = 'SALARY\n€57,473 – €61,059 – €64,645 – €68,231 – €71,817 – €75,403 – €78,989 (LSI 1) – €81,675 (LSI 2) per annum';
    expect(extractFacts(text).salary).toEqual({ min: 57473, max: 81675, currency: 'EUR', period: 'year' });
  });
  it("reads Bermuda's dollar", () => {
    expect(extractFacts('The salary range for this position is BD$165,000 – BD$210,000 per annum, plus a bonus.').salary).toEqual({ min: 165000, max: 210000, currency: 'BMD', period: 'year' });
  });
  it('reads a hybrid set-up after an emoji', () => {
    expect(extractFacts('What we offer\n🏠 Hybrid set-up: 3 days on client site, 2 days home-working').workplace).toBe('hybrid');
  });
});

describe('a workplace opening a sentence (set-257)', () => {
  it('reads "… + quarterly bonus. On-site role in our Poblenou office."', () => {
    expect(extractFacts('Salary: 26.000 € - 29.000 € gross/year + quarterly bonus. On-site role in our Poblenou office.').workplace).toBe('on-site');
  });
});
