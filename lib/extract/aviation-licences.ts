/**
 * Aviation licences and type ratings, read by their shape: an engineer's licence by its scheme and
 * category ("UK Part-66 B1.1 licence", "CAAS SAR-66 or EASA Part-66 Category B1 licence" (both),
 * "Licence EASA Part-66 catégorie B2", "a B2 licence", "Transport Canada AME licence, M1 or M2
 * category"), and a type rating by its aircraft ("A320 family type rating", "type rating on at
 * least one of: A320 family, A330 or Boeing 787", "ATR 42/72 (PW127) type rating endorsed",
 * "qualification de type A350"). Every regulator, category and fleet makes another pair, and no
 * dictionary lists each; a posting for a licensed engineer or a pilot names them this way.
 * Named as recruiters write them: "<regulator> <scheme> <category> licence", "<aircraft> type rating".
 */
import type { TaxonomyEntry } from './taxonomy/types';
import type { CredentialMatch } from './state-licenses';

const SP = String.raw`[^\S\n]`;

/** Who issues the licence: a regulator written before the scheme. */
const REGULATOR = String.raw`(?:EASA|UK[^\S\n]CAA|UK|CAA|CASA|CAAS|GCAA|DGCA|IAA|Transport[^\S\n]Canada)`;
/** The licensing rule, as each regulator numbers it. */
const SCHEME = String.raw`(?:Part|PART|SAR|CAR)[^\S\n]?-?[^\S\n]?66`;
/** A licence's category: B1 with its sub-category, B2, B2L, B3, C. */
const CATEGORY = String.raw`(?:B1(?:\.[1-4])?|B2L?|B3|C)(?![\w.])`;
const JOIN = String.raw`${SP}*(?:\/|,|&|\bor\b|\band\b)${SP}*`;

/** "EASA Part-66 B1.1", "CAAS SAR-66 or EASA Part-66 Category B1", "Part 66 B1/B2". */
const SCHEME_LICENCE = new RegExp(
  String.raw`(?<![\w-])((?:${REGULATOR}${SP}+)?${SCHEME}(?:${SP}+or${SP}+(?:${REGULATOR}${SP}+)?${SCHEME})?)${SP}*(?:\(?(?:Category|Cat\.?|cat[ée]gorie|Kategorie)${SP}*)?(${CATEGORY}(?:${JOIN}${CATEGORY})*)(?:${SP}+(?:Aircraft${SP}+Maintenance${SP}+)?[Ll]icen[cs]e|${SP}+AML)?`,
  'g',
);
/** A category and its licence, the scheme unsaid: "a B2 licence", "B1/B2 dual licence", "Dual B1/B2 licence". */
const BARE_LICENCE = new RegExp(String.raw`(?<![\w.-])(?:dual${SP}+)?(${CATEGORY}(?:${SP}*\/${SP}*${CATEGORY})?)${SP}+(?:dual${SP}+)?licen[cs]e`, 'gi');
/** Canada's engineer's licence by its category: "AME licence, M1 or M2 category", "AME M1/M2". */
const AME_LICENCE = new RegExp(
  String.raw`(?<![\w-])(?:(Transport${SP}Canada)${SP}+)?AME${SP}+(?:licen[cs]e${SP}*,?${SP}*)?(M[12](?:${JOIN}M[12])*)(?![\w-])`,
  'g',
);

/** An aircraft type as fleets are named: Airbus, Boeing, ATR, Dash 8, Embraer, Bombardier, helicopters. */
const AIRCRAFT = [
  String.raw`(?:Airbus${SP}+)?A(?:220|3[0-8]\d)(?:-?(?:neo|ceo|\d{3}))?(?:\/A?3[0-8]\d(?:-?(?:neo|\d{3}))?)*(?:${SP}+[Ff]amily)?`,
  String.raw`(?:Boeing${SP}+B?|B)?7[0-8]7(?:-?(?:NG|MAX|\d{3}(?:ER)?))?(?:${SP}?MAX)?(?:\/7[0-8]7(?:-?(?:NG|MAX|\d{3}))?)*`,
  String.raw`ATR${SP}?(?:42|72)(?:[-\/](?:42|72|500|600))*`,
  String.raw`(?:Dash${SP}?8|DHC-8|Q400)(?:-\d{3}(?:\/\d{3})*)?`,
  String.raw`(?:Embraer${SP}+)?(?:E-?1[79]\d(?:-E2)?|ERJ[-${SP}]?1[34]5|E-?Jets?(?:${SP}E2)?)`,
  String.raw`(?:Bombardier${SP}+)?(?:CRJ[-${SP}]?\d{3,4}(?:\/\d{3,4})*|Global${SP}\d{4})`,
  String.raw`(?:AW1[0-9]9|S-?76[A-D]?|S-?92|H1[2-7]5|EC1[2-7]5|AS350)`,
].join('|');
/** An engine or variant in a bracket after the type: "(CFM56 and/or IAE V2500)", "(PW127)". */
const ENGINE = String.raw`(?:${SP}*\([^()\n]{1,50}\))?`;
const FLEET = String.raw`(?:${AIRCRAFT})(?![\w-])${ENGINE}`;
const FLEET_LIST = String.raw`${FLEET}(?:${SP}*(?:,|\/|&|\band\/or\b|\bor\b|\band\b)${SP}*(?:the${SP}+)?${FLEET})*`;
const RATING = String.raw`(?:[Tt]ype${SP}?-?${SP}?rat(?:ings?|ed)|[Tt]ype${SP}+endorse(?:ments?|d)|[Tt]ype${SP}+qualifications?|qualifications?${SP}+de${SP}+type|QTs?|Musterberechtigung(?:en)?|habilita[çc][ãa]o${SP}+de${SP}+tipo)`;
/** The fleet, then its rating: "A320 family type rating", "ATR 42/72 (PW127) type rating endorsed". */
const FLEET_THEN_RATING = new RegExp(String.raw`(?<![\w-])(${FLEET_LIST})${SP}+(?:rating|${RATING})`, 'g');
/** The rating, then its fleet: "type rating on at least one of: A320 family, A330 or Boeing 787", "qualification de type A350". */
const RATING_THEN_FLEET = new RegExp(
  String.raw`(?<![\w-])${RATING}${SP}*(?:on|for|in|sur|auf|em|:|–|-)?${SP}*(?:(?:at${SP}+least${SP}+)?(?:one|any)${SP}+of:?${SP}*)?(?:the${SP}+|an?${SP}+)?(${FLEET_LIST})`,
  'g',
);
const ONE_FLEET = new RegExp(String.raw`(?:${AIRCRAFT})(?![\w-])`, 'g');
/**
 * What each pattern cannot match without: a scheme's "66", Canada's "AME", a licence, an aircraft
 * and a rating's word. Most postings have none of them, or only "licence" or "type": a scan runs
 * only where its word is there (the fleet patterns cost more than all the others).
 */
const SCHEME_WORD = /66/;
const AME_WORD = /AME/;
const LICENCE_WORD = /licen[cs]e/i;
const AIRCRAFT_WORD = new RegExp(AIRCRAFT);

const certification = (name: string): TaxonomyEntry => ({ name, kind: 'certification', category: 'certification', aliases: [] });

/** The fleet a type names: the A320 family for any of its members, a Boeing with its generation. */
function fleetName(type: string): string {
  const t = type.replace(/\s+/g, ' ').trim();
  const airbus = /^(?:Airbus )?A(\d{3})/.exec(t);
  if (airbus) {
    const members = [...t.matchAll(/A?(3\d\d|220)/g)].map((m) => m[1]);
    return members.some((m) => m === '318' || m === '319' || m === '320' || m === '321') ? 'A320' : `A${airbus[1]}`;
  }
  const boeing = /^(?:Boeing B?|B)?(7[0-8]7)(?:-?(NG|MAX))?(?: ?(MAX))?/.exec(t);
  if (boeing) return `Boeing ${boeing[1]}${boeing[2] ?? (boeing[3] ? ' MAX' : '')}`;
  if (/^ATR/.test(t)) return t.replace(/^ATR ?/, 'ATR ').replace(/-(?:500|600)$/, '');
  return t;
}

const licenceName = (scheme: string, category: string): string => `${scheme.replace(/\s+/g, ' ').replace(/(Part|PART|SAR|CAR) ?-? ?66/, (_, s: string) => `${s === 'PART' ? 'Part' : s}-66`)} ${category} licence`;

/** The aviation licences and type ratings `text` names, in order; one per scheme, category and fleet. */
export function aviationLicences(text: string): CredentialMatch[] {
  const scheme = SCHEME_WORD.test(text);
  const ame = AME_WORD.test(text);
  const licence = LICENCE_WORD.test(text);
  const aircraft = AIRCRAFT_WORD.test(text);
  if (!scheme && !ame && !licence && !aircraft) return []; // most postings: no pattern runs
  const out: CredentialMatch[] = [];
  const push = (name: string, start: number, end: number) => out.push({ entry: certification(name), start, end, surface: text.slice(start, end) });
  for (const m of scheme ? text.matchAll(SCHEME_LICENCE) : []) {
    const schemes = (m[1] as string).split(/\s+or\s+/);
    for (const category of (m[2] as string).split(/\s*(?:\/|,|&|\bor\b|\band\b)\s*/)) {
      for (const scheme of schemes) push(licenceName(scheme, category), m.index, m.index + m[0].length);
    }
  }
  for (const m of licence ? text.matchAll(BARE_LICENCE) : []) {
    if (out.some((o) => o.start <= m.index && o.end >= m.index)) continue;
    // A dual B1/B2 licence adds the B2 to an engineer's B1.
    const categories = (m[1] as string).split(/\s*\/\s*/);
    push(`${categories.length > 1 ? categories[categories.length - 1] : categories[0]} licence`, m.index, m.index + m[0].length);
  }
  for (const m of ame ? text.matchAll(AME_LICENCE) : []) {
    for (const category of (m[2] as string).split(/\s*(?:\/|,|&|\bor\b|\band\b)\s*/)) push(`${m[1] ? 'Transport Canada ' : ''}AME ${category} licence`, m.index, m.index + m[0].length);
  }
  for (const pattern of aircraft ? [FLEET_THEN_RATING, RATING_THEN_FLEET] : []) {
    for (const m of text.matchAll(pattern)) {
      const list = (m[1] as string).replace(/\([^()\n]*\)/g, ' ');
      const fleets = [...list.matchAll(ONE_FLEET)].map((f) => fleetName(f[0]));
      // "A318/A319/A320/A321" is one fleet.
      for (const fleet of new Set(fleets)) push(`${fleet} type rating`, m.index, m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
