/**
 * Credentials read by their shape, not a dictionary: state licences (below), vocational
 * certificates, ratings and qualifications (`qualificationCertificates`), and registrations,
 * licences and memberships named by the body that grants them (`bodyCredentials`).
 *
 * Named state licences and certificates: "Ohio pharmacist license", "Washington State Dental
 * Hygienist license", "WA Dental Hygienist License", "Texas Educator Certificate", "State of Ohio
 * electrical contractors license". LABELING.md keeps a named state licence as a certification and
 * a generic "must be licensed" not; no dictionary can list every profession of every state, so
 * the phrase is read by its shape: a state, up to four words naming the profession, then
 * "license", "licensure", "certificate", "certification" or "registration". Driver's licences are
 * not certifications (LABELING.md) and are skipped.
 */
import type { TaxonomyEntry } from './taxonomy/types';
import { hashAt, hashKey } from './key-table';
import { scanTokens, type Tokens } from './tokenize';

const STATE_NAMES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
const STATE_CODES = 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
/** A code to its state's name: "WA" → "Washington". */
const NAME_OF_CODE = new Map(STATE_CODES.map((code, i) => [code, STATE_NAMES[i] as string]));

/**
 * A state's name or code, found first: capitalised, so the scan tries few offsets, and most
 * postings name no state, or one or two.
 */
const STATE = new RegExp(String.raw`\b(?:${[...STATE_NAMES].sort((a, b) => b.length - a.length).join('|')}|${STATE_CODES.join('|')})\b`, 'g');

/**
 * After the state: maybe "State", then up to four words naming the profession, then the noun.
 * Function words end the phrase ("in Texas and obtain a license" names no Texas licence).
 */
const AFTER_STATE = /(?:\s+State)?((?:[^\S\n]+(?!(?:and|or|to|a|an|the|with|in|of|for|by|within|obtain|valid|active|current|state)\b)(?:&|[A-Za-z][\w'’-]*)){0,4}?)[^\S\n]+([Ll]icen[cs]e|[Ll]icensure|[Cc]ertificat(?:e|ion)|[Rr]egistration)(?![\w-])/y;

/** A posting that names Australia, whose "WA" is no Washington. */
const AUSTRALIA = /\b(?:Australian?|Perth|Pilbara|Kalgoorlie|Queensland|NSW|QLD|Tasmania|Northern Territory)\b/;

/** A licence to drive or to sell, not a professional credential. */
const NOT_PROFESSIONAL = /\b(?:driver|drivers|driver['’]s|driving|vehicle|chauffeur|business|sales|tax|liquor|marriage|birth|hunting|fishing)\b/i;

const cap = (word: string) => (/^[a-z]/.test(word) && !['and', 'of'].includes(word) ? word[0]!.toUpperCase() + word.slice(1) : word);

/** One credential read by its shape in a text: where, as written, and the entry it counts as. */
export interface CredentialMatch {
  entry: TaxonomyEntry;
  start: number;
  end: number;
  surface: string;
}

/**
 * The state credentials named in `text`, in order. Each is named "<State> <Profession> <Noun>"
 * ("Washington Dental Hygienist License"), so "WA Dental Hygienist License" and "Washington State
 * Dental Hygienist license" are the same item.
 */
export function stateLicenses(text: string): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  // "WA" is Western Australia in a posting that names Australia ("WA First Class Mine Manager's Certificate").
  const australian = text.includes('WA') && AUSTRALIA.test(text);
  STATE.lastIndex = 0;
  for (let m = STATE.exec(text); m; m = STATE.exec(text)) {
    if (australian && m[0] === 'WA') continue;
    const found = barOf(text, m) ?? credentialAfter(text, m) ?? credentialBefore(text, m);
    if (!found) continue;
    out.push(found);
    STATE.lastIndex = Math.max(found.end, STATE.lastIndex);
  }
  return out;
}

/**
 * Before a state, the credential it issues: "Registered Nurse license in the State of Washington",
 * "APRN license issued by the Arizona State Board of Nursing", named as the state's own
 * ("Washington Registered Nurse License"). The profession is written in capitals (a name), and
 * "of", "by" or "in" joins it to the state.
 */
const BEFORE_STATE =
  /(?:^|[^\w'’-])((?:[A-Z][\w'’-]*)(?:[^\S\n]+[A-Z][\w'’-]*){0,3})[^\S\n]+([Ll]icen[cs]e|[Rr]egistration|[Cc]ertificat(?:e|ion))[^\S\n]+(?:in|from|issued by|granted by)[^\S\n]+(?:the[^\S\n]+)?(?:(?:State|Commonwealth)[^\S\n]+of[^\S\n]+)?$/;

/** Words that qualify a credential, not name it: "Current", "Unrestricted", "Active". */
const QUALIFIERS = /^(?:Current|Unrestricted|Active|Valid|Full|Clear|Permanent|Professional|Independent)$/;
/** Those words opening a run of capitalised words, with the space after ("Valid Electrical …"). */
const QUALIFIER_FIRST = /^(?:Current|Unrestricted|Active|Valid|Full|Clear)[^\S\n]+/;

/** What must end the text before the state for BEFORE_STATE to match: tested first, on a few characters. */
const JOINED_TO_STATE = /\b(?:in|from|by)[^\S\n]+(?:the[^\S\n]+)?(?:(?:State|Commonwealth)[^\S\n]+of[^\S\n]+)?$/;

function credentialBefore(text: string, m: RegExpExecArray): CredentialMatch | null {
  if (m[0].length === 2) return null; // "in CA" is no place for a name to be read back from
  if (!JOINED_TO_STATE.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
  const before = BEFORE_STATE.exec(text.slice(Math.max(0, m.index - 90), m.index));
  if (!before) return null;
  const words = (before[1] as string).split(/[^\S\n]+/);
  while (words.length > 0 && QUALIFIERS.test(words[0] as string)) words.shift();
  // "Oregon EMT license issued by the Oregon Health Authority": the state is named once.
  if (words[0] === m[0]) words.shift();
  const profession = words.join(' ');
  if (!profession || NOT_PROFESSIONAL.test(profession) || STATE_NAMES.includes(profession)) return null;
  const noun = (before[2] as string).toLowerCase();
  const nounName = noun.startsWith('licen') ? 'License' : cap(noun);
  const start = m.index - (before[0].length - before[0].indexOf(before[1] as string)) + (before[1] as string).indexOf(profession);
  const end = m.index + m[0].length;
  const name = `${m[0]} ${profession} ${nounName}`;
  return { entry: { name, kind: 'certification', category: 'certification', aliases: [] }, start, end, surface: text.slice(start, end) };
}

/** The credential a state match `m` opens, or null. */
/** "the State Bar of California", just before a state's name. */
const STATE_BAR_OF = /\bState Bar of[^\S\n]+$/;
/** "the California Bar", "the New York State Bar", "the Texas Bar exam"; not a bar association. */
const STATE_BAR_AFTER = /(?:[^\S\n]+State)?[^\S\n]+Bar\b(?![^\S\n]+[Aa]ssociation)/y;

/**
 * Admission to a state's bar, a lawyer's licence however written: "member in good standing of the
 * State Bar of California", "admitted to the California Bar", "licensed by the New York State Bar".
 * Named "State Bar of <State>" (LABELING.md: a named state licence is a certification).
 */
function barOf(text: string, m: RegExpExecArray): CredentialMatch | null {
  const state = NAME_OF_CODE.get(m[0]) ?? m[0];
  if (m[0].length === 2) return null; // "CA Bar": too short to tell from other capitals
  const entry = { name: `State Bar of ${state}`, kind: 'certification' as const, category: 'certification' as const, aliases: [] };
  const before = STATE_BAR_OF.exec(text.slice(Math.max(0, m.index - 20), m.index));
  if (before) {
    const start = m.index - before[0].length;
    return { entry, start, end: m.index + m[0].length, surface: text.slice(start, m.index + m[0].length) };
  }
  STATE_BAR_AFTER.lastIndex = m.index + m[0].length;
  if (!STATE_BAR_AFTER.test(text)) return null;
  return { entry, start: m.index, end: STATE_BAR_AFTER.lastIndex, surface: text.slice(m.index, STATE_BAR_AFTER.lastIndex) };
}

function credentialAfter(text: string, m: RegExpExecArray): CredentialMatch | null {
  AFTER_STATE.lastIndex = m.index + m[0].length;
  const after = AFTER_STATE.exec(text);
  if (!after) return null;
  const profession = (after[1] ?? '').trim();
  const code = m[0].length === 2;
  // The profession's words name the credential ("Ohio pharmacist license", "Texas SLP license":
  // the state's licence, which the dictionary's "RN" or "SLP" inside it gives way to); "Virginia
  // licensure" alone is the state's permission for a licence named elsewhere (a PE). After a code
  // they must be capitalised ("WA Dental Hygienist License").
  if (!profession || (code && !/^[A-Z]/.test(profession)) || NOT_PROFESSIONAL.test(profession)) return null;
  const noun = after[2] as string;
  const nounName = noun.toLowerCase().startsWith('licen') ? 'License' : cap(noun.toLowerCase());
  const name = [NAME_OF_CODE.get(m[0]) ?? m[0], ...profession.split(/\s+/).map(cap), nounName].join(' ');
  const end = AFTER_STATE.lastIndex;
  return { entry: { name, kind: 'certification', category: 'certification', aliases: [] }, start: m.index, end, surface: text.slice(m.index, end) };
}

/**
 * Australia's and New Zealand's vocational certificates, named by their level and field:
 * "Certificate III in Electrotechnology Electrician", "Cert IV in Training and Assessment
 * (TAE40116)", "Certificate II in Security Operations". No dictionary lists every field; the
 * phrase is read by its shape: "Certificate" (or "Cert"), a level I-IV, "in", then capitalised
 * words (with "and", "of", "&" between). A course code after it ("(ACM40418)") is left out.
 */
const QUALIFICATION = /\bCert(?:ificate|\.)?\s+(I{1,3}|IV)\s+in\s+((?:[A-Z][\w'’-]*)(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’-]*){0,6})/g;

/**
 * An operator's certificate by its class: "Class II Water Treatment Operator certificate", "Class I
 * Water Distribution and Supply certificate", "Class 4 Power Engineer Certificate". The class, then
 * capitalised words naming the field, then the noun. A driving licence's class is none.
 */
const CLASS_CERTIFICATE =
  /\bClass[^\S\n]+(I{1,3}|IV|V|[1-5])[^\S\n]+((?:[A-Z][\w'’-]*)(?:[^\S\n]+(?:(?:and|of|&)[^\S\n]+)?[A-Z][\w'’-]*){0,5})[^\S\n]+([Cc]ertificat(?:e|ion)|[Ll]icen[cs]e)(?![\w-])/g;
/**
 * An aircraft type rating, named by the type: "ATR 42/72 type rating", "Dash 8 type rating",
 * "B737NG type rating". Up to three words before "type rating", the first a capital or digit, one
 * with a number.
 */
const TYPE_RATING = /(?<![\w./-])([A-Z0-9][\w./-]*(?:[^\S\n]+[A-Z0-9][\w./-]*){0,2})[^\S\n]+[Tt]ype[^\S\n]+[Rr]ating\b/g;
/** A certificate of competency, named by the capitalised words before it: "WA First Class Mine Manager's Certificate of Competency". */
const OF_COMPETENCY = /(?<![\w'’-])((?:[A-Z][\w'’-]*[^\S\n]+){1,6})[Cc]ertificate[^\S\n]+of[^\S\n]+[Cc]ompetency\b/g;

/** Aircraft makers, whose name before a type adds nothing to its rating ("Airbus A320"). */
const MAKERS = /^(?:Airbus|Boeing|Embraer|Bombardier|Cessna|Beechcraft|Pilatus|Gulfstream|Dassault|Sikorsky|Leonardo|Bell|Saab|Fokker|Lockheed)$/;

/**
 * Britain's regulated qualifications, by their level and title: "Level 3 Award in HACCP", "IMI Level
 * 3 Award in Electric/Hybrid Vehicle Routine Maintenance", "WSET Level 3 Award in Wines". The
 * awarding body's acronym before the level is part of the name.
 */
const LEVEL_AWARD =
  /(?<![\w-])(?:([A-Z]{2,6})[^\S\n]+)?Level[^\S\n]+([1-8])[^\S\n]+(Award|Certificate|Diploma|Extended Diploma|NVQ Diploma)[^\S\n]+in[^\S\n]+([A-Z][\w/&'’-]*(?:[^\S\n]+(?:(?:and|of|in|for|&|to)[^\S\n]+)?[A-Z][\w/&'’-]*){0,7})/g;
/** City & Guilds qualifications by their numbers, each of a list: "City & Guilds 2357 or 2365", "City & Guilds 2921-34 / 2919-01". */
const CITY_AND_GUILDS = /\b(?:City[^\S\n]+(?:&|and)[^\S\n]+Guilds|C&G)[^\S\n]+(\d{4}(?:-\d{2})?(?:[^\S\n]*(?:,|\/|\bor\b|\band\b)[^\S\n]*\d{4}(?:-\d{2})?)*)/g;

/**
 * Germany's chamber qualifications: a master craftsman's or a specialist's title with the chamber
 * that examines it ("Logistikmeister (IHK)", "Versicherungsfachwirtin (IHK)", "Elektrotechnikermeister
 * (HWK)"), or a Fachwirt named by the field ("Fachwirt für Logistiksysteme").
 */
const CHAMBER_QUALIFICATION =
  /(?<![\p{L}-])(?:Geprüfte[rn]?[^\S\n]+)?(\p{Lu}[\p{L}-]*(?:meister|fachwirt|fachkaufmann|fachkauffrau|betriebswirt|techniker)(?:in)?)[^\S\n]*\((IHK|HWK)\)|(?<![\p{L}-])(Fachwirt(?:in)?[^\S\n]+für[^\S\n]+\p{Lu}[\p{L}-]*(?:[^\S\n]+(?:und|&)[^\S\n]+\p{Lu}[\p{L}-]*)*)/gu;

const titled = (noun: string): string => (noun.toLowerCase().startsWith('licen') ? `Licen${noun.slice(5, 6).toLowerCase()}e` : cap(noun.toLowerCase()));

/**
 * The vocational certificates named in `text`, in order: "Certificate <level> in <Field>", Britain's
 * regulated qualifications by level and title, City & Guilds' by number, an operator's certificate
 * by its class, an aircraft type rating, a certificate of competency. `words`: where the posting's
 * credential words are (`credentialWords`), so that a reading whose word is absent costs no scan.
 */
export function qualificationCertificates(text: string, words: CredentialWords = credentialWords(scanTokens(text))): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  const add = (name: string, start: number, end: number): void => {
    out.push({ entry: { name, kind: 'certification', category: 'certification', aliases: [] }, start, end, surface: text.slice(start, end) });
  };
  QUALIFICATION.lastIndex = 0;
  for (let m = QUALIFICATION.exec(text); m; m = QUALIFICATION.exec(text)) add(`Certificate ${m[1] as string} in ${m[2] as string}`, m.index, m.index + m[0].length);
  if (words.seen & LEVEL) {
    LEVEL_AWARD.lastIndex = 0;
    for (let m = LEVEL_AWARD.exec(text); m; m = LEVEL_AWARD.exec(text)) {
      const body = m[1] && !NOT_A_BODY.has(m[1]) ? `${m[1]} ` : '';
      const start = body ? m.index : m.index + m[0].indexOf('Level');
      add(`${body}Level ${m[2] as string} ${m[3] as string} in ${m[4] as string}`, start, m.index + m[0].length);
    }
  }
  if (words.seen & GUILDS || text.includes('C&G')) {
    CITY_AND_GUILDS.lastIndex = 0;
    for (let m = CITY_AND_GUILDS.exec(text); m; m = CITY_AND_GUILDS.exec(text)) {
      for (const code of (m[1] as string).matchAll(/\d{4}(?:-\d{2})?/g)) add(`City & Guilds ${code[0]}`, m.index, m.index + m[0].length);
    }
  }
  if (words.seen & CLASS) {
    CLASS_CERTIFICATE.lastIndex = 0;
    for (let m = CLASS_CERTIFICATE.exec(text); m; m = CLASS_CERTIFICATE.exec(text)) {
      if (NOT_PROFESSIONAL.test(m[2] as string)) continue;
      add(`Class ${m[1] as string} ${m[2] as string} ${titled(m[3] as string)}`, m.index, m.index + m[0].length);
    }
  }
  // Few postings name a rating or a competency: no scan for them in the others.
  if (words.seen & RATING) {
    TYPE_RATING.lastIndex = 0;
    for (let m = TYPE_RATING.exec(text); m; m = TYPE_RATING.exec(text)) {
      // "Valid Airbus A320 type rating" and "an A320 type rating" are one rating.
      const parts = (m[1] as string).split(/[^\S\n]+/);
      const first = parts.findIndex((w, i) => !QUALIFIERS.test(w) && !(MAKERS.test(w) && i < parts.length - 1));
      // Types are named with a number ("A320", "Dash 8", "ATR 42/72"): not "A type rating".
      if (first < 0 || !/\d/.test(parts.slice(first).join(' '))) continue;
      const start = m.index + (m[1] as string).indexOf(parts[first] as string);
      add(`${parts.slice(first).join(' ')} type rating`, start, m.index + m[0].length);
    }
  }
  if (text.includes('IHK') || text.includes('HWK') || text.includes('Fachwirt')) {
    CHAMBER_QUALIFICATION.lastIndex = 0;
    for (let m = CHAMBER_QUALIFICATION.exec(text); m; m = CHAMBER_QUALIFICATION.exec(text)) {
      add(m[1] ? `${m[1]} (${m[2] as string})` : (m[3] as string), m.index, m.index + m[0].length);
    }
  }
  if (words.seen & COMPETENCY) {
    OF_COMPETENCY.lastIndex = 0;
    for (let m = OF_COMPETENCY.exec(text); m; m = OF_COMPETENCY.exec(text)) {
      // "Valid Electrical Supervisor Certificate of Competency": the qualifier is no part of its name.
      const qualifier = QUALIFIER_FIRST.exec(m[1] as string)?.[0] ?? '';
      add(`${(m[1] as string).slice(qualifier.length)}Certificate of Competency`, m.index + qualifier.length, m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An acronym, perhaps glossed ("DOH (Abu Dhabi)"), perhaps one of a list ("or MOHAP"), right before
 * the noun, or before the Saudi classification that comes with it ("SCFHS classification and registration").
 */
const ACRONYM_BEFORE = /\b([A-Z]{2,6})(?:[^\S\n]+\([^)\n]{1,30}\))?((?:[^\S\n]+(?:or|and|\/)[^\S\n]+[A-Z]{2,6}(?:[^\S\n]+\([^)\n]{1,30}\))?)*)(?:[^\S\n]+(?:professional[^\S\n]+)?classification[^\S\n]+(?:and|&))?[^\S\n]+$/;
/** The noun, at a word's start. */
const NOUN_AT = /^(?:[Rr]egistration|[Rr]egistered|[Ll]icen[cs]e|[Ll]icensure)(?![\w-])/;
const REGISTERED_WITH = /[Rr]egist(?:ration|ered)\b[^.\n;]{0,140}?\b(?:with|on|by)[^\S\n]+(?:the[^\S\n]+)?(?:([A-Z]{2,6})\b|[A-Z][\w'’&-]*(?:[^\S\n]+(?:of|and|for|&|[A-Z][\w'’&-]*))*[^\S\n]+\(([A-Z]{2,6})\))/y;
/** The body named after the credential: "registration with the NMLS". */
const GRANTED_BY_AFTER = /^[^\S\n]+(?:with|by|on|through|from)[^\S\n]+(?:the[^\S\n]+)?[A-Z]/;
/** What follows a benefit's mention of the credential, not a requirement of it: "paid CDHO registration fees". */
const NOT_ASKED_AFTER = /^[^\S\n]*(?:fees?|costs?|numbers?|#|renewals?\s+(?:fees?|costs?))\b/i;
/** Acronyms that name no regulator: a driving licence's class, a tax or business number, a country. */
const NOT_A_BODY = new Set([
  'CDL', 'DL', 'HGV', 'LGV', 'PCV', 'CPC', 'GST', 'VAT', 'HST', 'PST', 'QST', 'ABN', 'ACN', 'EIN', 'PAN', 'SSN', 'TIN', 'NPI',
  'UK', 'US', 'USA', 'EU', 'UAE', 'NZ', 'AU', 'SG', 'IN', 'CA', 'IT', 'HR', 'ID', 'IP', 'OR', 'AND', 'THE',
]);

/**
 * A registration or licence named by the body that grants it: "AVNAT registration", "NMLS
 * registration", "a valid DOH (Abu Dhabi) or MOHAP licence", "registration as a physiotherapist
 * with AHPRA", "registration in good standing with the College of Dental Hygienists of Ontario
 * (CDHO)", "live registration on the NMC register". No dictionary lists every country's regulators;
 * the phrase is read by its shape: the body's acronym (two to six capitals) and the noun. Named
 * "<ACRONYM> registration" or "<ACRONYM> license". A licence to drive, a tax or business number
 * is no professional credential (LABELING.md), nor a name the dictionary knows ("RN license").
 */
export function bodyCredentials(text: string, words: CredentialWords = credentialWords(scanTokens(text))): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  const add = (acronym: string, noun: string, start: number, end: number): void => {
    if (NOT_A_BODY.has(acronym) || STATE_CODES.includes(acronym)) return;
    const name = `${acronym} ${noun.toLowerCase().startsWith('licen') ? 'license' : 'registration'}`;
    out.push({ entry: { name, kind: 'certification', category: 'certification', aliases: [] }, start, end, surface: text.slice(start, end) });
  };
  // The nouns are found as plain strings ("egist", "icen"), and the acronym looked for before each:
  // a scan of the whole text for capitals, or a case-blind regex, cost more than the rest of it.
  for (const at of startsOf(words, NOUN)) {
    const noun = NOUN_AT.exec(text.slice(at, at + 14))?.[0];
    if (!noun) continue;
    const end = at + noun.length;
    const registration = /^regist/i.test(noun);
    if (registration) {
      // "registration in good standing with the College of ... (CDHO)", "registered with AHPRA".
      REGISTERED_WITH.lastIndex = at;
      const m = REGISTERED_WITH.exec(text);
      if (m) add((m[1] ?? m[2]) as string, 'registration', m.index, m.index + m[0].length);
      if (noun.length === 'registered'.length) continue; // "AHPRA registered" names no credential
    }
    // "AVNAT registration", "a valid DOH (Abu Dhabi) or MOHAP licence" (the noun in small letters:
    // in a line of capitals every word is an acronym).
    if (noun.charCodeAt(0) < 97) continue;
    const before = ACRONYM_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    if (!before) continue;
    const after = text.slice(end, end + 20);
    // "MLO registration with the NMLS": the body that grants it comes after (REGISTERED_WITH).
    if (NOT_ASKED_AFTER.test(after) || GRANTED_BY_AFTER.test(after)) continue;
    const start = at - before[0].length;
    add(before[1] as string, noun, start, end);
    // "DOH (Abu Dhabi) or MOHAP licence": each body's.
    for (const other of (before[2] ?? '').matchAll(/[A-Z]{2,6}/g)) add(other[0], noun, start, end);
  }
  out.push(...namedBodyCredentials(text, words));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A professional body's name spelled out: two to eight capitalised words ("of", "and", "for", "&",
 * "the" between them), one of them saying it is a body that registers or admits people.
 */
const BODY = String.raw`((?:[A-Z][\w'’-]*)(?:[^\S\n]+(?:(?:of|and|for|&|the)[^\S\n]+)*[A-Z][\w'’-]*){1,7})`;
const INSTITUTION = /\b(?:Society|Council|Institute|Institution|College|Board|Association|Authority|Agency|Commission|Register|Registry|Chamber|Ordre|Federation|Academy|England|Scotland|Wales)\b/;
/** The credentials a body grants, at a word's start (a licence may be named by one word before it: "paralegal licence"). */
const GRANTED = String.raw`([Pp]racti[sc]ing[^\S\n]+certificate|[Rr]egistration|[Mm]embership|[Ll]icen[cs]e)`;
/** After the credential: its class ("(P1)"), then the body that grants it ("issued by the Law Society of Ontario"). */
const THEN_BODY = new RegExp(
  String.raw`${GRANTED}(?:[^\S\n]*\([A-Z0-9]{1,6}\))?[^\S\n]+(?:with|from|by|of|issued[^\S\n]+by|granted[^\S\n]+by)[^\S\n]+(?:the[^\S\n]+)?${BODY}(?:[^\S\n]*\(([A-Z]{2,6})\))?`,
  'y',
);
/** The body, then the credential: "a Law Society of Ireland practising certificate", "Teaching Council registration". */
const BODY_THEN = new RegExp(String.raw`(?:^|[^\w'’-])${BODY}[^\S\n]+$`);
/** Called or admitted to a bar other than a US state's: "called to the Bar of Ireland". */
const BAR_OF = /\b(?:called|admitted|admission|member)[^\S\n]+(?:to|of)[^\S\n]+the[^\S\n]+(Bar[^\S\n]+of[^\S\n]+(?:[A-Z][\w'’-]*)(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w'’-]*){0,2})(?![^\S\n]+Association)/g;
/** A board that governs the employer, not one that registers people; a bar association, which admits no one to the bar. */
const GOVERNING = /\b(?:Directors|Trustees|Governors|Management)$|\bBar Association\b/;
/** The employer's own registration or membership: "our registration with the Charity Commission". */
const OWNERS = new Set(['our', 'its']);
/** The classes of one registration, licence or membership: "General registration with ...", "full membership". */
const REGISTRATION_CLASSES = new Set(['general', 'conditional', 'provisional', 'full', 'limited', 'temporary', 'restricted', 'interim', 'specialist', 'student']);
/** Words before a credential that qualify it without naming it ("a current practising certificate"). */
const NOT_A_KIND = new Set(['a', 'an', 'the', 'current', 'valid', 'full', 'active', 'unrestricted', 'relevant', 'appropriate', 'your', 'their', 'hold', 'holding', 'holds', 'with', 'and', 'or', 'of', 'to', 'in', 'for', 'annual', 'maintain', 'obtain', 'eligible', 'eligibility']);

/**
 * Registrations, practising certificates, licences and memberships named by the body that grants
 * them, spelled out: "a current practising certificate from the Law Society of Ireland", "Registration
 * with the Teaching Council of Aotearoa New Zealand", "A paralegal licence (P1) issued by the Law
 * Society of Ontario", "Professional membership of the Australian Society of Archivists (ASA)",
 * "called to the Bar of Ireland". Named "<body> <credential>" ("Law Society of Ontario paralegal
 * licence"), or by the body's acronym when one follows it ("ASA professional membership"). A
 * credential named by its own word ("a Part-66 licence", "an HGV licence") is that word's, not the
 * body's: read only after a small word or none.
 */
function namedBodyCredentials(text: string, words: CredentialWords): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  const add = (name: string, start: number, end: number): void => {
    out.push({ entry: { name, kind: 'certification', category: 'certification', aliases: [] }, start, end, surface: text.slice(start, end) });
  };
  for (const at of startsOf(words, GRANTED_WORD)) {
    GRANTED_AT.lastIndex = at;
    if (!GRANTED_AT.test(text)) continue;
    // Every reading needs a capitalised word right before the credential or a body's joiner after
    // it: most "licence"s and "registration"s have neither, and are passed over here.
    if (!capitalBefore(text, at)) {
      JOINER_AT.lastIndex = at;
      if (!JOINER_AT.test(text)) continue;
    }
    const lead = /(?:^|[^\S\n]|\()(\w[\w'’-]*)?[^\S\n]*$/.exec(text.slice(Math.max(0, at - 40), at));
    const before = lead?.[1] ?? '';
    // "paralegal licence", "Professional membership" (a line's first word): the kind, in words;
    // "Part-66 licence" names its own.
    const opensLine = /(?:^|\n)[^\S\n]*(?:[-–•*·▪◦][^\S\n]*)?(?:\w[\w'’-]*)?[^\S\n]*$/.test(text.slice(Math.max(0, at - 40), at));
    const word = opensLine ? before.toLowerCase() : before;
    const kind = /^[a-z]+$/.test(word) && !NOT_A_KIND.has(word) ? word : '';
    if (before && !kind && !NOT_A_KIND.has(before.toLowerCase())) {
      if (/^[A-Z]/.test(before)) {
        // "Law Society of Ireland practising certificate": a body right before.
        const body = BODY_THEN.exec(text.slice(Math.max(0, at - 120), at));
        if (!body || !INSTITUTION.test(body[1] as string)) continue;
        GRANTED_AT.lastIndex = at;
        const noun = (GRANTED_AT.exec(text)?.[0] ?? '').toLowerCase();
        if (!noun || noun.startsWith('licen')) continue; // "Dubai Health Authority licence": the acronym rule's
        const start = at - body[0].length + body[0].indexOf(body[1] as string);
        add(`${body[1] as string} ${noun.replace(/\s+/g, ' ')}`, start, at + noun.length);
      }
      continue;
    }
    if (OWNERS.has(word)) continue; // "our registration with the Charity Commission": the employer's
    THEN_BODY.lastIndex = at;
    const m = THEN_BODY.exec(text);
    if (!m || !INSTITUTION.test(m[2] as string) || GOVERNING.test(m[2] as string)) continue;
    const granted = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    // A registration's class ("general", "conditional") is the same registration.
    const named = kind && granted !== 'registration' && !REGISTRATION_CLASSES.has(kind) ? kind : '';
    const noun = named ? `${named} ${granted}` : granted;
    const start = named ? at - named.length - 1 : at;
    add(`${m[3] ?? (m[2] as string)} ${noun}`, start, m.index + m[0].length);
  }
  BAR_OF.lastIndex = 0;
  for (let m = words.seen & BAR ? BAR_OF.exec(text) : null; m; m = BAR_OF.exec(text)) {
    const start = m.index + m[0].length - (m[1] as string).length;
    add(m[1] as string, start, m.index + m[0].length);
  }
  return out;
}

const GRANTED_AT = new RegExp(GRANTED, 'iy');
/** The credential, then what joins it to the body that grants it (THEN_BODY's start, up to the body's first capital). */
const JOINER_AT = new RegExp(
  String.raw`${GRANTED}(?:[^\S\n]*\([A-Z0-9]{1,6}\))?[^\S\n]+(?:with|from|by|of|issued[^\S\n]+by|granted[^\S\n]+by)[^\S\n]+(?:the[^\S\n]+)?[A-Z]`,
  'y',
);

/** Whether the word before `at` (past spaces and a bracket) starts with a capital. */
function capitalBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 40)) i--;
  let start = i;
  while (start >= 0 && /[\w'’-]/.test(text[start] as string)) start--;
  const c = text.charCodeAt(start + 1);
  return start < i && c >= 65 && c <= 90;
}

/**
 * The words the readings here start at or need, found in one pass over the tokens the extraction
 * already has, by their hashes (the tokens' norms, lower case) and only for tokens whose length
 * and first letter fit one. A search of the text for each word cost a pass of its own (eight of
 * them: more than the rest of the readings).
 */
const NOUN = 1;
const GRANTED_WORD = 2;
const CLASS = 4;
const RATING = 8;
const COMPETENCY = 16;
const BAR = 32;
const LEVEL = 64;
const GUILDS = 128;
const WORD_BITS = new Map<number, number>(
  (
    [
      ['registration', NOUN | GRANTED_WORD],
      ['registered', NOUN],
      ['licence', NOUN | GRANTED_WORD],
      ['license', NOUN | GRANTED_WORD],
      ['licensure', NOUN],
      ['practising', GRANTED_WORD],
      ['practicing', GRANTED_WORD],
      ['membership', GRANTED_WORD],
      ['class', CLASS],
      ['rating', RATING],
      ['competency', COMPETENCY],
      ['bar', BAR],
      ['level', LEVEL],
      ['guilds', GUILDS],
    ] as const
  ).map(([word, bits]) => [hashKey(word), bits]),
);
/** For each first letter of those words (lower case, by char code), their second letters, a bit each; and their lengths, a bit each. */
const SECOND_LETTERS = new Int32Array(128);
for (const word of ['registration', 'licence', 'practising', 'membership', 'class', 'rating', 'competency', 'bar', 'level', 'guilds']) {
  SECOND_LETTERS[word.charCodeAt(0)]! |= 1 << (word.charCodeAt(1) - 97);
}
const LENGTHS = [3, 5, 6, 7, 9, 10, 12].reduce((mask, n) => mask | (1 << n), 0);

/** Where a posting's credential words are: their starts, each word's bits, and all bits seen. */
export interface CredentialWords {
  starts: number[];
  bits: number[];
  seen: number;
}

/** The credential words among `tokens` (a posting's, from `scanTokens`). */
export function credentialWords(tokens: Tokens): CredentialWords {
  const found: CredentialWords = { starts: [], bits: [], seen: 0 };
  const text = tokens.text;
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.start[i] as number;
    const length = (tokens.end[i] as number) - start;
    if (length > 12 || ((LENGTHS >>> length) & 1) === 0) continue;
    const second = (text.charCodeAt(start + 1) | 32) - 97;
    if (second < 0 || second > 25 || (((SECOND_LETTERS[(text.charCodeAt(start) | 32) & 127] as number) >>> second) & 1) === 0) continue;
    const bits = WORD_BITS.get(hashAt(tokens, i));
    if (bits === undefined) continue;
    found.starts.push(start);
    found.bits.push(bits);
    found.seen |= bits;
  }
  return found;
}

/** The starts of the words with `bit`, in order. */
function startsOf(words: CredentialWords, bit: number): number[] {
  return words.starts.filter((_, i) => ((words.bits[i] as number) & bit) !== 0);
}
