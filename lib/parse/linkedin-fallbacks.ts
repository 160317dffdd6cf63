/**
 * LinkedIn's page as a person reads it, for when its classes change and the selectors
 * (lib/linkedin/selectors.ts) find nothing. Class names and hooks are renamed with every layout;
 * what the page shows stays: an "About the job" heading over the description, the job's own link
 * as its title, the company's link by the title, and under the title the top card's short lines
 * (the place, the pills: workplace, employment type, pay). Each reader runs only where no selector
 * matched, and gives nothing rather than a guess: a field left empty is shown as missing, a wrong
 * one would be saved.
 */
import type { CheerioAPI } from 'cheerio/slim';
import { isTag, type AnyNode, type Element, type Text } from 'domhandler';
import { textContent } from 'domutils';
import { jobIdFromAttribute } from '../linkedin/job-id';
import type { Salary } from '../posting';
import { cleanText, namesCurrency, normalizeEmploymentType, normalizeSeniority, normalizeWorkplace, parseSalaryLabel } from './normalize';
import { isPlaceItem } from './place';
import { allElementsOf, positionOf } from './query';

/** The description's heading in LinkedIn's interface languages (folded: lower case, straight apostrophes). */
const ABOUT_THE_JOB = new Set([
  'about the job',
  'about this job',
  'job description', // the mobile web layout's
  'über den job',
  'info zum job',
  "à propos de l'offre d'emploi",
  'acerca del empleo',
  'sobre a vaga',
  "informazioni sull'offerta di lavoro",
  'over de vacature',
  'om jobbet',
  'o pracy',
  'informacje o ofercie pracy',
  'o pracovní nabídce',
  'iş hakkında',
  'tentang pekerjaan',
  'نبذة عن الوظيفة',
  '求人について',
  '关于职位',
  '채용공고 정보',
]);

const fold = (s: string): string => (cleanText(s) ?? '').toLowerCase().replace(/[’‘]/g, "'");

const HEADING = /^h[1-4]$/;
/** The headings that end a top card ("Meet the hiring team", a Premium box): guest pages write the card's own sublines (company, place) as `h4`. */
const CARD_END = /^h[1-3]$/;
/** Never read: code, styles, icons, and LinkedIn's screen-reader duplicates. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'code', 'iframe']);
const HIDDEN_CLASS = /(?:^|\s)(?:visually-hidden|a11y-text)(?:\s|$)/;

/** Whether a node is an element or text that shows something. */
const shows = (node: AnyNode): boolean => isTag(node) || (node.type === 'text' && /\S/.test((node as Text).data));

/** Whether `el` is an "About the job" heading (in any of LinkedIn's languages). */
export const isAboutTheJob = (el: Element): boolean => HEADING.test(el.name) && ABOUT_THE_JOB.has(fold(textContent(el)));

/**
 * The description under an "About the job" heading: what follows the heading's box in its
 * section (`<section><header><h2>About the job</h2></header><div>…</div></section>`, or the
 * heading then the posting's paragraphs), up to the next heading of a section. Empty when no such
 * heading has text after it.
 */
export function descriptionByHeading($: CheerioAPI): AnyNode[] {
  for (const heading of allElementsOf($)) {
    if (!isAboutTheJob(heading)) continue;
    // The heading's box: the heading, or the wrapper that holds nothing else.
    let box: Element = heading;
    while (box.parent && isTag(box.parent) && box.parent.children.filter(shows).length === 1) box = box.parent;
    const section = box.parent;
    if (!section) continue;
    const nodes: AnyNode[] = [];
    for (let i = section.children.indexOf(box) + 1; i < section.children.length; i++) {
      const node = section.children[i] as AnyNode;
      if (isTag(node) && HEADING.test(node.name)) break; // the next section's heading
      nodes.push(node);
    }
    if (nodes.some((n) => cleanText(textContent(n)))) return nodes;
  }
  return [];
}

/** A class naming a job's description ("job-description__content", "jobs-description-v2__text"), not a post's. */
const DESCRIPTION_CLASS = /(?:^|[\s_-])jobs?[_-]+description(?:$|[\s_-])/i;
const NOT_THE_DESCRIPTION_CLASS = /criteria|compensation|salary|meta|card|subtitle|summary|insight/i;
/** The criteria list, whose section LinkedIn also names "description". */
const CRITERIA_CLASS = /criteria/i;
/** Less text than this is a card's line or a blurb, not a posting. */
const LEAST_DESCRIPTION = 400;

/**
 * A description whose box was renamed but still says so in its class ("job-description__body"):
 * the element of such a class with the most text, the innermost of those holding the same text,
 * that holds no criteria list (whose section is also named "description"). Read after the
 * selectors and the "About the job" heading.
 */
export function descriptionByClass($: CheerioAPI): AnyNode[] {
  let best: Element | null = null;
  let bestLength = LEAST_DESCRIPTION - 1;
  for (const el of allElementsOf($)) {
    const cls = el.attribs.class;
    if (!cls || !DESCRIPTION_CLASS.test(cls) || NOT_THE_DESCRIPTION_CLASS.test(cls)) continue;
    const text = cleanText(textContent(el));
    // Later in document order and as long: a descendant holding the same text, the tighter box.
    if (!text || text.length < bestLength) continue;
    if (allElementsIn(el).some((d) => CRITERIA_CLASS.test(d.attribs.class ?? ''))) continue;
    best = el;
    bestLength = text.length;
  }
  return best ? [best] : [];
}

/** The elements under `el`, without recursion. */
function allElementsIn(el: Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...el.children];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    out.push(node);
    stack.push(...node.children);
  }
  return out;
}

/** The job's own page, `/jobs/view/<id>/` or `/jobs/view/<slug>-<id>`: not its apply flow (`…/apply/`). */
const JOB_PAGE = /\/jobs\/view\/(?:[^/?#]*-)?\d{6,}\/?(?:[?#]|$)/;

/**
 * The title as the job's own link shows it (`<a href="/jobs/view/<id>/">Title</a>`): on every
 * layout the title links to the job. A link holding more than one line of text is a job card
 * (title, company, place), and one showing a pill ("Hybrid", "$16/hr") or a button is no title.
 * A two-pane page also links the job from its list, before the pane: the link nearest before the
 * description (`description`, its first element, when found) is the pane's title.
 */
export function titleFromJobLink($: CheerioAPI, jobId: string | null, description: Element | null = null): { el: Element; text: string } | null {
  if (!jobId) return null;
  const end = description ? positionOf($, description) : -1;
  let found: { el: Element; text: string } | null = null;
  for (const a of allElementsOf($)) {
    const href = a.name === 'a' ? a.attribs.href : undefined;
    if (!href?.includes('/jobs/view/') || jobIdFromAttribute(href) !== jobId || !JOB_PAGE.test(href)) continue;
    if (found && (end < 0 || positionOf($, a) > end)) break;
    const texts = visibleTexts(a);
    const text = texts[0];
    if (texts.length === 1 && text && text.length <= 200 && !isPill(text)) found = { el: a, text };
  }
  return found;
}

/** Whether a short text is one of the top card's pills or buttons rather than a name. */
const isPill = (text: string): boolean =>
  normalizeWorkplace(text) !== null ||
  normalizeEmploymentType(text) !== null ||
  statesPay(text) ||
  /^(?:easy apply|apply|save|saved|share|show more|see more)$/i.test(text);

/** The non-blank texts under `el`, each cleaned, skipping what is never shown. */
function visibleTexts(el: Element): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text') {
      const text = cleanText((node as Text).data);
      if (text) out.push(text);
    } else if (isTag(node) && !SKIP_TAGS.has(node.name) && !HIDDEN_CLASS.test(node.attribs.class ?? '')) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/** At most this many nodes are read after the title: a top card holds a few dozen. */
const TOP_CARD_NODES = 800;

/**
 * The texts shown after `title` and before `end` (the description), in document order, as a
 * person reads the top card: each text node's text, cleaned. Stops at
 * the next heading but a subline (`CARD_END`: the description's, "Meet the hiring team", a Premium
 * box): what follows is no longer the job's card.
 */
export function topCardTexts(title: Element, end: AnyNode | null): string[] {
  const out: string[] = [];
  let node: AnyNode | null = nextAfter(title);
  for (let seen = 0; node && node !== end && seen < TOP_CARD_NODES; seen++) {
    if (isTag(node)) {
      if (CARD_END.test(node.name)) break;
      if (SKIP_TAGS.has(node.name) || HIDDEN_CLASS.test(node.attribs.class ?? '') || node.children.length === 0) {
        node = nextAfter(node);
        continue;
      }
      node = node.children[0] as AnyNode;
      continue;
    }
    if (node.type === 'text') {
      const text = cleanText((node as Text).data);
      if (text) out.push(text);
    }
    node = nextAfter(node);
  }
  return out;
}

/** The node after `node` and its subtree, in document order. */
function nextAfter(node: AnyNode): AnyNode | null {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n.next) return n.next;
  return null;
}

/**
 * A fact of the top card that is no place: a time, a count, a status ("Promoted", "Reposted 2 days
 * ago"), also in LinkedIn's other languages ("Promocionado por el anunciante", "Promu par
 * l'employeur", "Candidature simplifiée", "Revisando solicitudes").
 */
const FACT_WORDS =
  /\b(?:ago|applicants?|applied|promoted|reposted|posted|viewed|responses?|hiring|reviewing|clicked|apply)\b|\b(?:promocionad|promovid|promu|promoss|gesponsert|gepromoot|sponsrad|solicitud|candidat|bewerb|sollicit|aplikac|ansök|başvur)/i;
/** Those, or a figure: a place holds one rarely. */
const NOT_A_PLACE = new RegExp(String.raw`\d|${FACT_WORDS.source}`, 'i');

/** A fact of the top card by its words alone ("Over 200 applicants", "2 days ago", "Promoted"), whatever figure it holds. */
export const isTopCardFact = (s: string): boolean => FACT_WORDS.test(s);

/** The workplace LinkedIn writes after a place: "Pune, Maharashtra, India (Remote)". */
const WORKPLACE_AFTER = /\s*\((?:remote|hybrid|on-site)\)$/i;

/**
 * Whether one text of the top card reads as the job's place (not a workplace word: "Remote" is a
 * pill), perhaps with its workplace after it ("India (Remote)").
 */
const readsAsPlace = (s: string): boolean => {
  const place = s.replace(WORKPLACE_AFTER, '');
  return !NOT_A_PLACE.test(place) && normalizeWorkplace(place) === null && isPlaceItem(place);
};

/**
 * French inclusive writing's middle dot inside a word ("Conseiller·ère", "étudiant·e·s"), which is
 * no separator of the top card's line: a small letter, the dot, one of the endings it joins.
 */
const INCLUSIVE_DOT = /(\p{Ll})·(?=(?:e|es|ère|ères|ice|ices|rice|rices|euse|euses|se|ne|nne|nnes|le|lle|lles|x|s)(?![\p{L}]))/gu;

/** The segments of a `·` line, trimmed, empty ones left out; a dot inside a word splits nothing. */
export function dotSegments(line: string): string[] {
  return (line.includes('·') ? line.replace(INCLUSIVE_DOT, '$1\u2027') : line)
    .split('·')
    .map((s) => s.replace(/\u2027/g, '·').trim())
    .filter(Boolean);
}

/** The job's place among the top card's texts: the first (of a `·` line's segments) that reads as one. */
export function placeFromTopCard(texts: readonly string[]): string | null {
  for (const text of texts) {
    const place = dotSegments(text).find(readsAsPlace);
    if (place) return place;
  }
  return null;
}

/**
 * The place a `·` line states ("Toronto, Ontario, Canada · Reposted 3 days ago · 40 applicants"):
 * the segment that reads as a place wherever it stands, else the first segment when it is no
 * time, count or status (a place the lists do not know). Null for a line of no place.
 */
export function placeFromMetaLine(line: string): string | null {
  const segments = dotSegments(line);
  const first = segments[0];
  const noFact = (s: string) => !NOT_A_PLACE.test(s) && normalizeWorkplace(s) === null;
  // A place the lists do not know: a segment in the shape of one ("Zaragoza, Aragón, España",
  // after "hace 3 días"), else the first segment.
  return (
    segments.find(readsAsPlace) ??
    (segments.length > 1 ? (segments.find((s) => s.includes(',') && noFact(s)) ?? (first && noFact(first) ? first : null)) : null)
  );
}

/** The longest text a pill shows ("Full-time", "Hybrid", "$85K/yr - $110K/yr"). */
const PILL_LENGTH = 40;

/**
 * LinkedIn's upsell beside the pills, a price and no pay: "Premium 1 Monat für 0 EUR testen", "Try
 * Premium for €0". A figure of nought, or Premium named.
 */
const PRICE_OFFER = /\bpremium\b|(?<![\d.,])0\s?(?:[A-Z]{3}\b|[€$£¥₹])|[€$£¥₹]\s?0(?![\d.,])/i;

/** A pill that states pay, read for the job's place (its crown): a currency and a figure ("$85K/yr - $110K/yr"). */
export const payPill = (text: string, place: string | null): Salary | null =>
  statesPay(text) && !PRICE_OFFER.test(text) ? parseSalaryLabel(text, place) : null;
/** A figure and a currency: the text of a pay pill. */
const statesPay = (text: string): boolean => /\d/.test(text) && namesCurrency(text);

/** How each pill is read: a workplace, an employment type, a seniority, pay. */
const PILL_READERS = {
  workplace: normalizeWorkplace,
  employmentType: normalizeEmploymentType,
  // "Internship" is the employment type's pill: a seniority chip names a level only.
  seniority: (t: string) => (normalizeEmploymentType(t) === null ? normalizeSeniority(t) : null),
  salary: payPill,
};
type PillField = keyof typeof PILL_READERS;

/** The first of the top card's pills (its short texts) that states `field`, or null; `place` for pay. */
export function pillFromTopCard<F extends PillField>(
  texts: readonly string[],
  field: F,
  place: string | null = null,
): NonNullable<ReturnType<(typeof PILL_READERS)[F]>> | null {
  const read = PILL_READERS[field] as (t: string, place: string | null) => ReturnType<(typeof PILL_READERS)[F]>;
  for (const text of texts) {
    const value = text.length <= PILL_LENGTH ? read(text, place) : null;
    if (value !== null) return value as NonNullable<ReturnType<(typeof PILL_READERS)[F]>>;
  }
  return null;
}

