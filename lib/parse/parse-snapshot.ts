import { load, type CheerioAPI } from 'cheerio/slim';
import { canonicalUrl } from '../canonical-url';
import { CaptureError } from '../capture-error';
import { isLinkedInUrl, jobIdFromUrl, linkedInJobUrl } from '../linkedin/job-id';
import { none, sourced, type ParsedPosting, type Sourced } from '../posting';
import type { Snapshot } from '../snapshot';
import { buildPosting, type FoundFields } from './build-posting';
import { parseDocumentTitle } from './document-title';
import { htmlToText, type DescriptionContent } from './html-to-text';
import { loadBounded } from './load-bounded';
import { classifyHeading } from '../extract/sections';
import { findJsonLdJob } from './json-ld';
import { parseGenericPage } from './generic-page';
import { normalizeEmploymentType, normalizeWorkplace, salaryFromJsonLd } from './normalize';
import { parseLinkedIn, type LinkedInFields } from './parse-linkedin';
import { parseSite } from './parse-site';
import { findSiteProfile } from '../sites/site-profiles';
import { firstOf } from './pick';
import { isPlaceLine, isPlaceName, PLACE_LABELS, placeInProse } from './place';
import { placeInLine, ROLE_NOUN } from './parse-text';
import { companyInText, LEGAL_FORM } from './company-in-text';
import { elementsOf } from './query';
import { textContent } from 'domutils';

/**
 * A JSON-LD description this much shorter than the page's own text is a summary ("Lead site
 * teams... Apply on our site"): the page's text is the posting.
 */
const SUMMARY_RATIO = 1.5;


/**
 * A description saved alone (no top card) names its job in its first lines, as a letter does:
 * labelled ("Position Title: Manager of IT", "Position: Manager Internal Audit", "Посада: Менеджер
 * з логістики"), or as a first line over the lines that label the job's facts ("AI Governance
 * Analyst (m/w/d)" over "Standort: München"), or as a first line over a header line of facts that
 * names the place ("Inside Sales Executive" over "Leeds, West Yorkshire | Office-based | £26,000",
 * read as parse-text.ts reads a paste's header). The labels in the languages postings are written in.
 */
const TITLE_LABEL =
  /^[^\S\n]*(?:position title|job title|position|title|role|designation|job role|stellenbezeichnung|stelle|poste|intitulé du poste|puesto|cargo|vaga|posizione|ruolo|functie|stanowisko|pozice|pozícia|pozíció|munkakör|posada|посада|должность|вакансия|θέση|תפקיד|vị trí|ตำแหน่ง)[^\S\n]*:[^\S\n]*(\S.{2,119})$/imu;
/** A line that labels a fact of the job: "Location: …", "Standort: …", "Vertragsart: …", "Місто: …". */
const FACT_LINE = /^[^\S\n]*[\p{L}][\p{L} /&-]{1,30}[^\S\n]?[:：][^\S\n]*\S/u;
/** A labelled line of the job's place or arrangement: "Working location: District 4", "Work model: Hybrid". */
const PLACE_FACT_LINE = new RegExp(String.raw`^[^\S\n]*(?:${PLACE_LABELS}|work(?:ing)? (?:model|arrangement|mode)|workplace)[^\S\n]?[:：][^\S\n]*\S`, 'iu');
/** How many of the first lines the header may take. */
const HEADER_LINES = 6;

/** Emoji opening a line, as a label's icon: "📍 Location: Kraków", "💰 Salary: …". */
const LEADING_EMOJI = /^[^\S\n]*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+[^\S\n]*/u;

function letterHeader(text: string, company: string | null): { title: string | null; place: string | null } {
  const lines = text
    .slice(0, 1200)
    .split('\n', HEADER_LINES)
    .map((line) => line.replace(LEADING_EMOJI, ''));
  for (const line of lines) {
    const labelled = TITLE_LABEL.exec(line)?.[1]?.trim();
    // "Role: Permanent", "Position: Full-time" label the job's type, not its title.
    if (labelled && !normalizeEmploymentType(labelled) && !normalizeWorkplace(labelled)) return { title: labelled, place: null };
  }
  const [first, second] = lines;
  // A Japanese posting's headline: a bracketed role, then its selling points ("【経理スタッフ】月次・年次決算／残業月10時間程度").
  if (first && JAPANESE_HEADLINE.test(first.trim())) return { title: first.trim(), place: null };
  // A first line shaped as a title over a labelled fact, or over a header line naming the place.
  if (!first || !second || !titleShaped(first)) return { title: null, place: null };
  // Over a labelled fact; the place too when that fact is it ("Location: Kraków, Poland – hybrid").
  if (FACT_LINE.test(second)) return { title: first.trim(), place: (PLACE_FACT_LINE.test(second) ? placeInLine(second) : null) ?? placeInProse(second) };
  // Or over an introduction, then labelled facts ("IT Project Manager" / "Saigon Bridge is …" / "Working location: …").
  if (lines.slice(2, 4).some((line) => PLACE_FACT_LINE.test(line))) return { title: first.trim(), place: null };
  // Or over a line naming the employer the page names, its place after it ("Laboratory Department –
  // Kalayaan Medical Center, Quezon City").
  const employer = company?.replace(TRAILING_LEGAL_FORM, '').trim().toLowerCase();
  const at = employer && employer.length >= 4 ? second.toLowerCase().indexOf(employer) : -1;
  if (at >= 0 && second.length <= 160) {
    // The place right after the employer, up to the next fact ("Anna Livia Radio | Grand Canal Dock, Dublin 2 | Full-time").
    const rest = second.slice(at + (employer as string).length).replace(/^[\s,–—|·-]+/, '').split(/\s+[|·•–—]\s+/, 1)[0]!.trim();
    return { title: first.trim(), place: placeInLine(second) ?? (rest && isPlaceName(rest) ? rest : null) };
  }
  // Or over a line that is a place and nothing else ("Staff Photographer" over "Minneapolis, MN").
  if (second.length <= 80 && isPlaceLine(second.trim())) return { title: first.trim(), place: second.trim() };
  const place = second.length <= 160 && HEADER_FACTS.test(second) ? placeInLine(second) : null;
  if (place) return { title: first.trim(), place };
  // A header line of facts whose place no list knows, the facts after it known ("Querétaro, Qro. |
  // Tiempo completo | Esquema híbrido"): its first segment, shaped as a town and its region.
  const segments = second.length <= 160 ? second.split(/\s+[|·•]\s+/) : [];
  const town = segments[0]?.trim() ?? '';
  if (segments.length >= 3 && TOWN_AND_REGION.test(town) && isPlaceName(town.slice(0, town.indexOf(','))) && segments.slice(1).some((f) => normalizeEmploymentType(f.trim()) ?? normalizeWorkplace(f.trim()))) {
    return { title: first.trim(), place: town };
  }
  return { title: null, place: null };
}

/** A company's legal form and what follows it ("Anna Livia Radio DAC" → "Anna Livia Radio"). */
const TRAILING_LEGAL_FORM = new RegExp(String.raw`,?\s+${LEGAL_FORM}(?![\p{L}\p{N}]).*$`, 'u');

/**
 * Whether a line is shaped as a title: no label, short (90 characters, 12 words at most, a dash no
 * word), no sentence's end, no section's heading unless it names a role ("Project Architect –
 * Education & Civic").
 */
function titleShaped(line: string): boolean {
  const trimmed = line.trim();
  return (
    !FACT_LINE.test(line) &&
    line.length <= 90 &&
    !SENTENCE_END.test(trimmed) &&
    line.split(' ').filter((w) => /\p{L}/u.test(w)).length <= 12 &&
    (classifyHeading(line) === null || ROLE_NOUN.test(line))
  );
}

/** A sentence's end: "!", "?", ":", ";", or a period after a word, not an abbreviation's ("Cuenta Retail EE. UU.", "Acme Inc."). */
const SENTENCE_END = /[!?:;]$|(?<![A-Z]{1,3}|\b[A-Z][a-z]{1,2})\.$/;

/** A town and its region as a header line writes them: "Querétaro, Qro.", "Leeds, West Yorkshire". */
const TOWN_AND_REGION = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)?, \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)?$/u;

/** A line opening with a role in lenticular brackets, no sentence after it. */
const JAPANESE_HEADLINE = /^【[^【】\n]{1,30}】[^\n。！？]{0,80}$/;

/**
 * A header line of facts: two or more, between bars, dots, bullets or spaced dashes ("Leeds, West
 * Yorkshire | Office-based | £26,000", "Milano (MI) – modalità ibrida").
 */
const HEADER_FACTS = /\S\s+[|·•–—]\s+\S/;

/**
 * Whether LinkedIn's fields, read without a description, show no job: the title is the page's
 * heading (no job selector gave it), or a heading with neither a company nor a place beside it.
 */
function showsNoJob(li: Pick<LinkedInFields, 'title' | 'company' | 'location'>): boolean {
  const source = li.title.source;
  if (source === 'selector:anyTitle[0]') return true;
  return source !== 'selector:jobLink[0]' && source !== 'selector:sduiTitle[0]' && !li.company.value && !li.location.value;
}

/** JSON-LD descriptions are HTML, sometimes entity-encoded once more ("&lt;p&gt;"). */
function descriptionFromJsonLd(html: string): DescriptionContent {
  const decoded = !html.includes('<') && html.includes('&lt;') ? load(html).root().text() : html;
  return htmlToText(loadBounded(decoded).root().toArray());
}

/**
 * Parses a snapshot of a page into a posting: JSON-LD first, then LinkedIn's markup (selectors in
 * lib/linkedin/selectors.ts) or a career site's profile (lib/sites/), then, on other pages, the
 * page read without one (generic-page.ts), then `document.title`, then text patterns; each field
 * records which strategy gave it. Throws a `CaptureError` when the page holds no job, or a two-pane view still
 * shows the previous job.
 */
export function parseSnapshot(snapshot: Snapshot, loaded?: CheerioAPI): ParsedPosting {
  return buildPosting(readPage(snapshot, loaded));
}

/** The fields the page states, field by field with provenance. `loaded`: `snapshot.html`, already parsed. */
function readPage(snapshot: Snapshot, loaded?: CheerioAPI): FoundFields {
  const $ = loaded ?? loadBounded(snapshot.html); // nesting bounded: see load-bounded.ts (#7)
  const blocks = [...snapshot.jsonLd, ...elementsOf($, 'script[type="application/ld+json"]').map((el) => textContent(el))];
  const ld = findJsonLdJob(blocks);
  const onLinkedIn = isLinkedInUrl(snapshot.url);
  const fromTitle = parseDocumentTitle(onLinkedIn ? snapshot.documentTitle : '');
  const urlJobId = snapshot.urlJobId ?? (onLinkedIn ? jobIdFromUrl(snapshot.url) : null);
  const li = onLinkedIn ? parseLinkedIn($, fromTitle.title, urlJobId ?? snapshot.paneJobId) : null;
  const profile = onLinkedIn ? null : findSiteProfile(snapshot.url, snapshot.html);
  const site = profile ? parseSite($, profile, snapshot.documentTitle) : null;

  const paneJobId = snapshot.paneJobId ?? li?.paneJobId ?? null;
  if (onLinkedIn && urlJobId && paneJobId && urlJobId !== paneJobId) {
    throw new CaptureError('stale-pane', 'LinkedIn is still loading this job. Wait a moment, then try again.');
  }

  let description: DescriptionContent = { text: '', html: '' };
  let descriptionFound = false;
  if (ld?.descriptionHtml) {
    description = descriptionFromJsonLd(ld.descriptionHtml);
    descriptionFound = Boolean(description.text);
  }
  if (!descriptionFound && li?.descriptionNodes.length) {
    description = htmlToText(li.descriptionNodes, li.descriptionSkip);
    descriptionFound = Boolean(description.text);
  }
  if (!descriptionFound && site?.descriptionNodes.length) {
    description = htmlToText(site.descriptionNodes);
    descriptionFound = Boolean(description.text);
  }
  // A page no profile reads, or whose JSON-LD gives only a summary: read it as a person would.
  const generic = !onLinkedIn && !(site && descriptionFound) ? parseGenericPage($, snapshot.documentTitle) : null;
  if (generic) {
    const page = htmlToText(generic.descriptionNodes);
    if (!descriptionFound || page.text.length > SUMMARY_RATIO * description.text.length) {
      description = page;
      descriptionFound = Boolean(page.text);
    }
  }
  const pageFields = li ?? site ?? generic;
  // Every LinkedIn job shows its description and names its id: a LinkedIn page with neither is a
  // feed, a profile, a company page or a list (whose h1 is no job title). A job's top card without
  // its description is read, and flagged incomplete (never saved: see `unsavable`).
  const readsJob = pageFields && (pageFields.title.value || descriptionFound);
  if (!ld && (!readsJob || (onLinkedIn && !descriptionFound && !(urlJobId ?? paneJobId)))) {
    throw new CaptureError(
      'not-a-job',
      onLinkedIn
        ? 'No job is open on this LinkedIn page. Open a job posting, then click again.'
        : 'This page has no job posting Jobsnap can read. You can paste the posting instead.',
    );
  }

  // At a job's address, a page heading alone ("This job is no longer available", "Esta vaga não
  // está mais disponível", "Sign in to view more jobs"): LinkedIn shows no job there. A title the
  // job's own link gives (a list whose pane is still loading) keeps its "still loading" message.
  if (!ld && li && !descriptionFound && showsNoJob(li)) {
    throw new CaptureError('not-a-job', 'LinkedIn shows no job at this address: it may have been closed or removed, or still be loading. Try again, or open another posting.');
  }

  const ldField = (v: string | null): Sourced<string> => sourced(v, 'json-ld');
  const letter = pageFields?.title.value ? null : letterHeader(description.text, pageFields?.company.value ?? null);
  const linkedInId = onLinkedIn ? (urlJobId ?? paneJobId) : null;

  return {
    site: onLinkedIn ? 'linkedin' : 'web',
    url: linkedInId ? linkedInJobUrl(linkedInId) : canonicalUrl(ld?.url ?? snapshot.url),
    jobId: linkedInId ? `linkedin:${linkedInId}` : null,
    title: firstOf(ldField(ld?.title ?? null), pageFields?.title ?? none(), sourced(fromTitle.title, 'document-title'), sourced(letter?.title ?? null, 'text')),
    company: firstOf(
      ldField(ld?.company ?? null),
      pageFields?.company ?? none(),
      sourced(fromTitle.company, 'document-title'),
      () => sourced(companyInText(description.text), 'text'),
    ),
    location: firstOf(ldField(ld?.location ?? null), pageFields?.location ?? none(), sourced(fromTitle.location, 'document-title'), sourced(letter?.place ?? null, 'text'), () => sourced(placeInProse(description.text), 'text')),
    employmentType: firstOf(sourced(normalizeEmploymentType(ld?.employmentType), 'json-ld'), pageFields?.employmentType ?? none()),
    seniority: li?.seniority ?? none(),
    workplace: firstOf(sourced(normalizeWorkplace(ld?.jobLocationType), 'json-ld'), li?.workplace ?? site?.workplace ?? generic?.workplace ?? none()),
    // A career site's pay box is the employer's own statement, as JSON-LD is; LinkedIn's pill and a
    // page's labelled pay come after the description's text (build-posting.ts).
    salary: firstOf(sourced(salaryFromJsonLd(ld?.baseSalary), 'json-ld'), site?.salary ?? none()),
    siteSalary: firstOf(li?.salary ?? none(), generic?.salary ?? none()),
    postedText: firstOf(sourced(ld?.datePosted ?? null, 'json-ld'), li?.postedText ?? none()),
    description,
  };
}
