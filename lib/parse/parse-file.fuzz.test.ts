/**
 * Property-based robustness of the parser (#7): over arbitrary strings, arbitrary HTML-ish
 * documents (scripts, handlers, javascript: URLs, LinkedIn hooks, JSON-LD) and mutated real
 * fixtures, `parseFile` returns a posting that keeps the model's invariants or refuses with a
 * `CaptureError` — never any other exception; pathological inputs finish in bounded time.
 * Seeded, so a failure reproduces in CI; fast-check prints the seed and the shrunk input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FIXTURES, SHARED_FIXTURES } from '../../tests/fixtures/paths';
import { CaptureError } from '../capture-error';
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  PAY_PERIODS,
  SENIORITIES,
  WORKPLACES,
  type Evidence,
  type ParsedPosting,
  type Sourced,
} from '../posting';
import { parseFile } from './parse-file';
import { parseSnapshot } from './parse-snapshot';

fc.configureGlobal({ seed: 7_2026, numRuns: 100 });

const SITES = ['linkedin', 'web', 'paste', 'file'];
const SOURCED_FIELDS = ['title', 'company', 'location', 'employmentType', 'seniority', 'workplace', 'salary', 'postedText'] as const;
/** Every tag the stored description may hold (html-to-text's output allow-list), attribute-free. */
const ALLOWED_TAG = /<\/?(?:p|h3|h4|ul|ol|li|strong|em)>|<br>/g;

function assertEvidence(e: Evidence | null, text: string, what: string): void {
  if (e === null) return;
  expect(Number.isInteger(e.start) && Number.isInteger(e.end), `${what}: integer offsets`).toBe(true);
  expect(0 <= e.start && e.start <= e.end && e.end <= text.length, `${what}: ${e.start}..${e.end} within ${text.length}`).toBe(true);
}

/** The model's invariants (lib/posting.ts): what any parsed or stored posting must satisfy. */
export function assertPostingInvariants(p: ParsedPosting): void {
  expect(typeof p.jobId === 'string' && p.jobId.trim().length > 0, 'jobId non-empty').toBe(true);
  expect(SITES).toContain(p.site);
  expect(p.url === null || typeof p.url === 'string').toBe(true);
  for (const field of SOURCED_FIELDS) {
    const s = p[field] as Sourced<unknown>;
    expect(s.value === null, `${field}: value null ⇔ source 'none' (got ${JSON.stringify(s)})`).toBe(s.source === 'none');
    // A found text is never blank: a blank title would pass the "title present" check and be saved.
    if (typeof s.value === 'string') expect(s.value.trim(), `${field} is blank`).not.toBe('');
  }
  if (p.employmentType.value !== null) expect(EMPLOYMENT_TYPES).toContain(p.employmentType.value);
  if (p.seniority.value !== null) expect(SENIORITIES).toContain(p.seniority.value);
  if (p.workplace.value !== null) expect(WORKPLACES).toContain(p.workplace.value);
  const salary = p.salary.value;
  if (salary) {
    expect(Number.isFinite(salary.min) && Number.isFinite(salary.max), `salary finite: ${JSON.stringify(salary)}`).toBe(true);
    expect(0 <= salary.min && salary.min <= salary.max, `0 ≤ min ≤ max: ${JSON.stringify(salary)}`).toBe(true);
    expect(PAY_PERIODS).toContain(salary.period);
    expect(salary.currency === null || typeof salary.currency === 'string').toBe(true);
  }

  const { score, missing } = p.completeness;
  expect(score).toBe((4 - missing.length) / 4);
  expect(new Set(missing).size).toBe(missing.length);
  expect(missing.includes('title')).toBe(!p.title.value);
  expect(missing.includes('company')).toBe(!p.company.value);
  expect(missing.includes('location')).toBe(!p.location.value);

  // Stored HTML: allow-listed tags without any attribute; all else is escaped text.
  const html = p.descriptionHtml;
  expect(html.replace(ALLOWED_TAG, ''), 'descriptionHtml holds only allow-listed, attribute-free tags').not.toMatch(/[<>]/);
  expect(html).not.toMatch(/<\s*(?:script|style|iframe|svg|img|form|a)\b/i);

  const text = p.descriptionText;
  const r = p.requirements;
  for (const [kind, list] of [['skill', r.skills], ['certification', r.certifications]] as const) {
    const names = list.map((x) => x.name);
    expect(new Set(names).size, `duplicate ${kind} names: ${names.join(', ')}`).toBe(names.length);
    for (const item of list) {
      expect(item.kind).toBe(kind);
      expect(typeof item.required).toBe('boolean');
      expect(item.name.trim()).not.toBe('');
      expect(text.includes(item.matched), `matched "${item.matched}" is in the text`).toBe(true);
      assertEvidence(item.evidence, text, `${kind} ${item.name}`);
    }
  }
  if (r.minYearsExperience) {
    const min = r.minYearsExperience.min;
    expect(Number.isFinite(min) && min >= 0 && min <= 60, `minYearsExperience ${min}`).toBe(true);
    assertEvidence(r.minYearsExperience.evidence, text, 'years');
  }
  if (r.education) {
    expect(EDUCATION_LEVELS).toContain(r.education.level);
    assertEvidence(r.education.evidence, text, 'education');
  }
  expect(new Set(r.softSkills).size).toBe(r.softSkills.length);
}

/** A posting, or null for a refusal; any exception but a `CaptureError` propagates and fails. */
function parseOrRefuse(input: string): ParsedPosting | null {
  try {
    return parseFile(input);
  } catch (error) {
    if (error instanceof CaptureError) return null;
    throw error;
  }
}

const holds = (input: string): void => {
  const posting = parseOrRefuse(input);
  if (posting) assertPostingInvariants(posting);
};

// ---- Arbitraries -------------------------------------------------------------------------------

/** Words that drive the extractor: skills, ambiguous names, markers, numbers, money, headings. */
const WORDS = [
  'Python', 'Java', 'AWS', 'Go', 'R', 'C++', 'C#', '.NET', 'Node.js', 'Excel', 'Word', 'Teams', 'Access', 'SQL',
  'Kubernetes', 'CCNA', 'CISSP', 'A+', 'Network+', 'ITIL', 'TCP/IP', 'KDB+/Q', 'Windows Server 2008 R2', 'Spring',
  'experience', 'with', 'years', 'yrs', '5+', 'ten (10)', '1-3', '99', 'at least', 'minimum', 'preferred', 'a plus',
  'required', 'must', 'nice to have', 'bonus', 'Preferred Qualifications:', 'Requirements:', 'About us', 'Benefits',
  "Bachelor's degree", 'Master', 'PhD', 'GED', 'or equivalent', 'high school', 'degree in', 'salary', 'per hour',
  '$', '$100k', '$120,000 - $95,000', '€50k–60k a year', 'A$160,000.00', 'US$', 'per year', '/yr', 'remote', 'hybrid',
  '(Remote)', 'full-time', 'Job Type: Contract', 'This is a part-time position', 'Title:', 'Company:', 'Location:',
  'Acme Inc. is a leading', 'At Acme,', 'communication', 'teamwork', 'etc.', 'e.g.', 'i.e.', '-', '*', '•', '#', '**',
  ',', ';', ':', '.', '/', '(', ')', '\n', '\n\n', '\t', '\u00a0', '\u200b', '&amp;', '&lt;script&gt;', '<', '>',
];
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^\$?\d{1,400}(?:[kKmM]| years| per year)?$/) },
);
/** Posting-like text: words joined by spaces or line breaks. */
const textLike = fc.array(word, { minLength: 0, maxLength: 80 }).map((ws) => ws.join(' '));

const TAGS = [
  'div', 'p', 'span', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'br', 'table', 'tr', 'td', 'section',
  'main', 'article', 'a', 'script', 'style', 'iframe', 'svg', 'img', 'form', 'input', 'button', 'template', 'noscript',
  'math', 'object', 'title', 'head', 'body', 'html', 'link', 'meta', 'pre', 'code', 'blockquote', 'x-custom',
];
const CLASSES = [
  'show-more-less-html__markup', 'top-card-layout__title', 'topcard__org-name-link', 'topcard__flavor--bullet',
  'job-details-jobs-unified-top-card__job-title', 'job-details-jobs-unified-top-card__company-name',
  'jobs-search__job-details--wrapper', 'description__job-criteria-item', 'description__job-criteria-subheader',
  'description__job-criteria-text', 'compensation__salary', 'posted-time-ago__text', 'job-details-preferences-and-skills__pill',
  'visually-hidden', 'jobs-description__content', 'jobs-box__html-content', 'description__text',
];
const attribute = fc.oneof(
  fc.constantFrom(...CLASSES).map((c) => `class="${c}"`),
  fc.constantFrom('id="job-details"', 'data-job-id="4302668926"', 'data-sdui-screen="com.linkedin.sdui.generated.SemanticJobDetails"', 'rel="canonical" href="https://www.linkedin.com/jobs/view/4300000001/"', 'type="application/ld+json"'),
  fc.constantFrom('onclick="document.title=\'pwned\'"', 'onerror="alert(1)"', 'onload=alert(1)', 'href="javascript:alert(1)"', 'src="data:text/html,<script>alert(1)</script>"', 'style="background:url(https://evil.example/x.png)"', 'srcdoc="<script>alert(1)</script>"', 'formaction="https://evil.example"'),
  fc.tuple(fc.stringMatching(/^[a-z-]{1,8}$/), fc.string({ maxLength: 12 })).map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`),
  fc.string({ maxLength: 10 }), // broken attribute syntax
);
/** A JobPosting JSON-LD block with arbitrary, often ill-typed, field values. */
const jsonLdBlock = fc
  .record(
    {
      '@type': fc.constantFrom('JobPosting', ['JobPosting'], 'Thing'),
      title: fc.oneof(fc.constantFrom('Data Engineer', '', '  '), fc.string(), fc.jsonValue({ maxDepth: 2 })),
      description: fc.oneof(textLike, textLike.map((t) => `<p onclick="x">${t}</p><script>alert(1)</script>`), fc.jsonValue({ maxDepth: 2 })),
      hiringOrganization: fc.oneof(fc.string(), fc.record({ name: fc.jsonValue({ maxDepth: 1 }) })),
      employmentType: fc.oneof(fc.constantFrom('FULL_TIME', ['CONTRACTOR', 'X'], 'nonsense'), fc.jsonValue({ maxDepth: 1 })),
      jobLocationType: fc.constantFrom('TELECOMMUTE', 'remote', 42),
      baseSalary: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({
          currency: fc.oneof(fc.constantFrom('USD', 'eur'), fc.jsonValue({ maxDepth: 1 })),
          value: fc.record(
            {
              minValue: fc.oneof(fc.double(), fc.integer(), fc.constantFrom('1,000', '-5', 'NaN', '1e400', '')),
              maxValue: fc.oneof(fc.double(), fc.integer(), fc.constantFrom('2,000', '-1', 'Infinity')),
              unitText: fc.constantFrom('HOUR', 'YEAR', 'MONTH', 'fortnight', 7),
            },
            { requiredKeys: [] },
          ),
        }),
      ),
      datePosted: fc.jsonValue({ maxDepth: 1 }),
      url: fc.oneof(fc.webUrl(), fc.string()),
      identifier: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: ['@type'] },
  )
  .chain((job) => fc.constantFrom(JSON.stringify(job), JSON.stringify({ '@graph': [job] }), JSON.stringify([job]), `${JSON.stringify(job)}}`));

interface HtmlTree {
  node: string;
}
const { node: htmlNode } = fc.letrec<HtmlTree>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textLike,
    jsonLdBlock.map((j) => `<script type="application/ld+json">${j}</script>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attrs, children, close]) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
}));
/** A document or fragment; sometimes with a LinkedIn marker or a doctype so every path is taken. */
const htmlDocument = fc
  .tuple(fc.constantFrom('', '<!doctype html>', '<html><head><title>Engineer | Acme | LinkedIn</title></head><body>', '<div class="show-more-less-html__markup">'), fc.array(htmlNode, { minLength: 1, maxLength: 6 }))
  .map(([head, nodes]) => `${head}<div>${nodes.join('')}`);

// ---- Mutated fixtures ----------------------------------------------------------------------------

const fixtureFiles = [
  ...['linkedin', 'pages', 'postings'].flatMap((dir) => readdirSync(join(SHARED_FIXTURES, dir)).map((f) => join(SHARED_FIXTURES, dir, f))),
  ...readdirSync(join(BUNDLED_FIXTURES, 'linkedin')).map((f) => join(BUNDLED_FIXTURES, 'linkedin', f)),
];
const fixtures = fixtureFiles.map((f) => readFileSync(f, 'utf8'));

type Mutation =
  | { op: 'delete' | 'duplicate'; a: number; b: number }
  | { op: 'swap'; a: number; b: number; c: number; d: number }
  | { op: 'insert'; a: number; tag: string };
const position = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), a: position, b: position }),
  fc.record({ op: fc.constant('swap' as const), a: position, b: position, c: position, d: position }),
  fc.record({ op: fc.constant('insert' as const), a: position, tag: fc.oneof(htmlNode, fc.constantFrom('<div>', '</div>', '</li>', '<script>', '<!--', ']]>', '"', '<p onclick=x>', '\u0000'.slice(1))) }),
);

/** Applies mutations; positions are taken modulo the current length. */
function mutate(source: string, mutations: readonly Mutation[]): string {
  let s = source;
  for (const m of mutations) {
    const at = (n: number) => (s.length ? n % (s.length + 1) : 0);
    if (m.op === 'insert') {
      const i = at(m.a);
      s = s.slice(0, i) + m.tag + s.slice(i);
      continue;
    }
    const [lo, hi] = [at(m.a), at(m.b)].sort((x, y) => x - y) as [number, number];
    if (m.op === 'delete') s = s.slice(0, lo) + s.slice(hi);
    else if (m.op === 'duplicate') s = s.slice(0, hi) + s.slice(lo, hi) + s.slice(hi);
    else if (m.op === 'swap') {
      const [x, y] = [at(m.c), at(m.d)].sort((p, q) => p - q) as [number, number];
      // Swap two slices when they do not overlap; otherwise move the first after the second.
      if (hi <= x) s = s.slice(0, lo) + s.slice(x, y) + s.slice(hi, x) + s.slice(lo, hi) + s.slice(y);
      else s = s.slice(0, lo) + s.slice(hi) + s.slice(lo, hi);
    }
  }
  return s;
}

// ---- Properties ----------------------------------------------------------------------------------

describe('parseFile: a posting that keeps the invariants, or a CaptureError', () => {
  it('the unmutated fixtures parse and keep the invariants (the invariants are not vacuous)', () => {
    for (const f of fixtures) assertPostingInvariants(parseFile(f));
  });

  it('over arbitrary strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), holds));
  });

  it('over posting-like text and key: value records', () => {
    const record = fc
      .tuple(textLike, textLike, textLike)
      .map(([t, c, d]) => `job_id: 1\ntitle: ${t.slice(0, 60)}\ncompany_name: ${c.slice(0, 40)}\ndescription: ${d}\nurl: https://x.example/${t.length}`);
    fc.assert(fc.property(fc.oneof(textLike, record), holds), { numRuns: 200 });
  });

  it('over HTML-ish documents with scripts, handlers, javascript: URLs, LinkedIn hooks and JSON-LD', () => {
    fc.assert(fc.property(htmlDocument, holds), { numRuns: 200 });
  });

  it('over mutated real fixtures (slices deleted, duplicated, swapped; tags inserted)', () => {
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, ms) => holds(mutate(fixtures[i] as string, ms))),
      { numRuns: 120 },
    );
  });

  it('parseSnapshot (the service worker path) over arbitrary addresses, titles and JSON-LD', () => {
    const snapshot = fc.record({
      url: fc.oneof(fc.constantFrom('https://www.linkedin.com/jobs/view/4302668926/', 'https://www.linkedin.com/jobs/search/?currentJobId=4300000001', 'https://boards.greenhouse.io/acme/jobs/1', 'about:blank', 'not a url'), fc.webUrl()),
      urlJobId: fc.constantFrom(null, '4302668926'),
      paneJobId: fc.constantFrom(null, '4302668926', '4300000001'),
      documentTitle: fc.oneof(fc.string(), fc.constantFrom('Engineer | Acme | LinkedIn', 'Acme hiring Engineer in Paris | LinkedIn', '(3) | | LinkedIn', '  | LinkedIn')),
      html: htmlDocument,
      jsonLd: fc.array(fc.oneof(jsonLdBlock, fc.string()), { maxLength: 2 }),
      region: fc.constantFrom('pane', 'file'),
    });
    fc.assert(
      fc.property(snapshot, (s) => {
        try {
          assertPostingInvariants(parseSnapshot(s as Parameters<typeof parseSnapshot>[0]));
        } catch (error) {
          if (!(error instanceof CaptureError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });
});

// 100k skill-like tokens and 5 MB of spaces after a colon: in extract.fuzz.test.ts (the extractor's own).
describe('pathological inputs finish in bounded time (a hang detector, not a speed target)', () => {
  const MB = 1024 * 1024;
  const BOUND_MS = 10_000;
  const job = '<h1>Engineer</h1><p>We need Python and 5+ years of experience with AWS. Salary $100k - $120k per year.</p>';
  const bounded = (name: string, input: () => string) =>
    it(name, () => {
      const text = input();
      const started = performance.now();
      holds(text);
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    }, 30_000);

  const random = fc.sample(fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 200 }), { numRuns: 1, seed: 7 })[0] as string;
  bounded('5 MB of random text, with line breaks', () => Array.from({ length: (5 * MB) / 200 }, (_, i) => random.slice(i % 50) + '\n').join(''));
  bounded('5 MB on a single line', () => 'Requirements: Python, 5+ years. '.repeat((5 * MB) / 32));
  bounded('deep nesting: 10,000 levels of <div> in a LinkedIn description', () => `<div class="show-more-less-html__markup">${'<div>'.repeat(10_000)}${job}${'</div>'.repeat(10_000)}</div>`);
  it('deep nesting: 3,000 levels (past the stack, under the refusal bound) still yields the job', () => {
    // Recursive walks in cheerio/domutils overflowed at ~2,000 levels; load-bounded.ts flattens.
    const posting = parseFile(`<div class="show-more-less-html__markup">${'<div>'.repeat(3000)}${job}${'</div>'.repeat(3000)}</div>`);
    assertPostingInvariants(posting);
    expect(posting.requirements.skills.map((r) => r.name)).toEqual(expect.arrayContaining(['Python', 'AWS']));
  });
  bounded('deep nesting: 10,000 unclosed <li> in a page', () => `<!doctype html><title>Engineer | Acme | LinkedIn</title><div id="job-details">${job}${'<ul><li>Python '.repeat(10_000)}</div>`);
  // Nesting a count of tags missed: <li> inside <p> inside <li>..., and <div/> (which HTML opens, not closes).
  bounded('2 MB of <li><p> pairs, nesting without a closing tag', () => `<div class="show-more-less-html__markup">${job}${'<li><p>x'.repeat((2 * MB) / 8)}</div>`);
  bounded('2 MB of <div/>', () => `<div class="show-more-less-html__markup">${job}${'<div/>'.repeat((2 * MB) / 6)}</div>`);
  bounded('a megabyte-long attribute', () => `<div class="show-more-less-html__markup" data-x="${'a'.repeat(MB)}">${job}<p title="${'"'.repeat(0)}${'x '.repeat(MB / 2)}">Python</p></div>`);
  bounded('unclosed tags and comments, 1 MB', () => `<div class="show-more-less-html__markup">${job}${'<p><b><i><span <!-- <script>'.repeat(MB / 30)}`);
});
