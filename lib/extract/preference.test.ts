import { describe, expect, it } from 'vitest';
import { clauseVerdict, phraseEnd } from './preference';

/** The verdict for the first occurrence of `item` in `clause`. */
const verdict = (clause: string, item: string) => clauseVerdict(clause, clause.indexOf(item), item.length);

describe('clauseVerdict', () => {
  it.each([
    ['Knowledge of Terraform would be beneficial', 'Terraform'],
    ['Knowledge of Terraform is beneficial', 'Terraform'],
    ['Experience with Terraform is helpful', 'Terraform'],
    ['Terraform experience helpful', 'Terraform'],
    ['Terraform knowledge is helpful but not necessary', 'Terraform'],
    ['Knowledge of Jira would be useful', 'Jira'],
    ['Knowledge of Terraform is a strong plus', 'Terraform'],
    ['Terraform, strong plus', 'Terraform'],
    ['Terraform is a definite plus', 'Terraform'],
    ['Terraform knowledge is a distinct advantage', 'Terraform'],
    ['Terraform - good to have', 'Terraform'],
    ['Terraform experience would be great', 'Terraform'],
    ['Terraform experience is ideal', 'Terraform'],
    ['Terraform experience would be ideal', 'Terraform'],
    ['Terraform considered an asset', 'Terraform'],
    ['Terraform experience welcome', 'Terraform'],
    ['Terraform is welcome', 'Terraform'],
    ['Terraform knowledge welcomed', 'Terraform'],
    ['Terraform experience is advantageous', 'Terraform'],
    ['Terraform desired but not required', 'Terraform'],
    ['Terraform (nice to have)', 'Terraform'],
    ['Jira experience appreciated', 'Jira'],
    ['Experience with Terraform highly valued', 'Terraform'],
    ['Python experience is highly regarded', 'Python'],
    ['Kubernetes experience (bonus)', 'Kubernetes'],
    ['VMware experience preferably.', 'VMware'],
    // Leading markers.
    ['Bonus if you know Terraform', 'Terraform'],
    ["It's a plus if you know Kotlin", 'Kotlin'],
    ['Great if you know Kotlin', 'Kotlin'],
    ['Extra points for Terraform', 'Terraform'],
    ['Brownie points for Kotlin', 'Kotlin'],
    ['Extra credit for Kotlin', 'Kotlin'],
    ['Good to have: Terraform', 'Terraform'],
    ['Helpful: Terraform', 'Terraform'],
    ['Desirable: Terraform', 'Terraform'],
    ["We'd love to see Kotlin experience", 'Kotlin'],
    ['Python, preferably with Django', 'Django'],
  ])('%s → preferred', (clause, item) => {
    expect(verdict(clause, item)).toBe('preferred');
  });

  it.each([
    ['Helpful attitude and knowledge of Terraform', 'Terraform'],
    ['Python, with a helpful attitude', 'Python'],
    ['Build mutually beneficial relationships with AWS partners', 'AWS'],
    ['Maintain AWS relationships that are mutually beneficial.', 'AWS'],
    ['Create Confluence documentation that is helpful for users', 'Confluence'],
    ['Work in Salesforce, where your ideas are valued', 'Salesforce'],
    ['Welcome package includes Terraform training', 'Terraform'],
    ['Terraform, ideal for this role', 'Terraform'],
    ['Python is ideal for automation', 'Python'],
    ['Experience with ServiceNow and an asset management tool', 'ServiceNow'],
    ['Salesforce experience, eligible for bonus plan', 'Salesforce'],
    ['Salesforce users who feel appreciated', 'Salesforce'],
    ['Python skills, welcome to apply', 'Python'],
    ['Kotlin; data points for Kotlin', 'Kotlin'],
    // "preferably" followed by words qualifies them, not what comes before.
    ['Experience with AWS, preferably in a regulated environment', 'AWS'],
    ['Python, preferably with Django', 'Python'],
  ])('%s → not preferred', (clause, item) => {
    expect(verdict(clause, item)).not.toBe('preferred');
  });

  it('lets the first marker after the item decide', () => {
    const clause = 'Word and Excel required, PowerPoint and Visio would be beneficial';
    expect(verdict(clause, 'Excel')).toBe('required');
    expect(verdict(clause, 'Visio')).toBe('preferred');
  });

  it('leaves an item asked for in its own right to itself when the next name has its own marker', () => {
    const cases: [string, string, string][] = [
      ['At least 2 years of experience with SQL, Tableau a plus', 'SQL', 'Tableau'],
      ['Strong knowledge of Java, Kotlin preferred', 'Java', 'Kotlin'],
      ['Proficiency in Excel, Power BI is a plus', 'Excel', 'Power BI'],
      ['3+ years with Python, Django experience strongly preferred', 'Python', 'Django'],
    ];
    for (const [clause, own, next] of cases) {
      expect(verdict(clause, own), clause).toBeNull();
      expect(verdict(clause, next), clause).toBe('preferred');
    }
  });

  it('lets a marker inside a parenthesis of other words mark those words only', () => {
    const clause = '2-4 years of dispatch experience (asset-based carrier preferred)';
    expect(verdict(clause, '2-4 years')).toBeNull();
    expect(verdict('Experience with SQL (PostgreSQL preferred)', 'SQL')).toBeNull();
    expect(verdict('Experience with SQL (PostgreSQL preferred)', 'PostgreSQL')).toBe('preferred');
    expect(verdict('Experience with SQL (preferred)', 'SQL')).toBe('preferred');
  });

  it('lets a trailing marker govern a list, or a pair with no lead-in', () => {
    for (const clause of [
      'At least 2 years with Python, Java or Go preferred',
      'Strong knowledge of AWS, GCP, Azure preferred',
      'Familiarity with Docker, Kubernetes is a plus',
      'Python, Go preferred',
    ]) {
      const first = clause.match(/Python|AWS|Docker|SQL/)![0];
      expect(verdict(clause, first), clause).toBe('preferred');
    }
  });

  it('answers the same for each item of a clause, asked in order or not', () => {
    const clause = 'Nice to have: Python, Go, Rust';
    expect(['Python', 'Go', 'Rust'].map((i) => verdict(clause, i))).toEqual(['preferred', 'preferred', 'preferred']);
    // A leading marker governs only what follows it, whichever item was asked about first.
    const mixed = 'Python and Go, extra points for Rust';
    expect(verdict(mixed, 'Rust')).toBe('preferred');
    expect(verdict(mixed, 'Python')).toBeNull();
    expect(verdict(mixed, 'Go')).toBeNull();
  });
});

describe('phraseEnd', () => {
  const end = (clause: string, after: string, leadIn = false) => {
    const at = phraseEnd(clause, clause.indexOf(after) + after.length, leadIn);
    return clause.slice(0, at);
  };

  it('ends at a comma opening a phrase with its own head noun', () => {
    expect(end('Minimum of 2 years of acute care experience, ICU experience strongly preferred', '2 years')).toBe(
      'Minimum of 2 years of acute care experience',
    );
    expect(end("Bachelor's degree in Computer Science, Master's preferred", 'Bachelor')).toBe("Bachelor's degree in Computer Science");
    expect(end('2 years of experience with SQL, 3 years with Python preferred', '2 years')).toBe('2 years of experience with SQL');
  });

  it('runs on through a list', () => {
    for (const clause of ['3 years of Python, Java or Go preferred', "Bachelor's degree in CS, IS or related experience preferred"]) {
      expect(end(clause, clause.split(' ')[0] as string)).toBe(clause);
    }
  });

  it('after a lead-in, ends at any comma not followed by a marker of its own', () => {
    expect(end('At least 2 years of experience with SQL, Tableau a plus', '2 years', true)).toBe('At least 2 years of experience with SQL');
    const own = 'Minimum of 3 years of experience, preferred';
    expect(end(own, '3 years', true)).toBe(own);
  });
});
