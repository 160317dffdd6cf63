import { none, sourced, type EmploymentType, type ParsedPosting, type Seniority, type Site, type Sourced, type Workplace } from '../posting';
import { buildPosting } from './build-posting';
import { textToHtml } from './html-to-text';
import { cleanText, normalizeEmploymentType, normalizeSeniority, normalizeWorkplace } from './normalize';
import { firstOf } from './pick';
import { isPlaceItem, isPlaceLine, isPlaceName, placeInProse, withoutSite } from './place';
import { escapeRegExp } from '../escape-regexp';

/** Markdown emphasis and heading marks, which carry no meaning for a field value. */
const stripMarks = (s: string) => s.replace(/[*_`]+/g, '').replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();

/**
 * The first "Job Title: X", "Company: X", "Location: X" line's value (bold or not) that `pick`
 * makes something of (null: try the next line): "Work Location: In person" (Indeed) names no
 * place, and a later "Location:" line may.
 */
function labelled(text: string, labels: string, pick: (value: string) => string | null = (value) => value): string | null {
  const re = new RegExp(`^[\\s*_#-]*(?:${labels})\\s*:\\s*(.+)$`, 'gim');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = cleanText(stripMarks(m[1] ?? ''));
    const picked = value ? pick(value) : null;
    if (picked !== null) return picked;
  }
  return null;
}

/** Leading heading lines of a saved posting: `# Title`, `### Company` (aggregator pages keep them). */
function headings(lines: string[]): { title: string | null; company: string | null } {
  const first = lines[0] ?? '';
  const second = lines[1] ?? '';
  if (/^#\s/.test(first)) {
    return { title: stripMarks(first), company: /^#{2,}\s/.test(second) ? stripMarks(second) : null };
  }
  return { title: null, company: null };
}

/** Words that name a role: a title holds one ("Consultant", "Engineer", "Nurse", "Driver"). */
export const ROLE_NOUN =
  /\b(?:consultant|engineer|developer|manager|specialist|technician|analyst|designer|coordinator|assistant|associate|nurse|driver|officer|representative|administrator|director|lead|intern|architect|scientist|accountant|agent|advisor|adviser|operator|clerk|cashier|cook|chef|barista|teller|counselor|counsellor|therapist|teacher|tutor|recruiter|planner|supervisor|electrician|plumber|welder|mechanic|installer|dispatcher|worker|attendant|receptionist|paralegal|attorney|pharmacist|hygienist|physician|surgeon|programmer|tester|writer|editor|marketer|strategist|vp|president|apprentice|auditor|seaman|deckhand|dietitian|nutritionist|lecturer|professor|instructor|trainer|aide|caregiver|housekeeper|janitor|custodian|guard|lineworker|lineman|machinist|fabricator|carpenter|laborer|painter|pilot|server|bartender|baker|stocker|picker|packer|courier|underwriter|actuary|bookkeeper|controller|investigator|inspector|surveyor|estimator|drafter|translator|interpreter|reporter|journalist|producer|photographer|animator|illustrator|librarian|optometrist|dentist|veterinarian|phlebotomist|radiographer|sonographer|paramedic|emt|firefighter|secretary|scheduler|buyer|merchandiser|broker|banker|trader|researcher|psychologist|midwife|agronomist|trainee)s?\b/i;

/**
 * "Northbridge Digital Partners" over "SAP S/4HANA FICO Consultant": a first line naming no role
 * over a short second line that names one is the company's, the second the title.
 */
/** "Tri-Valley Regional Transit District -- Careers": the site's word after the employer's name. */
const CAREERS_SUFFIX = /\s*(?:--|[-–—|:])?\s*(?:careers?|jobs|job openings|employment opportunities)$/i;

function companyOverTitle(lines: string[]): { title: string | null; company: string | null } | null {
  const first = stripMarks(lines[0] ?? '').replace(CAREERS_SUFFIX, '');
  if (!isCompanyLine(first) || ROLE_NOUN.test(first)) return null;
  // The title may come after a department line: "Prairie Gold Seed & Agronomy", "Agricultural
  // Sciences", "Agronomy Field Research Intern – Summer 2027".
  for (const line of [lines[1], lines[2]]) {
    const title = stripMarks(line ?? '').replace(/^(?:position|job title|title|role)\s*:\s*/i, '');
    if (!ROLE_NOUN.test(title)) {
      if (isCompanyLine(title)) continue;
      return null;
    }
    if (title.length > 90 || /[.!?:;]$/.test(title) || title.split(' ').length > 12) return null;
    return { title, company: first };
  }
  return null;
}

/** A short first line with no sentence punctuation reads as a title: "Warehouse Stock Associate". */
function titleLine(lines: string[]): { title: string | null; company: string | null } {
  const swapped = companyOverTitle(lines);
  if (swapped) return swapped;
  const first = stripMarks(lines[0] ?? '');
  // A headline naming a role may end with a cheer: "Licensed Real Estate Agent – Join Our Tampa Bay Team!".
  const sentenceEnd = /[.?:;]$/.test(first) || (first.endsWith('!') && !ROLE_NOUN.test(first));
  if (!first || first.length > 90 || sentenceEnd || first.split(' ').length > 15) {
    return { title: null, company: null };
  }
  const at = /^(.+?)\s+(?:opening|position|job|role|vacancy|opportunity)\s+(?:at|with)\s+(.+)$/i.exec(first);
  if (at) return { title: at[1] ?? null, company: at[2] ?? null };
  const dash = /^(.+?)\s+(?:at|@)\s+([A-Z][\w&.,' -]{1,60})$/.exec(first);
  if (dash) return { title: dash[1] ?? null, company: dash[2] ?? null };
  return { title: first, company: null };
}

/** A word that opens a sentence, never a company's name: "This is a full-time role" is no "This" Inc. */
const NOT_A_COMPANY =
  /^(?:this|that|these|those|it|its|there|here|what|which|who|we|you|they|our|your|he|she|each|every|such|all|any|some|as|if|when|while|why|how|the (?:role|position|job|team|company|candidate|ideal|successful|right|selected|opportunity|client|department|group|work|person|individual|incumbent))\b/i;
/** A line opening a section or stating a fact, never a company's name. */
const NOT_A_COMPANY_LINE =
  /^(?:about|job|description|overview|summary|responsibilit|requirements|qualifications|duties|salary|pay|compensation|benefits|apply|location|full[- ]?time|part[- ]?time|contract|temporary|remote|hybrid|on[- ]?site|in person|posted|urgently|hiring|now hiring|we(?:'re| are) hiring|join (?:us|our)|careers?\b|job openings?|easy apply|\d)/i;

/** The full stop of a closing "Inc.", "Co.", "Corp.", "Ltd.", "P.C.", "L.L.C.": part of the name, not a sentence's end. */
const CORPORATE_SUFFIX_DOT = /\b(?:inc|co|corp|ltd|llc|l\.l\.c|p\.c|p\.a|s\.a|n\.a|plc)\.$/i;

/** A line that may be the employer's name: short, a name's shape, no label, no sentence. */
function isCompanyLine(line: string): boolean {
  return (
    line.length <= 60 &&
    line.split(' ').length <= 8 &&
    /^[A-Z0-9]/.test(line) &&
    !/[.:;!?]$/.test(line.replace(CORPORATE_SUFFIX_DOT, '')) &&
    !line.includes(': ') &&
    !NOT_A_COMPANY_LINE.test(line) &&
    !NOT_A_COMPANY.test(line) &&
    !isPlaceLine(line)
  );
}

/** A town's centre or district after its name: "Glasgow city centre", "Leeds CBD". */
const CENTRE_AFTER = /\s+(?:city|town)\s+(?:centre|center)$|\s+CBD$/;
/**
 * "San Francisco, CA (Hybrid)" → "San Francisco, CA": a parenthesis closing a line qualifies its
 * place; "Glasgow city centre (Buchanan Street branch)" → "Glasgow": so does a town's centre.
 */
const withoutBracketOrCentre = (line: string): string => line.replace(/\s*\([^)]*\)$/, '').replace(CENTRE_AFTER, '');

/** A word that names an organisation: a line under a title holding one is its employer. */
const ORGANISATION =
  /\b(?:Department|Agency|Administration|Bureau|Ministry|Council|Authority|University|College|School District|Hospital|Health(?:care)?|Medical Center|Clinic|Bank|Credit Union|Inc|LLC|L\.L\.C|LLP|Ltd|Limited|PLC|GmbH|Pte|Corporation|Corp|Company|Group|Holdings|Technologies|Foundation|Association|Institute|Services)\b\.?/;

/** " - ", " | ", " · ", " • ", " — ", " – " between a company and its place on one line. */
const HEADER_SEPARATOR = /\s+[-|·•—–]\s+/;

/** "Bengaluru (Hybrid)", "Boulder (Remote)": a place's name a board shows with its arrangement. */
const WITH_ARRANGEMENT = /^(.+) \((?:hybrid|remote|on[- ]?site|in[- ]office)\)$/i;

/**
 * The place a header line states, or null: the line ("Phoenix, AZ 85043"), one of its segments
 * ("Loomwork · New York, NY · Remote (US)", "Montréal, QC — Hybrid"), the first of a list
 * ("Chicago, IL; New York, NY"), each maybe with its arrangement in parentheses ("Austin, TX
 * (Hybrid)", "Bengaluru (Hybrid)"). "Remote (US)" is the place as stated.
 */
export function placeInLine(line: string): string | null {
  for (const segment of line.replace(/^(?:job |work )?location\s*:\s*/i, '').split(HEADER_SEPARATOR)) {
    const first = (segment.split(/\s*;\s*/)[0] ?? '').trim();
    if (isPlaceLine(first)) return withoutSite(first);
    const alone = withoutBracketOrCentre(first);
    if (isPlaceLine(alone)) return alone;
    // A known city or country alone on a header line: "Stuttgart", "Manchester (M1)", "Singapore".
    if (isPlaceItem(alone)) return alone;
    const named = WITH_ARRANGEMENT.exec(first)?.[1];
    if (named && isPlaceName(named)) return named;
  }
  // "Hybrid - Bengaluru": an arrangement beside a name is that name's place.
  const [a = '', b = '', ...more] = line.split(HEADER_SEPARATOR);
  if (more.length === 0 && normalizeWorkplace(a) && isPlaceName(b)) return b;
  if (more.length === 0 && normalizeWorkplace(b) && isPlaceName(a)) return a;
  return null;
}

/** A board's byline: "Posted 6 November by Halden House Hotels & Venues", "Posted 3 days ago by Acme Ltd". */
const POSTED_BY =
  /^[^\S\n]*(?:[Pp]osted|[Ll]isted)\b[^\n∙·•|]{0,40}?[^\S\n]by[^\S\n]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(\p{Lu}[^\n]{1,80})$/mu;

/** Lines of a copied header that are the board's, not the posting's: ratings, buttons, counts, breadcrumbs ("CAREERS > FLEET POSITIONS > Deckhand"), the site's menu ("Careers | Open Positions | Staff"). */
const BOARD_LINE =
  /^(?:featured|promoted|sponsored|urgently hiring|actively hiring|hot job|new|top job|\d(?:\.\d)?\s*★.*|★.*|easy apply|(?:quick )?apply(?: now)?(?:\s+save)?|save(?:d)?|view all jobs|\d[\d,]*\s+reviews?|(?:re)?posted\b.*|(?:over )?\d[\d,]*\+? applicants|be an early applicant|\d[\d,]*(?:\s*[-–]\s*\d[\d,]*|\+)?\s+employees\b.*|(?:[^>›»\n]{1,40}\s[>›»]\s)+[^>›»\n]{1,80}|(?:home|careers?|jobs?|job openings|open positions)(?:\s[|>›»/]\s[^|>›»/\n]{1,30})+)$/i;

/** How far under the title the header goes: the first line of prose ends it sooner. */
const HEADER_LINES = 6;

/**
 * The lines under a title line, as job boards copy them: "Acme Logistics" then "Phoenix, AZ
 * 85043" (Indeed) or "Association Office – Harrisburg, PA", "St. Mary's Medical Center - Denver,
 * CO", or only the place. The company is taken only beside a place line, which is what tells a
 * header from a first paragraph. A place further down the header (Naukri: years, pay, then
 * "Bengaluru (Hybrid)") is the job's place too.
 */
function headerBlock(lines: string[]): { company: string | null; location: string | null } {
  const secondLine = stripMarks(lines[1] ?? '');
  const second = withoutBracketOrCentre(secondLine);
  const thirdLine = stripMarks(lines[2] ?? '');
  if (isPlaceLine(second)) return { company: null, location: second };
  // LinkedIn's copied top card goes on: "Acme · Austin, TX (Hybrid) · 2 days ago · 40 applicants".
  const [company = '', ...rest] = secondLine.split(HEADER_SEPARATOR);
  const placeBeside = rest.length > 0 ? placeInLine(rest.join(' · ')) : null;
  if (isCompanyLine(company) && placeBeside) return { company, location: placeBeside };
  if (!isCompanyLine(second)) return { company: null, location: placeInLine(secondLine) ?? placeBelow(lines, 2) };
  // "Association Office – Harrisburg, PA": a site, then its place.
  const third = placeInLine(thirdLine);
  if (third) return { company: second, location: third };
  // No place beside it, but an organisation's name: "Department of the Interior", "Acme Health Inc".
  // A place further down counts for the company only under a title naming a role: under a
  // letterhead ("Cedar Valley Unified School District"), the second line is its subtitle.
  const below = placeBelow(lines, 3);
  const titled = ROLE_NOUN.test(stripMarks(lines[0] ?? ''));
  return { company: (below && titled) || ORGANISATION.test(second) ? second : null, location: below };
}

/** The first place on a header line from `from` on, before a line of prose. */
function placeBelow(lines: string[], from: number): string | null {
  for (let i = from; i < Math.min(lines.length, HEADER_LINES + 1); i++) {
    const line = stripMarks(lines[i] as string);
    if (line.length > 100 || (/[.!?]$/.test(line) && line.split(' ').length > 5)) return null;
    const place = placeInLine(line);
    if (place) return place;
  }
  return null;
}

/** A place written into the title: "Nurse (Tampa, FL)", "Product Manager (Hybrid – New York, NY)", "Engineer - Austin, TX". */
function placeInTitle(title: string | null): string | null {
  if (!title) return null;
  const pieces = [...title.matchAll(/\(([^()]+)\)/g)].map((m) => m[1] as string);
  pieces.push(...title.replace(/\([^()]*\)/g, '').split(HEADER_SEPARATOR).slice(1));
  for (const piece of pieces) {
    for (const part of piece.trim().split(HEADER_SEPARATOR)) if (!/^remote\b/i.test(part) && isPlaceLine(part)) return part;
  }
  return null;
}

/**
 * LinkedIn's criteria list as copied ("Seniority level" over "Mid-Senior level"), or the same as
 * one "Seniority level: Entry level" line: the only place a posting states its seniority
 * (LABELING.md).
 */
const SENIORITY_FIELD = /^[\s*_#-]*seniority level[*_]*[ \t]*(?::[ \t]*|\n[ \t]*)([^\n]+)$/im;

/** Values of a "Location:" line that name no place: Indeed's "Work Location: In person", "On the road". */
const NOT_A_PLACE = /^(?:in[- ]person|on[- ]?site|in[- ]office|hybrid|various|various locations|multiple|multiple locations|one location|on the road|field|field[- ]based|tbd|n\/a)$/i;
/** Indeed's "Hybrid remote in Tampa, FL 33606", "Remote in Austin, TX": the arrangement, then the place. */
const ARRANGEMENT_IN = /^(?:hybrid remote|remote|hybrid|in[- ]person|on[- ]?site)\s+in\s+/i;

/**
 * The place a "Location:" value names, or null. "Remote, United States (Remote only: CA, CO,
 * ...)": the parenthesis, from its opening on, qualifies; it is not the place.
 */
function placeOfLabel(value: string): string | null {
  // "Remote (US); on-site in Cincinnati for workshops": the first of a list.
  const listed = (value.split(/\s*;\s*/)[0] as string).replace(ARRANGEMENT_IN, '');
  if (isPlaceLine(listed)) return withoutSite(listed); // "Remote (US)" as stated
  const place = listed.replace(/\s*\(.*\)\s*$/, '');
  // A sentence is no place ("This is an in-office position based at our Shaw Avenue Center.").
  if (NOT_A_PLACE.test(place) || place.length > 80 || /\.\s|\.$/.test(place.replace(/\b(?:St|Ft|Mt)\.\s/g, ''))) return null;
  // USAJobs: "1 vacancy in the following location: Lakewood, CO".
  const afterColon = place.slice(place.lastIndexOf(':') + 1).trim();
  return withoutSite(afterColon !== place && isPlaceLine(afterColon) ? afterColon : place);
}

/**
 * Labelled values as `labelled` reads them, from a copy of the text where a line of labelled
 * fields ("Req #: 24-0117 | Location: Charlotte, NC | Type: Full Time") is one field per line,
 * and a label alone on its line is joined to the value under it ("Location" over "Harlan
 * Springs, CO", governmentjobs.com) when that value is a place.
 */
function fieldLines(text: string): string {
  return text
    .replace(/[^\S\n]+\|[^\S\n]+(?=[A-Z][\w #/&-]{0,30}:)/g, '\n')
    .replace(/^([^\S\n]*(?:job )?location)[^\S\n]*\n[^\S\n]*([^\n]{2,60})$/gim, (line, label: string, value: string) => (isPlaceItem(value.trim()) ? `${label}: ${value}` : line));
}

/**
 * The first line, when a labelled title replaced it as the title: an employer's letterhead above
 * its fields ("Brazos Valley Independent School District", then "Job Title: Teacher - ..."). Not
 * when most of its words are the title's ("Senior Accountant" above "Job Title: Senior
 * Accountant II" is the title, shortened).
 */
function letterhead(lines: string[], labelledTitle: string | null): string | null {
  const first = stripMarks(lines[0] ?? '');
  if (!labelledTitle || !isCompanyLine(first)) return null;
  const titleWords = new Set(labelledTitle.toLowerCase().split(/[^a-z0-9]+/));
  const words = first.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const shared = words.filter((w) => titleWords.has(w)).length;
  return shared * 2 < words.length ? first : null;
}

/**
 * "About Kessler Automation" as a heading line: the company names itself. Not "About us", "About
 * the role", "About You", "About This Job".
 */
const ABOUT_COMPANY = /^[#*_\s]*About\s+([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of|and)){0,4})[*_\s]*:?\s*$/gm;
const NOT_ABOUT_A_COMPANY = /^(?:us|the|this|you|our|me|them|it|your|working|life|company|role|job|position|team|yourself)\b/i;

/** The company an "About X" heading names, or null. */
function aboutHeading(text: string): string | null {
  ABOUT_COMPANY.lastIndex = 0;
  for (let m = ABOUT_COMPANY.exec(text); m; m = ABOUT_COMPANY.exec(text)) {
    if (!NOT_ABOUT_A_COMPANY.test(m[1] as string)) return cleanText(m[1]);
  }
  return null;
}

/** "Acme Corp (Acme) is a leading ...", "Acme, Inc. is an equal opportunity employer". */
const COMPANY_SENTENCE =
  /(?:^|[.!?]\s+|\n)[*_\s]*([A-Z][A-Za-z0-9&'’.-]*(?:[ ,]+(?:[A-Z][A-Za-z0-9&'’.-]*|of|and|&)){0,5})(?:\s*\([^)]{1,30}\))?\s+is\s+(?:a|an|the)\s+(?:leading|equal|global|fast|growing|premier|national|an?)?/;

/** The employer named in a sentence like COMPANY_SENTENCE's, unless that word only opens the sentence. */
function companyInSentence(text: string): string | null {
  const name = cleanText(COMPANY_SENTENCE.exec(text)?.[1]);
  return name && !NOT_A_COMPANY.test(name) ? name : null;
}

/** "a Computer Systems Technician in Omaha, Nebraska": the place written after the title. */
function locationAfterTitle(text: string, title: string | null): string | null {
  if (!title) return null;
  const escaped = escapeRegExp(title);
  const re = new RegExp(`${escaped}\\s+(?:in|based in|located in)\\s+([A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][A-Za-z]+(?: [A-Z][a-z]+)*)`);
  return re.exec(text)?.[1] ?? null;
}

/** LinkedIn's job pills as copied: "Hybrid   Full-time   Mid-Senior level" (parts apart by wide spaces or dots). */
const PILL_SEPARATOR = /\s{2,}|\t|\s[·•]\s/;
/** LinkedIn's seniority levels, as its pills and criteria write them ("Internship" is read as the type). */
const SENIORITY_PILL = /^(?:entry level|associate|mid-senior level|director|executive)$/i;

interface Pills {
  employmentType: EmploymentType | null;
  workplace: Workplace | null;
  seniority: Seniority | null;
}

/**
 * The pills line of a LinkedIn job copied as text, among the first lines: two or more parts, each
 * a workplace, an employment type or a seniority level, and nothing else.
 */
function pillsLine(lines: readonly string[]): Pills | null {
  for (const line of lines.slice(1, 10)) {
    const parts = line.split(PILL_SEPARATOR).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || parts.length > 4) continue;
    const pills: Pills = { employmentType: null, workplace: null, seniority: null };
    const known = parts.every((part) => {
      if (/^(?:[$£€₹]|[A-Z]{3}\s?\d)/.test(part)) return true; // the pay pill: the text states the pay
      const workplace = normalizeWorkplace(part);
      const type = normalizeEmploymentType(part);
      if (workplace && !pills.workplace) pills.workplace = workplace;
      else if (type && !pills.employmentType && /^[a-z- ]+$/i.test(part)) pills.employmentType = type;
      else if (SENIORITY_PILL.test(part) && !pills.seniority) pills.seniority = normalizeSeniority(part);
      else return false;
      return true;
    });
    if (known && (pills.employmentType || pills.workplace || pills.seniority)) return pills;
  }
  return null;
}

export interface TextPostingHints {
  site?: Site;
  url?: string | null;
  title?: Sourced<string>;
  company?: Sourced<string>;
  location?: Sourced<string>;
}

/**
 * A posting from plain text (pasted, or a saved `.txt`): title and company from headings, labelled
 * lines or the first line; everything else from the extractor. `hints` (a record's fields) win.
 */
export function parseText(text: string, hints: TextPostingHints = {}): ParsedPosting {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !BOARD_LINE.test(l));
  const head = headings(lines);
  const first = head.title ? head : titleLine(lines);
  // Company and place lines under the title: the first line, or the second when a company line came
  // first (`companyOverTitle`), or a `# Title` heading when no `### Company` heading follows it.
  const titleLineAt = first.company !== null && lines[1] !== undefined && first.title === stripMarks(lines[1]) ? 1 : 0;
  // Under `# Title` and `### Company` headings, the header line after them ("Loomwork · New York, NY").
  const header = !first.title
    ? { company: null, location: null }
    : head.company
      ? { company: null, location: placeBelow(lines, 2) }
      : headerBlock(lines.slice(titleLineAt));
  const fields = fieldLines(normalized);
  const pills = pillsLine(lines);
  // A heading kept from an aggregator page states the title as published; a labelled line
  // ("Position Title: X (remote)") often decorates it, so it comes second.
  const labelledTitle = labelled(fields, 'position title|job title|title');
  const title = firstOf<string>(hints.title ?? none(), sourced(head.title, 'text'), sourced(labelledTitle, 'text'), sourced(first.title, 'text'));
  const company = firstOf<string>(
    hints.company ?? none(),
    sourced(labelled(fields, 'company|company name|employer|organization'), 'text'),
    // A board's byline, which the board's other lines are left out with: "Posted 6 November by Halden House Hotels".
    sourced(POSTED_BY.exec(normalized)?.[1]?.trim() ?? null, 'text'),
    sourced(first.company, 'text'),
    sourced(header.company, 'text'),
    sourced(head.title ? null : letterhead(lines, labelledTitle), 'text'),
    sourced(companyInSentence(normalized), 'text'),
    sourced(aboutHeading(normalized), 'text'),
  );
  const location = firstOf<string>(
    hints.location ?? none(),
    sourced(labelled(fields, 'location|job location|work location|city', placeOfLabel), 'text'),
    sourced(header.location, 'text'),
    sourced(placeInTitle(title.value), 'text'),
    sourced(locationAfterTitle(normalized, title.value), 'text'),
    sourced(placeInProse(normalized), 'text'),
  );
  return buildPosting({
    site: hints.site ?? 'paste',
    url: hints.url ?? null,
    jobId: null,
    title,
    company,
    location,
    seniority: firstOf(sourced(normalizeSeniority(SENIORITY_FIELD.exec(normalized)?.[1]), 'text'), sourced(pills?.seniority, 'text')),
    employmentType: sourced(pills?.employmentType, 'text'),
    workplace: sourced(pills?.workplace, 'text'),
    description: { text: normalized.trim(), html: textToHtml(normalized) },
  });
}
