import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text';

const fields = (text: string) => {
  const p = parseText(text);
  return { title: p.title.value, company: p.company.value, location: p.location.value };
};

describe('the header lines job boards copy under a title', () => {
  it('reads a company line and a "City, ST ZIP" line (Indeed)', () => {
    expect(fields('Delivery Driver - CDL Class A\nAcme Logistics\nPhoenix, AZ 85043\n\nJob Types: Full-time')).toEqual({
      title: 'Delivery Driver - CDL Class A',
      company: 'Acme Logistics',
      location: 'Phoenix, AZ 85043',
    });
  });

  it("reads a board's byline for the company, and no badge ('Featured') for one (set-11)", () => {
    expect(fields('Events Coordinator\n\nPosted 6 November by Halden House Hotels & Venues\nFeatured\n\n£27,000 - £31,000 per annum\nManchester, Greater Manchester')).toMatchObject({
      title: 'Events Coordinator',
      company: 'Halden House Hotels & Venues',
    });
    // Nor a deadline, nor a board's word for the employer.
    expect(String(fields('Field Research Intern\nPosted 3 weeks ago ∙ Apply by January 31, 2027 at 11:59 PM\nPrairie Gold Seed').company)).not.toMatch(/January/);
    expect(fields('Bookkeeper\nPosted on March 4, 2026 by employer\nNorthshore Dental Group Inc.').company).not.toBe('employer');
  });

  it('reads "Company - City, ST" on one line', () => {
    expect(fields("Registered Nurse - ICU\nSt. Mary's Medical Center - Denver, CO\n\nAbout Us")).toMatchObject({
      company: "St. Mary's Medical Center",
      location: 'Denver, CO',
    });
    expect(fields('Backend Engineer\nAcme · Austin, TX (Hybrid) · Reposted 2 days ago · 48 applicants\nAbout the job')).toMatchObject({
      company: 'Acme',
      location: 'Austin, TX',
    });
    expect(fields('Barista\nBlue Bottle · Oakland, California\n\nWe serve coffee.')).toMatchObject({ company: 'Blue Bottle', location: 'Oakland, California' });
    expect(fields('# Senior Marketing Manager\n\n**Brightline Ledger** · Remote (US) · Full-time\n\n## About us')).toEqual({
      title: 'Senior Marketing Manager',
      company: 'Brightline Ledger',
      location: 'Remote (US)',
    });
  });

  it('reads a company ending in "Inc." and the letterhead above labelled fields', () => {
    expect(fields('Human Resources Generalist\nMidstate Precision Components, Inc.\nGrand Rapids, MI 49548\n\nFull-time')).toMatchObject({
      company: 'Midstate Precision Components, Inc.',
      location: 'Grand Rapids, MI 49548',
    });
    expect(fields('Brazos Valley Independent School District\n\nJob Title: Teacher - High School Mathematics\nLocation: Bryan, TX')).toEqual({
      title: 'Teacher - High School Mathematics',
      company: 'Brazos Valley Independent School District',
      location: 'Bryan, TX',
    });
    expect(fields('Payroll Specialist (Part-Time)\n\nRiverbend Family YMCA\nAssociation Office – Harrisburg, PA\n\nStatus: Part-time')).toMatchObject({
      company: 'Riverbend Family YMCA',
      location: 'Harrisburg, PA',
    });
    expect(fields('IT Specialist (INFOSEC)\nDepartment of the Interior\nU.S. Geological Survey\n\nLocation: 1 vacancy in the following location: Lakewood, CO')).toEqual({
      title: 'IT Specialist (INFOSEC)',
      company: 'Department of the Interior',
      location: 'Lakewood, CO',
    });
    expect(fields('Mechanical Design Engineer\n\nLocation: Grand Rapids, MI (On-site)\n\nAbout Kessler Automation\nWe build machines.').company).toBe(
      'Kessler Automation',
    );
    expect(fields('Mechanical Design Engineer\n\nAbout the Role\nWe build machines.\n\nAbout Us\nWe are nice.').company).toBeNull();
    expect(fields('Northbridge Digital Partners\n\nSAP S/4HANA FICO Consultant\nRemote (US) with up to 25% travel\n\nWe are hiring.')).toMatchObject({
      title: 'SAP S/4HANA FICO Consultant',
      company: 'Northbridge Digital Partners',
    });
    expect(fields('Acme Corp\nSenior Data Engineer\nAustin, TX\n\nWe build.')).toEqual({ title: 'Senior Data Engineer', company: 'Acme Corp', location: 'Austin, TX' });
    expect(fields('Now Hiring\nBarista\n\nWe serve coffee.').company).toBeNull();
    expect(fields('Grant Writer\nRiverbend Literacy Alliance\n\nJob Type: Full Time\nLocation: Dayton, OH, USA\n\nAbout us')).toMatchObject({
      company: 'Riverbend Literacy Alliance',
      location: 'Dayton, OH, USA',
    });
    // A letterhead's subtitle is no company.
    expect(fields('Cedar Valley Unified School District\nCertificated Vacancy Announcement\n\nPosition: School Counselor\nLocation: Visalia, CA').company).not.toBe(
      'Certificated Vacancy Announcement',
    );
    // The title shortened above its label is no letterhead.
    expect(fields('Senior Accountant\nJob Title: Senior Accountant II\nLocation: Bryan, TX').company).toBeNull();
  });

  it('reads a place line alone, a country, a province and a remote location line', () => {
    expect(fields('Data Engineer\nLondon, England, United Kingdom\nWe build pipelines.').location).toBe('London, England, United Kingdom');
    expect(fields('Data Engineer\nToronto, ON\nWe build pipelines.').location).toBe('Toronto, ON');
    expect(fields('ML Engineer\nSan Francisco, CA (Hybrid)\n\nResponsibilities').location).toBe('San Francisco, CA');
    expect(fields('Data Engineer\nRemote - US\nWe build pipelines.').location).toBe('Remote - US');
  });

  it('takes no company from a first paragraph, a section heading or a line with no place beside it', () => {
    expect(fields('Data Engineer\nAbout the role\nPhoenix, AZ').company).toBeNull();
    expect(fields('Data Engineer\nAcme Logistics\nWe move freight across Arizona.').company).toBeNull();
    expect(fields('Data Engineer\nFull-time\nPhoenix, AZ').company).toBeNull();
  });

  it("reads a place among the header's segments, in a list, with its arrangement, or further down the header", () => {
    expect(fields('# Senior Frontend Engineer\n### Loomwork\n\nLoomwork · New York, NY · Remote (US)\n\n## About Loomwork').location).toBe('New York, NY');
    expect(fields('Marketing Coordinator\nNordvale Outdoor Ltd.\nMontréal, QC — Hybrid\n\nWe design gear.')).toMatchObject({
      company: 'Nordvale Outdoor Ltd.',
      location: 'Montréal, QC',
    });
    expect(fields('Audit Senior Associate\nWhitcombe Adler LLP\nChicago, IL; New York, NY; Charlotte, NC\n\nJob ID: 48211').location).toBe('Chicago, IL');
    // Naukri: a rating, years and pay between the company and the place.
    expect(fields('Senior Java Backend Developer\nFinvolve Technologies Pvt. Ltd.\n3.9 ★ | 212 Reviews\n\n3 - 6 Years\n₹ 12-20 Lacs P.A.\nBengaluru (Hybrid)\n\nJob description')).toMatchObject({
      company: 'Finvolve Technologies Pvt. Ltd.',
      location: 'Bengaluru',
    });
    expect(fields('Senior Python Developer\nKavach Fintech Solutions Pvt. Ltd.\n3.8 ★  112 Reviews\n\n4 - 8 Years\nHybrid - Bengaluru\n\nJob description').location).toBe('Bengaluru');
    expect(fields('Executive Assistant\n\nPosted 3 days ago by Brackenbury Housing Trust\n\n£34,000 - £38,000 per annum\nHammersmith, West London\nPermanent, full-time').location).toBe(
      'Hammersmith, West London',
    );
    // Wellfound: the company, its tagline and size, then the title.
    expect(fields('Ledgerfort\nCompliance automation for fintech lenders\n51-200 Employees · Series B\n\nSecurity Engineer, Cloud IAM\n$165k – $195k • 0.10% – 0.25%\nRemote • United States')).toMatchObject({
      title: 'Security Engineer, Cloud IAM',
      company: 'Ledgerfort',
    });
    // Glassdoor: the company, its rating, then the title and the place.
    expect(fields('Harborline Mutual Insurance\n3.9 ★\nActuarial Analyst II - Personal Lines Pricing\nHartford, CT\n$82K - $104K (Employer provided)\nEasy Apply\n\nAbout the role')).toEqual({
      title: 'Actuarial Analyst II - Personal Lines Pricing',
      company: 'Harborline Mutual Insurance',
      location: 'Hartford, CT',
    });
  });

  it("reads an Australian board's place and pays in its dollar", () => {
    const p = parseText('Diagnostic Radiographer\nCoastline Medical Imaging\n\nGosford, Central Coast NSW\nFull time\nSalary: $95,000 – $118,000 + super\n\nAbout us');
    expect(p.location.value).toBe('Gosford, Central Coast NSW');
    expect(p.salary.value).toEqual({ min: 95000, max: 118000, currency: 'AUD', period: 'year' });
    expect(fields('Nurse\nAcme Health\nSydney NSW 2000\n\nWe care.').location).toBe('Sydney NSW 2000');
  });

  it("skips a board's breadcrumbs and menu lines, and finds the title past a department line", () => {
    expect(fields('CAREERS > FLEET POSITIONS > Able Seaman (AB) / Deckhand\n\nAble Seaman (AB) / Deckhand – Offshore\n\nGulfstar Marine Services, L.L.C.\nCrew change: Port Fourchon, LA')).toMatchObject({
      title: 'Able Seaman (AB) / Deckhand – Offshore',
    });
    expect(fields('Whitcomb, Avery & Delacroix LLP\nCareers | Open Positions | Staff\n\nLitigation Paralegal\nDenver, CO\n\nPOSITION: Litigation Paralegal')).toEqual({
      title: 'Litigation Paralegal',
      company: 'Whitcomb, Avery & Delacroix LLP',
      location: 'Denver, CO',
    });
    expect(fields('Prairie Gold Seed & Agronomy\nAgricultural Sciences\n\nAgronomy Field Research Intern – Summer 2027\n\nAt a glance')).toMatchObject({
      title: 'Agronomy Field Research Intern – Summer 2027',
      company: 'Prairie Gold Seed & Agronomy',
    });
    expect(fields('Cedar Valley Unified School District\nCertificated Vacancy Announcement\n\nPosition: Elementary School Counselor\nLocation: Visalia, CA')).toEqual({
      title: 'Elementary School Counselor',
      company: 'Cedar Valley Unified School District',
      location: 'Visalia, CA',
    });
  });

  it("reads LinkedIn's pills line as copied: workplace, type and seniority", () => {
    const p = parseText('Salesforce Administrator\nCorvala Health · Nashville, TN · Reposted 2 weeks ago · Over 100 applicants\n\nHybrid   Full-time   Mid-Senior level\n\nAbout the job\nWe run Salesforce.');
    expect([p.workplace.value, p.employmentType.value, p.seniority.value]).toEqual(['hybrid', 'full-time', 'mid-senior']);
    const paid = parseText('Clinical Dietitian\nRiverbend Medical Center · Lafayette, LA\n\n$31/hr - $40/hr   On-site   Full-time\n\nAbout the job');
    expect([paid.workplace.value, paid.employmentType.value, paid.seniority.value]).toEqual(['on-site', 'full-time', null]);
    // Words that are no pills make no pills line.
    expect(parseText('Engineer\nAcme\n\nPython   Hybrid   Kubernetes\n\nWe build.').seniority.value).toBeNull();
  });

  it('reads no place from lines that only look like one', () => {
    expect(fields('Data Engineer\nSales, Marketing\nWe build pipelines.').location).toBeNull();
    expect(fields('Data Engineer\nRemote, hybrid or office: your choice.\nWe build pipelines.').location).toBeNull();
    expect(fields('Data Engineer\nPython, SQL, AWS\nWe build pipelines.').location).toBeNull();
  });
});

describe('a place written into the title', () => {
  it('reads it from a parenthesis or after a dash', () => {
    expect(fields('Product Marketing Manager (Hybrid – New York, NY)\n\nWe sell software.').location).toBe('New York, NY');
    expect(fields('Licensed Practical Nurse (Tampa, FL)\n\nWe care.').location).toBe('Tampa, FL');
    expect(fields('Site Engineer - Austin, TX\n\nWe build.').location).toBe('Austin, TX');
  });

  it('reads none from a title without one', () => {
    expect(fields('Senior Backend Engineer - Remote (Europe)\n\nWe build.').location).toBeNull();
    expect(fields('Data Engineer (Python, SQL)\n\nWe build.').location).toBeNull();
    expect(fields('Engineer II - Platform\n\nWe build.').location).toBeNull();
  });
});

describe('labelled lines', () => {
  it('skips a "Work Location" that names no place for a later one that does', () => {
    expect(fields('Cook\nWork Location: In person\nLocation: Austin, TX').location).toBe('Austin, TX');
    expect(fields('Cook\nWe cook.\nWork Location: In person').location).toBeNull();
    expect(fields('Cook\nLocation: Multiple Locations').location).toBeNull();
  });

  it('reads the place of "Hybrid remote in X", the first of a list, a field of a line of fields and a label over its value', () => {
    expect(fields('Claims Adjuster\nWe adjust.\nWork Location: Hybrid remote in Irving, TX 75039').location).toBe('Irving, TX 75039');
    expect(fields('HVAC Technician\nAcme Air\nMesa, AZ 85210\n\nWork Location: On the road').location).toBe('Mesa, AZ 85210');
    expect(fields('Consultant\nWe consult.\nLocation: Remote (US); on-site in Cincinnati for workshops, up to 25%').location).toBe('Remote (US)');
    expect(fields('Procurement Specialist II\nReq #: 24-0117 | Department: Sourcing | Location: Charlotte, NC | Type: Full Time\n\nWho We Are').location).toBe('Charlotte, NC');
    expect(fields('Journey Lineworker\n\nSalary\n$46.82 - $56.91 Hourly\nLocation\nHarlan Springs, CO\nJob Type\nFull-Time').location).toBe('Harlan Springs, CO');
    // A sentence under a label is no place.
    expect(fields('Representative\nWe help members.\nLocation: This is an in-office position based at our Shaw Avenue Center. Hybrid later.').location).toBeNull();
    expect(fields('Teacher\n\nLocation\nWe are a school that cares about every child in our community.').location).toBeNull();
  });

  it('reads a place a sentence gives, when no line does, and British and Irish counties', () => {
    expect(fields('CDL-A Driver\nRidgeway Freight Lines\n\nNow hiring Class A CDL drivers out of our Joliet, IL terminal!').location).toBe('Joliet, IL');
    expect(fields('Support Lead\nWe help.\n\nYou will lead the team from our Tempe, AZ office three days a week.').location).toBe('Tempe, AZ');
    expect(fields('QA Engineer\nWe test.\n\nIf you are located in California, Hawaii or Montana, we cannot hire you.').location).toBeNull();
    expect(fields('Analyst\nWe have offices in London and Paris and customers in Austin, TX.').location).toBeNull();
    expect(fields('Events Coordinator\nCastlefield Venues\nManchester, Greater Manchester\n\nAbout us').location).toBe('Manchester, Greater Manchester');
    expect(fields('Buyer\nHarbourline Recruitment\nCork, Co. Cork\n\nAbout us').location).toBe('Cork, Co. Cork');
    // A known city alone on a header line.
    expect(fields('Mechanical Design Engineer (m/f/d)\nBrenner Antriebstechnik GmbH\nStuttgart\nPermanent contract\n\nAbout us')).toMatchObject({
      company: 'Brenner Antriebstechnik GmbH',
      location: 'Stuttgart',
    });
    expect(fields('Interior Designer\nFitout Studio Ltd\nManchester (M1)\n\nAbout us').location).toBe('Manchester');
    expect(fields('Designer\nFitout Studio Ltd\nPhoenix Rising\n\nAbout us').location).toBeNull();
  });

  it('reads the place without the street address or site before it', () => {
    expect(fields('Sous Chef\nWe cook.\nLocation: 214 King Street, Charleston, SC 29401').location).toBe('Charleston, SC 29401');
    expect(fields('Bus Operator Trainee\nWe drive.\nLocation: Kansas Avenue Operations Center, Modesto, CA').location).toBe('Modesto, CA');
    expect(fields('Teacher\nWe teach.\nLocation: Prairie Hawk Elementary School – Aurora, CO').location).toBe('Aurora, CO');
    expect(fields('Teacher\nWe teach.\nLocation: Grand Rapids, MI').location).toBe('Grand Rapids, MI');
    expect(fields('Tri-Valley Regional Transit District -- Careers\n\nBus Operator Trainee (Fixed Route)\n\nLocation: Modesto, CA').company).toBe(
      'Tri-Valley Regional Transit District',
    );
  });

  it('drops the parenthesis that qualifies a place', () => {
    expect(fields('Engineer\nLocation: London (Hybrid - 2 days a week in the office)').location).toBe('London');
  });
});

describe('the company named in a sentence', () => {
  it('reads "Acme Corp is a leading ..."', () => {
    expect(fields('Systems Administrator\nAcme Corp is a leading firm. We use Windows.').company).toBe('Acme Corp');
  });

  it('takes no pronoun or generic subject for a company', () => {
    expect(fields('Senior Financial Analyst\nWe need an analyst. This is a full-time, permanent position.').company).toBeNull();
    expect(fields('Analyst\nIt is a great role. The role is a hybrid one.').company).toBeNull();
    expect(fields('Analyst\nThe Hartford is a leading insurer.').company).toBe('The Hartford');
  });
});

describe('a title line', () => {
  it('may end with a cheer when it names a role, not otherwise', () => {
    expect(fields('Licensed Real Estate Agent – Join Our Tampa Bay Team!\nGulf Harbor Realty Group\nTampa, FL 33606\n\nText').title).toBe(
      'Licensed Real Estate Agent – Join Our Tampa Bay Team!',
    );
    expect(fields('Welcome to our careers page!\n\nWe hire.').title).toBeNull();
  });
});

describe("LinkedIn's criteria list as copied", () => {
  it('reads the seniority level under its label, and nothing from a title word', () => {
    expect(parseText('Diesel Technician\n\nWe fix trucks.\n\nSeniority level\nMid-Senior level\n\nEmployment type\nFull-time').seniority.value).toBe('mid-senior');
    expect(parseText('Data Engineer\nSeniority level: Entry level\nWe build.').seniority.value).toBe('entry');
    expect(parseText('Senior Data Engineer\n\nWe build pipelines for senior leadership.').seniority.value).toBeNull();
  });
});
