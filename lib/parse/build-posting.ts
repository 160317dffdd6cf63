import { CaptureError } from '../capture-error';
import { employmentTypeInText, salaryInText, workplaceInText } from '../extract/extract-facts';
import { extractRequirements } from '../extract/extract-requirements';
import { salaryInOtherLanguages } from '../extract/other-languages';
import { dollarOf, payByYearAsRange, withLocalSignsWritten } from '../extract/salary';
import { hashText } from '../hash';
import {
  none,
  sourced,
  type Completeness,
  type EmploymentType,
  type ParsedPosting,
  type Salary,
  type Seniority,
  type Site,
  type Sourced,
  type Workplace,
} from '../posting';
import type { DescriptionContent } from './html-to-text';
import { firstOf } from './pick';

/** What a site-specific parser found, before text fallbacks and extraction. */
export interface FoundFields {
  site: Site;
  /** Canonical address, or null for pasted text. */
  url: string | null;
  /** Primary key when the site has a stable id (`linkedin:<id>`); else derived from url or text. */
  jobId: string | null;
  title: Sourced<string>;
  company: Sourced<string>;
  location: Sourced<string>;
  employmentType?: Sourced<EmploymentType>;
  seniority?: Sourced<Seniority>;
  workplace?: Sourced<Workplace>;
  /** Salary from structured data (JSON-LD, a record field). */
  salary?: Sourced<Salary>;
  /** Salary from a site's own widget (LinkedIn pill): the employer's text wins over it. */
  siteSalary?: Sourced<Salary>;
  postedText?: Sourced<string>;
  description: DescriptionContent;
}

/** Share of key fields found, and which are missing, in the order a user cares about. */
export function completenessOf(p: Pick<ParsedPosting, 'title' | 'company' | 'location' | 'descriptionText'>): Completeness {
  const missing: Completeness['missing'] = [];
  if (!p.title.value) missing.push('title');
  if (!p.company.value) missing.push('company');
  if (!p.descriptionText.trim()) missing.push('description');
  if (!p.location.value) missing.push('location');
  return { score: (4 - missing.length) / 4, missing };
}

/**
 * Why a parsed posting must not be saved, or null: a half-parsed job is never saved looking whole,
 * and title and description are the minimum (a LinkedIn top card whose description had not loaded,
 * a job page LinkedIn changed). The message says what is missing and what to do.
 */
export function unsavable(posting: Pick<ParsedPosting, 'completeness'>): CaptureError | null {
  const missing = posting.completeness.missing.filter((f) => f === 'title' || f === 'description');
  if (!missing.length) return null;
  return new CaptureError(
    'incomplete',
    `This page shows a job, but its ${missing.join(' and ')} could not be found, so it was not saved. LinkedIn may still be loading: try again, or paste the posting.`,
  );
}

/** The pay the description states: a posting in another language by its pay line first ("R$ 7.500,00 a R$ 9.500,00", "brutto monatlich"). */
const payInText = (written: string, location: string | null): Salary | null => {
  const text = payByYearAsRange(written);
  const signed = withLocalSignsWritten(location, text); // "R412 680" in South Africa, in any language
  return salaryInOtherLanguages(signed, location) ?? salaryInText(signed, dollarOf(location, text));
};

/**
 * LinkedIn's pay pill rounds to thousands ("$121K/yr - $137K/yr") or, by the hour, to whole units
 * ("€15/hr - €18/hr"): where the description states the same pay more exactly ("$121,483 – $137,125",
 * "€15,20 – €17,85"), the employer's own figures are kept. Read only for a pill in round figures.
 */
function exactPay(pill: Sourced<Salary>, inText: () => Salary | null): Sourced<Salary> {
  const p = pill.value;
  // Thousands for a yearly or monthly figure ("$121K"), whole units for an hourly one ("€15/hr").
  const unit = p && p.min >= 10_000 ? 1000 : 1;
  if (!p || p.min % unit !== 0 || p.max % unit !== 0) return pill;
  const t = inText();
  const rounds = (exact: number, shown: number) => exact !== shown && Math.abs(exact - shown) < unit;
  const same = t !== null && t.currency === p.currency && t.period === p.period && (t.min !== p.min || t.max !== p.max);
  return same && (t.min === p.min || rounds(t.min, p.min)) && (t.max === p.max || rounds(t.max, p.max)) ? sourced(t, 'text') : pill;
}

/**
 * Completes a parser's fields into a posting: text-pattern fallbacks for the facts, requirements
 * extracted from the description, completeness, and the primary key.
 */
export function buildPosting(found: FoundFields): ParsedPosting {
  const text = found.description.text;
  const posting: ParsedPosting = {
    jobId: found.jobId ?? (found.url ? `url:${found.url}` : `text:${hashText(`${found.title.value ?? ''}\n${text}`)}`),
    site: found.site,
    url: found.url,
    title: found.title,
    company: found.company,
    location: found.location,
    // The text is read for a fact only when the page's own fields lack it.
    employmentType: firstOf(found.employmentType ?? none(), () => sourced(employmentTypeInText(text), 'text')),
    seniority: found.seniority ?? none(),
    workplace: firstOf(found.workplace ?? none(), () => sourced(workplaceInText(text), 'text')),
    salary: firstOf(
      found.salary ? exactPay(found.salary, () => payInText(text, found.location.value)) : none(),
      () => sourced(payInText(text, found.location.value), 'text'),
      found.siteSalary ?? none(),
    ),
    postedText: found.postedText ?? none(),
    descriptionHtml: found.description.html,
    descriptionText: text,
    requirements: extractRequirements(text, found.company.value),
    completeness: { score: 0, missing: [] },
  };
  posting.completeness = completenessOf(posting);
  return posting;
}
