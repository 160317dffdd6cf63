import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONEY, dollarOf, extractSalary, moneyMatches } from './salary';

/** What `moneyMatches` must give: every match of a global scan of MONEY over the whole text. */
function scanned(text: string): Array<[number, string[]]> {
  const re = new RegExp(MONEY.source, MONEY.flags);
  return [...text.matchAll(re)].map((m) => [m.index, [...m]]);
}

describe('moneyMatches', () => {
  it('finds every match a global scan of MONEY finds, at the same offsets, with the same groups', () => {
    const pieces = [
      '$', '£', '€', '₹', '¥', 'US$', 'AU$', 'A$', 'S$', 'HK$', 'USD', 'usd ', 'EUR', 'up to ', 'Up To ', 'maximum of ', 'upto',
      ' ', '  ', '\n', '\t', '\u00a0', '100', '95k', '1,000', '150,000', '24.50', '2.000.000', ' - ', '–', ' to ', ' and ',
      'salary', 'pay', 'per hour', 'k', 'M', '.', ',', '(', ')', 'x', 'é', 'ſ',
      // Codes without a symbol, figures before their currency, glued units and what CURRENCY_LAST's
      // run holds ("to", "and", "k", dashes, spaces).
      'EUR', 'EUR ', ' USD', 'CAD', 'Eur', 'XUSD', 'MXN', 'MXN $', ' BRL', '€ ', ' €', '45.000', '55 000', '12,50', ',00', '5\u00a0000', '/yr', '/hr', ' —', '—', 'to', 'TO', 'And',
      'Up to ', 'UP TO ', 'a', 'n', 'd', 'o', 't', '-', '2024 ', 'K', 'm', '\u202f',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect([...moneyMatches(t)].map((m) => [m.index, [...m]])).toEqual(scanned(t));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('extractSalary on pathological text (a hang detector, not a speed target)', () => {
  // Both were quadratic: every code tried every start back to the text's start (100,000 "USD " would
  // take hours), and every figure looked for a line break through the whole text (200,000 "$1,": 35 s).
  it.each([
    ['100,000 "USD " and no figure', 'USD '.repeat(100_000)],
    ['200,000 figures on one line', '$1,'.repeat(200_000)],
  ])('%s', (_, text) => {
    const started = performance.now();
    expect(extractSalary(text)).toBeNull();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('the currency of a bare "$"', () => {
  it.each([
    ['Gosford, Central Coast NSW', '', 'AUD'],
    ['Melbourne, VIC', '', 'AUD'],
    ['Toronto, ON', '', 'CAD'],
    ['Vancouver, British Columbia', '', 'CAD'],
    ['Auckland, New Zealand', '', 'NZD'],
    ['Singapore', '', 'SGD'],
    ['Austin, TX', '', 'USD'],
    ['Rotterdam, NL', '', 'USD'],
    [null, 'Salary $95,000 – $118,000 + super', 'AUD'],
    [null, 'plus superannuation', 'AUD'],
    [null, 'Salary $95,000, super friendly team', 'USD'],
  ])('%s / %s → %s', (location, text, currency) => {
    expect(dollarOf(location, text)).toBe(currency);
  });

  it("is the place's dollar, unless the figure names its own", () => {
    expect(extractSalary('Salary $95,000 – $118,000', 'AUD')).toMatchObject({ currency: 'AUD' });
    expect(extractSalary('Salary $95,000 – $118,000 USD', 'AUD')).toMatchObject({ currency: 'USD' });
    expect(extractSalary('Salary US$95,000', 'AUD')).toMatchObject({ currency: 'USD' });
    expect(extractSalary('Salary £45,000', 'AUD')).toMatchObject({ currency: 'GBP' });
  });
});
