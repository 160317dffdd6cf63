/**
 * Names the dictionary does not know, read from a list that holds one it does: "Dentrix or
 * Eaglesoft", "Thanos or Grafana Mimir", "GeoGebra/Desmos", "Eaton and Allen-Bradley MCCs". A
 * posting lists tools of a kind together, so the name beside a known product in such a list is a
 * product too. No dictionary holds every practice-management system or every vendor's module; the
 * held-out sets' missed skills stood in such a list in two cases of five.
 *
 * Only what is written like a name counts: capitalized words (at most three), an acronym, or an
 * inner capital ("eMaint", "iTero"), joined to the known one by a comma, "and", "or", "&" or a
 * slash. A clause's first word is capitalized anyway, so there only a word shaped like a name
 * (an inner capital, a digit, all capitals) counts. Generic areas (LABELING.md: PLC, ERP, CRM...),
 * spoken languages, fields of study and the words that head a requirement are never names.
 */
import { isAsciiLetter, isDigitCode } from '../char-codes';
import { GENERIC_TERMS } from './taxonomy/forms';

/** A name read beside a known one: its offsets and the known match it was listed with. */
export interface NameBeside {
  surface: string;
  start: number;
  end: number;
  /** The known name's offsets it was listed with. */
  besideStart: number;
}

/** Letters a name may hold: ASCII's and Latin's accented ones ("Weidmüller", "Sköld"), not "×" or "÷". */
const LETTERS = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
/** Capitals a name may start with: ASCII's and Latin-1's ("Öhlins"). */
const CAPITALS = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE`;
/** One word of a name: capitalized, an acronym, an inner capital ("eMaint"), or a name with a digit. */
const WORD = String.raw`(?:[${CAPITALS}][${LETTERS}0-9+#&'’.-]*[${LETTERS}0-9+#]|[${CAPITALS}]|[a-z]{1,3}[A-Z][${LETTERS}0-9+#-]+)`;
/** A later word may be a number ("Sage 50", "Dynamics 365"). */
const NEXT = String.raw`(?:${WORD}|\d+(?:\.\d+)*)`;
/**
 * A name of up to three words, here, and no capitalized word after it (Title Case runs are no
 * list), nor a slash glued to it ("Pub/Sub" is one name).
 */
const NAME_HERE = new RegExp(String.raw`(${WORD}(?: ${NEXT}){0,2})(?! [${CAPITALS}0-9])(?![${LETTERS}0-9+#&'’/-])`, 'y');
/** A whole word of a name, and a later one. */
const WORD_WHOLE = new RegExp(String.raw`^${WORD}$`);
const NEXT_WHOLE = new RegExp(String.raw`^${NEXT}$`);

/** The joints of a list, here: a comma (", and"), "and", "or", "&", a slash. */
const JOINT_HERE = /(?:\s*,\s*(?:(?:and\/or|and|or)\s+)?|\s+(?:and\/or|and|or|&)\s+|\s?\/\s?)/y;

const SPACE = 32;
const COMMA = 44;
const SLASH = 47;

/** The characters of a name's word (as in `WORD`). */
const isNameChar = (c: number): boolean =>
  isAsciiLetter(c) || isDigitCode(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 43 || c === 35 || c === 38 || c === 39 || c === 0x2019 || c === 46 || c === 45; // + # & ' ’ . -

/** `word`'s length when the text before `at` ends with it, else 0. */
const endsWithWord = (text: string, at: number, word: string): number => (text.startsWith(word, at - word.length) ? word.length : 0);

/** Where the item before a joint ending at `to` ends (", " "/" " and " ", or " " & "), or -1. */
function jointBefore(text: string, to: number, floor: number): number {
  let i = to;
  while (i > floor && text.charCodeAt(i - 1) === SPACE) i--;
  const spaced = i < to;
  const c = text.charCodeAt(i - 1);
  if (c === COMMA || c === SLASH) {
    i--;
  } else {
    if (!spaced) return -1;
    const length = c === 38 ? 1 : endsWithWord(text, i, 'and/or') || endsWithWord(text, i, 'and') || endsWithWord(text, i, 'or');
    if (!length) return -1;
    i -= length;
    if (text.charCodeAt(i - 1) !== SPACE && text.charCodeAt(i - 1) !== COMMA) return -1;
  }
  while (i > floor && text.charCodeAt(i - 1) === SPACE) i--;
  if (c !== COMMA && text.charCodeAt(i - 1) === COMMA) i--; // ", and"
  while (i > floor && text.charCodeAt(i - 1) === SPACE) i--;
  return i > floor ? i : -1;
}

/**
 * The start of a name of up to three words ending at `end`, or -1: none, or a fourth capitalized
 * word before it (a Title Case run, no list: "Strong Working Knowledge Of").
 */
function nameBefore(text: string, end: number, floor: number): number {
  // Each word's start, the last word's first.
  const starts: number[] = [];
  for (let to = end; ; ) {
    let from = to;
    while (from > floor && isNameChar(text.charCodeAt(from - 1))) from--;
    const word = text.slice(from, to);
    if (starts.length === 3) {
      if (/^[A-Z]/.test(word)) return -1;
      break;
    }
    if (!NEXT_WHOLE.test(word)) break;
    // Glued to a word before by a slash, it is half of one name ("Pub/Sub").
    if (text.charCodeAt(from - 1) === SLASH && isNameChar(text.charCodeAt(from - 2))) return -1;
    starts.push(from);
    if (from - 1 <= floor || text.charCodeAt(from - 1) !== SPACE || !isNameChar(text.charCodeAt(from - 2))) break;
    to = from - 1;
  }
  // The name starts at its first word that is a name's, not a number's ("Sage 50", not "50 Sage").
  for (let i = starts.length - 1; i >= 0; i--) {
    const start = starts[i] as number;
    if (WORD_WHOLE.test(text.slice(start, i === 0 ? end : (starts[i - 1] as number) - 1))) return start;
  }
  return -1;
}

/** How many names are read on each side of a known one. */
const MOST_EACH_SIDE = 6;

/** A word shaped like a name wherever it stands: an inner capital, a digit, or all capitals. */
const NAME_SHAPED = /^(?:[A-Za-z][a-z]*[A-Z0-9+#]|[A-Z0-9+#&.-]{2,}$)/;

const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();

/**
 * The words that head a requirement in the languages postings are written in, capitalised as German
 * writes every noun ("Sicherer Umgang mit Trados Studio, Kenntnisse in MultiTerm").
 */
const OTHER_LANGUAGE_HEADS = [
  'Kenntnisse', 'Kenntnis', 'Grundkenntnisse', 'Erfahrung', 'Erfahrungen', 'Umgang', 'Sicherer', 'Gute', 'Sehr', 'Fundierte',
  'Connaissance', 'Connaissances', 'Maîtrise', 'Conocimientos', 'Conocimiento', 'Experiencia', 'Manejo', 'Dominio',
  'Conhecimento', 'Conhecimentos', 'Experiência', 'Conoscenza', 'Esperienza', 'Kennis', 'Ervaring', 'Znajomość', 'Doświadczenie',
];

/**
 * Capitalized words that are no product: the words that head a requirement or a bullet, degrees,
 * fields of study, business functions, spoken languages, months and days. Lower case.
 */
const NOT_NAMES = new Set(
  [
    ...GENERIC_TERMS,
    // Generic kinds of system in the trades, health care and offices (held-out NOTES: "generic categories").
    'PACS', 'CMMS', 'WMS', 'TMS', 'ELD', 'RF', 'VFD', 'VFDs', 'MCC', 'MCCs', 'HRIS', 'ATS', 'LMS', 'POS', 'MES', 'SCM',
    'EPM', 'CAD', 'CAM', 'SOP', 'SOPs', 'GMP', 'PPE', 'HVAC', 'IoT', 'OT', 'ICS', 'CI', 'CD', 'CI/CD', 'SQL Server databases',
    'DBMS', 'CMS', 'DMS', 'QMS', 'EHS', 'HSE', 'LIMS', 'EDI', 'GL', 'AP', 'AR', 'P&L', 'KYC', 'AML', 'GDPR',
    // Words that head or qualify a requirement.
    'Experience', 'Knowledge', 'Skills', 'Skill', 'Proficiency', 'Familiarity', 'Expertise', 'Understanding', 'Strong',
    'Solid', 'Excellent', 'Good', 'Advanced', 'Basic', 'Working', 'Hands-on', 'Proven', 'Deep', 'Demonstrated', 'Ability',
    ...OTHER_LANGUAGE_HEADS,
    'Other', 'Others', 'Any', 'All', 'Some', 'Similar', 'Equivalent', 'Related', 'Etc', 'The', 'A', 'An', 'Our', 'Your',
    'We', 'You', 'I', 'It', 'This', 'That', 'These', 'Those', 'Their', 'Its', 'Tools', 'Tool', 'Systems', 'System',
    'Software', 'Standards', 'Standard', 'Platforms', 'Platform', 'Applications', 'Model', 'Models', 'Version', 'Versions', 'Edition', 'Series', 'Module', 'Modules', 'Environment', 'Environments', 'Technologies', 'Technology',
    'Frameworks', 'Framework', 'Languages', 'Language', 'Services', 'Solutions', 'Certification', 'Certifications',
    'Certificate', 'Certified', 'License', 'Licence', 'Required', 'Preferred', 'Desired', 'Plus', 'Bonus', 'Nice',
    'Must', 'Mandatory', 'Essential', 'Desirable', 'Optional', 'Responsibilities', 'Requirements', 'Qualifications',
    'Benefits', 'Duties', 'Team', 'Teams Channel', 'Company', 'Client', 'Clients', 'Customers', 'Customer', 'Partners',
    'Staff', 'Management', 'Manager', 'Managers', 'Director', 'Lead', 'Leads', 'Senior', 'Junior', 'Head', 'Office',
    'Offices', 'Headquarters', 'HQ', 'Remote', 'Hybrid', 'On-site', 'Onsite', 'Full-time', 'Part-time', 'Contract',
    'Internship', 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'INR', 'OTE', 'PTO', 'HR', 'R&D', 'QA/QC', 'EOE', 'EEO', 'M/F/D',
    'Bachelor', "Bachelor's", 'Bachelors', 'Master', "Master's", 'Masters', 'PhD', 'Ph.D', 'MBA', 'BS', 'BA', 'MS', 'MSc',
    'BSc', 'Degree', 'Diploma', 'GED', 'Associate', "Associate's",
    // Fields of study and business functions.
    'Computer Science', 'Engineering', 'Mathematics', 'Math', 'Maths', 'Statistics', 'Physics', 'Chemistry', 'Biology',
    'Economics', 'Finance', 'Accounting', 'Business', 'Marketing', 'Sales', 'Operations', 'Design', 'Analytics',
    'Communications', 'Communication', 'Leadership', 'Nursing', 'Medicine', 'Law', 'Education', 'Psychology',
    'Information Technology', 'Information Systems', 'Supply Chain', 'Logistics', 'Procurement', 'Legal', 'Compliance',
    'Risk', 'Audit', 'Tax', 'Payroll', 'Security', 'Safety', 'Quality', 'Health', 'Science', 'Sciences', 'Research',
    'Product', 'Engineering Manager', 'Support', 'Service', 'Services Desk', 'Help Desk',
    // Spoken languages.
    'English', 'French', 'German', 'Spanish', 'Portuguese', 'Italian', 'Dutch', 'Polish', 'Swedish', 'Danish',
    'Norwegian', 'Finnish', 'Czech', 'Greek', 'Turkish', 'Arabic', 'Hebrew', 'Hindi', 'Tamil', 'Telugu', 'Urdu',
    'Bengali', 'Mandarin', 'Cantonese', 'Chinese', 'Japanese', 'Korean', 'Vietnamese', 'Thai', 'Indonesian', 'Malay',
    'Tagalog', 'Russian', 'Ukrainian', 'Romanian', 'Hungarian', 'Bulgarian', 'Croatian', 'Serbian', 'Slovak', 'ASL',
    'Bilingual',
    // Places, peoples and the levels of a law ("ISO 45001 and Indian EHS legislation", "ICH-GCP and
    // Singapore clinical trial regulations").
    'America', 'American', 'Britain', 'British', 'Canada', 'Canadian', 'Australia', 'Australian', 'Ireland', 'Irish',
    'Scotland', 'Scottish', 'Wales', 'Welsh', 'India', 'Indian', 'Singapore', 'Singaporean', 'Europe', 'European',
    'Germany', 'France', 'Spain', 'Portugal', 'Netherlands', 'Belgium', 'Belgian', 'Switzerland', 'Swiss', 'Austria',
    'Austrian', 'Italy', 'Poland', 'Sweden', 'Denmark', 'Norway', 'Finland', 'Japan', 'China', 'Korea', 'Brazil',
    'Brazilian', 'Mexico', 'Mexican', 'Philippines', 'Filipino', 'Philippine', 'Malaysia', 'Malaysian', 'Indonesia',
    'Vietnam', 'Thailand', 'Israel', 'Israeli', 'Turkey', 'UAE', 'Emirati', 'Dubai', 'Saudi', 'Qatar', 'Qatari',
    'Africa', 'African', 'Nigeria', 'Nigerian', 'Kenya', 'Kenyan', 'Egypt', 'Egyptian', 'Zealand', 'Asia', 'Asian',
    'Federal', 'State', 'Provincial', 'National', 'Local', 'International', 'Global', 'Regional', 'Municipal',
    // The parts of a code or standard ("ASME Section VIII, Div. 1", "Vol. 2").
    'Div', 'Division', 'Sec', 'Section', 'Vol', 'Volume', 'Rev', 'Revision', 'Pt', 'Ch', 'Chapter', 'Art', 'Para', 'Annex', 'Appendix',
    // Months and days.
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
    'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Fri', 'Sat', 'Sun',
  ].map(key),
);

/**
 * The words of NOT_NAMES that head a requirement or point at a name ("Strong Essbase", "Our
 * Salesforce"): what follows them is the name. Any other (an area, a field, a place: "API Gateway",
 * "Procurement Act 2023") is the name's own first word.
 */
const HEADING_WORDS: ReadonlySet<string> = new Set(
  ['Experience', 'Knowledge', 'Skills', 'Skill', 'Proficiency', 'Familiarity', 'Expertise', 'Understanding', 'Strong', 'Solid', 'Excellent', 'Good',
   'Advanced', 'Basic', 'Working', 'Hands-on', 'Proven', 'Deep', 'Demonstrated', 'Ability', 'Other', 'Others', 'Any', 'All', 'Some', 'Similar',
   'Equivalent', 'Related', 'The', 'A', 'An', 'Our', 'Your', 'We', 'You', 'I', 'It', 'This', 'That', 'These', 'Those', 'Their', 'Its',
   'Required', 'Preferred', 'Desired', 'Plus', 'Bonus', 'Nice', 'Must', 'Mandatory', 'Essential', 'Desirable', 'Optional', 'Senior', 'Junior',
   'Lead', 'Certified', 'Bilingual', ...OTHER_LANGUAGE_HEADS].map(key),
);

/** Two capitals that are a place or a country, not a product ("NC landlord-tenant law"). */
const PLACE_CODES = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC ' +
    'SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB MB SK NS NB NL PE US UK EU GB NZ AU SG IN').split(' '),
);

/** A word that names a kind of thing, an action or a quality ("Federation", "Administration"), not a product. */
const ABSTRACT_ENDING = /^[A-Z][a-z]+(?:tion|sion|ment|ness|ance|ence|ity|ing|ship)$/;

/** A word that describes rather than names: "DITA-based", "API-driven". */
const DESCRIBING_SUFFIX = /-(?:based|driven|like|style|powered|compliant|certified|enabled|focused|oriented|first|native|related|ready|friendly)$/i;

/** Whether the kept words read as a name: not a place code, an abstract noun or two letters of a word. */
function nameLike(words: readonly string[]): boolean {
  if (words.some((w) => DESCRIBING_SUFFIX.test(w))) return false;
  if (words.length > 1) return true;
  const word = words[0] as string;
  if (PLACE_CODES.has(word) || /^(?:[A-Z]\.)+[A-Z]?$/.test(word)) return false; // "U.S", "U.K."
  if (/^[A-Z][a-z]$/.test(word) || word.length < 2) return false;
  return !ABSTRACT_ENDING.test(word);
}

/**
 * A name as read, trimmed of the words that head or end a requirement ("Strong Essbase" →
 * "Essbase"), or null when nothing is left or it is no name. `first`: it opens its clause, where a
 * plain capitalized word is only the sentence's capital. A generic area before a plain word is the
 * name's own ("API Gateway", "Procurement Act 2023"): what follows it alone is none ("Gateway").
 */
function cleanName(surface: string, first: boolean): { text: string; skip: number } | null {
  const words = surface.split(' ');
  let from = 0;
  let to = words.length;
  if (first && !NAME_SHAPED.test(words[0] as string)) from++;
  let genericBefore = false;
  for (; from < to && NOT_NAMES.has(key(words[from] as string)); from++) {
    if (!HEADING_WORDS.has(key(words[from] as string))) genericBefore = true;
  }
  const last = to;
  while (to > from && NOT_NAMES.has(key(words[to - 1] as string))) to--;
  if (from >= to) return null;
  let kept = words.slice(from, to);
  // A plain word before a generic one names the phrase, not itself alone: "Lifecycle Management",
  // "Central Finance", "Knock CRM", "Vernon CMS" (not "Lifecycle", "Central", "Knock", "Vernon"). Before
  // a kind's plural it is the maker's ("Siemens PLCs", "Anthropic APIs"), or the posting's own ("our SOPs").
  if (to < last && kept.length === 1 && !NAME_SHAPED.test(kept[0] as string) && !/^[A-Z]{2,}s$/.test(words[last - 1] as string)) {
    kept = words.slice(from, (to = last));
  }
  // A number alone, or one that starts the name, is no name.
  if (/^\d/.test(kept[0] as string)) return null;
  const text = kept.join(' ');
  if (NOT_NAMES.has(key(text)) || !nameLike(kept)) return null;
  if (genericBefore && !NAME_SHAPED.test(kept[0] as string)) return null; // "Procurement Act 2023" gave "Act 2023"
  return { text, skip: words.slice(0, from).reduce((n, w) => n + w.length + 1, 0) };
}

/** A word of German's noun endings, maybe the last of a hyphened compound ("Gerätetreibern", "Stresstests", "AL-Nummern"). */
const GERMAN_NOUN = /(?:^|-)[A-ZÄÖÜ][a-zäöüß]{3,}(?:ungen|ung|keit|heit|schaft|ierung|ern|tests)$/;
/** German's commonest small words, three times: a text written in German. */
const GERMAN_WORDS = /(?:\b(?:und|oder|mit|für|der|die|das|von|bei)\b[^]*?){3}/i;

/**
 * The names listed beside `known` (matches of the dictionary, in text order), within each match's
 * clause (`clauseOf`: its offsets). `isKnown`: a surface the dictionary holds (its guards turned it
 * down, or it was matched elsewhere: not read again here). `isEmployer`: the posting's own name.
 */
export function namesBeside(
  text: string,
  known: ReadonlyArray<{ start: number; end: number }>,
  clauseOf: (at: number) => { start: number; end: number },
  isKnown: (surface: string) => boolean,
  isEmployer: (surface: string) => boolean,
): NameBeside[] {
  const out: NameBeside[] = [];
  // The starts of the names read (a known name's start is never one: `known` is checked apart).
  const taken = new Set<number>();
  let german: boolean | undefined; // whether the text reads as German: looked up once, at the first noun-shaped word
  const keep = (surface: string, start: number, besideStart: number, clauseStart: number): boolean => {
    if (taken.has(start) || isKnown(surface) || isEmployer(surface)) return false;
    // German writes every noun capitalised: "Linux-Kernel, Gerätetreibern und Device Tree",
    // "Abweichungen, CAPA und Change Controls", "AL-Nummern".
    if (GERMAN_NOUN.test(surface) && (german ??= GERMAN_WORDS.test(text))) return false;
    // A word of a known name is no name of its own ("Lake" of "Delta Lake", "Practise" of "BICSc Licence to Practise").
    if (overlapsAnyKnown(start, start + surface.length)) return false;
    if (inTitledPhrase(text, start, start + surface.length, clauseStart)) return false;
    taken.add(start);
    out.push({ surface, start, end: start + surface.length, besideStart });
    return true;
  };
  // `known` is in text order and its matches do not overlap: a known name next to one is its neighbour in the list.
  const knownStartsAt = (at: number, i: number): boolean => known[i + 1]?.start === at;
  const knownEndsAt = (at: number, i: number): boolean => known[i - 1]?.end === at;
  // A name read must not run into a known one ("Burp Suite Professional" holds the known "Burp Suite").
  const overlapsKnown = (start: number, end: number, j: number): boolean => {
    const other = known[j];
    return other !== undefined && start < other.end && other.start < end;
  };
  // Whether [start, end) overlaps any known name: the first whose end is past `start`, found by
  // binary search (the matches do not overlap, so their ends are in order too), is the only one
  // that can.
  const overlapsAnyKnown = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((known[mid] as { end: number }).end <= start) lo = mid + 1;
      else hi = mid;
    }
    return overlapsKnown(start, end, lo);
  };
  const shouting = new Map<number, boolean>();
  for (let i = 0; i < known.length; i++) {
    const k = known[i] as { start: number; end: number };
    // Most known names stand in no list: nothing to read on either side.
    if (!jointFollows(text, k.end) && !jointPrecedes(text, k.start)) continue;
    const clause = clauseOf(k.start);
    // A clause in capitals: every word looks like an acronym there ("INCLUDING OUTLOOK").
    let loud = shouting.get(clause.start);
    if (loud === undefined) shouting.set(clause.start, (loud = isShouted(text, clause.start, clause.end)));
    if (loud) continue;
    // Rightwards: "Thanos or Grafana Mimir", "Dentrix, Eaglesoft and Open Dental".
    let at = k.end;
    for (let n = 0; n < MOST_EACH_SIDE; n++) {
      JOINT_HERE.lastIndex = at;
      const joint = JOINT_HERE.exec(text);
      if (!joint) break;
      const from = at + joint[0].length;
      if (from >= clause.end || knownStartsAt(from, i)) break; // a known name next: its own turn reads on from it
      NAME_HERE.lastIndex = from;
      const m = NAME_HERE.exec(text);
      if (!m || NAME_HERE.lastIndex > clause.end) break;
      const name = cleanName(m[1] as string, false);
      if (!name || name.skip > 0) break;
      if (overlapsKnown(from, from + name.text.length, i + 1) || !keep(name.text, from, k.start, clause.start)) break;
      at = from + name.text.length;
    }
    // Leftwards: "Eaton and Allen-Bradley", "Hyperion Planning/Essbase or ... Anaplan".
    let to = k.start;
    for (let n = 0; n < MOST_EACH_SIDE; n++) {
      const end = jointBefore(text, to, clause.start);
      if (end < 0 || knownEndsAt(end, i)) break;
      const start = nameBefore(text, end, clause.start);
      if (start < 0) break;
      const name = cleanName(text.slice(start, end), isClauseStart(text, clause.start, start));
      if (!name) break;
      if (overlapsKnown(start + name.skip, end, i - 1) || !keep(name.text, start + name.skip, k.start, clause.start)) break;
      to = start + name.skip;
      if (name.skip > 0) break; // a heading word was dropped: the list began there
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a list's joint may follow `at` (a comma, a slash, or a space then "and", "or", "&", "/"),
 * or precede `at`: the cheap test before the joint's own.
 */
function jointFollows(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === COMMA || c === SLASH) return true;
  if (c !== SPACE) return false;
  const next = text.charCodeAt(at + 1);
  return next === 97 || next === 111 || next === 38 || next === SLASH || next === COMMA; // a, o, &
}
function jointPrecedes(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c === COMMA || c === SLASH) return true;
  if (c !== SPACE) return false;
  const before = text.charCodeAt(at - 2);
  return before === COMMA || before === SLASH || before === 100 || before === 114 || before === 38; // d (and), r (or), &
}

/** Whether most of the letters in `text[start, end)` are capitals. */
function isShouted(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > lower;
}

/** A capitalized word then "to", "of" or "for" before a name, or those then a capitalized word after it. */
const TITLED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*) (?:to|of|for) $/u;
const TITLED_AFTER = /^ (?:to|of|for) \p{Lu}/u;
const AT_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}-]* at $/u;

/**
 * Whether [start, end) is one end of a phrase in Title Case ("Permit to Work", "Bill of
 * Materials", "Statement of Work"): a procedure or a document, no product. Not after a word that
 * heads a requirement ("Knowledge of Kelvadent") nor one that opens the clause ("Use of Kelvadent").
 */
function inTitledPhrase(text: string, start: number, end: number, clauseStart: number): boolean {
  if (TITLED_AFTER.test(text.slice(end, end + 8))) return true;
  // "Working at Heights": a course's name, whatever word opens it.
  if (AT_BEFORE.test(text.slice(Math.max(clauseStart, start - 40), start))) return true;
  const before = TITLED_BEFORE.exec(text.slice(Math.max(clauseStart, start - 40), start));
  if (!before) return false;
  const word = before[1] as string;
  return !NOT_NAMES.has(key(word)) && !isClauseStart(text, clauseStart, start - before[0].length + before[0].indexOf(word));
}

/** Whether only a bullet, a heading's colon or a sentence's end comes before `at` in its clause. */
function isClauseStart(text: string, clauseStart: number, at: number): boolean {
  for (let i = at - 1; i >= clauseStart; i--) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t') continue;
    return /[•·*\-–—:>.!?(]/.test(c);
  }
  return true;
}
