import { beforeAll, describe, expect, it } from 'vitest';
import { renderEnglish } from '@/lib/i18n/render-english';

// `t` reads the browser's messages: the English ones, as the extension shows them.
beforeAll(() => {
  (globalThis as unknown as { browser: unknown }).browser = { i18n: { getMessage: (key: string, subs: string[]) => renderEnglish(key, subs) } };
});

const format = () => import('./format');

describe('format', () => {
  it('writes cents on both figures of a range when one has them', async () => {
    const { formatSalary } = await format();
    expect(formatSalary({ min: 19, max: 23.5, currency: 'USD', period: 'hour' })).toBe('$19.00–23.50/hr');
    expect(formatSalary({ min: 24, max: 27, currency: 'USD', period: 'hour' })).toBe('$24–27/hr');
    expect(formatSalary({ min: 150000, max: 165000, currency: 'USD', period: 'year' })).toBe('$150K–165K/yr');
  });

  it("names a dollar that is not the US's, and a currency without a symbol by its code", async () => {
    const { formatSalary } = await format();
    expect(formatSalary({ min: 95000, max: 118000, currency: 'AUD', period: 'year' })).toBe('A$95K–118K/yr');
    expect(formatSalary({ min: 7000, max: 9500, currency: 'SGD', period: 'month' })).toMatch(/^S\$7,000–9,500/);
    expect(formatSalary({ min: 42000, max: 52000, currency: 'DKK', period: 'month' })).toMatch(/^DKK 42K–52K/);
    expect(formatSalary({ min: 300000, max: 400000, currency: 'CNY', period: 'year' })).toBe('CN¥300K–400K/yr');
  });

  it('writes millions as M', async () => {
    const { formatSalary } = await format();
    expect(formatSalary({ min: 60_000_000, max: 85_000_000, currency: 'KRW', period: 'year' })).toBe('₩60M–85M/yr');
    expect(formatSalary({ min: 9_000_000, max: 12_500_000, currency: 'IDR', period: 'month' })).toMatch(/^IDR 9M–12\.5M/);
    expect(formatSalary({ min: 2_800_000, max: 4_000_000, currency: 'INR', period: 'year' })).toBe('₹28L–40L/yr');
    expect(formatSalary({ min: 12_000_000, max: 12_000_000, currency: 'INR', period: 'year' })).toBe('₹1.2Cr/yr');
  });

  it('names a high-school level a diploma, and experience under a year in months', async () => {
    const { degree, yearsOfExperience } = await format();
    expect(degree({ level: 'high-school', orEquivalent: false }, true)).toBe('High school diploma');
    expect(degree({ level: 'bachelor', orEquivalent: true }, true)).toBe("Bachelor's degree or equivalent experience");
    expect(yearsOfExperience(0.5)).toBe('6+ months of experience');
    expect(yearsOfExperience(1.5)).toBe('1.5+ years of experience');
    expect(yearsOfExperience(1)).toBe('1+ years of experience');
  });
});
