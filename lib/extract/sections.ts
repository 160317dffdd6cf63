/**
 * Finds the posting's sections and what they mean for the items inside: required (the default),
 * preferred ("Preferred Qualifications", "Nice to have", "Bonus points", "Ways to stand out"), or
 * blurb (company "About us", benefits, EEO text: technology there is not asked of the candidate).
 * Headings are whole lines ("### Nice to Have", "**Requirements:**") or, in postings flattened to
 * one line, markers inside a line ("... Skills and Education: ...").
 */
import { isSpaceCode } from '../char-codes';
import { spanIndexAt, type Span } from './clauses';

export type SectionKind = 'required' | 'preferred' | 'blurb';

export interface Section extends Span {
  kind: SectionKind;
}

const PREFERRED_HEADING =
  /\b(?:preferred|nice[- ]to[- ]haves?|bonus|desired|desirable|pluses|plus|stand out|good to have|extra credit|would be great|ideal(?:ly)?|optional|not required|even better|added advantage|(?:is|would be) an advantage|advantageous|highly regarded|regarded favourably|well regarded)\b/i;
const BLURB_HEADING =
  /^(?:who we are(?! (?:looking|searching|seeking)\b)|our (?:company|story|mission|culture|values|team|benefits|perks|offer)\b|why us\b|diversity|company (?:overview|description|profile)|the company|benefits|perks|what we offer|why (?:join|work)|what'?s in it for you|what can you expect|our hiring process|hiring process|equal (?:employment )?opportunity|eeo|compensation|salary|pay\b|the way we work|why you will|life at|more info|privacy|(?:the |your |our )?(?:benefits )?package\b|rewards?\b|in return\b|what you(?:'ll| will) get\b)/i;
/** "Why Swan Coastal?", "Why Acme": what the employer offers. Not "Why you?", "Why this role?". */
const WHY_THE_EMPLOYER = /^why (?!you\b|this\b|the (?:role|job|position)\b|we\b)[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}\??$/;
/**
 * "Assets" alone (Canadian postings' heading for what is wished for; "Asset management" is not), Israel's "Advantages",
 * and the wished-for rungs of a "Must have / Should have / Could have" list.
 */
const ASSETS_HEADING = /^(?:assets?|an asset|considered an asset|should have|could have|advantages?|an advantage|(?:big|strong|great) advantages?)$/i;
/**
 * The profile a board asks for under a "desired" name: Naukri's "Desired Candidate Profile",
 * LinkedIn's old "Desired Skills and Experience". Its items are the requirements.
 */
const DESIRED_PROFILE = /^desired (?:candidate )?profile$|^desired skills and experience$/i;
const ROLE_ABOUT = /^about (?:the |this )?(?:role|job|position|opportunity|you|team|work|candidate)\b/i;
const REQUIRED_HEADING =
  /\b(?:requirements?|required|qualifications?|must[- ]haves?|what you(?:'ll| will)? (?:bring|need|have)|your (?:profile|role|background|skills|experience|impact|mission)|^profile$|role description|what you(?:'ll| will)? (?:be )?doing|what success looks like|certifications?$|licen[cs]es?\b|person specification|(?:tech|technology) stack|our stack|day[- ]to[- ]day|what we(?:'re| are)? (?:need|look|expect)|who we(?:'re| are) (?:looking|searching|seeking) for|we need|you (?:have|bring|are)|who you are|skills|experience|knowledge|competenc|expects? from you|responsibilit|responsibilites|duties|what you'?ll do|what you will do|essential|minimum|basic|the role|education|functions|day in the life|about you|job description|summary|overview)/i;

/**
 * Each replace below is applied only when a native test finds something for it to change: a
 * global replace costs ~1.5 KB of garbage however short the string, and most headings need none.
 */
const QUOTES = /[’‘`]/;
const MARKUP = /[*_#:]/;
/** White space other than a single space, or two in a row: what `\s+` → " " changes. */
const ODD_SPACE = /[^\S ]|\s\s/;

/**
 * A heading that wishes, in the other languages postings are written in (and the English a
 * translation leaves: "Meritorious"): "Deseable", "Valorable", "Wünschenswert", "Von Vorteil",
 * "Souhaité", "Un plus", "Atouts", "Desejável", "Valorizamos", "Diferenciais", "Gradito", "Meriterande", "Mile widziane",
 * "優先條件", "加分项", "歓迎条件", "우대사항".
 */
const OTHER_PREFERRED_HEADING =
  /(?<!\p{L})(?:deseables?|valorables?|se valorar[áa]|valorizamos|desejáve(?:l|is)|diferenciai?s?|souhaitée?s?|appréciée?s?|un plus|atouts?|wünschenswert|von vorteil|pluspunkte?|gradit[oaie]|meriterande|meritorious|mile widziane|gewenst|pluspunten|ưu tiên|θα εκτιμηθ\p{L}*(?: επιπλέον)?|επιθυμητ\p{L}*)(?!\p{L})|^(?:優先|优先|加分|歓迎|우대)/iu;

/**
 * What the employer is and offers, in the other languages postings are written in: "Über uns", "Wer
 * wir sind", "Was wir bieten", "Qui sommes-nous ?", "Ce que nous offrons", "Quiénes somos",
 * "Ofrecemos", "Oferecemos", "Chi siamo", "Cosa offriamo", "Over ons", "Wat wij bieden", "Oferujemy",
 * "Vi erbjuder", "Vi tilbyr": technology named there is not asked of the candidate.
 */
const OTHER_BLURB_HEADING =
  /^(?:über uns|wer wir sind|(?:was )?wir bieten(?: (?:ihnen|dir))?|das bieten wir(?: (?:ihnen|dir))?|unser angebot|benefits|qui sommes[- ]nous|à propos de nous|ce que nous (?:vous )?offrons|nous (?:vous )?offrons|nos avantages|quiénes somos|sobre nosotros|(?:lo que )?(?:te )?ofrecemos|beneficios|quem somos|sobre nós|(?:o que )?oferecemos|benefícios|chi siamo|(?:cosa )?(?:ti )?offriamo|over ons|wie (?:zijn )?wij|wat (?:wij|we) (?:bieden|jou bieden)|wij bieden|ons aanbod|o nas|oferujemy|om oss|vi erbjuder|vi tilbyr|vi tilbyder)[\s!?.:]*$/iu;

/**
 * What the job asks and does, in those languages: "Ihr Profil", "Deine Aufgaben", "Anforderungen",
 * "Votre profil", "Vos missions", "Requisitos (obrigatórios)", "O que vais fazer", "Tu perfil", "Requisiti", "Wat breng je mee?",
 * "Nasze wymagania", "Kvalifikationer": it ends the employer's blurb before it.
 */
const OTHER_REQUIRED_HEADING =
  /^(?:(?:ihr|dein|unser)e? (?:profil|aufgaben|qualifikationen?|kenntnisse)|anforderungen|voraussetzungen|aufgaben|profil|(?:das|was) (?:bringst du|du mitbringst|sie mitbringen|bringen sie) ?(?:mit)?|(?:votre|ton) profil|(?:vos|tes) missions|missions?|profil recherché|compétences(?: requises)?|prérequis|exigences|requisitos?(?: (?:obrigatórios|mínimos|necessários|obligatorios|indispensables|imprescindibles))?|o que (?:vais|vai|irás) fazer|(?:tu|su) perfil|perfil(?: buscado| requerido)?|funciones|(?:tus )?responsabilidades|(?:lo )?que buscamos|qué buscamos|atividades|qualificações|o que esperamos(?: de você)?|requisiti|(?:principali )?responsabilità|il ruolo|profilo(?: ricercato)?|mansioni|cosa cerchiamo|wat (?:ga je doen|breng je mee|vragen wij|vragen we|verwachten wij|verwachten we)|functie-?eisen|(?:jouw )?profiel|(?:je |jouw )?taken|wie ben jij|(?:nasze )?wymagania|(?:twój )?zakres obowiązków|obowiązki|oczekujemy|kvalifikationer|kvalifikasjoner|krav|arbetsuppgifter|arbeidsoppgaver|opgaver|om dig|vi söker dig som)[\s!?.:]*$/iu;

/** Meaning of a heading's text, or null when it says nothing we use. */
export function classifyHeading(heading: string): SectionKind | null {
  let h = heading;
  if (QUOTES.test(h)) h = h.replace(/[’‘`]/g, "'");
  if (MARKUP.test(h)) h = h.replace(/[*_#:]/g, ' ');
  if (ODD_SPACE.test(h)) h = h.replace(/\s+/g, ' ');
  h = h.trim();
  // Japanese and Chinese headings in brackets: "【歓迎要件】", "【必須要件】", "＜歓迎＞".
  if (BRACKETED_HEADING.test(h)) h = h.slice(1, -1).trim();
  if (!h) return null;
  if (/\brequired\b/i.test(h) && !/\bnot required\b/i.test(h)) return 'required';
  if (DESIRED_PROFILE.test(h)) return 'required';
  if (PREFERRED_HEADING.test(h) || ASSETS_HEADING.test(h) || OTHER_PREFERRED_HEADING.test(h)) return 'preferred';
  if (ROLE_ABOUT.test(h)) return 'required';
  if (/^about\b/i.test(h) || BLURB_HEADING.test(h) || WHY_THE_EMPLOYER.test(h) || OTHER_BLURB_HEADING.test(h)) return 'blurb';
  if (OTHER_REQUIRED_HEADING.test(h)) return 'required';
  if (REQUIRED_HEADING.test(h)) return 'required';
  return null;
}

const BRACKETED_HEADING = /^(?:【[^【】]+】|＜[^＜＞]+＞|〈[^〈〉]+〉|《[^《》]+》|［[^［］]+］)$/;

const LIST_ITEM = /^\s*(?:[-*•·▪◦]\uFE0F?\s|\d{1,2}[.)]\s|[a-z][.)]\s)/;

const HASH = 35;
const STAR = 42;
const UNDERSCORE = 95;
const COLON = 58;

/** A capital letter other than A-Z first, or after "¿" / "¡". */
const OTHER_CAPITAL = /^[¿¡]?\p{Lu}/u;

/**
 * A code unit of an emoji a heading may open with ("🎁 What we offer", "⭐ Nice to have"): either half
 * of a character past the Basic Multilingual Plane, the symbols and dingbats (U+2190-U+2BFF), the
 * variation selector and the zero-width joiner.
 */
const isEmojiCode = (c: number): boolean => (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2190 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d;

/** `*` or `_`, the markup around headings ("**Skills**", "__Skills__"). */
const isEmphasis = (c: number): boolean => c === STAR || c === UNDERSCORE;

/** More than `max` words (runs of non-space) in `text`, which starts and ends with non-space. */
function moreWordsThan(text: string, max: number): boolean {
  let words = 1;
  for (let i = 1; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i)) && !isSpaceCode(text.charCodeAt(i - 1)) && ++words > max) return true;
  }
  return false;
}

/**
 * Strong heading format: "# X", "**X**", "X:" on its own short line (`isItem`: LIST_ITEM tested;
 * `indent`: the white space opening the line). Read by char codes: this runs on most lines, and
 * its replace, split and five regex tests were most of findSections' time.
 */
function headingText(line: string, isItem: boolean, indent: number): { text: string; strong: boolean; emoji?: string } | null {
  if (isItem) return null;
  // The text without the white space, "#", "*" and "_" opening it, nor the white space, "*" and "_"
  // closing it (what `line.replace(/^[\s#*_]+|[\s*_]+$/g, '')` gave).
  let start = 0;
  let emoji = false;
  while (start < line.length) {
    const c = line.charCodeAt(start);
    if (isEmojiCode(c)) emoji = true;
    else if (!(isSpaceCode(c) || c === HASH || isEmphasis(c))) break;
    start++;
  }
  let end = line.length;
  while (end > start && (isSpaceCode(line.charCodeAt(end - 1)) || isEmphasis(line.charCodeAt(end - 1)))) end--;
  if (end === start || end - start > 80) return null;
  const text = line.slice(start, end);
  // An emoji opens items as often as headings ("✅ Build API tests"): a heading's few words that
  // name a section, then ("🎁 What we offer", "⭐ Nice to have").
  if (emoji && text.charCodeAt(text.length - 1) !== COLON) {
    return !moreWordsThan(text, 5) && classifyHeading(text) !== null ? { text, strong: false, emoji: line.slice(indent, start).trim() } : null;
  }
  // "#", "**" or "__" first (`/^\s*#/`, `/^\s*(\*\*|__)/`): the line is not blank, so `indent` is
  // inside it.
  const first = line.charCodeAt(indent);
  const last = text.charCodeAt(text.length - 1);
  const strong = first === HASH || (isEmphasis(first) && indent + 1 < line.length && line.charCodeAt(indent + 1) === first) || last === COLON;
  // Japanese and Chinese postings bracket their headings: "【必須要件】", "【歓迎要件】", "＜歓迎＞".
  if (strong || BRACKETED_HEADING.test(text)) return { text, strong: true };
  // A short line without sentence punctuation may be a plain heading ("Nice to Have").
  const initial = text.charCodeAt(0);
  // A capital first, after Spanish's opening mark ("¿Qué harás?"), or a capital of another alphabet ("À propos", "Über uns").
  const capital = (initial >= 65 && initial <= 90) || (initial > 127 && OTHER_CAPITAL.test(text));
  if (last === 46 || last === 33 || last === 44 || last === 59 || !capital || moreWordsThan(text, 8)) return null;
  return { text, strong: false };
}

/** A line that is a field and its value, as agencies write a job's facts: "Education: B.E/B.Tech/MCA in Computer Science". */
const FIELD_LINE = /^\s*([A-Z][A-Za-z&/ ]{1,30}?)\s*:[^\S\n]*\S/;
/** What a field line's label means, as a heading would (`classifyHeading`), or null for no field line. */
function fieldKind(line: string): SectionKind | null {
  const label = FIELD_LINE.exec(line)?.[1];
  return label ? classifyHeading(label) : null;
}

/** Inline markers, for one-line postings: followed by a colon, or Title Case in a run-on line. */
const INLINE = [
  'preferred qualifications', 'preferred skills', 'preferred experience', 'preferred requirements',
  'desired qualifications', 'desired skills', 'desired experience', 'nice to have', 'nice-to-have', 'bonus points',
  'pluses', 'required qualifications', 'minimum qualifications', 'basic qualifications', 'required skills',
  'requirements', 'qualifications', 'responsibilities', 'responsibilites', 'essential functions',
  'skills and education', 'education and experience', 'skills and experience', 'about us', 'about the company',
  'who we are', 'benefits', 'job description', 'job summary', 'position summary', 'what you will do',
  "what you'll do", 'what we offer', 'duties',
];
const INLINE_RE = new RegExp(`\\b(${INLINE.map((p) => p.replace(/[-']/g, '.')).join('|')})\\b(\\s*:)?`, 'gi');
const RUN_ON_LINE = 400;
/**
 * A sentence introducing wished-for items on the same line: "The following are desirable but are
 * not required to qualify: JNCIS-ENT; PCNSE; Python or Ansible" (USAJobs). What follows its colon,
 * to the line's end, is preferred, across the semicolons that split it into clauses.
 */
const PREFERRED_INTRO =
  /\b(?:the following|these)\b[^:\n]{0,40}?\b(?:are|is|would be)\b[^:\n]{0,20}?\b(?:desirable|desired|preferred|a plus|nice to have|an asset|advantageous|beneficial)\b[^:\n]{0,60}:/i;

const COMPANY_MARKERS =
  /\b(?:we are a|we're a|our (?:mission|customers|clients|culture|values|products|company|people)|founded|headquartered|is (?:a|an|the) (?:leading|global|fast[- ]growing|world|intelligent|premier|top)|fortune \d+|best places to work|employees worldwide)\b/i;
/**
 * A paragraph that opens with a name and what it does: "Ledgerline is the accounts-payable
 * platform ...", "Aisleview builds shelf-scanning robots ...", and the customers it counts: "More
 * than 3,000 companies use Ledgerline".
 */
const COMPANY_OPENING =
  /^[*_\s]*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:is (?:a|an|the)\b|builds|makes|develops|designs|provides|offers|helps|powers|operates|runs)\b|\b(?:companies|customers|clients|businesses|brands|retailers|teams|organizations|organisations) (?:use|rely on|trust|choose)\b/;
const ROLE_MARKERS =
  /\b(?:you will|you'll|this role|the role|this position|the position|the candidate|responsible for|responsibilities|requirements|qualifications|(?:we are|we're|is) (?:looking|seeking|hiring)|experience (?:with|in))\b|(?:^|[.!?]\s+)(?:now\s+)?hiring\b|\b(?:need|must have|required)\s*:/i;

/**
 * Length of the white space opening `line` (what `trimStart()` removes: `\s`), counted by char
 * code instead of making a trimmed copy of each line.
 */
function leadingSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  return i;
}

/**
 * The line ends with a colon, then maybe white space and "*" / "_" markup and white space ("Nice
 * to have: **"): what `/:\s*[*_]*$/.test(line.trimEnd())` tested, read backwards by char code.
 * Linear: the regex backtracked quadratically over a long run of spaces after a colon (#7).
 */
function endsWithColon(line: string): boolean {
  let e = line.length;
  while (e > 0 && isSpaceCode(line.charCodeAt(e - 1))) e--;
  while (e > 0 && isEmphasis(line.charCodeAt(e - 1))) e--;
  while (e > 0 && isSpaceCode(line.charCodeAt(e - 1))) e--;
  return e > 0 && line.charCodeAt(e - 1) === COLON;
}

/** The line before the one starting at `lineStart`, its opening white space left out ('' for the first). */
const lineBefore = (text: string, lineStart: number): string =>
  lineStart === 0 ? '' : text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trimStart();

/** A heading of a few words that wishes or describes the employer ("Bonus points", "Perks"): it may share its items' emoji. */
const headsRun = (text: string): boolean => {
  const kind = moreWordsThan(text, 3) ? null : classifyHeading(text);
  return kind === 'preferred' || kind === 'blurb';
};

/** The line after the one ending at `lineEnd`, its opening white space left out. */
function lineAfter(text: string, lineEnd: number): string {
  const end = text.indexOf('\n', lineEnd + 1);
  return text.slice(lineEnd + 1, end < 0 ? text.length : end).trimStart();
}

/** Whether the first non-blank line after the line ending at `lineEnd` is a list item. */
function nextLineIsItem(text: string, lineEnd: number): boolean {
  let start = lineEnd + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (leadingSpace(line) < line.length) return LIST_ITEM.test(line);
    start = end + 1;
  }
  return false;
}

/** The rule under a Markdown table's heading row: "|---|:---:|". */
const MARKDOWN_RULE = /^[\s|:-]+$/;

/**
 * The kinds of a table's columns, from its heading row written with pipes ("Must-haves |
 * Nice-to-haves"), when its cells are headings of more than one kind; else null. The first cell
 * may head the rows' labels instead ("Area | Must have | Nice to have"): that column is null, the
 * kind around the table.
 */
function columnKinds(line: string): Array<SectionKind | null> | null {
  const cells = line.split(' | ');
  if (cells.length < 2 || cells.length > 4) return null;
  const kinds: Array<SectionKind | null> = [];
  for (const [i, cell] of cells.entries()) {
    const heading = cell.replace(/^[\s#*_|]+|[\s*_:|]+$/g, ''); // a Markdown table's outer pipes too
    const kind = heading.length <= 40 ? classifyHeading(heading) : null;
    if (!kind && (i > 0 || cells.length < 3)) return null;
    kinds.push(kind);
  }
  return new Set(kinds.filter((k) => k !== null)).size > 1 ? kinds : null;
}

/** Sections of `text` in order, covering every offset. */
export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  let kind: SectionKind = 'required';
  let sawHeading = false;
  let openStart = 0;
  // Whether the open section holds a list item yet.
  let listed = false;
  const open = (at: number, next: SectionKind): void => {
    // A marker inside a line already given its kind (a company introduction's line, one opened at
    // its end by "… Nice to have:") takes over from the marker on: the sections before it are cut
    // back there, so they stay in order, each starting where the last ends.
    if (at < openStart) {
      while (sections.length > 0 && (sections[sections.length - 1] as Section).start >= at) sections.pop();
      const last = sections[sections.length - 1];
      if (last && last.end > at) last.end = at;
      openStart = Math.max(at, last?.end ?? 0);
    }
    if (at > openStart) sections.push({ start: openStart, end: at, kind });
    openStart = at;
    kind = next;
    listed = false;
  };
  let lineStart = 0;
  // An introducer line ("It is preferential that you have held a certification in:") makes the
  // list under it preferred; `listScope` remembers how far.
  let listScope: { indent: number; nested: boolean; restore: SectionKind } | null = null;
  // A table written with pipes whose heading row names each column's kind: its rows' cells take
  // their column's ("3+ years of Figma | Framer or ProtoPie" under "Must-haves | Nice-to-haves").
  let table: { kinds: Array<SectionKind | null>; restore: SectionKind } | null = null;
  // The open blurb was opened by another language's heading (`OTHER_BLURB_HEADING`).
  let otherBlurb = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const indent = leadingSpace(line);
    // Blank: white space only (what `line.trim()` being empty meant), known without a copy.
    const blank = indent === line.length;
    const piped = line.includes(' | ');
    if (table && !blank) {
      if (MARKDOWN_RULE.test(line)) {
        lineStart = lineEnd + 1;
        continue;
      }
      if (piped) {
        let at = lineStart;
        for (const [i, cell] of line.split(' | ').entries()) {
          open(at, table.kinds[Math.min(i, table.kinds.length - 1)] ?? table.restore);
          at += cell.length + 3;
        }
        lineStart = lineEnd + 1;
        continue;
      }
      open(lineStart, table.restore);
      table = null;
    }
    const columns = piped && line.length <= 120 ? columnKinds(line) : null;
    if (columns) {
      table = { kinds: columns, restore: kind };
      listScope = null;
      sawHeading = true;
      open(lineStart, columns[0] ?? kind);
      lineStart = lineEnd + 1;
      continue;
    }
    const isItem = LIST_ITEM.test(line);
    if (listScope && !blank) {
      const inside = listScope.nested ? indent > listScope.indent : isItem;
      if (!inside) {
        open(lineStart, listScope.restore);
        listScope = null;
      }
    }
    const found = line.length <= 120 && !blank ? headingText(line, isItem, indent) : null;
    // Items each open with the same emoji ("👉 Experience with k6" under "👉 3+ years …"); a heading's is its own,
    // or it heads the run of items that share it, after lines that do not: "✔️ White Card\n⭐ Bonus points\n⭐ ETAP".
    const heading = found?.emoji && (lineBefore(text, lineStart).startsWith(found.emoji) || (lineAfter(text, lineEnd).startsWith(found.emoji) && !headsRun(found.text))) ? null : found;
    // A plain line with a comma that reads "preferred" is an item ("Bachelor's degree in CS,
    // Master's preferred"), not a "Preferred" heading over the lines after it.
    const classified = heading ? classifyHeading(heading.text) : null;
    // Nor one whose wish is in a bracket ("Bachelor's degree (MBA preferred)"): the bracket's own.
    const headingKind =
      classified === 'preferred' && !heading?.strong && (heading?.text.includes(',') || (heading?.text.includes('(') && classifyHeading(heading.text.replace(/\([^()]*\)/g, ' ')) !== 'preferred'))
        ? null
        : classified;
    // In a blurb, a plain heading the words do not classify still ends it when a list follows
    // ("About us ... The Opportunity\n- 3+ years of Python"): company text is prose, not lists.
    // A blurb another language's heading opened ends at the next heading, whatever its words: the
    // words for the job's own sections are too many to list.
    const endsBlurb = heading !== null && !headingKind && (kind as SectionKind) === 'blurb' && (otherBlurb || (!heading.strong && nextLineIsItem(text, lineEnd)));
    if (heading && (headingKind || heading.strong || endsBlurb)) {
      sawHeading = sawHeading || headingKind !== null;
      otherBlurb = headingKind === 'blurb' && OTHER_BLURB_HEADING.test(heading.text.replace(/[*_#:]/g, ' ').trim());
      listScope = null;
      open(lineStart, headingKind ?? 'required');
    } else if (!blank) {
      // trimEnd() first: `/:\s*[*_]*\s*$/` backtracked quadratically over a long run of spaces after
      // a colon (40,000 spaces: 1.3 s; a 5 MB paste: minutes). Same lines match (#7, extract.fuzz.test.ts).
      if (!listScope && endsWithColon(line) && /\b(?:preferential|preferred|desired|nice to have|bonus|a plus|ideally)\b/i.test(line)) {
        const next = text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) < 0 ? text.length : text.indexOf('\n', lineEnd + 1));
        const nextIndent = leadingSpace(next);
        listScope = { indent, nested: isItem && nextIndent > indent, restore: kind };
        open(lineEnd, 'preferred');
      } else if ((kind as SectionKind) === 'preferred' && listed && !listScope && !isItem && fieldKind(line) === 'required') {
        // A field of the posting after a wished-for list ("Good to have:\n- Redis\nEducation: B.E/B.Tech
        // ..."): the list ended, and the field asks for what it names. Not the first line under a
        // wished-for heading ("Desirable Qualifications\nKnowledge of: Ansible"): its items.
        open(lineStart, 'required');
      } else if (!sawHeading && !isItem && line.length > 150 && (COMPANY_MARKERS.test(line) || COMPANY_OPENING.test(line)) && !ROLE_MARKERS.test(line)) {
        // A company introduction before any heading ("X is a leading provider ...").
        const restore = kind;
        open(lineStart, 'blurb');
        open(lineEnd, restore);
      }
      inlineMarkers(line, lineStart, open, () => {
        sawHeading = true;
      });
      // After the line's markers, and only where sections still run forward from them.
      const intro = line.includes(':') ? PREFERRED_INTRO.exec(line) : null;
      if (intro && !listScope && lineStart + intro.index + intro[0].length >= openStart) {
        const restore = kind;
        open(lineStart + intro.index + intro[0].length, 'preferred');
        open(lineEnd, restore);
      }
    }
    listed ||= isItem;
    lineStart = lineEnd + 1;
  }
  open(text.length, kind);
  return sections;
}

function inlineMarkers(line: string, offset: number, open: (at: number, kind: SectionKind) => void, seen: () => void): void {
  // A marker counts when a colon follows it or the line is a run-on one: most lines are neither,
  // and skip the scan of INLINE_RE (a long alternation, tried at every word of every line).
  if (line.length <= RUN_ON_LINE && !line.includes(':')) return;
  INLINE_RE.lastIndex = 0;
  for (let m = INLINE_RE.exec(line); m; m = INLINE_RE.exec(line)) {
    const phrase = m[1] ?? '';
    const colon = Boolean(m[2]);
    const titleCase = phrase.split(/[\s-]+/).every((w) => /^[A-Z]/.test(w) || ['to', 'and', 'of', 'the'].includes(w));
    if (!colon && !(titleCase && line.length > RUN_ON_LINE)) continue;
    const kind = classifyHeading(phrase);
    if (!kind) continue;
    seen();
    open(offset + m.index, kind);
  }
}

/** The kind of the section containing `offset`. */
export function sectionAt(sections: readonly Section[], offset: number): SectionKind {
  return sections[spanIndexAt(sections, offset)]?.kind ?? 'required';
}

/**
 * Whether the span `[start, end)` (not empty) lies inside one blurb section, so that every offset
 * in it is 'blurb': per-clause scans that drop blurb findings can skip such a clause unread.
 */
export function insideBlurb(sections: readonly Section[], start: number, end: number): boolean {
  const s = sections[spanIndexAt(sections, start)];
  return s !== undefined && s.kind === 'blurb' && end <= s.end;
}
