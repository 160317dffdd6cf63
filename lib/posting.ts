/**
 * The one posting model. Parser, database, popup, dashboard, CSV and the command line all import
 * it from here, so a change to a field shows every consumer in `tsc`.
 */

/**
 * Where a value came from, so tests and users can audit it: the page's schema.org JobPosting
 * block ('json-ld'), a selector from lib/linkedin/selectors.ts or lib/sites/ (`selector:name[i]`),
 * "Title | Company | LinkedIn" ('document-title'), the address ('url'), a `key : value` record
 * field ('record'), a pattern in the description ('text'), the user ('user'), or nothing ('none').
 */
export const PLAIN_SOURCES = ['json-ld', 'document-title', 'url', 'record', 'text', 'user', 'none'] as const;
export type Source = (typeof PLAIN_SOURCES)[number] | `selector:${string}`;

/** A value with its provenance; `value` is null when no strategy found it. */
export interface Sourced<T> {
  value: T | null;
  source: Source;
}

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const SENIORITIES = ['internship', 'entry', 'associate', 'mid-senior', 'director', 'executive'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const WORKPLACES = ['on-site', 'hybrid', 'remote'] as const;
export type Workplace = (typeof WORKPLACES)[number];

export const EDUCATION_LEVELS = ['high-school', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export interface Salary {
  min: number;
  max: number;
  /** ISO 4217 code ("USD"), or null when the posting gives no currency. */
  currency: string | null;
  period: PayPeriod;
}

/** Offsets into `Posting.descriptionText` of the sentence an item was extracted from. */
export interface Evidence {
  start: number;
  end: number;
}

export type RequirementKind = 'skill' | 'certification';

/** One named skill or certification the posting asks for. */
export interface Requirement {
  /** Canonical name from the taxonomy ("Windows Server"). */
  name: string;
  kind: RequirementKind;
  /** Taxonomy category ("os", "cloud", "networking", ...). */
  category: string;
  /** False when the posting marks it preferred, a plus, nice to have, a bonus. */
  required: boolean;
  /** The text as written in the posting, first occurrence ("Win Server 2008 R2"). */
  matched: string;
  evidence: Evidence | null;
  /**
   * Set on a name the dictionary does not know, read from a list beside a known one ("Dentrix or
   * Eaglesoft"): that known name. Absent on dictionary matches.
   */
  beside?: string;
}

export interface Education {
  level: EducationLevel;
  /** True when experience or training can replace the degree. */
  orEquivalent: boolean;
  evidence: Evidence | null;
}

export interface YearsOfExperience {
  /** Smallest number of years the posting requires. */
  min: number;
  evidence: Evidence | null;
}

/** What the extractor pulls out of a description. */
export interface Requirements {
  skills: Requirement[];
  certifications: Requirement[];
  minYearsExperience: YearsOfExperience | null;
  education: Education | null;
  /** Soft skills named in the text ("communication"); not skills in the gold sense. */
  softSkills: string[];
}

/** Where the posting was captured. */
export type Site = 'linkedin' | 'web' | 'paste' | 'file';

export const STATUSES = ['new', 'reviewing', 'shortlisted', 'submitted', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** How much of the posting the parser found; the popup warns when `missing` is not empty. */
export interface Completeness {
  /** 0..1 share of the key fields found (title, company, location, description). */
  score: number;
  /** Key fields no strategy found, in the order a user cares about. */
  missing: Array<'title' | 'company' | 'location' | 'description'>;
}

export interface Posting {
  /** Primary key: `linkedin:<id>` or `url:<canonical URL>` or `text:<hash>`. A re-capture replaces the row. */
  jobId: string;
  site: Site;
  /** The posting's canonical address, tracking parameters stripped; null for pasted text. */
  url: string | null;
  title: Sourced<string>;
  company: Sourced<string>;
  location: Sourced<string>;
  employmentType: Sourced<EmploymentType>;
  seniority: Sourced<Seniority>;
  workplace: Sourced<Workplace>;
  salary: Sourced<Salary>;
  /** As the page shows it ("2 weeks ago", "2026-11-02"). */
  postedText: Sourced<string>;
  /** Description as sanitized HTML (allow-listed tags, no attributes): safe to store, still rendered through DOMPurify. */
  descriptionHtml: string;
  /** Description as plain text with line breaks; evidence offsets point into it. */
  descriptionText: string;
  requirements: Requirements;
  completeness: Completeness;
  /** First capture, epoch ms; kept on re-capture. */
  capturedAt: number;
  /** Last capture, epoch ms. */
  updatedAt: number;
  /** User's own fields, kept on re-capture. */
  status: Status;
  tags: string[];
  note: string;
}

/**
 * A posting without its description: what lists, filters, insights, CSV and the copy-as-text
 * summary work on. The database stores it apart from the description (schema v4), so reading every
 * saved job moves ~2.4 KB each instead of ~9 KB (bench fixtures' average).
 */
export type PostingSummary = Omit<Posting, 'descriptionHtml' | 'descriptionText'>;

/** A posting's description, stored in its own table keyed by the same job id. */
export type PostingDescription = Pick<Posting, 'jobId' | 'descriptionHtml' | 'descriptionText'>;

/** The fields a parse produces; the database adds the user's fields and dates. */
export type ParsedPosting = Omit<Posting, 'capturedAt' | 'updatedAt' | 'status' | 'tags' | 'note'>;

export const none = <T>(): Sourced<T> => ({ value: null, source: 'none' });
export const sourced = <T>(value: T | null | undefined, source: Source): Sourced<NonNullable<T>> =>
  value === null || value === undefined || value === '' ? none() : { value: value as NonNullable<T>, source };
