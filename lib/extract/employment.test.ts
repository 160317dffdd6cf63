/**
 * `extractWorkplace` scans from a computed start (`runStart` back from the first workplace word),
 * with the patterns joined into one alternation and the tag and the line tried at the workplace
 * words; `extractEmploymentType` scans an alternation and tries the type line at line starts. Each
 * must give what its patterns give tried one by one over the whole text (the earliest statement,
 * an earlier pattern winning a tie), whatever comes before the statement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EmploymentType, Workplace } from '../posting';
import { TYPE_PATTERNS, WORKPLACE_PATTERNS, extractEmploymentType, extractWorkplace, workplaceInPlainWords } from './employment';

/** The word captured by the earliest match of any of `patterns` over the whole text, an earlier pattern winning a tie. */
function earliestWord(patterns: readonly RegExp[], text: string): string | null {
  let best: { at: number; word: string } | null = null;
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m || (best && m.index >= best.at)) continue;
    const word = m.slice(1).find((g) => g !== undefined);
    if (word !== undefined) best = { at: m.index, word };
  }
  return best ? best.word.toLowerCase() : null;
}

/** The workplace of the earliest statement, the patterns tried one by one. */
function reference(text: string): Workplace | null {
  const w = earliestWord(WORKPLACE_PATTERNS, text);
  if (w === null) return null;
  return w === 'remote' || w === 'hybrid' ? w : 'on-site';
}

/**
 * Statements for each pattern, with the lead-in characters they allow ("Location: **", "100% ",
 * "(", "__", "\n- "), and filler: every character a pattern matches before its workplace word
 * (letters, digits, white space, "(", ":", "*", "_", "%", "-", "•", "·", ">", "#"), characters none
 * does (",", ".", "/", "–"), workplace words outside any statement ("remote support"), and lists
 * of arrangements.
 */
const STATEMENTS = [
  '(remote)', '( Hybrid )', '(\non-site)', 'CST-Remote', 'II - hybrid', 'x9–remote', 'Location: Remote', 'work location:** hybrid',
  'location type :__ on site', 'Workplace:\t*in-office', 'This role is 100% remote', 'the position will be a fully full-time hybrid',
  'this job is an permanent on-site', 'fully remote role', '100% hybrid opportunity', 'This is a 100% remote job',
  'this is an fully hybrid position', 'hybrid working environment', 'Hybrid work schedule', 'all of our roles are remote',
  'all our roles are Remote', 'will work remote', 'to work hybrid', 'will work on-site in', 'will work onsite at',
  'Work Location: In person', 'working model: office-based', 'Remote type: Fully remote', 'this is an in-person job',
  '(Remote - US)', '(hybrid, 3 days in office)', '(on-site: Austin)', '(London, Hybrid)', '(US | remote)', '(NY: on-site )',
  '\nRemote', '\n- Remote (US)', '\n• Hybrid, London', '\n# On-site.', '\n> **Fully remote**', '\nHybrid working', '\nRemote in the US',
  '\n· remote - EU', '. On-site.', '! Remote\n', '\nonsite', '\nOn site (Austin)', '\n100% ON-SITE',
  'This internship is on-site', 'we offer hybrid working', 'you will enjoy flexible hybrid working', '- Hybrid working: three days in',
  '\n- Hybrid working – field-based most days', '\nHybrid - two days in',
  'We are working fully remote', "we've been working remotely", 'we have been operating 100% remote', 'on a hybrid basis', 'in a fully remote working basis',
  // The job's other facts before the word, each with its comma, up to the longest the pattern holds.
  'This is a full-time (38 hours), on-site, clinic-based role', 'this is an permanent, hybrid post',
  'This is an abcdefghijklmnop (abcdefghijklmn), abcdefghijklmnop (abcdefghijklmn), hybrid post',
];
const FILLER = [
  'remote support', 'hybrid cloud', 'location', 'Location', 'this', 'the', 'This is', 'position', 'role', 'job', 'is', 'a',
  'an', 'fully', '100%', '100', '42', 'full-time', 'work', 'will', 'to', 'all', 'CST', 'x9', 'team',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '(', ')', ':', '*', '**', '_', '__', '%', '-', '–', ',', '.', '/', '#', 'é',
  // Lists of arrangements and what the tags and lines may hold or be followed by.
  '(remote, hybrid or office)', '(Office/Remote)', '(remote-first)', 'in person', '•', '·', '>', '|', '!', 'US', 'London', '\n- Hybrid',
  'office', 'or', '—', 'website', 'site', 'on', 'on-', 'Onsite', 'n site',
];

const texts = fc
  .tuple(
    fc.array(fc.constantFrom(...FILLER), { maxLength: 12 }),
    fc.constantFrom('', ' '),
    fc.constantFrom('', ' ', '\n', '*', '_', ':', '(', '%', '-', '9', 'x', ',', '.', '•', '#', '>', '. ', '|'),
    fc.array(fc.constantFrom(...STATEMENTS), { maxLength: 2 }),
    fc.array(fc.constantFrom(...FILLER, ...STATEMENTS), { maxLength: 6 }),
  )
  .map(([before, sep, glue, statements, after]) => before.join(sep) + glue + statements.join(' ') + after.join(sep));

describe('extractWorkplace', () => {
  it('agrees with the patterns tried one by one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(extractWorkplace(text)).toBe(reference(text));
      }),
      { numRuns: 4000 },
    );
  });

  it.each([
    ['This internship is on-site at our Minneapolis headquarters.', 'on-site'],
    // Other facts of the job before the workplace word, each with its comma.
    ['This is a full-time (38 hours), on-site, clinic-based role, Monday to Friday.', 'on-site'],
    ['This is a permanent, hybrid role', 'hybrid'],
    ['- Hybrid work: at least two days per week in our Kreuzberg office', 'hybrid'],
    ['This is an on-site, direct patient care position.', 'on-site'],
    ['The position is based on-site at the plant in Jubail.', 'on-site'],
    ['This position works on-site at the Visalia courthouse; telework is not available.', 'on-site'],
    ['Role: Data Engineer (Azure)\nLocation: Bengaluru (Whitefield) – Hybrid, 3 days a week from office', 'hybrid'],
    ['Location: Austin, TX | Remote', 'remote'],
    ['- Part-time, 0.6 FTE\n- On-site role based at our Carindale clinic, with home visits', 'on-site'],
    ['Working pattern: This is an office-based role – five days a week in our Spinningfields office', 'on-site'],
    ['Location: Avonmouth, Bristol. Hybrid – a minimum of 3 days per week on site, with the rest from home.', 'hybrid'],
    ["You'll be based in our Leeds office and on site, and we offer hybrid working – typically three days a week on site.", 'hybrid'],
    ['We are working fully remote since 2020 and stay remote - no office requirement, just good internet.', 'remote'],
    ["The role is based in the Group's City of London office on a hybrid basis, with a minimum of three days a week in the office.", 'hybrid'],
    // Set-68: a line that opens with the arrangement, then a dash and how it works.
    ['Benefits\n- Hybrid working – field-based most days, report writing from home and one team day a week at our office', 'hybrid'],
    // Sets 74-75: the model the job follows, with its terms; a site-based role with a word between.
    ['In line with the Direction on prescribed presence, this position follows a hybrid model with a minimum of three days per week on-site.', 'hybrid'],
  ])('reads %j as %s', (text, workplace) => {
    expect(extractWorkplace(text)).toBe(workplace);
  });

  it('finds a statement after a workplace word it does not count', () => {
    // The first workplace word is no statement; the scan starts before the statement's own lead-in.
    expect(extractWorkplace('Remote support duties. The role is 100% remote position')).toBe('remote');
    expect(extractWorkplace('hybrid cloud; Location: ** hybrid')).toBe('hybrid');
    expect(extractWorkplace('remote access, (on-site) and more')).toBe('on-site');
  });

  it("reads no workplace from a field's label (USAJobs' \"Remote job: No\")", () => {
    expect(extractWorkplace('Telework eligible: No\nRemote job: No\nTravel required: Not required')).toBeNull();
  });
});

/** The employment type of the earliest statement, the type patterns tried one by one. */
function typeReference(text: string): EmploymentType | null {
  const w = earliestWord(TYPE_PATTERNS, text);
  if (w === null) return null;
  if (w.startsWith('full')) return 'full-time';
  if (w.startsWith('part')) return 'part-time';
  if (w.startsWith('contract')) return 'contract';
  if (w.startsWith('temp')) return 'temporary';
  return 'internship';
}

/** Statements for each type pattern (lines among them, with the lead a line may have), and filler. */
const TYPE_STATEMENTS = [
  'Job Type: Full-time', 'Job Types: Permanent, part time', 'employment status - contractor', 'Contract: Fixed-term / temp',
  'Hours: seasonal & full-time', 'This is a full time position', 'this is a 6-month contract role', 'This position is part-time remote opportunity',
  'for this intern position', 'The role is a temporary', '\nFull-time', '\n- Part-time (20 hrs/week)', '\n  • **Internship**',
  '\nContract, 6 months', '\nTemp position', '\nFull-time.', '\n# Contractor - W2', '\n_full time_',
  '\nPosition: Regional Driver – Full-time', '\nBarista - Part-time\n', '\nTime Type: Full time', '\nSchedule: **contract**.',
  '\nSoftware Engineer | Intern \n', '\nPayroll Specialist (Part-Time)', '\nAcme · Remote (US) · Full-time', 'Status: Part-time, non-exempt', '\nType: Permanent, full-time (37.5 hours/week)', '\nSchedule: Full-time, 4–5 nights a week', 'This is an on-site, direct patient care position', 'This is a full-time, non-exempt position', '\nA much longer line that runs on past the forty characters - temporary',
];
const TYPE_FILLER = [
  'full-time employees', 'Full-time (30+ hours) employees', 'contract negotiation', 'internal', 'template', 'Full-time, part-time',
  'job', 'type', 'Type:', 'this', 'is', 'a', 'position', 'role', 'permanent', ',', '.', ':', '-', '*', '_', '•', '#', ' ', '  ',
  '\n', '\n\n', '\t', '\u00a0', 'x', '9', 'é', 'Full', 'time', 'Part-time', 'Contract', ' - full-time', ': Temp', '|', '–',
  'Benefits for full-time employees', 'Assist the intern',
];
const typeTexts = fc
  .tuple(
    fc.array(fc.constantFrom(...TYPE_FILLER), { maxLength: 12 }),
    fc.constantFrom('', ' ', '\n'),
    fc.array(fc.constantFrom(...TYPE_STATEMENTS), { maxLength: 2 }),
    fc.array(fc.constantFrom(...TYPE_FILLER, ...TYPE_STATEMENTS), { maxLength: 6 }),
  )
  .map(([before, sep, statements, after]) => before.join(sep) + statements.join(sep) + after.join(sep));

describe('extractEmploymentType', () => {
  it.each([
    ['Ridgeway Freight\nPosition: Regional Company Driver – Full-time\nHome Time: weekly', 'full-time'],
    ['Barista - Part-time\nServe coffee.', 'part-time'],
    ['Time Type: Full time', 'full-time'],
    ['Schedule: Contract.', 'contract'],
    ['**Brightline Ledger** · Remote (US) · Full-time', 'full-time'],
    ['Payroll Specialist (Part-Time)\nRiverbend YMCA', 'part-time'],
    ['Status: Part-time, non-exempt (24–28 hours per week)', 'part-time'],
    ['Type: Permanent, full-time (37.5 hours/week)', 'full-time'],
    ['Schedule: Full-time, 4–5 nights a week, Tuesday–Saturday', 'full-time'],
    ['This is a full-time, non-exempt position.', 'full-time'],
  ])('a short line ending in the type: %j → %s', (text, type) => {
    expect(extractEmploymentType(text)).toBe(type);
  });

  it.each([
    'Benefits for full-time employees',
    'We hire for many roles, from engineering to sales and operations, and every one of them can be - full-time',
    'Mentor and supervise the summer intern',
    'Responsible for contract negotiation',
  ])('no type in: %s', (text) => {
    expect(extractEmploymentType(text)).toBeNull();
  });

  it('agrees with the patterns tried one by one', () => {
    fc.assert(
      fc.property(typeTexts, (text) => {
        expect(extractEmploymentType(text)).toBe(typeReference(text));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('a workplace said in plain words (sets 112, 117)', () => {
  it.each([
    ['Clinical Research Associate II\nThis is a home-based role. You must live within a reasonable driving distance of Boston Logan.', 'remote'],
    ['Fleet Manager\nThis is an office- and workshop-based position at our Mkondeni depot in Pietermaritzburg.', 'on-site'],
    // A location line that ends with how the job is worked (sets 135, 139).
    ['Location: Pune – site based, with travel to Nagpur as required', 'on-site'],
    ['Location: West Dublin (Clonee area) – fully site-based', 'on-site'],
    // On-site at a named office or centre (sets 161, 164).
    ['On-site at our Marina Bay Financial Centre office, Monday to Friday', 'on-site'],
    ['SCHEDULE: Full-time, on-site at our Alpine Avenue service center.', 'on-site'],
    // A line headed by the workplace, "(office-based)", what it is not (sets 171, 172).
    ['What we offer\n🏢 Hybrid: our office is in Kalasatama, and most of the team is there Tuesday to Thursday', 'hybrid'],
    ['Location: Trafford Park, Manchester (office-based)', 'on-site'],
    ['- 5-day work week. This role is based at our Tanjong Pagar office and at client premises – it is not a remote or hybrid position.', 'on-site'],
    // Not suitable for remote work; a label after a sentence (sets 206, 210).
    ["This is a field-based role: you'll start each shift at our Shrewsbury depot – it isn't suitable for remote or hybrid working.", 'on-site'],
    ['Salary range: $70,000 – $88,000 (base), plus an annual incentive. Hybrid: in office Tuesday to Thursday, remote the rest of the week.', 'hybrid'],
  ] as Array<[string, Workplace]>)('%s → %s', (text, workplace) => {
    expect(workplaceInPlainWords(text)).toBe(workplace);
  });

  it('reads no workplace from a label that says no', () => {
    expect(workplaceInPlainWords('What we offer\n- Remote: not possible for this role')).toBeNull();
  });
});

describe('a workplace tag with its noun, a site field (sets 136, 141)', () => {
  it.each([
    ['LOCATION: Head Office, Gulberg III, Lahore (Onsite job)', 'on-site'],
    ['Hours: 37.5 a week\nSite: On-site at the Bloor Street campus', 'on-site'],
    ['Customer Success Manager (Remote role)', 'remote'],
  ] as Array<[string, Workplace]>)('%s → %s', (text, workplace) => {
    expect(extractWorkplace(text)).toBe(workplace);
  });
});

describe('remote within a country (set-155)', () => {
  it('reads "Fully remote within Serbia" as remote', () => {
    expect(extractWorkplace('€4,000–5,500 gross per month. Fully remote within Serbia, optional desk in Novi Beograd.')).toBe('remote');
  });
});

describe('on site for the week, hybrid by its office days, a contract fully remote (sets 222, 223, 226)', () => {
  it.each([
    ['Full-time on site, Monday to Friday, with occasional weekend windows during IST.', 'on-site'],
    ['Schedule: Monday–Friday, 40 hrs/week. Hybrid – 3 days onsite in Kendall Square, 2 days remote.', 'hybrid'],
    ['The contract is fully remote, but you must be based in Singapore and able to come into the office for the occasional workshop.', 'remote'],
  ] as Array<[string, Workplace]>)('%s → %s', (text, workplace) => {
    expect(extractWorkplace(text)).toBe(workplace);
  });

  it('reads no workplace from a site visit on a Monday', () => {
    expect(extractWorkplace('You will visit the site on Monday to meet the team.')).toBeNull();
  });
});

describe('home days after "work from home", a ward-based role, an office-based line, a pin for the place (sets 231-234)', () => {
  it.each([
    ['This is a permanent full-time role based in our Barangaroo office, with the flexibility to work from home two days a week.', 'hybrid'],
    ['This is a ward-based role and all shifts are worked on site at Cam Valley Hospital.', 'on-site'],
    ['Office-based (Ubi Avenue 1) with site visits. 5.5 days work week.', 'on-site'],
    ['📍 Makati City – onsite, rotating shifts (6AM–2PM / 2PM–10PM)', 'on-site'],
  ] as Array<[string, Workplace]>)('%s → %s', (text, workplace) => {
    expect(extractWorkplace(text) ?? workplaceInPlainWords(text)).toBe(workplace);
  });
});
