/**
 * Property-based robustness of the extractor (#7): `extractRequirements` and `extractFacts` are
 * total (any string in, a well-formed result out, never an exception) and bounded in time on
 * pathological text. The catch-alls inside them would hide a throw, so the properties also check
 * the extractor still finds what a known sentence states when it is embedded in random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, PAY_PERIODS, WORKPLACES, type Evidence, type Requirements } from '../posting';
import { splitClauses } from './clauses';
import { extractFacts } from './extract-facts';
import { extractRequirements } from './extract-requirements';
import { matchTerms } from './match-terms';
import { findSections } from './sections';

fc.configureGlobal({ seed: 7_2026, numRuns: 150 });

const within = (e: Evidence | null, text: string) => e === null || (0 <= e.start && e.start <= e.end && e.end <= text.length);

function assertRequirements(r: Requirements, text: string): void {
  for (const [kind, list] of [['skill', r.skills], ['certification', r.certifications]] as const) {
    expect(new Set(list.map((x) => x.name)).size, `duplicate ${kind}`).toBe(list.length);
    for (const item of list) {
      expect(item.kind).toBe(kind);
      expect(within(item.evidence, text), `${item.name} evidence ${JSON.stringify(item.evidence)} in ${text.length}`).toBe(true);
      expect(text.includes(item.matched)).toBe(true);
    }
  }
  if (r.minYearsExperience) {
    const { min, evidence } = r.minYearsExperience;
    expect(Number.isFinite(min) && min >= 0 && min <= 60, `years ${min}`).toBe(true);
    expect(within(evidence, text)).toBe(true);
  }
  if (r.education) {
    expect(EDUCATION_LEVELS).toContain(r.education.level);
    expect(within(r.education.evidence, text)).toBe(true);
  }
}

function assertFacts(text: string): void {
  const f = extractFacts(text);
  if (f.employmentType !== null) expect(EMPLOYMENT_TYPES).toContain(f.employmentType);
  if (f.workplace !== null) expect(WORKPLACES).toContain(f.workplace);
  if (f.salary) {
    const s = f.salary;
    expect(Number.isFinite(s.min) && Number.isFinite(s.max) && 0 <= s.min && s.min <= s.max, JSON.stringify(s)).toBe(true);
    expect(PAY_PERIODS).toContain(s.period);
  }
}

const WORDS = [
  'Python', 'Java', 'AWS', 'Go', 'R', 'C', 'C++', 'Excel', 'Word', 'Teams', 'Spring', 'Chef', 'Puppet', 'CCNA', 'A+', 'TCP/IP',
  'KDB+/Q', 'Windows Server 2008 R2', 'python3', 'experience', 'with', 'years', '5+', 'ten (10)', '1-3', 'preferred', 'a plus',
  'required', 'Nice to have:', 'Requirements:', 'About us', "Bachelor's degree", 'or equivalent', 'salary', '$', '$100k',
  '$' + '9'.repeat(400), '- $120,000', 'per hour', 'remote', '(Hybrid)', 'Job Type: Full-time', 'At Acme,', 'is a leading',
  ',', ';', ':', '.', '/', '(', ')', '\n', '-', '*', '•', '   ', '\u00a0', '\u{1F600}', '\uD800', 'e.g.', 'etc.',
  // Names read beside known ones, the words around them (a run of two such words hung 1624a3f), and
  // shapes read since: a standard's number, a credential's variant, a case ending, a series' codes.
  'API', 'Tools', 'Cloud', 'Gateway', 'Platform', 'Services', 'Strong', 'Dentrix', 'Eaglesoft', 'and', 'or', 'Procurement Act 2023',
  'ISO/TS 22002-1', 'CIPP/C', 'R&R', '(C)', 'Dockerem', 'ASE B3 and B4', 'IDR 9 – 12 juta/bulan', 'Position: Analyst',
];
const text = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 120 })
  .map((ws) => ws.join(' '));

describe('the extractor is total and well-formed', () => {
  it('extractRequirements over arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => assertRequirements(extractRequirements(t), t)));
  });

  it('extractRequirements and extractFacts over posting-like text', () => {
    fc.assert(
      fc.property(text, (t) => {
        assertRequirements(extractRequirements(t), t);
        assertFacts(t);
      }),
      { numRuns: 300 },
    );
  });

  it('the building blocks never throw (the catch-all in extractRequirements would hide it)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const clauses = splitClauses(t);
        for (const c of clauses) expect(0 <= c.start && c.start < c.end && c.end <= t.length).toBe(true);
        const sections = findSections(t);
        expect(sections.every((s, i) => i === 0 || s.start === sections[i - 1]?.end)).toBe(true);
        for (const m of matchTerms(t)) expect(t.slice(m.start, m.end)).toBe(m.surface);
      }),
    );
  });

  it('an item listed between two known names ends and keeps both, whatever its words (beside-known.ts)', () => {
    const known = fc.constantFrom('Docker', 'Kubernetes', 'Terraform', 'Salesforce', 'Jira');
    const word = fc.constantFrom('API', 'Tools', 'Cloud', 'Gateway', 'Platform', 'Services', 'Strong', 'Experience', 'Procurement', 'Act', '2023', 'Dentrix', 'SQL', 'Data', 'the', 'Our');
    fc.assert(
      fc.property(known, fc.array(word, { minLength: 1, maxLength: 4 }), known, (a, item, b) => {
        const t = `Requirements:\n- Experience with ${a}, ${item.join(' ')} and ${b}`;
        expect(extractRequirements(t).skills.map((s) => s.name)).toEqual(expect.arrayContaining([a, b]));
      }),
      { numRuns: 300 },
    );
  });

  it('a stated requirement is still found when random text surrounds it', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const t = `${before}\nRequirements:\n- 3+ years of experience with Python.\n${after}`;
        const r = extractRequirements(t);
        expect(r.skills.map((s) => s.name)).toContain('Python');
        expect(r.minYearsExperience?.min).toBeLessThanOrEqual(3);
      }),
      { numRuns: 100 },
    );
  });
});

describe('pathological text finishes in bounded time (a hang detector, not a speed target)', () => {
  const BOUND_MS = 10_000;
  const bounded = (name: string, input: () => string, check?: (r: Requirements) => void) =>
    it(name, () => {
      const t = input();
      const started = performance.now();
      const r = extractRequirements(t);
      assertFacts(t);
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
      assertRequirements(r, t);
      check?.(r);
    }, 30_000);
  const hasSkills = (r: Requirements) => expect(r.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'Java', 'AWS']));

  // Was quadratic in guards.ts (each "Java" paired against every other): 10,000 repeats took 15 s.
  bounded('100k skill-like tokens ("Python, Java, AWS, ")', () => 'Python, Java, AWS, '.repeat(100_000), hasSkills);
  // Was quadratic through one 1.6 MB clause rescanned per match (clauses.ts).
  bounded('100k skill-like tokens with no space ("Python/Java/AWS/")', () => 'Python/Java/AWS/'.repeat(100_000), hasSkills);
  // An ambiguous chain accepted one item per pass ("R, R, ..., Python"): quadratic before guards.ts alternated passes.
  bounded('a 50k-item chain of ambiguous names anchored at its end', () => `${'R, '.repeat(50_000)}Python`);
  // "EC2" asks whether the posting names AWS: once per text, not once per "EC2".
  bounded('50k "EC2" and no AWS', () => 'EC2, '.repeat(50_000));
  bounded('a 50k-item chain of ambiguous names anchored at its start', () => `Python, ${'R, '.repeat(50_000)}`);
  // Was quadratic backtracking in sections.ts (`/:\s*[*_]*\s*$/`): 40,000 spaces took 1.3 s.
  bounded('5 MB of spaces after a colon', () => `Preferred:${' '.repeat(5 * 1024 * 1024)}x`);
  bounded('5 MB without a space, comma or line break', () => 'x'.repeat(5 * 1024 * 1024));
  bounded('a 400-digit salary is no salary', () => `Salary: $${'9'.repeat(400)} per year`);
});
