/**
 * The extractor against the hand-checked answers of the shared plain-text fixtures. Three postings
 * must be exactly right; the others must keep high recall. HTML fixtures are scored by
 * scripts/bench-quality.ts, which needs the page parser.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const FIXTURES = '/work/shared/fixtures';
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9+#]/g, '');

interface GoldItem {
  name: string;
  required: boolean;
  aliases?: string[];
}
interface Gold {
  minYearsExperience: number | null;
  education: { level: string; orEquivalent: boolean } | null;
  skills: GoldItem[];
  certifications: GoldItem[];
}

function descriptionOf(file: string): string {
  const raw = readFileSync(`${FIXTURES}/postings/${file}`, 'utf8');
  if (!file.endsWith('.record.txt')) return raw;
  const line = raw.split('\n').find((l) => /^description\s*:/.test(l)) ?? '';
  return line.replace(/^[^:]*:\s?/, '').trim();
}

/** Predicted items mapped onto gold names (via aliases); unmatched predictions keep their own name. */
function score(pred: Array<{ name: string; required: boolean }>, gold: GoldItem[]) {
  const keys = gold.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(norm)));
  const got = new Map<string, boolean>();
  const extra: string[] = [];
  for (const p of pred) {
    const i = keys.findIndex((k) => k.has(norm(p.name)));
    if (i < 0) extra.push(p.name);
    else got.set((gold[i] as GoldItem).name, p.required);
  }
  return { got, extra, recall: gold.length ? gold.filter((g) => got.has(g.name)).length / gold.length : 1 };
}

const available = existsSync(FIXTURES);
const files = available ? readdirSync(`${FIXTURES}/postings`).filter((f) => f.endsWith('.txt')) : [];
const goldOf = (file: string): Gold => JSON.parse(readFileSync(`${FIXTURES}/expected/${file.replace(/\.txt$/, '')}.json`, 'utf8'));

describe.skipIf(!available)('shared fixtures', () => {
  const exact = ['msp-network-engineer.txt', 'service-desk-specialist.record.txt', 'computer-systems-technician-insurance.txt'];

  it.each(exact)('%s is exactly right', (file) => {
    const gold = goldOf(file);
    const req = extractRequirements(descriptionOf(file));
    for (const key of ['skills', 'certifications'] as const) {
      const { got, extra } = score(req[key], gold[key]);
      expect(extra, `${key} extra`).toEqual([]);
      expect(Object.fromEntries(got), key).toEqual(Object.fromEntries(gold[key].map((g) => [g.name, g.required])));
    }
    expect(req.minYearsExperience?.min ?? null).toBe(gold.minYearsExperience);
    expect(req.education ? { level: req.education.level, orEquivalent: req.education.orEquivalent } : null).toEqual(gold.education);
  });

  it.each(files.filter((f) => !exact.includes(f)))('%s: recall, precision, years, education', (file) => {
    const gold = goldOf(file);
    const req = extractRequirements(descriptionOf(file));
    for (const key of ['skills', 'certifications'] as const) {
      const { recall, extra } = score(req[key], gold[key]);
      expect(recall, `${key} recall`).toBeGreaterThanOrEqual(0.9);
      expect(extra, `${key} extra`).toEqual([]);
    }
    expect(req.minYearsExperience?.min ?? null).toBe(gold.minYearsExperience);
    expect(req.education?.level ?? null).toBe(gold.education?.level ?? null);
  });
});
