/**
 * Context rules for ambiguous surface forms ("Excel", "Go", "R", "Teams", "A+"): they count only
 * when written like a product name and something around them says "technology". The rules are
 * generic (neighbouring technologies in a list, a product noun after the word, an "experience
 * with" before it); the small per-word tables only veto idioms ("excel at", "access to",
 * "word of mouth", "swift resolution", "Spring 2026").
 */
import { isKnownPlace } from '../parse/place';
import { isAsciiAlnum, isAsciiCapital, isAsciiLetter, isDigitCode } from '../char-codes';
import { CASE_ONLY_AMBIGUOUS } from './taxonomy/forms';
import { FOREIGN_LIST_WORDS } from './conjunctions';
import { WORD, normAt, normIs, textAt, type Tokens } from './tokenize';

/**
 * A credential's noun, in the languages postings are written in: after its name ("CAMS-Zertifizierung",
 * with PRODUCT_FOLLOWERS) or before it ("certification CISA", "Zertifizierung als CAMS", "certificación
 * como CIA", with "as" between or not).
 */
const CREDENTIAL_NOUNS: ReadonlySet<string> = new Set(['certification', 'zertifizierung', 'zertifikat', 'certificering', 'certificat', 'certificación', 'certificado', 'certificação', 'certificazione', 'certyfikat']);
/** "as" between a credential's noun and its name. */
const AS_WORDS: ReadonlySet<string> = new Set(['as', 'als', 'como', 'comme', 'come', 'jako']);

/** Nouns after a word that make it a product: "Excel skills", "Go developer", "R programming". */
const PRODUCT_FOLLOWERS = new Set([
  'skills', 'skill', 'programming', 'language', 'languages', 'developer', 'developers', 'development', 'scripting',
  'scripts', 'script', 'code', 'coding', 'framework', 'server', 'servers', 'online', 'spreadsheets', 'spreadsheet',
  'formulas', 'macros', 'pivot', 'vba', 'vlookup', 'certification', 'certifications', 'certified', 'cert', 'certs',
  'certificate', 'certificates', 'apps',
  'applications', 'stack', 'suite', 'proficiency', 'expertise', 'engineer', 'engineers', 'workbooks', 'database',
  'databases', 'cookbooks', 'manifests', 'modules', 'runtime', 'sdk', 'api', 'apis', 'charts', 'functions',
  // a shop's or kitchen's system: "Toast KDS", "Square POS"
  'pos', 'epos', 'kds',
  // the same nouns in the other languages, mostly glued by a hyphen ("SAP-Kenntnisse", "CAMS-Zertifizierung",
  // "CIA-titel")
  'kenntnisse', 'titel', 'certificaat', ...CREDENTIAL_NOUNS,
]);

/** Words each opening with a capital A-Z: "Seller Central", "Control Tower". */
const CAPITALISED_WORDS = /^[A-Z][\w.&+-]*(?: [A-Z][\w.&+-]*)+$/;

/** Extra product nouns for one surface: "AD environment", "AD users". */
const EXTRA_FOLLOWERS: Record<string, readonly string[]> = {
  EC2: ['instance', 'instances', 'fleet', 'fleets'],
  // "Strong Excel modelling skills": the verb takes no object so.
  Excel: ['modelling', 'modeling', 'models', 'model', 'dashboards', 'reports', 'templates', 'files', 'sheets', 'tables', 'formulae'],
  AD: ['environment', 'environments', 'domain', 'domains', 'users', 'groups', 'accounts', 'administration', 'management', 'ds', 'fs', 'gpo', 'sites', 'forest', 'objects', 'infrastructure'],
};

/** Words before one surface that make it the product: "information in Excel" (the verb is never "in excel"). */
const PRODUCT_PRECEDERS: Record<string, readonly string[]> = {
  Excel: ['in', 'into', 'from'],
};

/**
 * Codes a posting names with "the" before their acronym ("install per plans and the NEC", "to the
 * IBC"): NEC the company, IBC the bank, are not written so.
 */
const CODES_NAMED_WITH_THE = new Set(['NEC', 'IBC', 'CEC']);
/** Names that are other words before a number, not versions: "P.O. Box 4200", "Make 60+ dials a day", "Dash 8 Q400" (an aircraft). */
const NOT_BEFORE_NUMBERS = new Set(['Box', 'Make', 'Dash', 'CIP']); // "CIP-007": NERC's standards, no Customer Identification Program

/** A code's edition, before its name: "the 2023 NEC". */
const EDITION_YEAR = /^(?:19|20)\d\d$/;
/** What may follow such a code: nothing (a clause's end), or what a code holds. */
const CODE_FOLLOWERS = new Set(['code', 'codes', 'requirements', 'standards', 'article', 'articles', 'rules', 'and', 'or']);

/** Idioms: a surface followed by one of these is the English word. */
const VETO_FOLLOWERS: Record<string, readonly string[]> = {
  Excel: ['at'],
  Access: ['to', 'for', 'the', 'our', 'your', 'their', 'control', 'controls', 'levels', 'rights', 'badge', 'management'],
  Teams: ['of', 'to', 'across', 'within', 'that', 'who', 'which', 'in', 'on', 'at', 'as', 'throughout'],
  Word: ['of', 'for', 'processing', 'choice'],
  Go: ['to', 'ahead', 'beyond', 'above', 'live', 'through', 'out', 'back', 'getter', 'the', 'a', 'an', 'into', 'further', 'far', 'hand'],
  Swift: ['resolution', 'response', 'responses', 'action', 'actions', 'turnaround', 'service', 'manner', 'pace', 'and'],
  Spring: ['semester', 'break', 'season', 'term', 'quarter', 'cleaning', 'intern', 'internship'],
  Chef: ['de', 'kitchen', 'position', 'role'],
  Rust: ['prevention', 'removal', 'belt', 'proofing'],
  Java: ['coffee', 'hut', 'house'],
  Box: ['truck', 'trucks', 'office', 'store', 'stores', 'spring', 'springs', 'cutter', 'cutters', 'van'],
  Pike: ['office', 'road', 'street', 'avenue', 'county', 'place', 'branch', 'location'],
  C: ['suite', 'level', 'corp', 'corporation'],
  Office: ['environment', 'environments', 'setting', 'space', 'hours', 'location', 'locations', 'manager', 'administrator', 'assistant', 'building', 'furniture', 'supplies', 'work', 'staff', 'equipment', 'days', 'visits', 'based', 'culture', 'etiquette', 'of'],
  Exchange: ['of', 'rate', 'rates', 'students', 'program', 'ideas', 'information', 'commission'],
  Lean: ['on', 'into', 'in', 'team'],
  Puppet: ['show', 'shows', 'theater', 'theatre'],
  Ruby: ['tuesday', 'red'],
  // A hotel's or a shop's front, not the shared inbox: "Front Office", "Front Desk", "Front of House".
  Front: ['office', 'desk', 'of', 'line', 'lines', 'door', 'end', 'house', 'counter', 'row', 'entrance'],
  // The Gulf's states, not the compiler: "GCC experience", "GCC-based", "GCC nationals".
  GCC: ['experience', 'based', 'region', 'countries', 'nationals', 'market', 'markets', 'hotels', 'hospitality', 'states'],
  // The cipher, not the bar's licence: "RSA encryption", "RSA keys".
  RSA: ['encryption', 'key', 'keys', 'algorithm', 'algorithms', 'signature', 'signatures', 'cryptography', 'token', 'tokens', 'conference'],
  // A rank before a title, not the rostering app: "Deputy General Counsel", "a Deputy GC".
  Deputy: ['gc', 'general', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'gm', 'dpo', 'dsl', 'head', 'manager', 'director', 'principal', 'chief', 'editor', 'sheriff', 'registrar', 'mayor', 'governor', 'minister', 'secretary', 'commissioner', 'superintendent', 'leader', 'team', 'store', 'ward', 'chair', 'the', 'to', 'of'],
  EMT: ['conduit', 'conduits', 'raceway', 'fittings', 'tubing', 'pipe', 'connectors'],
  // The agency's own words: "CISA guidance", "CISA's Known Exploited Vulnerabilities".
  CISA: ['guidance', 'directive', 'directives', 'advisory', 'advisories', 'alerts', 'kev', 'bod', 'guidelines'],
};

/**
 * US government agencies, whose acronyms postings for federal work list ("a DHS component such as
 * CBP, TSA, USCIS or CISA"): an ambiguous acronym among them is an agency too, not the
 * certification or product it also spells (CISA the auditor's, CBP the benefits', OIG Oracle's).
 * Only acronyms that spell nothing else count as agencies here: not CISA, CIA or CBP themselves
 * ("CPA, CIA or CISA" are an auditor's certifications), nor CDC, CMS, FDA or VA.
 */
const AGENCIES = new Set([
  'DHS', 'DOD', 'DoD', 'TSA', 'USCIS', 'FEMA', 'FBI', 'NSA', 'DOJ', 'DOE', 'EPA', 'FAA', 'NASA', 'NIH', 'HHS', 'USDA', 'NOAA', 'IRS',
  'GSA', 'OPM', 'GAO', 'OMB', 'DISA', 'DLA', 'USACE', 'SSA', 'USAID', 'DOL', 'HUD', 'DOI', 'DHA', 'NGA', 'NRO', 'DIA', 'USSF',
  'USAF', 'USMC',
]);
/** How many tokens either side of an acronym are looked at for an agency. */
const AGENCY_REACH = 6;

/** Whether an all-capitals candidate stands among agency acronyms, on its line. */
function amongAgencies(tokens: Tokens, c: GuardCandidate): boolean {
  for (const [from, step] of [
    [c.from - 1, -1],
    [c.to, 1],
  ] as const) {
    for (let i = from, n = 0; n < AGENCY_REACH && i >= 0 && i < tokens.count; i += step, n++) {
      const text = textAt(tokens, i);
      if (text === '\n') break;
      if (AGENCIES.has(text) && text !== c.surface) return true;
    }
  }
  return false;
}

/** Idioms: a surface preceded by one of these is the English word ("Sous Chef", "Spring of"). */
const VETO_PRECEDERS: Record<string, readonly string[]> = {
  Chef: ['sous', 'executive', 'head', 'pastry', 'line', 'prep', 'private', 'personal', 'lead'],
  Java: ['cup'],
  Jersey: ['new'],
  GCC: ['the', 'across'],
  // An act by the same letters: "the RMA" (New Zealand's Resource Management Act).
  RMA: ['the'],
  // A roman six: "MARPOL Annex VI", "STCW VI/1", "Chapter VI".
  vi: ['annex', 'stcw', 'chapter', 'part', 'section', 'level', 'grade', 'class', 'category', 'phase', 'schedule', 'article', 'title', 'appendix', 'volume', 'stage', 'tier'],
  Hudson: ['new'],
  Box: ['lunch', 'tool', 'juke', 'post'],
  // A place's office ("our Lititz Pike Office", "the Head Office"), not Microsoft's.
  Office: ['head', 'branch', 'front', 'back', 'home', 'post', 'main', 'field', 'regional', 'corporate', 'district', 'pike', 'street', 'avenue', 'road', 'box'],
  // Electrical metallic tubing, the conduit an electrician bends ("Bend and install EMT and rigid conduit").
  EMT: ['bend', 'bending', 'install', 'installing', 'run', 'running', 'pull', 'thinwall'],
  // A teeth-whitening lamp ("in-chair whitening with Philips Zoom").
  Zoom: ['philips'],
};

/** Words that introduce a named technology: "experience with X", "proficient in X", "using X". */
const INTRODUCERS = new Set([
  'with', 'using', 'via', 'including', 'include', 'includes', 'knowledge', 'proficiency', 'proficient', 'experience',
  'expertise', 'familiarity', 'familiar', 'skilled', 'understanding', 'use', 'e.g', 'i.e', 'like', 'especially',
  'particularly', 'languages', 'tools', 'such',
  // Writing code in a language: "written in Go", "writing Go in production", "idiomatic Swift".
  'written', 'writing', 'write', 'writes', 'coded', 'coding', 'programming', 'idiomatic', 'modern',
]);

/**
 * Whether the candidate is its entry's name, or that name before a generic word ("Canvas" of
 * "Canvas LMS"), not a short form without the vendor ("Aurora" of "Amazon Aurora", which is as often
 * a town in Colorado).
 */
function namesProduct(c: GuardCandidate): boolean {
  const name = c.entry?.name;
  if (name === undefined) return false;
  if (name === c.surface || (name.startsWith(c.surface) && name.charCodeAt(c.surface.length) === 32 && !name.includes(' ', c.surface.length + 1))) return true;
  // A software house's product called by its own name ("Audition" of "Adobe Audition").
  const space = name.indexOf(' ');
  return space > 0 && name.slice(space + 1) === c.surface && SOFTWARE_HOUSES.has(name.slice(0, space));
}

/** Vendors whose products are called by their own names alone ("Premiere", "Maya", "Resolve"). */
const SOFTWARE_HOUSES: ReadonlySet<string> = new Set(['Adobe', 'Autodesk', 'Microsoft', 'Google', 'Atlassian', 'Apple', 'SideFX', 'Maxon', 'Foundry', 'Blackmagic']);

/** Whether a letter of a script written without spaces touches the candidate on either side. */
function gluedToSpaceless(tokens: Tokens, c: GuardCandidate): boolean {
  const before = tokens.text.charCodeAt((tokens.start[c.from] as number) - 1);
  const after = tokens.text.charCodeAt(tokens.end[c.to - 1] as number);
  return isSpacelessLetter(before) || isSpacelessLetter(after);
}

/** Whether the word before token `i` is written in Hebrew, Arabic, Cyrillic or Greek. */
function afterOtherScript(tokens: Tokens, i: number): boolean {
  if (i < 1 || !isWord(tokens, i - 1)) return false;
  const c = tokens.text.charCodeAt(tokens.start[i - 1] as number);
  return (c >= 0x0370 && c <= 0x04ff) || (c >= 0x0590 && c <= 0x06ff);
}

/**
 * Whether the candidate takes a case ending after an apostrophe, as Turkish writes one on a proper
 * name only ("özellikle Word’e hâkim", "Excel'de", "SAP’ye"): one to four lower-case letters, then
 * no letter.
 */
function withNameSuffix(tokens: Tokens, c: GuardCandidate): boolean {
  const text = tokens.text;
  let i = tokens.end[c.to - 1] as number;
  const mark = text.charCodeAt(i);
  if (mark !== 0x27 && mark !== 0x2019) return false;
  let letters = 0;
  for (i++; i < text.length && letters <= 4; i++, letters++) {
    const ch = text[i] as string;
    if (ch.toLowerCase() === ch.toUpperCase()) break; // not a letter
    if (ch !== ch.toLowerCase()) return false;
  }
  return letters >= 1 && letters <= 4;
}

/** Words of writing code, before "in C": within four words of the "in". */
const CODE_WORK = new Set(['firmware', 'code', 'coding', 'programming', 'programmed', 'development', 'developed', 'written', 'drivers', 'driver', 'software', 'implementation', 'implemented', 'programmierung', 'entwicklung', 'programación', 'programmation', 'programmazione']);

/** Whether a word of writing code stands within four words before token `at` (the "in" before "C"). */
function writtenIn(tokens: Tokens, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const word = wordAt(tokens, i);
    if (word !== undefined && CODE_WORK.has(word)) return true;
  }
  return false;
}

/** Kana, CJK ideographs, Hangul. */
const isSpacelessLetter = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/** Prepositions naming the tool a duty is done in: "in", "into", "via", French "avec", Spanish "en". */
const WHERE_WORK_IS_DONE = new Set(['in', 'into', 'via', 'through', 'avec', 'en', 'con', 'mit', 'em', 'no', 'na']);

/** Whether token `i` is a word written in lower case (its first letter is). */
function isLowerWord(tokens: Tokens, i: number): boolean {
  if (i < 0 || !isWord(tokens, i)) return false;
  const first = tokens.text.charCodeAt(tokens.start[i] as number);
  return first >= 97 && first <= 122;
}

/** Tokens allowed between two items of one list: "Python, R and C", "KDB+/Q", "(AWS + Azure)". */
const LIST_SEPARATORS = new Set([',', '/', '&', '(', ')', '+', '-', 'and', 'or', 'e.g', 'i.e', 'etc', 'plus', 'including', ':']);
/** Marks opening a list item ("- Go", "• Excel"; the tokenizer reads "*" as "-"). */
const BULLETS = new Set(['-', '•', '–', '—']);
/** What may follow an item alone on its line: "- Go,", "• Excel;". */
const ITEM_ENDS = new Set([',', ';', '.']);

const YEAR = /^(19|20)\d\d$/;
const VERSION = /^(v?\d+(\.\d+)*(\.x)?\+?|r\d|sp\d+)$/i;

/** True when `text` is written as the ambiguous surface: same spelling, or all capitals. */
export function caseMatches(text: string, surface: string): boolean {
  // A lower-case form in capitals that spell a roman numeral is the numeral ("Annex VI", "STCW VI/1"), not "vi";
  // a name of mixed case ("eC", "iOS", "EMu", "SAFe") in capitals is another acronym ("自社EC",
  // e-commerce; rail's EMU, the SAFE Act).
  return (
    text === surface ||
    (text === surface.toUpperCase() && /[a-z]/i.test(surface) && !(surface === surface.toLowerCase() && ROMAN.test(text)) && !MIXED_CASE.test(surface))
  );
}
const MIXED_CASE = /[a-z][A-Z]|[A-Z]{2}[a-z]/;
const ROMAN = /^[IVXLCDM]+$/;

/**
 * The number of ASCII letters in `surface` (what `surface.replace(/[^A-Za-z]/g, '').length` gave,
 * without a global replace's garbage for each candidate).
 */
function letterCount(surface: string): number {
  let count = 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) count++;
  }
  return count;
}

/** A name rather than a letter or an acronym: over two letters, or two with a small one ("Go", not "R", "AD"). */
function isNameLike(surface: string): boolean {
  const letters = letterCount(surface);
  return letters > 2 || (letters === 2 && /[a-z]/.test(surface));
}

/** A candidate ambiguous match, and whether it was accepted. */
export interface GuardCandidate {
  /** Index of the first and one-past-last token. */
  from: number;
  to: number;
  surface: string;
  accepted: boolean;
  ambiguous: boolean;
  /** The taxonomy entry, when the caller has it: its kind decides who may vouch for SPELLS_A_CIPHER. */
  entry?: { kind: 'skill' | 'certification'; name?: string };
}

/**
 * Credentials whose acronym also names a cipher or protocol ("RSA", the bar's licence and the
 * algorithm): only another credential in the list vouches for them ("NSW RSA and RCG"), since the
 * cipher is listed among skills ("RSA, AES and TLS") and introduced as one ("experience with RSA").
 */
const SPELLS_A_CIPHER = new Set(['RSA']);
/**
 * Acronyms an introducer does not make a product, only a list that holds others: "experience in
 * MSK and obstetric ultrasound" (musculoskeletal) is no Kafka, "Kafka (MSK or Confluent)" is.
 */
const NEEDS_A_LIST = new Set([...SPELLS_A_CIPHER, 'MSK']);
const isCredential = (other: GuardCandidate): boolean => other.accepted && other.entry?.kind === 'certification';

/** A credential's noun after "or"/"and" within the candidate's line, past it: another credential offered beside it ("CAMS or the ICA International Diploma in AML"). */
const CREDENTIAL_BESIDE = /^[^\n(]{0,12}?\b(?:or|and|oder|ou|o)\b[^\n(]{0,40}?\b(?:certificates?|certifications?|certified|designations?|diplomas?|zertifi\w+|certificat\w*)\b/i;
function credentialNounNear(tokens: Tokens, c: GuardCandidate): boolean {
  const end = tokens.end[c.to - 1] as number;
  return CREDENTIAL_BESIDE.test(tokens.text.slice(end, end + 70));
}

const isWord = (tokens: Tokens, i: number): boolean => i >= 0 && i < tokens.count && ((tokens.flags[i] as number) & WORD) !== 0;

/** An introducer word ("with", "using") at this token. */
function introduces(tokens: Tokens, i: number): boolean {
  return isWord(tokens, i) && INTRODUCERS.has(normAt(tokens, i));
}

/** The norm of token `i` when it is a word, else undefined. */
function wordAt(tokens: Tokens, i: number): string | undefined {
  return isWord(tokens, i) ? normAt(tokens, i) : undefined;
}

/**
 * Whether the candidate is a list item alone on its line ("- Go", "• Excel,", "R"): a vertical
 * list, whose items a line break and a bullet separate as a comma does in a sentence.
 */
function aloneOnLine(tokens: Tokens, c: GuardCandidate): boolean {
  let before = c.from - 1;
  if (before >= 0 && BULLETS.has(normAt(tokens, before))) before--;
  if (before >= 0 && normAt(tokens, before) !== '\n') return false;
  let after = c.to;
  if (after < tokens.count && ITEM_ENDS.has(normAt(tokens, after))) after++;
  return after >= tokens.count || normAt(tokens, after) === '\n';
}

/**
 * Does a separator-only run link token `from` leftwards (dir -1) or `to` rightwards to a match
 * that `vouches` (by default: an accepted one)? For an item alone on its line, line breaks and
 * bullets separate too: "Nice to have:\n- Terraform\n- Rust".
 */
function listNeighbour(
  tokens: Tokens,
  c: GuardCandidate,
  dir: -1 | 1,
  endsAt: Map<number, GuardCandidate>,
  startsAt: Map<number, GuardCandidate>,
  vouches: (other: GuardCandidate) => boolean = (other) => other.accepted,
  foreign = false,
): boolean {
  let i = dir < 0 ? c.from - 1 : c.to;
  let acrossLines: boolean | undefined; // decided at the first line break met
  for (let steps = 0; steps < 4 && i >= 0 && i < tokens.count; steps++, i += dir) {
    const other = dir < 0 ? endsAt.get(i + 1) : startsAt.get(i);
    if (other && other !== c && vouches(other)) return true;
    const norm = normAt(tokens, i);
    // Other languages' "and" and "or" join a list only in a posting not in English: some are English words ("a", "of").
    if (LIST_SEPARATORS.has(norm) || (foreign && FOREIGN_LIST_WORDS.has(norm))) continue;
    if (norm !== '\n' && !BULLETS.has(norm)) return false;
    acrossLines ??= aloneOnLine(tokens, c);
    if (!acrossLines) return false;
  }
  return false;
}

const DOLLAR = 36;
const HYPHEN = 45;

/** A word in Title case ("National", "Directory"): a capital, then a small letter. */
function isTitleCase(tokens: Tokens, i: number): boolean {
  if (!isWord(tokens, i)) return false;
  const text = tokens.text;
  const start = tokens.start[i] as number;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/** Tokens after which a word opens a sentence, a line or an item, so its capital says nothing. */
const OPENERS = new Set(['\n', '.', '!', '?', ':', ';', '-', '•', '–', '—', '(', '/', ',', '&']);

/**
 * Whether a one-word candidate is a word of another proper name: a Title-case word next to it
 * that is no match of its own, with the one before not opening a sentence ("the National
 * Registry (NREMT)", "Candid's Foundation Directory Online", "Land Registry applications"). Not a
 * product noun after it ("Go Developer"), a rank before it ("a Senior Go Developer"), nor a name
 * the dictionary knows ("Java Spring Boot"): the match just before or after
 * (`before`, `after`; matches come in text order and do not overlap) ends or starts there.
 */
function insideOtherName(tokens: Tokens, c: GuardCandidate, before: GuardCandidate | undefined, after: GuardCandidate | undefined): boolean {
  if (c.to - c.from !== 1) return false;
  const next = c.to;
  if (isTitleCase(tokens, next) && after?.from !== next && !PRODUCT_FOLLOWERS.has(normAt(tokens, next))) return true;
  const prev = c.from - 1;
  return (
    isTitleCase(tokens, prev) &&
    before?.to !== c.from &&
    prev >= 1 &&
    !RANKS.has(normAt(tokens, prev)) &&
    !OPENERS.has(normAt(tokens, prev - 1)) &&
    !INTRODUCERS.has(normAt(tokens, prev - 1))
  );
}

/** Words of a job title before a product ("a Senior Go Developer"): no proper name of their own. */
const RANKS = new Set(['senior', 'sr', 'junior', 'jr', 'lead', 'principal', 'staff', 'chief', 'head', 'experienced', 'certified']);

/**
 * Whether one-letter token `i` is written as a part of a code, not alone: after a hyphen glued to a
 * word ("FNP-C", "USB-C", "Type-R"; the tokenizer drops such a hyphen), after a slash glued to an
 * acronym ("CIPP/C"), glued by "&" to a letter ("R&R", "P&L"), or alone in its own parentheses, a
 * list's label ("clauses (A), (B) and (C)").
 */
function partOfCode(tokens: Tokens, i: number): boolean {
  const text = tokens.text;
  const start = tokens.start[i] as number;
  const end = tokens.end[i] as number;
  const before = start >= 1 ? text.charCodeAt(start - 1) : -1;
  const beforeThat = start >= 2 ? text.charCodeAt(start - 2) : -1;
  const after = text.charCodeAt(end);
  return (
    hyphenGluedTo(tokens, i, isAsciiAlnum) ||
    (after === HYPHEN && isDigitCode(text.charCodeAt(end + 1))) || // "FANUC R-30iB", a model's code
    (before === SLASH_CODE && start >= 3 && isAsciiCapital(beforeThat) && !isAsciiLetter(after)) || // a capital before: an acronym's
    (before === AMPERSAND && isAsciiLetter(beforeThat)) ||
    (after === AMPERSAND && isAsciiLetter(text.charCodeAt(end + 1))) ||
    (before === 40 && after === 41)
  );
}
const AMPERSAND = 38;

/** Whether token `i` follows a hyphen glued to a character `glued` accepts: "FNP-C" (a letter), "UAV-GC" (a capital). */
function hyphenGluedTo(tokens: Tokens, i: number, glued: (c: number) => boolean): boolean {
  const start = tokens.start[i] as number;
  return start >= 2 && tokens.text.charCodeAt(start - 1) === HYPHEN && glued(tokens.text.charCodeAt(start - 2));
}

/** Whether token `i` follows a standards body and a slash: "ISO/TS 22002-1", "ISO/IEC 27001", "IEC/TR 62443". */
const afterStandardsBody = (tokens: Tokens, i: number): boolean => STANDARDS_BODY_SLASH.test(tokens.text.slice(Math.max(0, (tokens.start[i] as number) - 5), tokens.start[i] as number));
const STANDARDS_BODY_SLASH = /(?:^|[^A-Za-z])(?:ISO|IEC|EN|BS|AS|IEEE)\/$/;
const SLASH_CODE = 47;

/** Another Eurocode ("EC3", "EC7") or the word "Eurocode(s)" within a few tokens of the candidate. */
function besideEurocodes(tokens: Tokens, c: GuardCandidate): boolean {
  for (let i = Math.max(0, c.from - 6); i < Math.min(tokens.count, c.to + 4); i++) {
    if (i >= c.from && i < c.to) continue;
    const word = wordAt(tokens, i);
    if (word !== undefined && (/^ec\d$/.test(word) || word.startsWith('eurocode'))) return true;
  }
  return false;
}

/** A forest's or timber's words, in the languages of forestry's postings: where "FSC" is the Forest Stewardship Council. */
export const FORESTRY_WORDS =
  /\b(?:forest\w*|timber|wood|woodlands?|PEFC|chain[- ]of[- ]custody|sawmills?|harvest\w*|silvicultur\w*|arborists?|pulp|skog\w*|Wald\w*|Forst\w*|metsä\w*|florest\w*|bosques?|forêts?)\b/i;

/**
 * Forms that are their product only where the posting names its world: "SPM" is Swift's package
 * manager beside Swift or Xcode, and elsewhere Malaysia's school certificate ("Candidates with SPM
 * and at least five years of SMT experience") or statistical process monitoring.
 */
const ONLY_BESIDE: Readonly<Record<string, RegExp>> = {
  SPM: /\b(?:Swift|SwiftUI|iOS|Xcode|CocoaPods|Carthage)\b/,
  // CompTIA's beside security's words, not a stowage planner's software ("XVELA or CASP").
  CASP: /\b(?:CompTIA|Security\+|CySA\+?|PenTest\+|CISSP|CISM|security)\b/i,
  // Air traffic control beside aircraft, an athletic trainer beside sport.
  ATC: /\b(?:athletic|athletes?|sports? medicine|BOC|NATA|trainers?)\b/i,
  // Azure's, AWS's and Microsoft 365's short forms, only where the posting names their cloud.
  ACI: /\bAzure\b/,
  ADX: /\b(?:Azure|Kusto|KQL)\b/,
  'Control Tower': /\bAWS\b/,
  // Amazon's block storage where the posting names AWS, not offshore's emergency breathing system ("T-BOSIET with EBS").
  EBS: /\b(?:AWS|Amazon Web Services|EC2)\b/,
  // Juniper's wireless beside wireless words, not offshore's Minimum Industry Safety Training ("MIST (Minimum Industry Safety Training)").
  Mist: /\b(?:Juniper|wireless|Wi-?Fi|WLAN|Aruba|Meraki|access points?)\b/i,
  // Azure's CDN where the posting names Azure, not a council's "front door" (its first contact).
  'Front Door': /\bAzure\b/,
  EXO: /\b(?:Exchange|Microsoft 365|M365|Office 365|O365|Outlook)\b/,
  // Medical coding's "E&M" beside coding's words, not building services' electrical and mechanical
  // ("building services maintenance (E&M, fire services, lifts)").
  'E&M': /\b(?:coding|coders?|CPT|ICD-10(?:-CM)?|HCPCS|modifiers?|medical|clinical|physicians?|outpatient|inpatient|billing|claims)\b/i,
  // The point-to-point protocol beside networking's words, not a public-private partnership.
  PPP: /\b(?:PPPoE|protocols?|routing|routers?|WAN|HDLC|L2TP|BGP|OSPF|MPLS|DSL|networking|TCP\/IP)\b/,
  // Java's enterprise edition beside Java's words, not India's engineering entrance exam.
  JEE: /\b(?:Java|J2EE|Spring|EJB|Servlets?|JSP|JPA|Hibernate|WebLogic|WebSphere|JBoss|Tomcat)\b/,
  // DISA's checker beside its world's words, not the GDPR's standard contractual clauses.
  SCC: /\b(?:SCAP|STIG|STIGs|DISA|ACAS|RMF|eMASS|DoD)\b/,
  // An environmental impact statement beside its world's words, not electrochemical impedance spectroscopy.
  EIS: /\b(?:environmental|NEPA|EIA|impact assessment|permitting|ecolog\w*|habitat|CEQA)\b/i,
  // D3.js beside the web, not a deck officer's class 3 certificate.
  D3: /\b(?:JavaScript|TypeScript|SVG|visuali[sz]ations?|React|Vue|charts?)\b/i,
  // The EU's Medical Device Regulation beside its world, not a security service's managed detection and response ("MDR 24/7").
  MDR: /\b(?:medical devices?|IVDR|notified bod(?:y|ies)|CE[- ]mark\w*|ISO 13485|clinical evaluation|technical documentation|MDCG|MDD|PMS|post-market)\b/i,
  // vi the editor beside its world, not Norwegian's "we" ("søker vi 2. maskinist").
  vi: /\b(?:vim|emacs|nano|editors?|Linux|Unix|shell|bash|terminal)\b/i,
  // Industrial automation's OPC beside its world, not a pilot's operator proficiency checks ("OPCs and LPCs").
  OPC: /\b(?:SCADA|PLCs?|HMI|historians?|Modbus|Profinet|EtherNet\/IP|DCS|MQTT|industrial|automation)\b/i,
  // IBM's backup software beside storage's words, not an aircraft's troubleshooting manual ("AMM, IPC, TSM, MEL").
  TSM: /\b(?:backups?|storage|Tivoli|Spectrum|restores?|Veeam|NetBackup|Commvault|tape)\b/i,
  // Redux Toolkit beside the web, not a surveyor's real-time kinematic GNSS ("GNSS RTK").
  RTK: /\b(?:React|Redux|JavaScript|TypeScript|frontend|front-end)\b/i,
  // Oracle Analytics Cloud beside data's words, not a builder's owner-architect-contractor meetings.
  OAC: /\b(?:Oracle|OBIEE|SQL|analytics|dashboards?|BI)\b/,
  // Set 81-84's senses. OPA's admission controller beside Kubernetes, not a farm's software ("Gatekeeper or
  // similar farm management software"); SonarQube beside code, not Singapore's reporting system
  // ("file them with STRO through SONAR"); Charles River beside investment operations, not the EU's
  // Capital Requirements Directive ("CRR/CRD"); Salesforce's FSC beside Salesforce and the Forest Stewardship Council beside forests (senses.ts);
  // the US food law, not Belgium's financial regulator ("de NBB en de FSMA"); cognitive behavioural
  // therapy beside care, not a milk's bacteria count ("CCS e CBT"); cryo-EM's RELION beside its
  // microscopes and software, not ABB's relays; the electronics technician's and the coding specialist's
  // beside their worlds.
  Gatekeeper: /\b(?:Kubernetes|K8s|OPA|Rego|admission|OpenShift|EKS|AKS|GKE)\b/,
  // Set 239's and 244's: Concourse the CI server beside pipelines, not an airport's ("Terminal 1 and
  // Concourse D"); Boost the C++ libraries beside C++, not the end of a product's name ("Trumpf
  // TruTops Boost"); Mercurial's "Hg" beside version control, not a machine's series ("Amada HG series").
  Concourse: /\b(?:CI\/CD|CI|pipelines?|Jenkins|GitLab|GitHub Actions|Kubernetes|Docker|Terraform|Cloud Foundry|BOSH)\b/,
  Boost: /(?:\bC\+\+|\bSTL\b|\bCMake\b|\bQt\b|\bAsio\b)/,
  Hg: /\b(?:Git|SVN|Subversion|version control|source control|repositor(?:y|ies))\b/i,
  // Sets 246-252's: the counsellors' credential beside counselling, not Australia's building code
  // ("the NCC/BCA"); ASQ's quality inspector beside ASQ, not the Chartered Quality Institute ("CQI/IRCA
  // Certified Lead Auditor"); spanning tree beside networking (or Single Touch Payroll beside payroll), not a lab's
  // standard test procedure ("as per STP").
  NCC: /\b(?:counsel\w*|therap\w*|NBCC|LPC|LMHC|mental health|clinical)\b/i,
  CQI: /\bASQ\b|\bCertified Quality Inspector\b/i,
  STP: /\b(?:switch\w*|VLANs?|Ethernet|routing|OSPF|BGP|Cisco|Juniper|LAN|networks?|networking|layer 2|L2|payroll|Single Touch)\b/i, // Australia's Single Touch Payroll too
  // The BCSP's safety professional beside safety's words, not the Chartered Society of Physiotherapy ("HCPC and CSP standards").
  CSP: /\b(?:OSHA|BCSP|ASP|CHST|CIH|safety|EHS|HSE|NEBOSH)\b/i,
  // The US tax code beside tax's words, not market risk's incremental risk charge ("VaR, IRC and CRM").
  IRC: /\b(?:tax\w*|IRS|Section \d{3}|deductions?|1040|1120|CPA|EA|accounting)\b/i,
  // The euro's payments area beside payments, not the Scottish Environment Protection Agency; the
  // contact centres' standard beside them, not Catalonia's college of psychologists.
  SEPA: /\b(?:payments?|SWIFT|IBAN|BIC|direct debits?|credit transfers?|PSD2|ISO 20022|clearing|treasury|banking)\b/i,
  COPC: /\b(?:contact cent(?:er|re)s?|call cent(?:er|re)s?|customer (?:experience|service|operations)|CX|BPO)\b/i,
  // The protocol beside networking, not Spain's cabin crew ("Tripulantes de Cabina de Pasajeros (TCP)") nor Tridium's certified professional.
  TCP: /\b(?:UDP|TCP\/IP|IPv[46]|networking|networks?|sockets?|HTTPS?|DNS|OSI|Wireshark|routing|Ethernet|BGP|OSPF|Modbus)\b/i,
  Sonar: /\b(?:code quality|static analysis|static code|SonarQube|SonarCloud|CI\/CD|Jenkins|GitLab|GitHub|pipelines?|code reviews?|Java|JavaScript|TypeScript|developers?|unit tests?)\b/i,
  CRD: /\b(?:Charles River|OMS|order management|portfolio management|Aladdin|Bloomberg AIM|trade order|buy[- ]side)\b/i,
  FSC: new RegExp(String.raw`\bSalesforce\b|${FORESTRY_WORDS.source}`, 'i'), // the forest's sense: senses.ts
  FSMA: /\b(?:food|FDA|HACCP|PCQI|preventive controls|SQF|BRCGS?|sanitation|allergens?)\b/i,
  CBT: /\b(?:therap\w*|cognitive|behaviou?r(?:al)?|DBT|counsel\w*|mental health|psycholog\w*|anxiety|depression|trauma|clients?|patients?)\b/i,
  RELION: /\b(?:cryo-?EM|cryoSPARC|electron microscop\w*|single[- ]particle|Coot|Phenix|ChimeraX|EMAN2|Krios)\b/i,
  CET: /\b(?:electronics?|ETA|technicians?|circuits?|soldering|repair)\b/i,
  CCS: /\b(?:coding|coders?|AHIMA|ICD-10(?:-CM|-PCS)?|CPT|HIM|medical records|RHIT|RHIA|CPC|DRG)\b/i,
  // An emergency medical technician beside care, not a power engineer's electromagnetic transients ("PSCAD/EMTDC for EMT studies").
  EMT: /\b(?:patients?|emergency|ambulance|paramedics?|NREMT|medical|EMS|CPR|BLS|ACLS|fire(?:fighter|fighting)?|rescue|clinical|hospital|triage)\b/i,
  // Scrum.org's master beside agile work (or process safety management beside its own: senses.ts), not
  // SAP's public sector management ("SAP (PSM/FM)"); Salesforce's
  // loader beside Salesforce, not Oracle's HCM Data Loader.
  PSM: /\b(?:Scrum|Agile|Product Owner|PSPO|CSM|sprints?|Kanban|SAFe|process safety|OSHA|HAZOP|PHA|MOC|PSSR|Seveso|COMAH|LOPA)\b/i,
  'Data Loader': /\bSalesforce\b/,
  // Sets 206-213's senses: each short form beside its own world, not another trade's same letters.
  // Classic ASP, not Québec's ASP Construction course; AWS's SSM and Microsoft's FIM, not an
  // aircraft's System Schematics or Fault Isolation Manual; Airflow and Spark beside data, not a
  // dental hygienist's EMS Airflow nor Spark aligners; OpenVMS, not a control room's video
  // management system; reStructuredText, not a residential security team; SIP beside telephony, not
  // a claims adjuster's self-insured plan certificate; a private pilot's PPL, not the Placing
  // Platform Limited; the Functional Movement Screen beside sport, not an aircraft's flight
  // management system.
  ASP: /\b(?:ASP\.NET|\.NET|VBScript|IIS|VB6|Visual Basic|JavaScript|HTML|SQL Server|web (?:applications?|development|pages?)|OSHA|CSP|CHST|BCSP|NEBOSH|EHS|HSE)\b/i, // the last BCSP's (senses.ts)
  SSM: /\b(?:AWS|Amazon Web Services|EC2)\b/,
  FIM: /\b(?:identity|IAM|Active Directory|MIM|provisioning|SailPoint|Azure AD|Entra)\b/i,
  Airflow: /\b(?:DAGs?|Python|ETL|ELT|data pipelines?|Spark|dbt|Kafka|SQL|orchestrat\w*|Snowflake|BigQuery|Databricks)\b/i,
  Spark: /\b(?:Hadoop|Scala|PySpark|Databricks|Kafka|Hive|big data|data (?:engineering|pipelines?|lakes?)|Python|SQL|ETL|EMR|Delta Lake|Airflow)\b/i,
  VMS: /\b(?:OpenVMS|VAX|DCL|Itanium|DEC)\b/,
  RST: /\b(?:Sphinx|Markdown|documentation|docs|AsciiDoc|Python)\b/i,
  SIP: /\b(?:VoIP|RTP|PBX|Asterisk|telephony|UC|unified communications|codecs?|SBC|trunk\w*|Avaya|WebRTC|IMS|3GPP|call (?:centre|center|routing|flows?)|voice)\b/i,
  PPL: /\b(?:pilots?|aircraft|flying|flight|aviation|CPL|ATPL|type rating)\b/i,
  // The creative-coding language beside its world, not an item's verb ("- Processing PRSI … claims").
  Processing: /\b(?:p5\.js|creative coding|generative|Arduino|openFrameworks|TouchDesigner|Max\/MSP|installations?)\b/i,
  FMS: /\b(?:movement|mobility|athletes?|strength|conditioning|physio\w*|fitness|kinesiolog\w*|injur\w*|rehab\w*|Y[- ]Balance)\b/i,
  // Trino's old name among data words, not RIB's estimating software ("mediciones y presupuestos con Presto").
  Presto: /\b(?:SQL|Hive|Hadoop|Spark|Trino|Athena|Iceberg|Parquet|data (?:lake|warehouse|platform|engineer)\w*|big data|quer(?:y|ies))\b/i,
  // The early-years approach among children and their educators, not the city ("Sede di lavoro: Reggio Emilia").
  'Reggio Emilia': /\b(?:early (?:years|childhood|learning)|pre-?school\w*|nurser(?:y|ies)|kindergarten|child ?care|children|toddlers|infants|educators?|Montessori|EYFS|atelier\w*|scuola dell['’]infanzia|asilo nido|bambini)\b/i,
};

function namesAws(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.count; i++) if (normIs(tokens, i, 'aws')) return true;
  return false;
}

/**
 * English words that are products' names and no word of the other languages postings here are
 * written in: in one of those, written as the name, they are the product ("Conhecimentos básicos
 * de Excel", "Dominio de Excel avanzado"). Not "Word" (Dutch "Word jij ..."), "Teams" (German).
 */
export const PRODUCTS_IN_OTHER_LANGUAGES: ReadonlySet<string> = new Set(['Excel', 'PowerPoint']);

/**
 * Decides every ambiguous candidate in place; accepted neighbours can vouch for each other.
 * `foreign`: the posting is not in English.
 */
/**
 * A list going on at `i` with a capitalised word ("bij voorkeur in Informatica, Bedrijfskunde of
 * Economie"): names listed alone, fields of study as often as tools, which the list rule below
 * weighs by its neighbours. Joined by a comma, "and", "or", or, in a posting not in English, its
 * language's (conjunctions.ts, as `listNeighbour` reads them).
 */
function listGoesOn(tokens: Tokens, i: number, foreign: boolean): boolean {
  if (i + 1 >= tokens.count || !isTitleCase(tokens, i + 1)) return false;
  const norm = normAt(tokens, i);
  return norm === ',' || norm === 'and' || norm === 'or' || (foreign && FOREIGN_LIST_WORDS.has(norm));
}

export function resolveAmbiguous(tokens: Tokens, candidates: GuardCandidate[], foreign = false): void {
  const pending: GuardCandidate[] = [];
  // Whether the posting names AWS: looked up once, at the first "EC2" (a scan per candidate would
  // make "EC2 EC2 EC2 …" quadratic, #7).
  let aws: boolean | undefined;
  // Whether the posting names each ONLY_BESIDE form's world: looked up once per form, as for AWS.
  let beside: Map<string, boolean> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as GuardCandidate;
    if (!c.ambiguous) continue;
    c.accepted = false;
    if (c.from < 0 || c.from >= tokens.count) continue;
    // A one-word candidate (nearly all) is its token's text: join the words only for longer ones,
    // with a space where the text has one ("Control Tower"), none where it has none ("E&M").
    let written = textAt(tokens, c.from);
    for (let k = c.from + 1; k < c.to && k < tokens.count; k++) {
      written += ((tokens.start[k] as number) > (tokens.end[k - 1] as number) ? ' ' : '') + textAt(tokens, k);
    }
    if (!caseMatches(written, c.surface)) continue;
    if (foreign && PRODUCTS_IN_OTHER_LANGUAGES.has(c.surface)) {
      c.accepted = true;
      continue;
    }
    const next = wordAt(tokens, c.to);
    const prev = wordAt(tokens, c.from - 1);
    if (next !== undefined && VETO_FOLLOWERS[c.surface]?.includes(next)) continue;
    if (prev !== undefined && VETO_PRECEDERS[c.surface]?.includes(prev)) continue;
    // "a cup of Java", "the island of Java"; but "knowledge of Java", "experience of Java".
    if (c.surface === 'Java' && prev === 'of' && !introduces(tokens, c.from - 2)) continue;
    if (c.surface === 'Spring' && next !== undefined && YEAR.test(next)) continue;
    if (NOT_BEFORE_NUMBERS.has(c.surface) && next !== undefined && /^\d/.test(next)) continue;
    if (c.surface === 'R' && tokens.text.charCodeAt(tokens.end[c.from] as number) === DOLLAR) continue; // "R$ 18.000": Brazil's real
    // The language code is written in: "firmware in C for ARM", "driver development in C",
    // "Programmierung von Mikrocontrollern in C".
    if (c.surface === 'C' && prev === 'in' && writtenIn(tokens, c.from - 1)) {
      c.accepted = true;
      continue;
    }
    if (letterCount(c.surface) === 1 && partOfCode(tokens, c.from)) continue; // "FNP-C", "CIPP/C", "R&R", "(C)"
    if (/^[A-Z]{2,4}$/.test(c.surface) && hyphenGluedTo(tokens, c.from, isAsciiCapital)) continue; // "UAV-GC 2005", "NIGP-CPP": the end of another code
    if (afterStandardsBody(tokens, c.from)) continue; // "ISO/TS 22002-1": a part of a standard's number
    if (/^[A-Z]{2,6}$/.test(c.surface) && amongAgencies(tokens, c)) continue;
    if (c.surface === 'EC2') {
      // Eurocode 2 beside its siblings ("to the Eurocodes (EC2, EC3, EC5)"); Amazon's where the posting names AWS.
      if (besideEurocodes(tokens, c)) continue;
      if ((aws ??= namesAws(tokens))) {
        c.accepted = true;
        continue;
      }
    }
    if (insideOtherName(tokens, c, candidates[k - 1], candidates[k + 1])) continue;
    const world = ONLY_BESIDE[c.surface];
    if (world) {
      beside ??= new Map();
      let named = beside.get(c.surface);
      if (named === undefined) beside.set(c.surface, (named = world.test(tokens.text)));
      if (!named) continue;
    }
    // A name in Latin letters glued to Japanese, Chinese or Korean ("Houdiniを用いた", "Figma로"),
    // after a word in Hebrew, Arabic, Cyrillic or Greek ("ניסיון בעבודה עם SAS"), or with a Turkish
    // case ending ("Word’e"): a product, as those languages write only names so.
    if (foreign && letterCount(c.surface) > 2 && (gluedToSpaceless(tokens, c) || afterOtherScript(tokens, c.from) || withNameSuffix(tokens, c))) {
      c.accepted = true;
      continue;
    }
    // In another language, an English name of several capitalised words written as the dictionary
    // writes it is that name ("na Amazon (Seller Central)"): no sentence of that language holds them.
    if (foreign && c.to - c.from > 1 && written === c.surface && CAPITALISED_WORDS.test(written)) {
      c.accepted = true;
      continue;
    }
    // "to the NEC", "to the 2023 NEC and local amendments": a code named with its edition's year.
    const named = prev === 'the' || (prev !== undefined && EDITION_YEAR.test(prev) && wordAt(tokens, c.from - 2) === 'the');
    if (CASE_ONLY_AMBIGUOUS.has(c.surface) || (named && CODES_NAMED_WITH_THE.has(c.surface) && (next === undefined || CODE_FOLLOWERS.has(next)))) {
      c.accepted = true;
      continue;
    }
    // A credential offered beside another by its noun, on its line: "CAMS or the ICA Advanced
    // Certificate in AML", "CAMS or an ICA certificate in compliance is a plus".
    if (c.entry?.kind === 'certification' && !SPELLS_A_CIPHER.has(c.surface) && credentialNounNear(tokens, c)) {
      c.accepted = true;
      continue;
    }
    if (
      (next !== undefined && (PRODUCT_FOLLOWERS.has(next) || EXTRA_FOLLOWERS[c.surface]?.includes(next) || VERSION.test(next))) ||
      (prev !== undefined && (PRODUCT_PRECEDERS[c.surface]?.includes(prev) || CREDENTIAL_NOUNS.has(prev) || (AS_WORDS.has(prev) && CREDENTIAL_NOUNS.has(wordAt(tokens, c.from - 2) ?? ''))))
    ) {
      c.accepted = true;
      continue;
    }
    // A tool a duty names where the work is done: "run sequences in Outreach", "migrations avec
    // Flyway", "record scrap in Plex". Capitalised after a lowercase preposition, itself after a
    // lowercase word (a Title Case heading capitalises every word), with no capitalised word after.
    if (
      c.to - c.from === 1 &&
      letterCount(c.surface) >= 4 &&
      namesProduct(c) &&
      !isKnownPlace(c.surface) && // "our engineering centre in Cairo"
      isTitleCase(tokens, c.from) &&
      prev !== undefined &&
      WHERE_WORK_IS_DONE.has(prev) &&
      isLowerWord(tokens, c.from - 2) &&
      !isTitleCase(tokens, c.to) &&
      !listGoesOn(tokens, c.to, foreign)
    ) {
      c.accepted = true;
      continue;
    }
    // "experience with Java": an introducer just before, not at the start of a sentence. Single
    // letters and short acronyms ("R", "AD", "A+") are too common for this and need a list or noun;
    // a capitalised two-letter name ("experience with Go") mid-sentence is the product.
    const letters = letterCount(c.surface);
    const short = letters < 2 || (letters === 2 && !/[a-z]/.test(c.surface));
    if (!short && !NEEDS_A_LIST.has(c.surface)) {
      // "knowledge of the NEC": an article between does not break the introduction.
      const at = wordAt(tokens, c.from - 1) === 'the' ? c.from - 1 : c.from;
      if ((introduces(tokens, at - 1) || introduces(tokens, at - 2)) && !(c.from >= 1 && normAt(tokens, c.from - 1) === '\n')) {
        c.accepted = true;
        continue;
      }
    }
    pending.push(c);
  }
  // Only list context below needs the candidates by position: most texts leave nothing pending.
  if (pending.length === 0) return;
  const endsAt = new Map<number, GuardCandidate>();
  const startsAt = new Map<number, GuardCandidate>();
  for (const c of candidates) {
    endsAt.set(c.to, c);
    startsAt.set(c.from, c);
  }
  // Two capitalised product-like words listed together vouch for each other ("Chef or Puppet",
  // "Word and Excel", "in Go or Java"); single letters and short acronyms never do ("R and C").
  // Robustness (#7): a set lookup, not `long.some(...)` per candidate, which was quadratic: 10,000
  // "Python/Java/AWS/" took 15 s (lib/extract/extract.fuzz.test.ts, pathological inputs).
  const long = new Set(pending.filter((c) => isNameLike(c.surface)));
  const isLong = (other: GuardCandidate) => long.has(other);
  const paired = [...long].filter((c) => listNeighbour(tokens, c, -1, endsAt, startsAt, isLong, foreign) || listNeighbour(tokens, c, 1, endsAt, startsAt, isLong, foreign));
  for (const c of long) c.accepted = false;
  for (const c of paired) c.accepted = true;
  // List context: accepted neighbours vouch; repeat so "Python, R, C" chains. Passes alternate
  // direction so a chain is accepted in one or two passes whichever side its anchor is on: always
  // left to right took one pass per item of "R, R, R, ..., Python" (quadratic, #7).
  for (let changed = true, pass = 0; changed; pass++) {
    changed = false;
    const order = pass % 2 === 0 ? pending : [...pending].reverse();
    for (const c of order) {
      if (c.accepted) continue;
      const vouches = SPELLS_A_CIPHER.has(c.surface) ? isCredential : undefined;
      if (listNeighbour(tokens, c, -1, endsAt, startsAt, vouches, foreign) || listNeighbour(tokens, c, 1, endsAt, startsAt, vouches, foreign)) {
        c.accepted = true;
        changed = true;
      }
    }
  }
}
