import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, normalizeEmploymentType, normalizeSeniority, normalizeWorkplace, parseSalaryLabel, salaryFromJsonLd } from './normalize';

describe('labels', () => {
  it.each([
    ['Full-time', 'full-time'],
    ['FULL_TIME', 'full-time'],
    ['Part-time', 'part-time'],
    ['Contract', 'contract'],
    ['Internship', 'internship'],
    ['Temporary', 'temporary'],
    ['Full-time /', 'full-time'], // Lever's row of categories
    ['Volunteer', null],
    // LinkedIn's interface in other languages.
    ['Vollzeit', 'full-time'],
    ['Voltijd', 'full-time'],
    ['Voltijds', 'full-time'],
    ['Temps plein', 'full-time'],
    ['Heltid', 'full-time'],
    ['Purnawaktu', 'full-time'],
    ['正社員', 'full-time'],
    ['全职', 'full-time'],
    ['정규직', 'full-time'],
    ['دوام كامل', 'full-time'],
    ['Teilzeit', 'part-time'],
    ['Stage', 'internship'],
    ['A tempo pieno', 'full-time'],
    ['Toàn thời gian', 'full-time'],
    ['Повна зайнятість', 'full-time'],
    ['Πλήρης απασχόληση', 'full-time'],
    ['משרה מלאה', 'full-time'],
    ['เต็มเวลา', 'full-time'],
    ['Teljes munkaidős', 'full-time'],
    ['Normă întreagă', 'full-time'],
    ['Kokoaikainen', 'full-time'],
    ['Sepenuh masa', 'full-time'],
    ['Полный рабочий день', 'full-time'],
    ['पूर्णकालिक', 'full-time'],
    ['Osa-aikainen', 'part-time'],
  ])('employment type %s → %s', (label, want) => expect(normalizeEmploymentType(label)).toBe(want));

  it.each([
    ['Mid-Senior level', 'mid-senior'],
    ['Entry level', 'entry'],
    ['Not Applicable', null],
    ['Director', 'director'],
    ['Mellannivå–seniornivå', 'mid-senior'],
    ['Mellemniveau/seniorniveau', 'mid-senior'],
    ['Tingkat pemula', 'entry'],
    ['アソシエイト', 'associate'],
    ['Algo de responsabilidad', 'associate'],
    ['Livello medio-alto', 'mid-senior'],
    ['Μεσαίο-Ανώτερο επίπεδο', 'mid-senior'],
    ['Nicht zutreffend', null],
    ['Başlangıç Seviye', 'entry'],
    ['Συνεργάτης', 'associate'],
    ['דרג ביניים-בכיר', 'mid-senior'],
    ['Aloitustaso', 'entry'],
    ['Bersekutu', 'associate'],
    ['中高階', 'mid-senior'],
    // Set-69: Ukrainian, Hungarian and Catalan criteria.
    ['Початковий рівень', 'entry'],
    ['Közép-senior szint', 'mid-senior'],
    ['Una mica de responsabilitat', 'associate'],
    // Portuguese (Brazil): LinkedIn's "Assistente" is its entry level, "Júnior" its associate.
    ['Assistente', 'entry'],
    // Dutch and Japanese levels (sets 72, 75, 77).
    ['Middenkader', 'mid-senior'],
    ['Medewerker', 'associate'],
    ['Starter', 'entry'],
    ['中上級レベル', 'mid-senior'],
    ['Júnior', 'associate'],
  ])('seniority %s → %s', (label, want) => expect(normalizeSeniority(label)).toBe(want));

  it.each([
    ['On-site', 'on-site'],
    ['Hybrid', 'hybrid'],
    ['TELECOMMUTE', 'remote'],
    ['Remote', 'remote'],
    ['Full-time', null],
    ['Sur site', 'on-site'],
    ['Гибридный формат', 'hybrid'],
    ['Sur place', 'on-site'],
    ['Etätyö', 'remote'],
    ['På stedet', 'on-site'],
    ['Híbrido', 'hybrid'],
    ['混合办公', 'hybrid'],
    ['하이브리드', 'hybrid'],
    ['Zdalnie', 'remote'],
    ['Na miejscu', 'on-site'],
    // Turkish: "İ" lower-cases to "i" and a combining dot.
    ['İşyerinde', 'on-site'],
    ['İş yerinde', 'on-site'],
    ['Kết hợp', 'hybrid'],
    ['В офісі', 'on-site'],
    ['ในสถานที่', 'on-site'],
    ['Hibrid', 'hybrid'],
    // Set-69: Hebrew's and Romanian's on-site pills.
    ['באתר', 'on-site'],
    ['La fața locului', 'on-site'],
    ['Na pracovišti', 'on-site'],
  ])('workplace %s → %s', (label, want) => expect(normalizeWorkplace(label)).toBe(want));
});

describe('parseSalaryLabel', () => {
  it.each([
    ['$117,000.00/yr - $234,000.00/yr', { min: 117000, max: 234000, currency: 'USD', period: 'year' }],
    ['$18K/yr', { min: 18000, max: 18000, currency: 'USD', period: 'year' }],
    ['700 тыс. ₸/мес. – 950 тыс. ₸/мес.', { min: 700000, max: 950000, currency: 'KZT', period: 'month' }],
    ['A$160,000.00 - A$200,000.00', { min: 160000, max: 200000, currency: 'AUD', period: 'year' }],
    ['CA$120K/yr - CA$150K/yr', { min: 120000, max: 150000, currency: 'CAD', period: 'year' }],
    ['$24.50/hr', { min: 24.5, max: 24.5, currency: 'USD', period: 'hour' }],
    ['€50k–60k a year', { min: 50000, max: 60000, currency: 'EUR', period: 'year' }],
    ['₹28L/yr - ₹40L/yr', { min: 2800000, max: 4000000, currency: 'INR', period: 'year' }],
    ['₹12 LPA', { min: 1200000, max: 1200000, currency: 'INR', period: 'year' }],
    // A unit is a letter alone: not the "m" of "monthly" nor the "L" of "Leeds".
    ['$4,000 monthly', { min: 4000, max: 4000, currency: 'USD', period: 'month' }],
    ['£30,000 - £35,000 Leeds', { min: 30000, max: 35000, currency: 'GBP', period: 'year' }],
    // LinkedIn's pills in its other languages: grouping by spaces or dots, "mil", local periods.
    ['28\u202f000\u00a0€/an - 34\u202f000\u00a0€/an', { min: 28000, max: 34000, currency: 'EUR', period: 'year' }],
    ['R$ 18 mil/mês', { min: 18000, max: 18000, currency: 'BRL', period: 'month' }],
    ['46.800 € - 57.300 €', { min: 46800, max: 57300, currency: 'EUR', period: 'year' }],
    ['€1.200,50/mese', { min: 1200.5, max: 1200.5, currency: 'EUR', period: 'month' }],
    ['CN¥30万/年 - CN¥40万/年', { min: 300000, max: 400000, currency: 'CNY', period: 'year' }],
    ['₩60,000,000/년 - ₩85,000,000/년', { min: 60000000, max: 85000000, currency: 'KRW', period: 'year' }],
    ['12 000 zł/mies. – 14 500 zł/mies.', { min: 12000, max: 14500, currency: 'PLN', period: 'month' }],
    ['฿45,000/mo - ฿60,000/mo', { min: 45000, max: 60000, currency: 'THB', period: 'month' }],
    // German's article "den" is no Czech day (set-49).
    ['Ein Jahresbruttogehalt zwischen 72.000 € und 88.000 € – wir veröffentlichen den Rahmen', { min: 72000, max: 88000, currency: 'EUR', period: 'year' }],
    // The hours worked are no period of the pay (set-38).
    ['€ 3.400 en € 4.300 bruto per maand op basis van 40 uur', { min: 3400, max: 4300, currency: 'EUR', period: 'month' }],
    // Set-238: Dutch's compounds of the month and the year.
    ['Een bruto maandsalaris van €3.350 tot €4.720', { min: 3350, max: 4720, currency: 'EUR', period: 'month' }],
    ['Jaarsalaris € 52.000 – € 61.000', { min: 52000, max: 61000, currency: 'EUR', period: 'year' }],
    ['€ 18 per uur', { min: 18, max: 18, currency: 'EUR', period: 'hour' }],
    // A unit written once, after the range (set-42).
    ['48 – 58 k€ brut annuel', { min: 48000, max: 58000, currency: 'EUR', period: 'year' }],
    ['CHF 110,000/yr - CHF 130,000/yr', { min: 110000, max: 130000, currency: 'CHF', period: 'year' }],
    ['月給 30万円', { min: 300000, max: 300000, currency: 'JPY', period: 'month' }],
    ['₱55,000.00/mo - ₱65,000.00/mo', { min: 55000, max: 65000, currency: 'PHP', period: 'month' }],
    ['Rp 9 juta - Rp 12 juta/bulan', { min: 9000000, max: 12000000, currency: 'IDR', period: 'month' }],
    // Malaysia's ringgit before a figure; not the "RM" inside a word.
    ['RM 5,000/mo', { min: 5000, max: 5000, currency: 'MYR', period: 'month' }],
    ['$50,000/yr PERMANENT', { min: 50000, max: 50000, currency: 'USD', period: 'year' }],
    // A salary that says "full time" is no hourly pay.
    ['$50,000/yr full time', { min: 50000, max: 50000, currency: 'USD', period: 'year' }],
    // A year's pay spread over 13 months is yearly pay.
    ['48 000 € – 56 000 € bruts annuels sur 13 mois', { min: 48000, max: 56000, currency: 'EUR', period: 'year' }],
    ['RAL 30.000 - 34.000 € annui su 14 mensilità', { min: 30000, max: 34000, currency: 'EUR', period: 'year' }],
  ])('%s', (label, want) => expect(parseSalaryLabel(label)).toEqual(want));

  it('gives null without an amount', () => expect(parseSalaryLabel('Competitive')).toBeNull());

  it("reads won, yen and yuan only after a figure: a syllable of a word is none ('지원자 25명', 25 applicants)", () => {
    expect(parseSalaryLabel('6,000만원 ~ 8,500만원')).toMatchObject({ min: 60_000_000, currency: 'KRW' });
    // "¥" in mainland China is the yuan (set-94); elsewhere the yen.
    expect(parseSalaryLabel('¥15K/月 - ¥20K/月', '中国 上海市 浦东新区')).toMatchObject({ min: 15000, max: 20000, currency: 'CNY', period: 'month' });
    expect(parseSalaryLabel('¥300K/年', 'Tokyo, Japan')).toMatchObject({ currency: 'JPY' });
    expect(parseSalaryLabel('지원자 25명')?.currency ?? null).toBeNull();
  });

  it("reads a crown by the job's country", () => {
    expect(parseSalaryLabel('41 000,00 kr/mån - 47 000,00 kr/mån', 'Stockholm, Stockholms län, Sverige')).toEqual({ min: 41000, max: 47000, currency: 'SEK', period: 'month' });
    expect(parseSalaryLabel('45.000 kr/md.', 'København, Hovedstaden, Danmark')?.currency).toBe('DKK');
    expect(parseSalaryLabel('45.000 kr/md.', null)?.currency).toBeNull();
  });

  it("reads a bare dollar as the job's place's, a marked one as itself", () => {
    expect(parseSalaryLabel("31,63 $ à 55,60 $ l'heure", 'Laval, Québec, Canada')).toEqual({ min: 31.63, max: 55.6, currency: 'CAD', period: 'hour' });
    expect(parseSalaryLabel('$18K/yr', 'Austin, TX')?.currency).toBe('USD');
    expect(parseSalaryLabel('US$18K/yr', 'Toronto, Ontario, Canada')?.currency).toBe('USD');
  });
});

describe('salaryFromJsonLd', () => {
  it('reads a MonetaryAmount range', () => {
    expect(
      salaryFromJsonLd({ '@type': 'MonetaryAmount', currency: 'usd', value: { minValue: 150000, maxValue: 165000, unitText: 'YEAR' } }),
    ).toEqual({ min: 150000, max: 165000, currency: 'USD', period: 'year' });
  });
  it('ignores junk', () => expect(salaryFromJsonLd('lots')).toBeNull());
});

describe('cleanText', () => {
  it('trims then collapses, which is the same as collapsing then trimming: trim and \\s name the same white space', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(ch.trim() === '', `U+${c.toString(16)}`).toBe(/\s/.test(ch));
    }
    const spacey = fc.array(fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', 'é')).map((parts) => parts.join(''));
    fc.assert(
      fc.property(spacey, (s) => {
        expect(cleanText(s)).toBe(s.replace(/\s+/g, ' ').trim() || null);
      }),
      { numRuns: 2000 },
    );
    expect(cleanText(null)).toBeNull();
  });
});

describe("LinkedIn's labels in Greek, Danish, Czech and French (sets 118-120, 122)", () => {
  it.each([
    ['Προσωρινή', 'temporary'],
    ['Tillfällig', 'temporary'], // Swedish (set-228)
    ['Contrato por obra', 'contract'], // Spanish (set-250)
  ] as const)('employment type %s → %s', (label, want) => expect(normalizeEmploymentType(label)).toBe(want));
  it.each([
    ['Mellemniveau', 'mid-senior'],
    ['Střední až vyšší úroveň', 'mid-senior'],
    ['Débutant', 'associate'],
    ['Keski-/ylempi taso', 'mid-senior'],
    ['Medarbeider', 'associate'],
    ['Startersniveau', 'entry'],
    ['Początkujący', 'entry'],
    ['Begynderniveau', 'entry'], // Danish (set-241)
    ['Základní úroveň', 'entry'], // Czech (set-251)
    ['Mellan- och seniornivå', 'mid-senior'], // Swedish (set-248)
  ] as const)('seniority %s → %s', (label, want) => expect(normalizeSeniority(label)).toBe(want));
  it.each([
    ['Kokoaikatyö', 'full-time'],
    ['Osa-aikatyö', 'part-time'],
  ] as const)('Finnish employment type %s → %s (set-182)', (label, want) => expect(normalizeEmploymentType(label)).toBe(want));
});

describe('the hours of a working week are no amount (set-131)', () => {
  it('reads "ca. 5.200 € brutto monatlich bei einer 35-Stunden-Woche" as 5,200 a month', () => {
    expect(parseSalaryLabel('ca. 5.200 € brutto monatlich bei einer 35-Stunden-Woche')).toMatchObject({ min: 5200, max: 5200, currency: 'EUR', period: 'month' });
  });
});
