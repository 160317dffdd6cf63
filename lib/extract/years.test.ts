import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const years = (text: string) => extractRequirements(text).minYearsExperience?.min ?? null;

describe('minimum years of experience', () => {
  it.each([
    ['5+ years of experience with Linux', 5],
    // Canada's Job Bank: the heading, then its value.
    ['Languages\nEnglish\n\nExperience\n2 years to less than 3 years\n\nOn site', 2],
    ['~ 3+ years processing multi-state payroll in ADP Workforce Now', 3],
    // Part of the years just stated (the smallest required number, LABELING.md).
    ['* Five or more years of civil litigation paralegal experience, at least three of which must be in a law firm setting', 3],
    // The part named after the whole (LABELING.md: the smallest required number).
    ['- 5+ years of backend development, of which at least 2 with Go or Java 17+ in production', 2],
    ['- Have 5+ years building mobile apps, 3+ of them with Flutter in production', 3],
    ['- 7+ years of software engineering experience, of which at least two in a people-management role', 2],
    ["- Minimum 2 years' front of house experience, with at least 12 months in a supervisor or team leader role", 1],
    ['- 5+ years of experience, with at least 2 years as a team lead', 2],
    ['- 5+ years in infrastructure, DevOps or SRE roles, including 3+ years running Kubernetes in production', 3],
    ['- 3+ years of Windows Server and Active Directory', 3],
    ['2 years with AWS or Azure', 2],
    // "an asset-based carrier" is a kind of carrier, not "an asset" (a wish).
    ['- Minimum 2 years of truckload dispatch experience with an asset-based carrier', 2],
    ['At least three (3) years of experience in IT support', 3],
    ['1-3 years of experience', 1],
    ['at least 1- 3 years of experience in service desk', 1],
    ['at least 2-3 year experience in a similar role', 2],
    ['Ten (10) or more years of Network Engineering experience\nFive (5) or more years of experience with Linux', 5],
    ['3–10+ years experience in developer tooling', 3],
    ['Minimum 3 years of equivalent experience.', 3],
    ['A minimum of four (4) years of hands-on experience', 4],
    ['1+ Year of proven experience in a helpdesk role', 1],
    ['8+ years proven experience in ADAS Technology', 8],
    ['A four-year degree, or 8 years of exact job experience is required.\nA minimum of four (4) years of experience.', 4],
    ['College degree or equivalent experience required and/or a minimum of 5+ years of professional experience.', 5],
    ['4+ years testing web apps experience\n2+ years of mobile testing experience (preferred)', 4],
    ['Requirements\n- 6 years of experience\nPreferred Qualifications\n- 2 years of experience with Go', 6],
    // A marker after a comma that opens a new phrase is that phrase's own.
    ['- Minimum of 2 years of acute care experience, ICU experience strongly preferred', 2],
    ['3 years of experience in a similar role, retail experience a plus', 3],
    ['2 years of experience with SQL, 3 years with Python preferred', 2],
    // After an explicit lead-in, a comma ends the years' phrase.
    ['At least 2 years of experience with SQL, Tableau a plus', 2],
    ['Minimum 3 years of Python, Java or Go preferred', 3],
    // "preferably in ..." qualifies the field, not the years.
    ['5+ years of experience, preferably in healthcare', 5],
    ['2+ years of experience (preferably in a hospital setting)', 2],
    // Indeed's structured block: required lines count, preferred ones do not.
    ['Experience:\nTruck driving: 2 years (Required)\nForklift: 1 year (Preferred)\nCustomer service: 1 year (Preferred)', 2],
    ['Experience:\n* Forklift: 1 year (Preferred)\n* Warehouse: 3 years (Required)', 3],
    ['Experience: 3+ years (Required)', 3],
    ['Years of experience: 3+', 3],
    ['Minimum Years of Relevant Experience: 5', 5],
    // A list item opening with the years, the word "experience" left out.
    ['- 7+ years in software engineering', 7],
    ['- 5+ years of software development', 5],
    ['- 3 years as a Registered Nurse', 3],
    ['- 4+ years leading cross-functional teams', 4],
    ['You have 5+ years in product management', 5],
    ['- Over 5 years of experience in marketing', 5],
    // Other common wordings.
    ["3-5 years' experience in a similar role", 3],
    ['Minimum 2 years’ experience in retail', 2],
    ["- 2 years of clinical research experience (a Master's degree may substitute for one year of experience)", 2],
    ['- 4 years of experience; a degree may be used in lieu of 2 years of experience', 4],
    ['Two or more years of experience in customer service', 2],
    ['5 yrs exp in sales', 5],
    ['experience: 4+ years', 4],
    ['10 years of industry experience', 10],
    ['1+ year of experience', 1],
    ['Experience in retail (2 years minimum)', 2],
    ['3 years PQE', 3],
    ['1.5 years of experience', 1.5],
    ['2.5+ years of experience', 2.5],
    // Months, when experience is named right after them.
    ['Six months of experience in retail', 0.5],
    ['6 months to 1 year of experience', 0.5],
    ['6-12 months of customer service experience', 0.5],
    ['- 6 months to 1 year of line cook experience in a full-service, scratch kitchen', 0.5],
    ['- 2-4 years of truckload dispatch or fleet management experience (asset-based carrier preferred)', 2],
    ["Minimum 18 months' warehouse experience", 1.5],
    ['Experience:\nWarehouse: 6 months (Required)', 0.5],
    ['- 3 months in a call center', 0.25],
    // The candidate's history, its length last (set-28).
    ['- You’ve shipped production software end to end for 4+ years, ideally at an early-stage startup', 4],
    ['- You have worked in payroll for at least 3 years', 3],
    // "got" after "you've" (set-37).
    ['- You’ve got 3+ years running social for a consumer brand (beauty, wellness or fashion = 💯)', 3],
    ["You'll need 2+ years in customer service (ecommerce or retail) and great written English.", 2],
    // An agency's label (set-86).
    ['Job Description\nExp: 4–8 yrs\nLocation: Hyderabad', 4],
  ])('%s → %s', (text, expected) => {
    expect(years(text)).toBe(expected);
  });

  it.each([
    'We have been in business for 20 years and you have our full support.',
    // A licence's age is no experience (sets 10 and 30).
    '- A full UK driving licence held for at least 2 years, with no more than 6 penalty points',
    'Previous laboratory experience is required',
    'Benefits available after 90 days of employment',
    'Named a best place to work for the third year in a row',
    'Must be 18 years of age or older',
    'We have been in business for over 20 years',
    '2+ years of experience with Kubernetes preferred',
    'In just 18 months, we grew to 200 people',
    'Celebrating 25 years of Excellence in service',
    'For 20 years of Innovation we have led the market',
    'Over 15 years of Growth and counting',
    // Marked preferred in their own phrase.
    'Minimum of 5 years preferred',
    '5+ years of Python preferred',
    '3 years of Python, Java or Go preferred',
    'Minimum of 3 years of experience, preferred',
    'Ideally 5+ years of experience',
    '5+ years of experience would be beneficial',
    'Experience:\nForklift: 1 year (Preferred)\nCustomer service: 1 year (Preferred)',
    // Upper bounds, months, schooling, the employer's history, what the job gives.
    'Up to 2 years of experience',
    'Less than 2 years of experience',
    'No more than 5 years of experience',
    'Benefits start after 3 months of employment',
    'A 6-month contract for candidates with SQL experience',
    'Every 6 months you will review your experience with your manager',
    'A 3 month probation period applies to new hires with experience',
    '48 months of experience',
    '- 2 years of college coursework',
    'Minimum of 2 years of college or equivalent work experience',
    '- Over 20 years of experience, we are the leader in logistics',
    'With over 20 years of experience in the industry, we are a leader',
    'You will gain 2 years of experience in our graduate program',
    '- 5 years in business and growing',
    'Four years from now, you can sit for your journeyman exam with real experience',
    '1.25 years of experience',
  ])('no required years in: %s', (text) => {
    expect(years(text)).toBeNull();
  });

  it('gives the clause as evidence', () => {
    const text = 'Intro line.\n- 2+ years of experience working as an Okta Administrator.';
    const y = extractRequirements(text).minYearsExperience;
    expect(text.slice(y?.evidence?.start, y?.evidence?.end)).toBe('- 2+ years of experience working as an Okta Administrator.');
  });

  it('reads the part of the years done a certain way ("3+ of them writing Go"), not "something else"', () => {
    expect(extractRequirements('Requirements\n- 5+ years of professional backend development, 3+ of them writing Go in production.').minYearsExperience?.min).toBe(3);
    expect(extractRequirements('Requirements\n- 5+ years of experience, 2 of which something else').minYearsExperience?.min).toBe(5);
  });
});

describe('a part of the years, after "with at least" (set-46)', () => {
  it('reads "with at least two full years in a closing role" as the smallest number asked', () => {
    expect(years('- 3+ years of quota-carrying B2B SaaS sales experience, with at least two full years in a closing (AE) role.')).toBe(2);
  });

  it('reads "with 3+ years building ML platforms" after 6+ years as the part asked (set-49), not a degree\'s years', () => {
    expect(years('- 6+ years in software, infrastructure or data engineering, with 3+ years building ML infrastructure or ML platforms.')).toBe(3);
    expect(years("- Bachelor's degree with 5 years of experience in accounting")).toBe(5);
  });
});

describe('ranges from zero and ceilings (set-57, early careers)', () => {
  it.each([
    ['- Experience: 0–1 years (freshers and candidates with internships are welcome)', 0],
    ['- 0-2 years of public accounting experience; busy-season internships count', 0],
    ['- At most 2 years of work experience', null],
    ['- Not more than 3 years of experience in a similar role', null],
    // Zero alone is no range.
    ['- 0 years of experience needed', null],
  ])('%s → %s', (text, want) => {
    expect(years(`Requirements\n${text}`)).toBe(want);
  });
});

describe('part of the years, its unit left out (sets 61 and 63)', () => {
  it.each([
    ['- 5+ years in infrastructure, platform or DevOps engineering, including at least 3 running production workloads on AWS', 3],
    ['✅ Four or more years in DevOps, platform or software engineering, including at least two focused on application or cloud security', 2],
    ['• Minimum of 8 years post-graduate experience, with no less than 4 years in the UAE or wider GCC', 4],
    // Set-65: a service advisor's years are experience, not years of service.
    ['• At least 2 years of service advisor or service writer experience at a franchised new car dealership', 2],
  ])('%s → %s', (text, want) => {
    expect(years(`Requirements\n${text}`)).toBe(want);
  });
});

describe("a perk's condition (set-50)", () => {
  it('reads no years a bonus is paid for, and keeps the requirement beside it', () => {
    expect(years('Benefits\n- $10,000 sign-on bonus for RNs with 1+ year of acute care experience ($5,000 for new graduates)')).toBeNull();
    expect(years('Requirements\n- 2+ years of acute care experience\nBenefits\n- $10,000 sign-on bonus for RNs with 1+ year of experience')).toBe(2);
  });
});

describe('years of a named technology with its adjective, a need before its colon, a year in words (sets 143, 145, 148)', () => {
  it.each([
    ['Requirements\n💻 7+ years of modern C++ (C++17/20) with deep knowledge of templates', 7],
    ['Requirements\n• Need: 3+ yrs grant writing, a portfolio of funded proposals', 3],
    ['Requirements\nYou’ll need at least a year’s experience in an ecommerce trading, merchandising or online content role', 1],
  ])('%s → %s', (text, want) => {
    expect(years(text)).toBe(want);
  });
});

describe('a must-have line with years as a role (set-155)', () => {
  it('reads "Must have: 3+ years as an SRE"', () => {
    expect(years('Must have: 3+ years as an SRE, DevOps or Linux systems engineer; Kubernetes in production.')).toBe(3);
  });
});

describe('a range between two numbers, months with "+" after, an emoji bullet (sets 158, 160)', () => {
  it.each([
    ['The ideal candidate has somewhere between seven and ten years of RTL design for FPGAs.', 7],
    ['Requirements\n- Between 3 and 5 years of experience in accounts payable', 3],
    ['Requirements\n• 18 months+ in small animal first-opinion practice', 1.5],
    ['Requirements\n- 5 years+ experience in field sales', 5],
    ['What you bring\n✅ 12+ months working as a vet nurse in a clinical setting', 1],
    ['What you bring\n✅ 6–8 years in semiconductor test engineering, ideally at an IDM', 6],
  ])('%s → %s', (text, min) => {
    expect(years(text)).toBe(min);
  });
});

describe('a year\'s cycle, a range from months to a year (sets 170, 172)', () => {
  it.each([
    ['What you need: at least two filing seasons preparing individual returns, an active PTIN', 2],
    ['Requirements\n• At least three vintages of winemaking experience in New Zealand or Australia', 3],
    ['Requirements\n• At least 6 months to 1 year of AP/AR experience (fresh grads welcome)', 0.5],
  ])('%s → %s', (text, min) => {
    expect(years(text)).toBe(min);
  });
  it('reads no years from a hotel\'s or a theatre\'s seasons', () => {
    expect(years('Requirements\n- At least 4 years of experience as a sommelier, including two seasons as Head Sommelier')).toBe(4);
  });
});

describe('"one" with no unit counts a thing (set-180)', () => {
  it('reads 3 from "3+ years …, including at least one touring program", 2 from "… including at least two focused on …"', () => {
    expect(years('Requirements\n- 3+ years of experiential marketing or event production experience, including at least one touring program')).toBe(3);
    expect(years('Requirements\n- Four or more years in DevOps, including at least two focused on application or cloud security')).toBe(2);
  });
});

describe('an "Experience Requirements" heading over its range (set-188)', () => {
  it('reads 3 from "EXPERIENCE REQUIREMENTS" then "- 3 to 5 year(s)"', () => {
    expect(years('About the role\nYou will lead the fabric quality team at our knit composite factory.\n\nEXPERIENCE REQUIREMENTS\n- 3 to 5 year(s)\n- The applicants should have experience in the following business area(s): Garments, Textile')).toBe(3);
  });
});

describe('months in a bracket after "experience" (set-206)', () => {
  it('reads 1 from "Demonstrated experience (minimum 12 months) operating plants"', () => {
    expect(years('Requirements\n2. Demonstrated experience (minimum 12 months) operating water and/or wastewater treatment plants')).toBe(1);
  });
});

describe("a seafarer's months at sea (set-219)", () => {
  it('reads 0.5 from "Minimum 6 months\' sea time on a commercial fishing vessel"', () => {
    expect(years("Requirements\n• Minimum 6 months' sea time on a commercial fishing vessel")).toBe(0.5);
  });
});

describe('years asked mid-sentence, a range of months within them, months hands-on (sets 222, 227, 228)', () => {
  it.each([
    ['About the job\nYou hold a Swedish ECY certificate and ESA Fackkunnig and have 2–4 years as an industrial electrician; Heta Arbeten is required.', 2],
    ['What we need\nWe would expect four to six years in building controls, at least part of it in mission critical or pharma.', 4],
    ['Requirements\n• Minimum 4 years of professional cooking experience, including 12–18 months as a Junior Sous or Sous Chef', 1],
    ['Requirements\n• 18 months+ hands-on with chillers, CRAC/CRAH units and pumps in a critical environment', 1.5],
  ] as Array<[string, number]>)('%s → %s', (text, want) => {
    expect(years(text)).toBe(want);
  });

  it('reads no years the job gives: "you will have 2 years to complete the apprenticeship"', () => {
    expect(years('About the role\nYou will join our site team and will have 2 years to complete the apprenticeship.')).toBeNull();
  });
});

describe('months in words, years that stand in for a degree (sets 231, 234)', () => {
  it('reads 1.5 from "At least eighteen (18) months of blood bank experience"', () => {
    expect(years('Requirements\n• At least eighteen (18) months of blood bank experience in a Level 2 or Level 3 hospital')).toBe(1.5);
  });
  it('reads 5 from degree-and-years paths, not the years that may replace the degree', () => {
    expect(years("Requirements\n- Bachelor's degree in Cybersecurity and seven (7) years of relevant experience; or a Master's degree and five (5) years of relevant experience. An additional four (4) years of relevant experience may be substituted in lieu of a degree.")).toBe(5);
  });
});

describe('years as an item of a list on one line after a label that asks (set-239)', () => {
  it.each([
    ['Hiring welders for day shift (4 x 10s): fit and weld nozzles. Need: Red Seal Welder, a valid ABSA B ticket (or able to pass our test), 3+ years in a pressure vessel shop. $42.00/hour.', 3],
    ['Must have: CSCS card, 2 years on site.', 2],
    ['Our team: 40 engineers, 20 years in the market.', null],
  ])('%s → %s', (text, want) => expect(years(text)).toBe(want));
});

describe('teaching after a school word is experience (set-249)', () => {
  it.each([
    ['Qualifications:\n• a minimum of two years of post-secondary teaching experience as instructor of record', 2],
    ['Requirements: 2 years of college coursework in biology', null],
  ])('%s → %s', (text, want) => expect(years(text)).toBe(want));
});

describe('what sets 253-256 showed', () => {
  it.each([
    ['YOUR PROFILE\nRequired:\n– HBO / bachelor’s degree in Logistics\n– 3+ years in customs or trade compliance at a 3PL', 3],
    ['Requirements:\n• 4+ yrs UX research, moderated + unmoderated testing', 4],
    ['Requirements:\n• 2 years Monday to Friday shifts', null],
  ])('%s → %s', (text, want) => expect(years(text)).toBe(want));
});
