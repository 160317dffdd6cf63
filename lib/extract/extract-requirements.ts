/**
 * The requirement extractor: named skills and certifications (with required/preferred and the
 * sentence they came from), minimum years of experience, minimum degree and soft skills.
 * Deterministic, linear in the text, and total: any string in, a `Requirements` out.
 */
import type { Requirement, Requirements } from '../posting';
import { isKnownPlace } from '../parse/place';
import { acronymCredentials, SMALL_WORDS } from './acronym-credentials';
import { auditorCredentials } from './auditor-credentials';
import { aviationLicences } from './aviation-licences';
import { hintedClauses } from './clause-hints';
import { CURRENCY_CODES } from './currency';
import { withLevels } from './levels';
import { withNumberedSiblings } from './siblings';
import { spanIndexAt, splitClauses, type Span } from './clauses';
import { extractEducation } from './education';
import { employerNames } from './employer';
import { namesBeside } from './beside-known';
import { productCertifications } from './product-certifications';
import { heldByEmployer, standardCodes } from './standard-codes';
import { ENGLISH_LIKE_FORMS } from './taxonomy/forms';
import { isDictionaryName, matchTerms, type TermMatch } from './match-terms';
import { clauseVerdict } from './preference';
import { findSections, sectionAt } from './sections';
import { withSenses } from './senses';
import { findSoftSkills } from './soft-skills';
import { bodyCredentials, credentialWords, qualificationCertificates, stateLicenses } from './state-licenses';
import { emptyTokens, scanTokens } from './tokenize';
import { looksEnglish, PREFERRED, requirementsInOtherLanguages } from './other-languages';
import { extractYears } from './years';

const EMPTY = (): Requirements => ({ skills: [], certifications: [], minYearsExperience: null, education: null, softSkills: [] });

/**
 * Extracts the requirements stated in a posting's plain-text description. `employer`: the
 * company the posting names (its header, JSON-LD), whose own name is never a requirement
 * ("Juniper & Salt", a restaurant, is no Juniper Networks).
 */
export function extractRequirements(text: string, employer: string | null = null): Requirements {
  // `/\S/` rather than `text.trim() === ''`: the same test (both use white space and line
  // terminators) without copying the whole text.
  if (typeof text !== 'string' || !/\S/.test(text)) return EMPTY();
  try {
    return extract(text, employer);
  } catch {
    // Defensive: extraction is best-effort and must never break a capture.
    return EMPTY();
  }
}

const OPEN_PAREN = 40;
const COLON = 58;
const CLOSE_PAREN = 41;
const SPACE = 32;

/**
 * "No CDL needed", "no degree required", "No Salesforce experience necessary", and the names a
 * sentence says are not asked right after them: "BOSIET/FOET is NOT required – this is a
 * yard-based position" (not "Python is welcome but not required", "… are not required but a plus": those wish).
 */
const NO_BEFORE = /\bno\s+$/i;
const NEEDED_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:needed|required|necessary)\b/i;
const NOT_NEEDED_AFTER = /^(?:\s*(?:\/|,|&|\band\b|\bor\b)\s*[\w+#.-]+){0,3}\s+(?:is|are)\s+not\s+(?:required|needed|necessary|mandatory|a requirement)\b(?!\s*,?\s*(?:but|though|although)\b)/i;
const isNegated = (text: string, start: number, end: number): boolean =>
  (NO_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && NEEDED_AFTER.test(text.slice(end, end + 40))) ||
  NOT_NEEDED_AFTER.test(text.slice(end, end + 80));

/**
 * Whether [start, end) lies inside an occurrence of the employer's name (lower case) that is longer
 * than it: "Juniper" in "Juniper & Salt". A match that is the whole name is the employer's own
 * product ("GitLab" at GitLab), which the employer-sentence rule decides.
 */
function insideName(text: string, name: string, start: number, end: number): boolean {
  if (end - start >= name.length) return false;
  const from = Math.max(0, end - name.length);
  const at = text.slice(from, start + name.length).toLowerCase().indexOf(name);
  return at >= 0 && from + at <= start && from + at + name.length >= end;
}

/**
 * The employer's name and its shorter forms a posting writes, its trailing words dropped while two
 * words stay ("Juniper & Vine Kitchen" → "Juniper & Vine": "Juniper & Vine – South Congress is
 * hiring").
 */
function shortForms(name: string): string[] {
  const forms = [name];
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 2; n--) {
    const form = words.slice(0, n).join(' ');
    if (form.split(' ').filter((w) => /\p{L}/u.test(w)).length < 2) break;
    forms.push(form);
  }
  return forms;
}

/**
 * After "AWS", a code or a credential of the American Welding Society ("AWS A2.4 welding symbols",
 * "AWS B2.1", "AWS Certified Welding Inspector (CWI)", "AWS CWI", "AWS welding certification"): no Amazon there.
 */
const WELDING_CODE = /^\s+(?:[A-G]\d{1,2}\.\d{1,2}\b|Certified Weld|C?W[IE]\b|SCWI\b|weld)/i;

/**
 * Singapore's Annual Wage Supplement (a thirteenth month) beside the pay: "SGD 9,000 – 12,500, AWS
 * and variable bonus", "1-month AWS", "AWS (Annual Wage Supplement)"; no Amazon there.
 */
const WAGE_BEFORE = /\bmonths?['’]?[^\S\n]*$|\b(?:SGD|S\$|salary|pay|remuneration|package)\b[^\n]{0,60}$/i;
const WAGE_AFTER = /^[^\S\n]*(?:\(annual wage supplement\)|(?:and|&|\+|,)[^\S\n]*(?:an?[^\S\n]+)?(?:variable|performance|annual|year-end)?[^\S\n]*bonus)/i;
const isWageSupplement = (text: string, match: TermMatch): boolean =>
  WAGE_AFTER.test(text.slice(match.end, match.end + 40)) || WAGE_BEFORE.test(text.slice(Math.max(0, match.start - 80), match.start));

/** A number and a letter ("5S", "6S"): in another case, a plural ("Take 5s", Australia's safety check), no method. */
const NUMBER_AND_LETTER = /^\d[A-Za-z]$/;
/**
 * A short acronym glued to a number ("HP2", "HP3": Queensland Health's grades) or to a code's
 * number ("JS-001", the ESD standard, no JavaScript), unless the entry names that form ("EC2", "S3").
 */
const ACRONYM_AND_NUMBER = /^[A-Z]{1,3}(?:\d+|-0\d+)$/;
/**
 * A currency's code beside a sum ("PHP 38,000", "CAD 85,000", "45 000 CAD"): money, no skill. A
 * sum has three figures or groups them: "PHP 8" is the language's version.
 */
const CURRENCY_CODE = new Set(CURRENCY_CODES);
const SUM_AFTER = /^[^\S\n]?(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d{3,})/;
const SUM_BEFORE = /\d{3}[^\S\n]?$/;
function isMoney(text: string, match: TermMatch): boolean {
  const s = match.surface;
  // South Africa's rand before a sum ("R 38 000 per month", "R450,000"): no R language.
  if (s.charCodeAt(0) === 82 && (s.length === 1 || s.charCodeAt(1) === 32) && RAND_SUM.test(text.slice(match.start + 1, match.start + 14))) return true;
  // Or a sum in millions glued to it ("a turnover of at least R2 million", "R1.5m"): no R2.
  if (s.charCodeAt(0) === 82 && RAND_MILLIONS.test(text.slice(match.start + 1, match.start + 16))) return true;
  // Three capitals first, by their codes: most matches are no code, and cost no string.
  if (s.length < 3 || !isCapital(s.charCodeAt(0)) || !isCapital(s.charCodeAt(1)) || !isCapital(s.charCodeAt(2))) return false;
  if (!(s.length === 3 || /^[A-Z]{3}[^\S\n]?\d/.test(s)) || !CURRENCY_CODE.has(s.slice(0, 3))) return false;
  return SUM_AFTER.test(text.slice(match.start + 3, match.start + 14)) || SUM_BEFORE.test(text.slice(Math.max(0, match.start - 5), match.start));
}
const isCapital = (code: number): boolean => code >= 65 && code <= 90;
/** A sum after "R": its thousands grouped, or four figures at least. */
const RAND_SUM = /^[^\S\n]?(?:\d{1,3}(?:[ ,\u00a0]\d{3})+|\d{4,})(?![\d.])/;
/** A sum in millions or billions after "R": "R2 million", "R 1.5m", "R3bn". */
const RAND_MILLIONS = /^[^\S\n]?\d{1,3}(?:[.,]\d{1,2})?[^\S\n]?(?:million|mil|billion|bn|m)\b/i;
/**
 * A pay scale's points after its letters, a range apart ("SCP 29 – 33": the spine's column points,
 * no Secure Copy); not a standard's number ("NI 43-101", "SR 11-7").
 */
const PAY_POINTS = /^[A-Z]{2,6}[^\S\n]\d{1,2}(?:[^\S\n]+[–-][^\S\n]*|[^\S\n]*–[^\S\n]*)\d{1,2}(?!\d|[.,]\d)/;
/**
 * A reference number that begins with a name's letters ("CVS-26-0412", "CDS-26-0319": a
 * requisition's), or a document's code with a leading zero ("PIC/S PE 010": no Professional Engineer).
 */
const REFERENCE_NUMBER = /^[A-Za-z]{2,6}-\d{2,4}-\d{2,6}(?!\w)|^[A-Z]{2,6}[^\S\n]0\d{1,5}(?![\d.])/;
/** A code a reference names ("quoting reference MCT-2291", "Job ID: CRN-4417"): no credential. */
const REFERENCE_BEFORE = /\b(?:reference|ref\.?|requisition|req\.?|job (?:id|code|number|no\.?)|vacancy (?:number|no\.?)|quoting|quote)[^\S\n]*(?:no\.?|number|#|:)?[^\S\n]*$/i;
const REFERENCE_CODE = /^[A-Za-z]{2,6}-?\d{3,}\b/;
/**
 * Whether a one-word match is the last word of a place's name, the word before it its first ("Hong
 * Kong", "New Jersey"): no product there.
 */
function endsPlaceName(text: string, match: TermMatch): boolean {
  if (text.charCodeAt(match.start - 1) !== SPACE || match.surface.includes(' ')) return false;
  const before = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, match.start - 20), match.start));
  return before !== null && isKnownPlace(`${before[1]} ${match.surface}`);
}

/** Electromagnetic transients studied, not the emergency medical technician ("PSCAD or other EMT studies"). */
const EMT_STUDIES = /^[^\S\n]+(?:stud(?:y|ies)|simulations?|models?|modell?ing|analys[ie]s|tools?)\b/i;

/** A US state's, a Canadian province's or an Australian state's code, after a town's name and a comma. */
const REGION_CODE_AFTER =
  /^,[^\S\n]?(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK|NSW|QLD|VIC|TAS|WA|SA|NT|ACT)\b/;
/** A one-word, capitalised match that is a town before its region's code ("in Phoenix, AZ"): no product there. */
const beforeRegionCode = (text: string, match: TermMatch): boolean =>
  !match.surface.includes(' ') && /^[A-Z][a-z]+$/.test(match.surface) && REGION_CODE_AFTER.test(text.slice(match.end, match.end + 6));

/** Cost per acquisition among a campaign's metrics ("monitoraggio di ROAS, CPA e margine"), not the accountant. */
const AD_METRICS = /\b(?:ROAS|CTR|CPC|CPM|CAC|CPL|CPI|CVR|LTV|eCPA|tCPA|cost per acquisition)\b/;
/** "Formerly the VBA": Victoria's building authority, a body named with "the"; the language is not. */
const THE_BEFORE = /\bthe[^\S\n]+$/i;
/** "Commensurate with experience (DOE)": pay's "depending on experience", no design of experiments. */
const EXPERIENCE_BEFORE = /\bexperience[^\S\n]*\(?$/i;
const ACTUARIAL = /\b(?:IFoA|actuar\w*)\b/i;
const EXCHANGES_NEAR = /\b(?:BSE|SGX|HKEX|NYSE|Nasdaq|LSE|ASX|OSE|CME|Eurex|exchanges?|Nifty|Sensex)\b/i;
/** A letter that is a licence's or a grade's class ("Class C Wastewater Treatment Operator License", "Category B"), no language. */
const CLASS_BEFORE = /\b(?:class|category|grade|level|type|tier|cat\.?)[^\S\n]$/i;
/** Insurance accounting's contractual service margin ("IFRS 17 CSM roll-forwards"), not the Scrum Master. */
const IFRS_17_NEAR = /\bIFRS[^\S\n]?17\b|\b(?:PAA|GMM|VFA|LRC|LIC|risk adjustment)\b|\bCSM[^\S\n]+(?:roll-?forwards?|release|amorti[sz]ation|unlock\w*)\b/;
/** The queueing formula's name before its letter ("Erlang C"): no C language. */
const ERLANG_BEFORE = /\bErlang[^\S\n]$/;

/**
 * Names that are something else where they stand, each with the test that tells: the American
 * Welding Society's codes and Singapore's Annual Wage Supplement (AWS), pay's "depending on
 * experience" (DOE), Victoria's building authority (VBA), cost per acquisition (CPA), electromagnetic
 * transients (EMT), the Erlang C formula (C). A Map: a name such as "constructor" must not find an
 * object's own function.
 */
const SURFACE_VETOES: ReadonlyMap<string, (text: string, match: TermMatch) => boolean> = new Map([
  ['AWS', (text: string, m: TermMatch) => WELDING_CODE.test(text.slice(m.end, m.end + 20)) || isWageSupplement(text, m)],
  ['DOE', (text: string, m: TermMatch) => EXPERIENCE_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))],
  ['VBA', (text: string, m: TermMatch) => THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))],
  ['CPA', (text: string, m: TermMatch) => AD_METRICS.test(text.slice(Math.max(0, m.start - 40), m.end + 40))],
  ['EMT', (text: string, m: TermMatch) => EMT_STUDIES.test(text.slice(m.end, m.end + 16))],
  ['C', (text: string, m: TermMatch) => ERLANG_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))],
  ['CSM', (text: string, m: TermMatch) => IFRS_17_NEAR.test(text.slice(Math.max(0, m.start - 40), m.end + 30))],
  // India's National Stock Exchange among the exchanges, not Fortinet's NSE.
  ['NSE', (text: string, m: TermMatch) => EXCHANGES_NEAR.test(text.slice(Math.max(0, m.start - 60), m.end + 40))],
  // Localization's Segmentation Rules eXchange, not Juniper's firewall.
  ['SRX', (text: string, m: TermMatch) => /^[^\S\n]+segmentation\b/i.test(text.slice(m.end, m.end + 16))],
  // B-BBEE's socio-economic development, not the stream editor (which is written "sed").
  ['SED', (text: string) => /\bB-?BBEE\b|socio-?economic/i.test(text)],
  // The actuarial profession's exams only where the posting is actuarial, not automotive's controlled-shipping levels ("CS1/CS2 containment").
  ...['CS1', 'CS2', 'CM1', 'CM2', 'CB1', 'CB2'].map((exam): [string, (text: string) => boolean] => [exam, (text: string) => !ACTUARIAL.test(text)]),
]);

/** A part's number after a standard's: "-4" in "IEC 61000-4", "-1-2" in "IEC 60601-1-2", "-461" in "MIL-STD-461". */
const PART_NUMBER = /^-\d{1,4}[A-Z]?(?:-\d{1,4}[A-Z]?)*$/;

/**
 * A standard named by its part, where the dictionary knows its family ("IEC 60601-1-2", "MIL-STD-461"):
 * the part is a standard of its own (labels name it), not a version of the family's.
 */
function partOfFamily(match: TermMatch): string | null {
  const name = match.entry.name;
  if (match.entry.category !== 'standard' || match.surface.length <= name.length + 1) return null;
  if (match.surface.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return null;
  const part = match.surface.slice(name.length);
  return PART_NUMBER.test(part) ? name + part : null;
}

/** Whether the match's entry names its surface as written (`exactCase`: in its case too). */
const namesForm = (match: TermMatch, exactCase: boolean): boolean =>
  [match.entry.name, ...match.entry.aliases].some((form) => (exactCase ? form === match.surface : form.toLowerCase() === match.surface.toLowerCase()));

/** A public service's grade line: "Classification: EC-04" (Canada), "Classification: HP3" (Queensland Health), "Pay band: 5". */
const GRADE_LINE = /^[^\S\n]*(?:[-*•·][^\S\n]*)?(?:classification|(?:pay |salary )?(?:grade|band|scale))[^\S\n]*:/i;
/**
 * Whether the line holding `at` is such a line, its code right after the label: its codes are
 * grades, no product ("EC", "HP"). The line's start is looked for within 60 characters only: in a
 * text of one long line, a search back to its start for every match was quadratic.
 */
function onGradeLine(text: string, at: number): boolean {
  // The code follows the label's colon: most matches have no colon before them, and are done here.
  let before = at - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (text.charCodeAt(before) !== COLON) return false;
  const line = lineBefore(text, at, 60);
  return line !== null && GRADE_LINE.test(line);
}

/** The text from the start of the line holding `at` to `at`, or null when the line starts more than `reach` characters back. */
function lineBefore(text: string, at: number, reach: number): string | null {
  const from = Math.max(0, at - reach);
  const window = text.slice(from, at);
  const lineBreak = window.lastIndexOf('\n');
  return lineBreak < 0 && from > 0 ? null : window.slice(lineBreak + 1);
}

/** A line that gives the job's place: "Location: Belle Vue Square, Skipton – hybrid working", "Standort: …". */
const PLACE_LINE = /^[^\S\n]*(?:[-*•·][^\S\n]*)?(?:(?:work(?:ing)? |job |office )?location|address|based (?:at|in)|locatie|standort|arbeitsort|lieu de travail|ubicaci[oó]n|sede di lavoro)[^\S\n]*:/i;
/** Whether `at` is on such a line, after its label (looked for within 80 characters back, as `onGradeLine`). */
function onPlaceLine(text: string, at: number): boolean {
  const line = lineBefore(text, at, 80);
  return line !== null && PLACE_LINE.test(line);
}

/**
 * Credentials read by their shape, less those inside a longer one ("WA First Class Mine Manager's
 * Certificate of Competency" holds a state's "... Certificate").
 */
function outermost<T extends { start: number; end: number }>(found: T[]): T[] {
  if (found.length < 2) return found;
  return found.filter((a) => !found.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

/**
 * Whether a match is an acronym the posting defines as something else: "Certified Payroll
 * Professional (CPP)" is no C++. The acronym, in parentheses, spells the initials of the words
 * before it, and those words are not one of its entry's names, nor their start ("Certified Clinical
 * Research Coordinator (CCRC)" is the CCRC; "the Nursing and Midwifery Board of Ireland (NMBI)",
 * its "... registration").
 */
function abbreviatesOther(text: string, match: TermMatch): boolean {
  const acronym = match.surface;
  if (text.charCodeAt(match.end) !== CLOSE_PAREN || !/^[A-Z][A-Z0-9]{1,7}$/.test(acronym)) return false;
  const before = text.slice(Math.max(0, match.start - 120), match.start - 1).trimEnd();
  const words = before.split(/[\s/-]+/);
  let initials = '';
  let first = words.length;
  while (first > 0 && initials.length < acronym.length) {
    const word = words[--first] as string;
    if (!/^[A-Za-z]/.test(word)) return false;
    if (SMALL_WORDS.has(word.toLowerCase())) continue;
    initials = (word[0] as string).toUpperCase() + initials;
  }
  if (initials !== acronym) return false;
  const expansion = words.slice(first).join(' ').toLowerCase();
  return ![match.entry.name, ...match.entry.aliases].some((name) => {
    const lower = name.toLowerCase();
    return lower === expansion || (lower.startsWith(expansion) && lower.charCodeAt(expansion.length) === SPACE) || sameStems(lower, expansion);
  });
}

/**
 * Whether two names are the same words but for their endings and small words ("member of the royal
 * town planning institute", "membership of the royal town planning institute"; "board certification
 * in oncology pharmacy", "board certified oncology pharmacist"): word by word, the first six letters
 * (all of a shorter word) agree.
 */
function sameStems(a: string, b: string): boolean {
  const x = a.split(' ').filter((w) => !SMALL_WORDS.has(w));
  const y = b.split(' ').filter((w) => !SMALL_WORDS.has(w));
  return x.length === y.length && x.every((w, i) => w.slice(0, 6) === (y[i] as string).slice(0, 6));
}

/** What stands between a credential and its code in brackets: "a current First Aid certificate (HLTAID011)". */
const BEFORE_CODE = /^[^\S\n]*(?:certificate|certification|card|ticket|licen[cs]e)?[^\S\n]*\($/i;

/**
 * Without a credential the posting names again, more exactly, in brackets right after it: "First
 * Aid certificate (HLTAID011)" is the one credential, HLTAID011 Provide First Aid, when that
 * entry's name holds the first one's.
 */
function withoutRestatedByCode(text: string, terms: TermMatch[]): TermMatch[] {
  const general = new Set<TermMatch>();
  // Matches come in the text's order: only the next few can start within reach.
  for (let i = 0; i < terms.length; i++) {
    const m = terms[i] as TermMatch;
    if (m.entry.kind !== 'certification') continue;
    const name = ` ${m.entry.name.toLowerCase()} `;
    for (let j = i + 1; j < terms.length && (terms[j] as TermMatch).start <= m.end + 20; j++) {
      const c = terms[j] as TermMatch;
      if (c.start <= m.end || c.entry === m.entry || c.entry.kind !== 'certification') continue;
      if (BEFORE_CODE.test(text.slice(m.end, c.start)) && ` ${c.entry.name.toLowerCase()} `.includes(name)) {
        general.add(m);
        break;
      }
    }
  }
  return general.size ? terms.filter((m) => !general.has(m)) : terms;
}

/** What joins a credential to its title said again: a dash, "as a", "certified", its acronym in parentheses. */
const RESTATED = /^(?:[^\S\n]*(?:[–—:-]|\([A-Za-z0-9]{2,8}\)|\bas an?\b|\b(?:certified|registered)\b))*[^\S\n]*$/i;

/** Tokens of a vendor's name and a module's, reused (a fresh set is 256 entries of each array). */
const moduleScratch = emptyTokens(32);

/** Matches named as a family's items ("A6" after "ASE certifications:"): their family vouches for a bare code. */
const FAMILY_ITEMS = new WeakSet<TermMatch>();
const addFamilyItem = (m: TermMatch): void => void FAMILY_ITEMS.add(m);

/** After a family's name, the word for its items and a colon: "ASE certifications:", "SAP modules:". */
const FAMILY_COLON = /[^\S\n]*(?:certifications?|certs?|modules?|tests?|exams?)[^\S\n]*:[^\S\n]*/y;

/** An item of a parenthesis after a vendor: up to three words, to its list's next joint. */
const MODULE_ITEM = /(?<![\wÀ-ɏ])(?!(?:and|or|y|e|und|et|modules?|modul[eo]?s?|moduli|Modulen?)\b)(?!m[óò]dulos?(?![\wÀ-ɏ]))[A-Za-z][\w+#.&-]*(?: (?!and\b|or\b|y\b|e\b|und\b|et\b)[\w+#.&-]+){0,2}/g;

/**
 * A vendor's modules named in parentheses after it: "Epic (Willow Inpatient)", "SAP (FICO and
 * MM)", "Oracle (EBS, Fusion)": the dictionary's "Epic Willow", "SAP FICO", ... where the module's
 * name is written; or in a list after a colon ("ASE certifications: A6 and A8", "SAP modules: MM,
 * SD"). Only what the dictionary knows by the vendor's name and the module's together.
 */
function withModulesInParentheses(text: string, terms: TermMatch[]): TermMatch[] {
  let added: TermMatch[] | null = null;
  for (const m of terms) {
    const open = text.charCodeAt(m.end) === OPEN_PAREN ? m.end : text.charCodeAt(m.end) === SPACE && text.charCodeAt(m.end + 1) === OPEN_PAREN ? m.end + 1 : -1;
    let from = open + 1;
    let to = open < 0 ? -1 : text.indexOf(')', open);
    // "ASE certifications: A6 (Electrical/Electronic Systems) and A8": the family's items in a list after a colon.
    let vendor = m.entry.name;
    if (open < 0) {
      FAMILY_COLON.lastIndex = m.end;
      if (!FAMILY_COLON.test(text)) continue;
      from = FAMILY_COLON.lastIndex;
      const eol = text.indexOf('\n', from);
      to = Math.min(eol < 0 ? text.length : eol, from + 120);
      vendor = m.surface;
    }
    if (to < 0 || to - from > 120 || (open >= 0 && to - open > 80)) continue;
    MODULE_ITEM.lastIndex = 0;
    const inside = text.slice(from, to);
    for (let item = MODULE_ITEM.exec(inside); item; item = MODULE_ITEM.exec(inside)) {
      // Joined by `join`, which makes a flat string: a template literal's concatenation reached
      // scanTokens as a cons string and made its reads of every posting's characters twice slower.
      const joined = [vendor, item[0]].join(' ');
      const found = matchTerms(joined, scanTokens(joined, moduleScratch))[0];
      if (!found || found.start !== 0 || found.entry === m.entry || found.end <= vendor.length + 1) continue;
      const start = from + item.index;
      const end = start + found.end - vendor.length - 1;
      const hit: TermMatch = { entry: found.entry, start, end, surface: text.slice(start, end) };
      FAMILY_ITEMS.add(hit);
      (added ??= []).push(hit);
    }
  }
  return added ? [...terms, ...added].sort((a, b) => a.start - b.start) : terms;
}

/**
 * Token arrays reused by every call (extraction is synchronous and never re-entered), so a posting
 * costs no token allocations once they have grown to its size.
 */
let scratch = emptyTokens(1024);

function extract(text: string, employer: string | null): Requirements {
  const tokens = scanTokens(text, scratch);
  // A huge paste grows them without bound: let such arrays go after this call.
  if (tokens.start.length > 1 << 16) scratch = emptyTokens(1024);
  const clauses = splitClauses(text);
  const sections = findSections(text);
  const employers = employerNames(text);
  const byName = new Map<string, Requirement>();
  // The body of the clause last sliced: consecutive matches are often in the same clause.
  let bodyOf: Span | null = null;
  let body = '';
  // Whether that clause, in a posting not in English, wishes ("CFA oder CTP von Vorteil").
  let bodyWishes = false;
  // The employer's name, when it is more than the name of the one product it matches ("GitLab").
  const employerName = employer && employer.trim().length > 2 ? employer.trim().toLowerCase() : null;
  const employerForms = employerName ? shortForms(employerName) : [];
  const foreign = !looksEnglish(text);
  const credentials = credentialWords(tokens);
  const licenses = outermost([...stateLicenses(text), ...qualificationCertificates(text, credentials), ...auditorCredentials(text), ...aviationLicences(text)]);
  // "North Carolina Real Estate License": the state's licence, not the dictionary's generic one in it.
  const terms = withNumberedSiblings(text, withLevels(text, withSenses(text, withModulesInParentheses(text, withoutRestatedByCode(text, matchTerms(text, tokens, undefined, foreign))))), addFamilyItem);
  const named = licenses.length === 0 ? terms : terms.filter((m) => !licenses.some((l) => m.start >= l.start && m.end <= l.end));
  // A regulator's registration the dictionary does not know ("AVNAT registration"); one it knows
  // ("RN license", "CNO registration") is its entry's.
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const byShape = licenses.length;
  for (const body of bodyCredentials(text, credentials)) {
    // An acronym the dictionary knows is its entry's ("RN license"), unless the body is spelled out
    // before it ("registration with the Singapore Pharmacy Council (SPC)": no process control).
    const acronym = body.entry.name.slice(0, body.entry.name.indexOf(' '));
    if (/^[A-Z]+$/.test(acronym) && isDictionaryName(acronym) && !body.surface.includes(`(${acronym})`)) continue;
    if (licenses.some((l, i) => i < byShape && overlaps(l, body)) || named.some((m) => m.entry.kind === 'certification' && overlaps(m, body))) continue;
    licenses.push(body);
  }
  // A credential named by its title and acronym ("Certified Revenue Cycle Specialist (CRCS)"), unless
  // the dictionary knows it there: by its acronym (one it does not take for another's, as
  // `abbreviatesOther` tells), or by its whole title.
  for (const titled of acronymCredentials(text)) {
    const known = named.some(
      (m) =>
        m.entry.kind === 'certification' &&
        overlaps(m, titled) &&
        (m.start <= titled.start + 1 || m.end >= titled.end - 1) &&
        !(text.charCodeAt(m.start - 1) === OPEN_PAREN && abbreviatesOther(text, m)),
    );
    if (known || licenses.some((l) => overlaps(l, titled))) continue;
    // The posting's headline names the job: "Registered Practical Nurse (RPN) – Part-Time".
    const lineEnd = text.indexOf('\n', titled.end);
    if (lineEnd >= 0 && lineEnd < titled.end + 60 && titled.start < 60 && !text.slice(0, titled.start).trim().includes('\n')) continue;
    // The same credential said again: "registration with the ... (OCSWSSW) as a Registered Social
    // Worker (RSW)", "BICSc certified – Cleaning Operative's Proficiency Certificate (COPC)", "GMDSS
    // General Operator's Certificate (GOC)".
    const restates = (m: { entry: { kind: string }; start: number; end: number }): boolean =>
      m.entry.kind === 'certification' && m.end <= titled.start && titled.start - m.end <= 30 && RESTATED.test(text.slice(m.end, titled.start));
    if (named.some(restates) || licenses.some(restates)) continue;
    licenses.push(titled);
  }
  // A known product's certification by its track ("Amazon Ads Sponsored Ads certification").
  licenses.push(...productCertifications(text, named, [...named.filter((m) => m.entry.kind === 'certification'), ...licenses]));
  // A standard cited by its body and number that the dictionary does not list ("BS 5975", "AS 2550").
  licenses.push(...standardCodes(text, [...named, ...licenses]));
  // The skills accepted, where they stand: the lists they are in may name others (beside-known.ts).
  const listed: TermMatch[] = [];
  for (const match of [...named, ...licenses]) {
    const section = sectionAt(sections, match.start);
    if (section === 'blurb') continue;
    if (isNegated(text, match.start, match.end)) continue;
    if (SURFACE_VETOES.get(match.surface)?.(text, match)) continue;
    if (match.surface.length === 1 && CLASS_BEFORE.test(text.slice(Math.max(0, match.start - 10), match.start))) continue;
    if (NUMBER_AND_LETTER.test(match.surface) && !namesForm(match, true) && !FAMILY_ITEMS.has(match)) continue;
    if (ACRONYM_AND_NUMBER.test(match.surface) && !namesForm(match, false) && !FAMILY_ITEMS.has(match)) continue;
    if (endsPlaceName(text, match) || beforeRegionCode(text, match)) continue;
    if (isMoney(text, match) || REFERENCE_NUMBER.test(text.slice(match.start, match.start + 20))) continue;
    if (REFERENCE_CODE.test(text.slice(match.start, match.start + 16)) && REFERENCE_BEFORE.test(text.slice(Math.max(0, match.start - 30), match.start))) continue;
    if (PAY_POINTS.test(text.slice(match.start, match.start + 20))) continue;
    if (onGradeLine(text, match.start) || onPlaceLine(text, match.start)) continue;
    if (match.entry.category === 'standard' && heldByEmployer(text, match.start, match.end)) continue;
    if (employerForms.some((form) => insideName(text, form, match.start, match.end))) continue;
    if (employers.size > 0 && employers.has(match.surface.toLowerCase()) && match.entry.name.toLowerCase() === match.surface.toLowerCase()) continue;
    if (text.charCodeAt(match.start - 1) === OPEN_PAREN && abbreviatesOther(text, match)) continue;
    const ci = spanIndexAt(clauses, match.start);
    const clause: Span = clauses[ci] ?? { start: match.start, end: match.end };
    if (clause !== bodyOf) {
      bodyOf = clause;
      body = text.slice(clause.start, clause.end);
      bodyWishes = foreign && PREFERRED.test(body);
    }
    const verdict = clauseVerdict(body, match.start - clause.start, match.end - match.start);
    // A clause in another language that wishes ("CFA oder CTP von Vorteil", "Valorable: ...").
    const required = verdict === 'required' || (verdict === null && section !== 'preferred' && !bodyWishes);
    // A word that is also everyday English ("Project", "Drive") is too weak to vouch for its neighbours.
    if (match.entry.kind === 'skill' && !ENGLISH_LIKE_FORMS.has(match.surface.toLowerCase())) listed.push(match);
    const name = partOfFamily(match) ?? match.entry.name;
    const seen = byName.get(name);
    if (seen) {
      // Required anywhere beats preferred elsewhere (LABELING.md).
      if (required && !seen.required) seen.required = true;
      continue;
    }
    byName.set(name, {
      name,
      kind: match.entry.kind,
      category: match.entry.category,
      required,
      matched: match.surface,
      evidence: { start: clause.start, end: clause.end },
    });
  }
  addNamesBeside(text, listed, clauses, sections, byName, employers, employerName);
  const skills: Requirement[] = [];
  const certifications: Requirement[] = [];
  for (const r of byName.values()) {
    if (r.kind === 'skill') skills.push(r);
    else if (r.kind === 'certification') certifications.push(r);
  }
  const hinted = hintedClauses(text, clauses, sections);
  let minYearsExperience = extractYears(hinted, sections, text);
  let education = extractEducation(hinted, sections, text);
  // A posting in another language: its own words for years and degrees (other-languages.ts) come
  // first, then what the English rules read in it (an "MBA" under "Diferenciais" is only wished).
  if (!minYearsExperience || !education || foreign) {
    const other = requirementsInOtherLanguages(text);
    minYearsExperience = other.years ?? minYearsExperience;
    education = other.noDegree ? null : (other.education ?? education);
  }
  return { skills, certifications, minYearsExperience, education, softSkills: findSoftSkills(tokens) };
}

/**
 * Adds the names listed beside accepted skills that the dictionary does not know ("Dentrix or
 * Eaglesoft"), as skills of the same category, required as their own clause says.
 */
function addNamesBeside(
  text: string,
  listed: readonly TermMatch[],
  clauses: readonly Span[],
  sections: ReturnType<typeof findSections>,
  byName: Map<string, Requirement>,
  employers: ReadonlySet<string>,
  employerName: string | null,
): void {
  if (listed.length === 0) return;
  const clauseOf = (at: number): Span => clauses[spanIndexAt(clauses, at)] ?? { start: at, end: at };
  const isEmployer = (surface: string): boolean => {
    const lower = surface.toLowerCase();
    return employers.has(lower) || (employerName !== null && (employerName === lower || employerName.startsWith(`${lower} `)));
  };
  const names = namesBeside(text, listed, clauseOf, isDictionaryName, isEmployer);
  if (names.length === 0) return;
  const byStart = new Map(listed.map((m) => [m.start, m]));
  const lowerNames = new Set([...byName.keys()].map((n) => n.toLowerCase()));
  for (const found of names) {
    if (lowerNames.has(found.surface.toLowerCase())) continue;
    const section = sectionAt(sections, found.start);
    if (section === 'blurb' || isNegated(text, found.start, found.end)) continue;
    const clause = clauseOf(found.start);
    const verdict = clauseVerdict(text.slice(clause.start, clause.end), found.start - clause.start, found.end - found.start);
    const required = verdict === 'required' || (verdict === null && section !== 'preferred');
    const beside = byStart.get(found.besideStart);
    lowerNames.add(found.surface.toLowerCase());
    byName.set(found.surface, {
      name: found.surface,
      kind: 'skill',
      category: beside?.entry.category ?? 'other',
      required,
      matched: found.surface,
      evidence: { start: clause.start, end: clause.end },
      beside: beside?.entry.name,
    });
  }
}
