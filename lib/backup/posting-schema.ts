import { z } from 'zod';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, PAY_PERIODS, PLAIN_SOURCES, SENIORITIES, STATUSES, WORKPLACES, type Posting } from '../posting';

// No code generation at run time: extension pages forbid it (CSP), and web-ext lint flags it.
z.config({ jitless: true });

/**
 * The `Posting` model as a runtime schema, to validate what comes from outside (a backup file).
 * `satisfies` below makes `tsc` fail when lib/posting.ts and this schema drift apart.
 */
const source = z.union([
  z.enum(PLAIN_SOURCES),
  z.templateLiteral(['selector:', z.string().max(200)]),
]);
const sourcedOf = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), source });
const evidence = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable();
const requirement = z.object({
  name: z.string().min(1).max(200),
  kind: z.enum(['skill', 'certification']),
  category: z.string().max(50),
  required: z.boolean(),
  matched: z.string().max(500),
  evidence,
  beside: z.string().max(200).optional(),
});
const text = (max: number) => z.string().max(max);

export const postingSchema = z.object({
  jobId: z.string().min(1).max(2048),
  site: z.enum(['linkedin', 'web', 'paste', 'file']),
  url: z.string().max(4096).nullable(),
  title: sourcedOf(text(1000)),
  company: sourcedOf(text(1000)),
  location: sourcedOf(text(1000)),
  employmentType: sourcedOf(z.enum(EMPLOYMENT_TYPES)),
  seniority: sourcedOf(z.enum(SENIORITIES)),
  workplace: sourcedOf(z.enum(WORKPLACES)),
  salary: sourcedOf(
    z.object({
      min: z.number().finite().nonnegative(),
      max: z.number().finite().nonnegative(),
      currency: z.string().max(10).nullable(),
      period: z.enum(PAY_PERIODS),
    }),
  ),
  postedText: sourcedOf(text(200)),
  // Only what lib/parse/html-to-text.ts writes: bare allow-listed tags, no attributes. A backup
  // cannot smuggle markup past the sanitizer that every capture goes through.
  descriptionHtml: text(2_000_000).refine((html) => !/<(?!\/?(?:p|br|ul|ol|li|strong|em|h3|h4)>)/i.test(html), {
    message: 'description holds markup Jobsnap never writes',
  }),
  descriptionText: text(2_000_000),
  requirements: z.object({
    skills: z.array(requirement).max(2000),
    certifications: z.array(requirement).max(1000),
    minYearsExperience: z.object({ min: z.number().finite().nonnegative(), evidence }).nullable(),
    education: z.object({ level: z.enum(EDUCATION_LEVELS), orEquivalent: z.boolean(), evidence }).nullable(),
    softSkills: z.array(text(200)).max(500),
  }),
  completeness: z.object({
    score: z.number().min(0).max(1),
    missing: z.array(z.enum(['title', 'company', 'location', 'description'])),
  }),
  capturedAt: z.number().finite(),
  updatedAt: z.number().finite(),
  status: z.enum(STATUSES),
  tags: z.array(text(100)).max(100),
  note: text(100_000),
}) satisfies z.ZodType<Posting>;
