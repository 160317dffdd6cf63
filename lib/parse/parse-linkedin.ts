import type { CheerioAPI } from 'cheerio/slim';
import { hasChildren, isTag, type AnyNode, type Element, type Text } from 'domhandler';
import { textContent } from 'domutils';
import * as sel from '../linkedin/selectors';
import { jobIdFromAttribute } from '../linkedin/job-id';
import { none, sourced, type ParsedPosting, type Seniority, type Sourced } from '../posting';
import { cleanText, normalizeEmploymentType, normalizeSeniority, normalizeWorkplace, parseSalaryLabel } from './normalize';
import { firstOf, pickText } from './pick';
import { descriptionByClass, descriptionByHeading, dotSegments, isAboutTheJob, isTopCardFact, payPill, pillFromTopCard, placeFromMetaLine, placeFromTopCard, titleFromJobLink, topCardTexts } from './linkedin-fallbacks';
import { allElementsOf, closestMatch, elementsIn, elementsOf, firstElementOf, isInside, positionOf } from './query';

/** What LinkedIn's own markup says, field by field; text and JSON-LD strategies come elsewhere. */
export interface LinkedInFields
  extends Pick<ParsedPosting, 'title' | 'company' | 'location' | 'employmentType' | 'seniority' | 'workplace' | 'salary' | 'postedText'> {
  /** The description element; empty when no selector matched. */
  descriptionNodes: AnyNode[];
  /** LinkedIn chrome inside the description (buttons, "About the job"), left out of its text. */
  descriptionSkip: ReadonlySet<AnyNode>;
  paneJobId: string | null;
}

const textOf = (el: Element | null): string | null => (el ? cleanText(textContent(el)) : null);

/**
 * The rest of a text box that a spec parser split: SDUI writes the description's lists inside a
 * paragraph (`<p><span data-testid=expandable-text-box>… <ul>`), and a browser reading that as HTML
 * closes the paragraph at the first list, so the rest of the text follows the paragraph. The
 * paragraph's next siblings, when the first of them is that list; else none. A box that holds
 * paragraphs of its own (`<p><span …><p>About us</p>…`) is closed before its first: the box is
 * empty then, and all its text follows.
 */
function restAfterSplitParagraph(box: Element, empty: boolean): AnyNode[] {
  const paragraph = box.parent;
  if (!paragraph || !isTag(paragraph) || paragraph.name !== 'p' || !paragraph.parent || !isTag(paragraph.parent)) return [];
  const siblings = paragraph.parent.children;
  const rest = siblings.slice(siblings.indexOf(paragraph) + 1);
  const first = rest.find((n) => isTag(n) || (n.type === 'text' && /\S/.test((n as Text).data)));
  if (!first || !isTag(first)) return [];
  if (first.name === 'ul' || first.name === 'ol') return rest;
  return empty && first.name === 'p' && box.attribs['data-testid'] === 'expandable-text-box' && rest.some((n) => isTag(n) && hasText(n)) ? rest : [];
}

/** Whether any text under `el` is more than white space (stops at the first that is). */
function hasText(el: Element): boolean {
  const stack: AnyNode[] = [el];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' && /[^\s\u00a0]/.test((node as Text).data)) return true;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return false;
}

/** Guest criteria list: "Seniority level" → "Mid-Senior level", ... (labels may be localized). */
function readCriteria($: CheerioAPI): Map<string, string> {
  const criteria = new Map<string, string>();
  for (const li of elementsOf($, sel.criteriaItem)) {
    const label = cleanText(elementsIn(li, sel.criteriaLabel).map(textContent).join(''));
    const value = cleanText(elementsIn(li, sel.criteriaValue).map(textContent).join(''));
    if (label && value) criteria.set(label.toLowerCase(), value);
  }
  return criteria;
}

/** The label and value of a criterion written as `<li><h3>label</h3><span>value</span></li>` or `<dt>label</dt><dd>value</dd>`. */
function labelAndValue(el: Element): [Element, Element] | null {
  if (el.name === 'li') {
    const [head, body, ...rest] = el.children.filter(isTag);
    return head && body && !rest.length && /^h[2-4]$/.test(head.name) ? [head, body] : null;
  }
  if (el.name !== 'dt') return null;
  let next = el.next;
  while (next && !isTag(next)) next = next.next;
  return next?.name === 'dd' ? [el, next] : null;
}

/**
 * The criteria list of a layout whose classes were renamed (the mobile web's `job-criteria__*`):
 * list items made of a heading, the label, then the value ("<h3>Employment type</h3><span>Full-time</span>"),
 * or a description list's terms and definitions. Only the labels LinkedIn uses count.
 */
function criteriaByHeadings($: CheerioAPI): Map<string, string> {
  const criteria = new Map<string, string>();
  for (const el of allElementsOf($)) {
    const pair = labelAndValue(el);
    if (!pair) continue;
    const [head, body] = pair;
    const label = cleanText(textContent(head))?.toLowerCase();
    const value = cleanText(textContent(body));
    if (label && value && (EMPLOYMENT_LABEL.test(label) || SENIORITY_LABEL.test(label))) criteria.set(label, value);
  }
  return criteria;
}

const SCREEN_READER_ONLY = '.visually-hidden, .a11y-text';

/** The criteria list's labels in LinkedIn's interface languages (lower case). */
const EMPLOYMENT_LABEL =
  /employment type|job type|type d.emploi|beschäftigungsverhältnis|tipo de empleo|tipo de emprego|tipo di impiego|tipo di contratto|dienstverband|anställningstyp|anställningsform|ansættelsestype|ansettelsestype|rodzaj zatrudnienia|forma zatrudnienia|typ pracovního|stihdam türü|työsuhteen tyyppi|тип занятости|रोजगार का प्रकार|uri ng trabaho|uri ng pagtatrabaho|僱用類型|工作類型|çalışma şekli|jenis pekerjaan|τύπος απασχόλησης|סוג העסקה|тип зайнятості|tipul de angajare|foglalkoztatás típusa|tipus d.ocupació|ประเภทการจ้างงาน|نوع التوظيف|雇用形態|工作类型|雇佣类型|고용 형태/;
const SENIORITY_LABEL =
  /seniority level|experience level|niveau hiérarchique|karrierestufe|nivel de antigüedad|nível de experiência|livello di anzianità|livello di esperienza|senioriteitsniveau|ervaringsniveau|senioritetsnivå|tjänstenivå|anciennitetsniveau|ansiennitetsnivå|poziom stanowiska|poziom doświadczenia|poziom w hierarchii|úroveň seniority|kıdem düzeyi|kokemustaso|tahap kekananan|уровень должности|वरिष्ठता स्तर|antas ng seniority|職級|資歷等級|tingkat senioritas|επίπεδο αρχαιότητας|רמת ותק|рівень посади|nivel de vechime|szolgálati szint|szenioritási szint|nivell d.antiguitat|ระดับอาวุโส|مستوى الأقدمية|役職レベル|职位级别|경력 수준/;

/**
 * A seniority criterion's level: LinkedIn's labels in the languages known, else a level whose
 * words hold "senior" ("Middels til senior nivå"): LinkedIn has no senior level but "Mid-Senior".
 */
function seniorityOfCriterion(value: string | null): Seniority | null {
  return normalizeSeniority(value) ?? (value && /(?<![\p{L}])senior(?![\p{L}])/iu.test(value) ? 'mid-senior' : null);
}

/** The text under `el` without its screen-reader-only duplicates. */
function visibleText(el: Element): string | null {
  const hidden = new Set<AnyNode>(elementsIn(el, SCREEN_READER_ONLY));
  if (!hidden.size) return shownLabel(el) ?? textOf(el);
  const parts: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (hidden.has(node)) continue;
    if (node.type === 'text') parts.push((node as Text).data);
    else if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return cleanText(parts.join(''));
}

/**
 * The label a pill shows when it also holds a sentence for screen readers in a class of no fixed
 * name (SDUI: `<span aria-hidden="true">Part-time</span><span class="_a43b7fd">Matches your job
 * preferences, job type is Part-time.</span>`): the text of its `aria-hidden` part, when that is
 * not all of its text. Attributes are read as they are, not by a selector, which would index
 * `aria-hidden` in every page parsed (query.ts).
 */
function shownLabel(el: Element): string | null {
  // In document order: the first shown label, not an icon's.
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    if (node.attribs['aria-hidden'] === 'true') {
      const label = textOf(node);
      if (label) return label === textOf(el) ? null : label;
      continue; // an icon
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

/**
 * Pill texts under the top card, with the screen-reader duplicates dropped. SDUI's pills are any
 * button (hashed classes): only those after the title count, not a search page's filter buttons
 * ("Remote", "Job type") above it.
 */
function readPills($: CheerioAPI, title: Element | null): Array<{ text: string; index: number }> {
  const after = title ? positionOf($, title) : -1;
  for (const [index, selector] of sel.pills.entries()) {
    const anyButton = selector === sel.sduiPills;
    if (anyButton && !title) continue;
    const pills = elementsOf($, selector)
      .filter((el) => !anyButton || positionOf($, el) > after)
      .map(visibleText)
      .filter((t): t is string => Boolean(t));
    if (pills.length) return pills.map((text) => ({ text, index }));
  }
  return [];
}

function fromPills<T>(pills: Array<{ text: string; index: number }>, read: (t: string) => T | null): Sourced<T> {
  for (const pill of pills) {
    const value = read(pill.text);
    if (value !== null) return { value, source: `selector:pills[${pill.index}]` };
  }
  return none();
}

/** The `·` segments of the classic meta line ("New York · Reposted 2 weeks ago · 100 applicants"). */
function metaSegments($: CheerioAPI): string[] {
  for (const selector of sel.metaLine) {
    const text = textOf(firstElementOf($, selector));
    if (text) return dotSegments(text);
  }
  return [];
}

function readPaneJobId($: CheerioAPI): string | null {
  for (const { selector, attribute } of sel.paneJobId) {
    const id = jobIdFromAttribute(firstElementOf($, selector)?.attribs[attribute]);
    if (id) return id;
  }
  return null;
}

/** Whether `el` sits inside an SDUI component (whose links and lines belong to other jobs, ads, ...). */
const inComponent = (el: Element) => closestMatch(el, sel.sduiComponent) !== null;

/**
 * SDUI has no stable classes: the company is a company link outside a component, the one nearest
 * the title when the title was found (a two-pane page lists other jobs' companies before it).
 */
function sduiCompany($: CheerioAPI, title: Element | null): Sourced<string> {
  const links = elementsOf($, sel.sduiCompanyLink).filter((a) => !inComponent(a) && textOf(a));
  let link = links[0];
  if (title && links.length > 1) {
    const at = positionOf($, title);
    const distances = links.map((a) => Math.abs(positionOf($, a) - at));
    link = links[distances.indexOf(Math.min(...distances))];
  }
  return link ? sourced(textOf(link), 'selector:sduiCompany[0]') : none();
}

/**
 * SDUI: the element whose own text is exactly the title `document.title` names; on a page whose
 * screen hook was renamed (or not captured), any such element. Search results list the job itself
 * too, on a card before its pane: of several, the last before the description (`description`) is
 * the pane's, whose top card follows it.
 */
function sduiTitle($: CheerioAPI, titleFromDocument: string | null, description: Element | null): Element | null {
  if (!titleFromDocument) return null;
  // Its own text, beside at most elements of none (a "Verified job" badge: an icon in a link).
  // The cheap tests first: most candidates are wrappers with no text of their own.
  const showsTitle = (el: Element) =>
    el.children.some((c) => c.type === 'text' && /\S/.test((c as Text).data)) &&
    el.children.every((c) => !isTag(c) || !textOf(c)) &&
    textOf(el) === titleFromDocument;
  const shown = elementsOf($, sel.sduiTitleCandidates).filter(showsTitle);
  if (shown.length > 1 && description) {
    const end = positionOf($, description);
    const before = shown.filter((el) => positionOf($, el) < end);
    if (before.length) return before[before.length - 1]!;
  }
  return shown[0] ?? allElementsOf($).find((el) => TITLE_TAGS.has(el.name) && showsTitle(el)) ?? null;
}

/** The elements that may show the title on a page without SDUI's screen hook (renamed, or outside the captured region). */
const TITLE_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'span', 'div']);

/** A count of places, in any language ("3 locations", "3 locații", "Multiple locations"): no place of its own. */
const COUNT_OF_PLACES = /^(?:\d+\s+\p{L}+|multiple locations|several locations)$/iu;
/** A place picked by a selector, unless it is a count of places or another fact of the top card ("Over 200 applicants" in a renamed layout). */
const notACount = (found: Sourced<string>): Sourced<string> =>
  found.value !== null && (COUNT_OF_PLACES.test(found.value) || isTopCardFact(found.value)) ? none() : found;

/** Inline elements: a line of the top card is made of these and text. */
const INLINE = new Set(['span', 'a', 'strong', 'b', 'em', 'i', 'time', 'small']);

/**
 * SDUI: the place of the `·` line under the title, outside components ("Toronto, Ontario, Canada ·
 * Reposted 3 days ago · …", the dots as text or as spans, the segments in any order). Lines before
 * the title (a two-pane page's list of other jobs) are not read.
 */
function sduiLocation($: CheerioAPI, title: Element | null): Sourced<string> {
  let after: number | undefined;
  for (const el of elementsOf($, sel.sduiMetaLine)) {
    if (!el.children.every((c) => !isTag(c) || INLINE.has(c.name))) continue;
    const line = textContent(el);
    if (!line.includes('·') || line.length > 300 || inComponent(el)) continue;
    // Not a line before the title (another job's, in a list), nor the title itself ("Conseiller·ère ...").
    if (title && (el === title || isInside(el, title) || isInside(title, el) || positionOf($, el) < (after ??= positionOf($, title)))) continue;
    const place = placeFromMetaLine(line);
    if (place) return sourced(cleanText(place), 'selector:sduiMetaLine[0]');
  }
  return none();
}

/** The first element a selector list matches with text, its text, and which selector gave it. */
function pickElement($: CheerioAPI, name: string, selectors: readonly string[]): { el: Element; found: Sourced<string> } | null {
  for (let i = 0; i < selectors.length; i++) {
    for (const el of elementsOf($, selectors[i]!)) {
      const text = textOf(el);
      if (text) return { el, found: sourced(text, `selector:${name}[${i}]`) };
    }
  }
  return null;
}

/**
 * The title and the element that shows it: the layouts' selectors, then SDUI's text equal to
 * `document.title`'s, then the job's own link (a renamed top card still links its title to the
 * job), then the page's `h1`, the last resort (on a list page it is the list's heading).
 */
function readTitle(
  $: CheerioAPI,
  titleFromDocument: string | null,
  jobId: string | null,
  description: Element | null,
): { el: Element | null; found: Sourced<string> } {
  const picked = pickElement($, 'title', sel.title);
  if (picked) return picked;
  const sdui = sduiTitle($, titleFromDocument, description);
  if (sdui) return { el: sdui, found: sourced(titleFromDocument, 'selector:sduiTitle[0]') };
  const link = titleFromJobLink($, jobId, description);
  if (link) return { el: link.el, found: sourced(link.text, 'selector:jobLink[0]') };
  return pickElement($, 'anyTitle', sel.anyTitle) ?? { el: null, found: none() };
}

/** The chrome inside the description's nodes (buttons, "Show more"), left out of its text. */
function chromeIn($: CheerioAPI, nodes: readonly AnyNode[]): Set<AnyNode> {
  return new Set<AnyNode>(sel.descriptionChrome.flatMap((chrome) => elementsOf($, chrome).filter((el) => nodes.some((n) => el === n || isInside(el, n)))));
}

/**
 * The description's nodes and the chrome inside them (buttons, "About the job") to leave out: the
 * first selector that matches with text, else what follows an "About the job" heading (a layout
 * whose description hooks were renamed).
 */
function readDescription($: CheerioAPI): { nodes: AnyNode[]; skip: Set<AnyNode> } {
  for (const selector of sel.description) {
    const found = firstElementOf($, selector);
    if (!found) continue;
    const empty = !hasText(found);
    const rest = restAfterSplitParagraph(found, empty);
    if (rest.length) return { nodes: [found, ...rest], skip: chromeIn($, [found, ...rest]) };
    if (empty) continue;
    // The job's section split into text boxes, side by side (SDUI): all of them, in order.
    const boxes = selector.includes('expandable-text-box') ? elementsOf($, selector).filter((el) => el !== found && hasText(el) && !isInside(el, found) && !isInside(found, el)) : [];
    if (boxes.length) return { nodes: [found, ...boxes], skip: chromeIn($, [found, ...boxes]) };
    const skip = chromeIn($, [found]);
    // The box's own "About the job" heading: #job-details always holds one (an h2, in whatever
    // language), another layout's box may open with it.
    const classic = selector === '#job-details';
    const heading = found.children.find((c): c is Element => isTag(c) && (!classic || c.name === 'h2'));
    if (heading && (classic || isAboutTheJob(heading))) skip.add(heading);
    return { nodes: [found], skip };
  }
  const heading = descriptionByHeading($);
  const nodes = heading.length ? heading : descriptionByClass($);
  return { nodes, skip: chromeIn($, nodes) };
}

/** "of" before a company, in LinkedIn's interface languages written in Latin letters. */
const COMPANY_OF = /(?:^|\s)(?:from|of|at|chez|presso|bij|hos|di|de|d['’]|da|do|du|des|del|della|van|von|bei|från|fra|z|ze|od|dari)\s*(?=\p{Lu}|\d)/u;
/** A lower-case word longer than a joining one ("and", "und", "de"): a sentence goes on, no company's name. */
const SENTENCE_WORD = /(?:^|\s)\p{Ll}{4,}(?:\s|$)/u;

/**
 * The company in the message-the-recruiter card's sentence: "Direct message the job poster from
 * Acme, Inc.", "Invia un messaggio diretto all’autore dell’offerta di lavoro di Erbaluce Cosmetici
 * S.p.A.": in another language written in Latin letters, what follows the first "of" before a capital, when nothing but a
 * name runs on to the sentence's end. Keeps the period of "Inc.", drops a sentence's.
 */
function posterCompany(sentence: string | null): string | null {
  if (!sentence) return null;
  // In Chinese and Japanese, the company before its particle: "直接发消息给深圳市恒拓精密电子有限公司的职位发布者".
  let name = /job poster from (.+)$/i.exec(sentence)?.[1] ?? /^直接发消息给(.+?)的职位发布者$/.exec(sentence)?.[1] ?? /^(.+?)の(?:求人)?投稿者に.*メッセージ/.exec(sentence)?.[1] ?? null;
  if (name === null) {
    const of = COMPANY_OF.exec(sentence);
    const rest = of ? sentence.slice(of.index + of[0].length) : '';
    if (!rest || SENTENCE_WORD.test(rest)) return null;
    name = rest;
  }
  return /\b(inc|co|corp|ltd|llc|s\.p\.a|s\.a|s\.r\.l|b\.v|n\.v|c\.v)\.$/i.test(name) ? name : name.replace(/\.$/, '');
}

/**
 * Reads every field LinkedIn's markup offers, recording which selector gave each; where a layout's
 * selectors find nothing, the page as a person reads it (linkedin-fallbacks.ts). `titleFromDocument`
 * is `document.title` part 1, which SDUI pages show as the title's text; `jobId` the job the address
 * names, whose own link is its title.
 */
export function parseLinkedIn($: CheerioAPI, titleFromDocument: string | null = null, jobId: string | null = null): LinkedInFields {
  let criteria = readCriteria($);
  const meta = metaSegments($);
  const description = readDescription($);
  const descriptionStart = description.nodes.find(isTag) ?? (description.nodes[0]?.parent as Element | null | undefined) ?? null;
  const title = readTitle($, titleFromDocument, jobId, descriptionStart);
  const pills = readPills($, title.el);
  // The top card's texts, read once and only if a field's selectors found nothing.
  let card: ReturnType<typeof topCardTexts> | undefined;
  const topCard = () => (card ??= title.el ? topCardTexts(title.el, description.nodes[0] ?? null) : []);
  // A layout the selectors know shows its pills or criteria where they look: the top card's lines
  // are read for the pills only on a page where they found none (guest pages show no workplace).
  const knownLayout = criteria.size > 0 || meta.length > 0 || pills.some((p) => sel.pills[p.index] !== sel.sduiPills);
  // Criteria by their shape, on a layout the selectors do not know: beside SDUI's pills too (a
  // "Job details" list of terms and definitions: "Job type: Full-time").
  if (!knownLayout) criteria = criteriaByHeadings($); // the selectors' list was empty: nothing lost
  const topPill = <F extends Parameters<typeof pillFromTopCard>[1]>(field: F, place: string | null = null) =>
    knownLayout ? null : pillFromTopCard(topCard(), field, place);

  const recruiterCompany = posterCompany(textOf(firstElementOf($, sel.recruiterCompany)));

  const criteriaValue = (label: RegExp) => [...criteria].find(([k]) => label.test(k))?.[1] ?? null;
  // A known layout whose pills came as a list of terms and definitions ("Job type: Part-time"): read
  // by their shape when no criteria list and no pill gave the type.
  let shaped: Map<string, string> | undefined;
  const shapedValue = (label: RegExp) =>
    criteria.size ? null : [...(shaped ??= knownLayout ? criteriaByHeadings($) : criteria)].find(([k]) => label.test(k))?.[1] ?? null;
  // A criterion whose label no list knows (an interface language not met yet): the value tells
  // which it is ("Heltid" is a job type). Only the list's first two, where LinkedIn puts the level and
  // the type (an industry, listed last, is no level: "Senior Living"), and none a known label names.
  const unlabelled = [...criteria]
    .slice(0, 2)
    .filter(([k]) => !EMPLOYMENT_LABEL.test(k) && !SENIORITY_LABEL.test(k))
    .map(([, value]) => value);
  const criterionReading = (label: RegExp, read: (value: string) => unknown): string | null =>
    criteriaValue(label) ?? unlabelled.find((value) => read(value) !== null) ?? null;
  const employmentCriterion = criterionReading(EMPLOYMENT_LABEL, normalizeEmploymentType);
  const seniorityCriterion = criterionReading(SENIORITY_LABEL, seniorityOfCriterion);
  const locationText = firstOf(
    // The classic `·` line's place, wherever it stands in the line ("Reposted 3 days ago · Dublin, ...").
    () => sourced(meta.length > 1 ? cleanText(placeFromMetaLine(meta.join(' · '))) : null, 'selector:metaLine[place]'),
    () => notACount(pickText($, 'location', sel.location)),
    () => sduiLocation($, title.el),
    () => sourced(placeFromTopCard(topCard()), 'selector:topCard[place]'),
  );

  return {
    title: title.found,
    company: firstOf(
      pickText($, 'company', sel.company),
      sourced(recruiterCompany, 'selector:recruiterCompany[0]'),
      // A guest top card whose company is no link: its first fact, or its logo's name.
      pickText($, 'unlinkedCompany', sel.unlinkedCompany),
      () => sourced(cleanText(firstElementOf($, sel.topCardLogo)?.attribs.alt), 'selector:topCardLogo[alt]'),
      () => sduiCompany($, title.el),
    ),
    location: locationText,
    employmentType: employmentCriterion
      ? sourced(normalizeEmploymentType(employmentCriterion), 'selector:criteria[employment]')
      : firstOf(
          fromPills(pills, normalizeEmploymentType),
          () => sourced(topPill('employmentType'), 'selector:topCard[pill]'),
          () => sourced(normalizeEmploymentType(shapedValue(EMPLOYMENT_LABEL)), 'selector:terms[employment]'),
        ),
    // Only a criteria list or a chip states it; a page with a criteria list is not read further.
    seniority: criteria.size
      ? sourced(seniorityOfCriterion(seniorityCriterion), 'selector:criteria[seniority]')
      : sourced(pills.length ? null : topPill('seniority'), 'selector:topCard[pill]'), // SDUI's pills name no level
    workplace: (() => {
      const pill = fromPills(pills, normalizeWorkplace);
      if (pill.value) return pill;
      const inLocation = /\((remote|hybrid|on-site)\)/i.exec(locationText.value ?? '')?.[1];
      if (inLocation) return sourced(normalizeWorkplace(inLocation), 'selector:location[workplace]');
      return sourced(topPill('workplace'), 'selector:topCard[pill]');
    })(),
    salary: (() => {
      const labelled = pickText($, 'salary', sel.salary);
      if (labelled.value) return sourced(parseSalaryLabel(labelled.value, locationText.value), labelled.source);
      return firstOf(
        fromPills(pills, (t) => payPill(t, locationText.value)),
        () => sourced(topPill('salary', locationText.value), 'selector:topCard[pill]'),
      );
    })(),
    postedText: (() => {
      const guest = pickText($, 'postedTime', sel.postedTime);
      if (guest.value) return guest;
      return sourced(meta.find((s) => /\bago\b/i.test(s)) ?? null, 'selector:metaLine[posted]');
    })(),
    descriptionNodes: description.nodes,
    descriptionSkip: description.skip,
    paneJobId: readPaneJobId($),
  };
}
