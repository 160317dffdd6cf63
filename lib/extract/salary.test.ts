import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONEY, dollarOf, extractSalary, moneyMatches, payByYearAsRange, withLocalSignsWritten } from './salary';

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
      // Brazil's and Mexico's dollars, the European range joins and their letters.
      'R$', 'R$ ', 'MX$', ' und ', ' bis ', ' à ', 'u', 'b', 'i', 's', 'à', 'À', 'lpa', ' LPA – ',
      // South Africa's code, and space-grouped figures after a currency.
      'ZAR', 'ZAR ', ' 050 000', '1 050', '000',
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
    ['Monterrey, Nuevo León, México', '', 'MXN'],
    ['Bogotá, Colombia', '', 'COP'],
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

describe("South Africa's rand", () => {
  const JOBURG = 'Johannesburg, Gauteng, South Africa';
  it.each([
    ['R850 000 – R1 050 000 CTC per annum, depending on experience', { min: 850_000, max: 1_050_000, currency: 'ZAR', period: 'year' }],
    ['Remuneration: R 38 000 – R 45 000 per month (total cost to company)', { min: 38_000, max: 45_000, currency: 'ZAR', period: 'month' }],
    ['Package: R650k - R750k CTC per annum', { min: 650_000, max: 750_000, currency: 'ZAR', period: 'year' }],
    ['Salary: ZAR 420 000 per annum', { min: 420_000, max: 420_000, currency: 'ZAR', period: 'year' }],
  ])('reads "%s" for a job in South Africa', (text, salary) => {
    expect(extractSalary(withLocalSignsWritten(JOBURG, text))).toEqual(salary);
  });

  it('reads a bare "R" as the rand only for a job in South Africa, by its place or else its text', () => {
    const text = 'Salary: R850 000 – R1 050 000 per annum';
    expect(extractSalary(withLocalSignsWritten('Austin, TX', text))).toBeNull();
    expect(extractSalary(withLocalSignsWritten(null, `${text}. Based in Cape Town, South Africa.`))).toMatchObject({ currency: 'ZAR' });
    // Not a letter that ends a word, nor a short number: "R 4.3" (a version), "R2", "PowerR250".
    expect(withLocalSignsWritten(JOBURG, 'R 4.3, R2, PowerR250, $R500, R1.2M, R250.00/hr')).toBe('R 4.3, R2, PowerR250, $R500, ZAR 1.2M, ZAR 250.00/hr');
  });

  it('reads "Rs." as the rupee of the country the job is in, by its place or else its text', () => {
    const text = 'Rs. 45,000 – 55,000 per month + EOBI';
    expect(extractSalary(withLocalSignsWritten('Lahore, Punjab, Pakistan', text))).toEqual({ min: 45_000, max: 55_000, currency: 'PKR', period: 'month' });
    expect(extractSalary(withLocalSignsWritten('Colombo, Western Province, Sri Lanka', 'Salary: Rs 150,000 monthly'))).toMatchObject({ currency: 'LKR', min: 150_000 });
    expect(extractSalary(withLocalSignsWritten(null, `${text}. Our office in Karachi, Pakistan.`))).toMatchObject({ currency: 'PKR' });
    // Nowhere known: no currency is guessed. Nor is a word ending in "Rs" one ("HRs 40").
    expect(extractSalary(withLocalSignsWritten('Remote', text))).toBeNull();
    expect(withLocalSignsWritten('Pune, India', 'HRs 40, Rs.12,000')).toBe('HRs 40, INR 12,000');
  });
});

describe('pay as the postings LinkedIn shows abroad write it', () => {
  it.each([
    ['Das Jahresbruttogehalt liegt zwischen 46.800 € und 57.300 €, zuzüglich Zulagen.', { min: 46800, max: 57300, currency: 'EUR', period: 'year' }],
    ['- Rémunération : 28 000 € à 34 000 € brut annuel selon expérience', { min: 28000, max: 34000, currency: 'EUR', period: 'year' }],
    ['- Salary range: R$ 18.000 – R$ 24.000 per month, plus profit sharing', { min: 18000, max: 24000, currency: 'BRL', period: 'month' }],
    ['₹28 LPA – ₹40 LPA fixed, plus ESOPs.', { min: 2_800_000, max: 4_000_000, currency: 'INR', period: 'year' }],
    ['Compensation: MX$45,000 per month', { min: 45000, max: 45000, currency: 'MXN', period: 'month' }],
    // Currencies of Israel and the Gulf, and Switzerland's apostrophe between thousands.
    ['- Salary range: ₪34,000 - ₪42,000 gross per month, plus an annual bonus', { min: 34000, max: 42000, currency: 'ILS', period: 'month' }],
    ['Salary: AED 13,000 – 16,500 per month (tax-free), depending on experience', { min: 13000, max: 16500, currency: 'AED', period: 'month' }],
    ['- Monthly package of AED 28,000 – 34,000 (all-inclusive) plus an annual performance bonus', { min: 28000, max: 34000, currency: 'AED', period: 'month' }],
    ["- Salary: CHF 105'000 – 120'000 per year plus bonus", { min: 105000, max: 120000, currency: 'CHF', period: 'year' }],
    // Indonesia's millions; Australia's "p.a." before another item ("plus 17% superannuation").
    ['💰 Take home pay IDR 9 – 12 juta/bulan + monthly incentive based on GMV achievement', { min: 9_000_000, max: 12_000_000, currency: 'IDR', period: 'month' }],
    ['- Level B: $118,450 – $140,592 p.a. plus 17% superannuation', { min: 118450, max: 140592, currency: 'USD', period: 'year' }],
    // Australia's "package" is pay (including super); a benefits package is not.
    ['Up to $175,000 package (including super), depending on experience.', { min: 175000, max: 175000, currency: 'USD', period: 'year' }],
    // A tax added to the figure is part of its words, and so is the period after it.
    ['- Salary: B2B: 24 000 - 30 000 PLN net + VAT / month; UoP: 19 000 - 24 000 PLN gross / month', { min: 24000, max: 30000, currency: 'PLN', period: 'month' }],
    // China's renminbi written as "RMB".
    ['- Monthly salary RMB 18,000 – 25,000, 14 months per year', { min: 18000, max: 25000, currency: 'CNY', period: 'month' }],
  ])('%s', (text, want) => expect(extractSalary(text)).toEqual(want));

  it('is no benefits package', () => {
    expect(extractSalary('We offer a benefits package worth $12,000 a year on top of your salary.')).toBeNull();
  });

  it("is never what a company handles: more than anyone's pay", () => {
    const text = 'We process more than ₹2,400 crore a month.\nPay: ₹28 LPA – ₹40 LPA fixed.';
    expect(extractSalary(text)).toMatchObject({ min: 2_800_000, max: 4_000_000 });
    expect(extractSalary('We process more than ₹2,400 crore a month for our merchants.')).toBeNull();
  });

  it('reads no range from one-letter words: "$20 a 40-hour week" is $20', () => {
    expect(extractSalary('Pay: $20 a 40-hour week')).toMatchObject({ min: 20, max: 20 });
  });
});

describe("an intern's allowance", () => {
  it('is the pay when it is the monthly or internship allowance', () => {
    expect(extractSalary('Monthly allowance of S$2,200 – S$2,800, depending on your year of study')).toEqual({ min: 2200, max: 2800, currency: 'SGD', period: 'month' });
    expect(extractSalary('- A monthly allowance of €1,200 gross, plus meal vouchers of €8 per working day')).toEqual({ min: 1200, max: 1200, currency: 'EUR', period: 'month' });
  });

  it("is a month's in a currency paid by the month, where no period is written (set-87)", () => {
    expect(extractSalary('What we offer\n• Salary THB 45,000 – 55,000 + service charge')).toEqual({ min: 45000, max: 55000, currency: 'THB', period: 'month' });
  });

  it('is a perk otherwise', () => {
    expect(extractSalary('Benefits: $600 tool allowance each year; $150 monthly phone allowance.')).toBeNull();
    expect(extractSalary('A car allowance of £5,000 per year.')).toBeNull();
    expect(extractSalary("Cosa offriamo\nRetribuzione commisurata all'esperienza; buoni pasto da 8 €; piano welfare.")).toBeNull();
  });
});

describe('a figure of its own in brackets after the pay', () => {
  it('is that figure\'s: the pay stands, its differential stays a perk', () => {
    expect(extractSalary('Pay: $19.50 – $21.00 per hour (includes a $1.00/hour 2nd shift differential), paid weekly.')).toEqual({ min: 19.5, max: 21, currency: 'USD', period: 'hour' });
    expect(extractSalary('Benefits: $5,000 (sign-on bonus) and more')).toBeNull();
    expect(extractSalary('We offer $150/month (wellness stipend)')).toBeNull();
  });
});

describe('pay as set-26 wrote it (India, South-East Asia, Romania)', () => {
  it.each([
    ['CTC: up to 28 LPA (depending on last drawn)', { min: 2_800_000, max: 2_800_000, currency: 'INR', period: 'year' }],
    // An agency's "Budget:" is the role's pay; lakhs with no currency are rupees.
    ['Budget: 18-22 LPA', { min: 1_800_000, max: 2_200_000, currency: 'INR', period: 'year' }],
    ['Budget: Max 14 LPA', { min: 1_400_000, max: 1_400_000, currency: 'INR', period: 'year' }],
    ['Salary: Rs. 12 Lakhs per annum', { min: 1_200_000, max: 1_200_000, currency: 'INR', period: 'year' }],
    ['- Salary: RM 14,000 – RM 18,000 per month + performance bonus', { min: 14_000, max: 18_000, currency: 'MYR', period: 'month' }],
    ['Salary : IDR 14.000.000 - 18.000.000 gross/month + THR + BPJS', { min: 14_000_000, max: 18_000_000, currency: 'IDR', period: 'month' }],
    ['- Gross monthly salary between 24,000 and 30,000 RON, depending on experience', { min: 24_000, max: 30_000, currency: 'RON', period: 'month' }],
    // A public-sector pay scale's points: from the first to the last (set-27).
    ['The salary scale for the post is: €46,932 - €48,380 - €49,833 - €51,288 - €62,873 LSIs', { min: 46_932, max: 62_873, currency: 'EUR', period: 'year' }],
    ['Salary: $50,000 - $60,000 - depending on experience', { min: 50_000, max: 60_000, currency: 'USD', period: 'year' }],
    // Set-28: yen, how a year's pay is paid out, and a list item that is only the pay.
    ['- Annual salary: ¥5.5M – ¥6.5M (paid in 12 monthly instalments) plus a performance bonus', { min: 5_500_000, max: 6_500_000, currency: 'JPY', period: 'year' }],
    ['Partner to teams with about £180m of annual sales.\nWhat we offer\n- £55,000 – £62,000 + up to 10% annual bonus', { min: 55_000, max: 62_000, currency: 'GBP', period: 'year' }],
    ['Who we are looking for\n- €55k–€65k + equity (stock options, 4-year vesting, 1-year cliff)', { min: 55_000, max: 65_000, currency: 'EUR', period: 'year' }],
    // A sales job's pay is pay: only the sales a figure counts are not.
    ['Inside Sales Representative pay: $45,000 - $55,000 a year', { min: 45_000, max: 55_000, currency: 'USD', period: 'year' }],
    ['Sales Associate: $18/hr', { min: 18, max: 18, currency: 'USD', period: 'hour' }],
    // The Philippine peso's code before a figure in thousands (set-79); not the language's "PHP 8".
    ['- Salary: PHP 30,000 – 38,000 per month, depending on experience', { min: 30_000, max: 38_000, currency: 'PHP', period: 'month' }],
    // Set-30: a contribution towards something is no pay ("we pay £10 a month towards it").
    ['- A smartphone with a data plan – we pay £10 a month towards it\n- £12.80 per hour, paid weekly', { min: 12.8, max: 12.8, currency: 'GBP', period: 'hour' }],
  ])('%s', (text, salary) => expect(extractSalary(text)).toEqual(salary));

  it.each([
    ['a learning budget', '- RM 3,000 annual learning budget and paid certification exam fees'],
    ["what the employer's platforms move", 'building the platforms that move over $2 trillion a year for our clients'],
    ['a budget of lakhs that is no pay', 'Manage a marketing budget of 50 lakhs per annum'],
    ['PHP, the language', 'Salary depends on skills: PHP 8 and Laravel 10 required'],
    ['annual sales', 'You will partner our Commercial Director: about £180m of annual sales.'],
    ['a list item that names what the range counts', `${'We build software for property managers. '.repeat(16)}\n- $50,000 – $100,000 deals closed each quarter`],
  ])('reads no pay in %s', (_, text) => expect(extractSalary(text)).toBeNull());
});

describe('base pay over on-target earnings, and what is no pay (sets 34 and 36)', () => {
  it.each([
    ['- $45,000 base salary + uncapped commission (up to 110 bps on funded volume); OTE $120k–$180k for producers', { min: 45000, max: 45000, currency: 'USD', period: 'year' }],
    ['- $65,000 base + super, plus uncapped commission, for a realistic OTE of $110k–$140k in your first year', { min: 65000, max: 65000, currency: 'USD', period: 'year' }],
    // On-target earnings alone are the pay stated.
    ['Compensation: OTE $140k (50/50 split)', { min: 140000, max: 140000, currency: 'USD', period: 'year' }],
    // A commission per sale, a draw, an incentive are no pay.
    ['- Commission only, paid weekly: $1,500 – $4,000 per installed system\n- A recoverable draw of $750/week for 4 weeks', null],
    ['- ₱3,000 monthly performance incentive and ₱2,000 attendance bonus', null],
    ['- $1,500 – $4,000 per installed system, plus $500 for every self-generated deal', null],
    // A premium for each extra credential is no pay; the range before it is (set-41).
    ['COMPENSATION\n$31.00 – $39.00 per hour, DOE. Inspectors receive certification pay of $1.00/hour for each additional ICC certification (up to four).', { min: 31, max: 39, currency: 'USD', period: 'hour' }],
    // A list item's range set by experience is the pay; a learning budget by the year is not.
    ['What we offer\n- £48,000 – £55,000 depending on experience, plus an annual profit share\n- £1,000 a year to spend on courses, books, talks', { min: 48000, max: 55000, currency: 'GBP', period: 'year' }],
    // Naira by its symbol.
    ['- Salary: ₦900,000 - ₦1,300,000 monthly (gross), reviewed every 6 months', { min: 900000, max: 1300000, currency: 'NGN', period: 'month' }],
    // More currencies by their codes: Ethiopia's, Jordan's (set-48).
    ['Salary: ETB 85,000 – 98,000 gross per month as per ARDA salary scale (Grade IX)', { min: 85000, max: 98000, currency: 'ETB', period: 'month' }],
    // A range whose figures stand apart, each with its own words (set-49).
    ['The base pay for this position ranges from $158,300/year in our lowest geographic market up to $221,600/year in our highest geographic market.', { min: 158300, max: 221600, currency: 'USD', period: 'year' }],
    // A rate rising to another, for other shifts (set-79) or with time (sets 136, 139, 153; set-57's
    // labels alone read the starting salary), is the pay's range; so is a scale's top step (set-139).
    ['- £17.85 per hour for Monday to Friday nights, rising to £19.60 per hour for Saturday and Sunday nights', { min: 17.85, max: 19.6, currency: 'GBP', period: 'hour' }],
    ['£12.60 per hour, rising to £13.10 per hour after a successful 12-week probation', { min: 12.6, max: 13.1, currency: 'GBP', period: 'hour' }],
    ['Starting wage: $24.18 per hour during training; top step $34.54 per hour after 48 months', { min: 24.18, max: 34.54, currency: 'USD', period: 'hour' }],
    ['Starting wage: $24.18 during training; top step $34.54 per hour', { min: 24.18, max: 34.54, currency: 'USD', period: 'hour' }],
    // Britain's "basic" states the base, which ranks above on-target earnings (set-40).
    ['What we offer\n- £13.00 per hour basic + 35% commission on all services over your weekly target\n- Realistic OTE £32,000 – £40,000 once your column is full', { min: 13, max: 13, currency: 'GBP', period: 'hour' }],
    ['- £62,000 – £72,000 basic depending on experience, plus £4,800 car allowance', { min: 62000, max: 72000, currency: 'GBP', period: 'year' }],
    // The baht's sign, which the pay pills read (one table of signs for both readers: currency.ts).
    ['Salary: ฿45,000 - ฿60,000 per month plus transport allowance', { min: 45000, max: 60000, currency: 'THB', period: 'month' }],
  ])('%s', (text, salary) => {
    expect(extractSalary(text)).toEqual(salary);
  });
});

describe('a range whose figures stand apart (set-59)', () => {
  it('reads "starts at $X ... to $Y" as the range', () => {
    expect(extractSalary('Pay starts at $28.50 per hour and progresses on our published seniority scale to $41.75 per hour.')).toEqual({ min: 28.5, max: 41.75, currency: 'USD', period: 'hour' });
  });
});

describe('figures that are no pay (set-126)', () => {
  it('leaves a company’s annual volume out, in a dear currency', () => {
    expect(extractSalary('Northbank Civil Constructors is an Edmonton-based contractor with an annual volume of about $180M.', 'CAD')).toBeNull();
  });
});

describe('perks written as pay, and hourly pay in French (sets 137, 140)', () => {
  it('reads a range over Australia’s salary packaging', () => {
    const text = 'Benefits\n- $98,962 – $118,575 per annum pro rata, plus 11.5% superannuation\n- Salary packaging up to $15,900 per year';
    expect(extractSalary(text, 'AUD')).toEqual({ min: 98_962, max: 118_575, currency: 'AUD', period: 'year' });
  });
  it('reads a French hourly rate, not the shift premium after it', () => {
    const text = '- Taux horaire de 42,15 $ à 48,30 $ selon l’échelon, prime de quart de nuit de 2,25 $/h';
    expect(extractSalary(text, 'CAD')).toEqual({ min: 42.15, max: 48.3, currency: 'CAD', period: 'hour' });
  });
});

describe('pay in Mongolia\'s tögrög and Peru\'s sol (set-137)', () => {
  it('reads MNT by its code and PEN by its sign', () => {
    expect(extractSalary('Gross monthly salary MNT 7,200,000 – 8,600,000 depending on experience')).toEqual({ min: 7_200_000, max: 8_600_000, currency: 'MNT', period: 'month' });
    expect(extractSalary('Salary: S/ 4,500 per month')).toEqual({ min: 4_500, max: 4_500, currency: 'PEN', period: 'month' });
  });
});

describe('tiers of OTE, an all-in basic, pay beside superannuation (sets 142, 149)', () => {
  it('reads the first tier of a sentence about OTE, not the next as base pay', () => {
    const text = 'The on-target earnings (OTE) range for this role is $170,000 – $200,000 in Tier 1 locations and $153,000 – $180,000 in all other US locations.';
    expect(extractSalary(text)).toEqual({ min: 170_000, max: 200_000, currency: 'USD', period: 'year' });
  });
  it('reads "Basic + allowances" as the pay, a car allowance as a perk', () => {
    const text = 'SALARY & BENEFITS:\n• Basic + allowances: AED 18,000 – 22,000 per month (all-inclusive)\n• Car allowance AED 2,500 per month + fuel card';
    expect(extractSalary(text)).toEqual({ min: 18_000, max: 22_000, currency: 'AED', period: 'month' });
  });
  it('reads a range before "+ super" as pay', () => {
    expect(extractSalary('Cyber Security Adviser | Executive Level 1 | $121,483 – $137,125 + 15.4% super', 'AUD')).toEqual({ min: 121_483, max: 137_125, currency: 'AUD', period: 'year' });
  });
});

describe('pay by year of training or service (set-156)', () => {
  it.each([
    ['Vergütung nach Tarif: im ersten Jahr 2.235 €, im zweiten Jahr 2.537 € brutto im Monat', 'Vergütung nach Tarif: 2.235 € – 2.537 € brutto im Monat'],
    ['Pay: Year 1: £24,000; Year 2: £26,000; Year 3: £28,500 per annum', 'Pay: £24,000 – £28,500 per annum'],
    ['Ausbildungsvergütung: 1. Ausbildungsjahr 1.100 €, 2. Ausbildungsjahr 1.200 €, 3. Ausbildungsjahr 1.300 €', 'Ausbildungsvergütung: 1.100 € – 1.300 €'],
  ])('reads "%s" as a range from the first year to the last', (text, range) => {
    expect(payByYearAsRange(text)).toBe(range);
  });

  it('leaves years without pay, and figures without a currency, as written', () => {
    for (const text of ['In the first year of the programme you rotate through 3 teams', 'Year 1: 12 modules, Year 2: 10 modules']) expect(payByYearAsRange(text)).toBe(text);
  });
});

describe('pay by year with the figure first (sets 206, 208)', () => {
  it.each([
    ['Salary: £22,000 in year 1, rising to £24,000 in year 2 and £26,000 in year 3', 'Salary: £22,000 – £26,000'],
    ['- Salary of £21,000 in year 1, £24,000 in year 2 and £27,000 in year 3', '- Salary of £21,000 – £27,000'],
  ])('reads "%s" as a range', (text, range) => expect(payByYearAsRange(text)).toBe(range));
  it('leaves a single year as written', () => {
    expect(payByYearAsRange('We pay £500 in year 1 for your training.')).toBe('We pay £500 in year 1 for your training.');
  });
});

describe('a rate per sea day, working hours per week, FTE pay, a rate "up to" another, OTE after its figure (sets 214-221)', () => {
  it.each([
    ['$245 – $305 per sea day depending on experience and vessel type', { min: 245, max: 305, currency: 'USD', period: 'day' }],
    ['Up to £36,000 FTE, pro rata for 22.5 hours per week (up to £21,600 actual), plus free travel', { min: 36_000, max: 36_000, currency: 'GBP', period: 'year' }],
    ['Pay: $27.40/hr (trainee) up to $33.15/hr (experienced operator), plus quarterly production bonus', { min: 27.4, max: 33.15, currency: 'USD', period: 'hour' }],
    ['$42.50 – $46.80 per hour plus shift penalties and overtime (approx. $98,000 – $110,000 OTE), plus 12% superannuation.', { min: 42.5, max: 46.8, currency: 'AUD', period: 'hour' }],
  ])('%s', (text, want) => expect(extractSalary(text, 'AUD' === want.currency ? 'AUD' : 'USD')).toEqual(want));
  it('still reads a weekly wage ("£450 per week, 5 days a week")', () => {
    expect(extractSalary('£450 per week, 5 days a week')).toEqual({ min: 450, max: 450, currency: 'GBP', period: 'week' });
  });
});
