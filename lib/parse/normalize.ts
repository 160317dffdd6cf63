import type { EmploymentType, PayPeriod, Salary, Seniority, Workplace } from '../posting';
import { CURRENCY_CODES, MONTHLY, PILL_MARKS, PREFIXED_SIGNS, SIGNS, SIGN_CLASS, WORD_MARKS } from '../extract/currency';
import { dollarOf } from '../extract/salary';
import { collapseSpaces } from './spaces';

/**
 * Folds case, accents-free spacing and punctuation so labels compare ("Full-time", "FULL_TIME"),
 * and drops the separators a row of labels leaves around one (Lever's "Full-time /").
 */
const fold = (s: string) =>
  s
    .toLowerCase()
    // Turkish "İ" lower-cases to "i" and a combining dot: "İşyerinde" → "i̇şyerinde".
    .replace(/i\u0307/g, 'i')
    .replace(/[\s_\-–/]+/g, ' ') // "Mellemniveau/seniorniveau" as "Mellannivå-seniornivå"
    .replace(/^[\s/|·•,]+|[\s/|·•,]+$/g, '')
    .trim();

/**
 * Labels, in English and as LinkedIn's interface writes them in its other languages: German,
 * French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish, Polish, Czech, Turkish,
 * Indonesian, Malay, Vietnamese, Ukrainian, Russian, Romanian, Greek, Hebrew, Thai, Hungarian, Finnish, Hindi, Tagalog, Arabic, Japanese, Chinese, Korean (a pill or a criteria value is the label alone).
 */
const EMPLOYMENT: Array<[RegExp, EmploymentType]> = [
  [
    /^(full ?time|fulltime|permanent|regular|vollzeit|temps plein|jornada completa|tiempo completo|tempo integral|tempo pieno|a tempo pieno|voltijds?|heltid|fuldtid|pełny etat|pełen etat|plný úvazek|tam zamanlı|purnawaktu|penuh waktu|toàn thời gian|повна зайнятість|normă întreagă|πλήρης απασχόληση|משרה מלאה|เต็มเวลา|teljes munkaidős|دوام كامل|正社員|フルタイム|全职|全職|정규직|풀타임|kokoaikainen|kokoaikatyö|sepenuh masa|полная занятость|полный рабочий день|पूर्णकालिक|buong oras)$/,
    'full-time',
  ],
  [
    /^(part ?time|parttime|teilzeit|temps partiel|media jornada|tiempo parcial|meio período|meio periodo|tempo parziale|deeltijds?|deltid|część etatu|niepełny etat|částečný úvazek|yarı zamanlı|paruh waktu|دوام جزئي|パートタイム|アルバイト|兼职|兼職|파트타임|시간제|osa-aikainen|osa aikainen|osa aikatyö|separuh masa|частичная занятость|неполный рабочий день|अंशकालिक|bahagyang oras)$/,
    'part-time',
  ],
  [/^(contract|contractor|contract to hire|freelance|vertrag|contrat|contrato|contratto|contrato por obra|kontrakt|umowa|smlouva|sözleşmeli|kontrak|عقد|契約社員|合同工|合同|계약직|sopimus|контракт|अनुबंध|kontrata)$/, 'contract'],
  [
    /^(temporary|temp|seasonal|befristet|temporaire|temporal|temporário|temporario|temporaneo|tijdelijk|tidsbegränsad|tillfällig|midlertidig|tymczasowa|dočasná|geçici|sementara|مؤقت|派遣社員|临时|臨時|임시직|määräaikainen|tilapäinen|προσωρινή|εποχική|временная работа|временная|अस्थायी|pansamantala)$/,
    'temporary',
  ],
  [/^(internship|intern|praktikum|stage|prácticas|practicas|estágio|estagio|tirocinio|praktik|staż|praktyki|stáž|staj|magang|تدريب|インターン|インターンシップ|实习|實習|인턴|인턴십|harjoittelu|latihan amali|pelatih|стажировка|इंटर्नशिप)$/, 'internship'],
];

/** "Full-time", "FULL_TIME" (schema.org), "Internship" → the model's employment type. */
export function normalizeEmploymentType(label: string | null | undefined): EmploymentType | null {
  if (!label) return null;
  const key = fold(label);
  return EMPLOYMENT.find(([re]) => re.test(key))?.[1] ?? null;
}

/** LinkedIn's seniority levels, in English and its other interface languages ("Not Applicable" and its translations: none). */
const SENIORITY: Array<[RegExp, Seniority]> = [
  [/^(internship|praktikum|stage|prácticas|practicas|estágio|estagio|tirocinio|praktik|staż|stáž|staj|magang|تدريب|インターンシップ|实习|인턴십|harjoittelu|latihan amali|стажировка|इंटर्नशिप|實習)$/, 'internship'],
  [/^(entry level|assistente|startniveau|startersniveau|inngangsnivå|begynderniveau|základní úroveň|indgangsniveau|starter|berufseinstieg|berufseinsteiger|sin experiencia|premier emploi|livello base|ingångsnivå|nybörjarnivå|szczebel podstawowy|początkujący|tingkat pemula|başlangıç seviyesi|başlangıç seviye|giriş seviyesi|mới vào nghề|مستوى مبتدئ|エントリーレベル|初级|신입|aloitustaso|peringkat permulaan|peringkat kemasukan|начальный уровень|початковий рівень|nivell inicial|belépő szint|kezdő szint|nivel de începător|αρχικό επίπεδο|प्रवेश स्तर|初階)$/, 'entry'],
  [/^(associate|débutant|mit berufserfahrung|medewerker|medarbeider|algo de responsabilidad|associato|συνεργάτης|współpracownik|アソシエイト|助理|어소시에이트|bersekutu|osakas|младший специалист|una mica de responsabilitat|júnior|associat|молодший спеціаліст|सहयोगी)$/, 'associate'],
  [/^(mid senior level|μεσαίο ανώτερο επίπεδο|intermedio|confirmé|pleno sênior|livello intermedio superiore|livello medio alto|mellannivå seniornivå|mellan och seniornivå|średni szczebel kierowniczy|średni szczebel|tingkat menengah senior|דרג ביניים בכיר|مستوى متوسط إلى أقدم|مستوى متوسط الأقدمية|ミドルシニアレベル|ミッドシニアレベル|中上級レベル|中高级|중간 시니어 레벨|keskitaso ylempi taso|keski ylempi taso|střední až vyšší úroveň|mellemniveau|mellemniveau seniorniveau|mellomnivå|mellomnivå seniornivå|keskitason ja ylemmän tason|pertengahan kanan|средний и высший уровень|средний уровень|середній і вищий рівень|середній рівень|közép senior szint|közép senior|intermedi sènior|middenkader|मध्यम वरिष्ठ स्तर|中高階)$/, 'mid-senior'],
  [/^(director|direktor|directeur|diretor|direttore|direktör|direktur|dyrektor|مدير|ディレクター|总监|디렉터|johtaja|pengarah|директор|निदेशक|總監)$/, 'director'],
  [/^(executive|geschäftsführung|ejecutivo|cadre dirigeant|executivo|dirigente|eksekutif|تنفيذي|エグゼクティブ|高管|임원|ylin johto|руководитель высшего звена|कार्यकारी|高階主管)$/, 'executive'],
];

/** LinkedIn's "Seniority level" criterion → the model's seniority; "Not Applicable" → null. */
export function normalizeSeniority(label: string | null | undefined): Seniority | null {
  if (!label) return null;
  const key = fold(label);
  return SENIORITY.find(([re]) => re.test(key))?.[1] ?? null;
}

/** "On-site", "Onsite", "Hybrid", "Remote", schema.org "TELECOMMUTE", LinkedIn's "Sur site", "Híbrido" → the model's workplace. */
export function normalizeWorkplace(label: string | null | undefined): Workplace | null {
  if (!label) return null;
  const key = fold(label);
  if (/^(on ?site|in office|office|vor ort|sur site|sur place|présentiel|presencial|in sede|op locatie|på plats|på stedet|stacjonarnie|stacjonarna|stacjonarny|na miejscu|na místě|na pracovišti|iş ?yerinde|ofiste|di lokasi|tại chỗ|tại văn phòng|в офісі|ในสถานที่|la sediu|la fața locului|la fata locului|helyszíni|במשרד|באתר|на місці|на месте|στο γραφείο|επιτόπου|في الموقع|オンサイト|出社|现场办公|現場辦公|현장 근무|paikan päällä|toimistolla|di tapak|di pejabat|в офисе|ऑन साइट|कार्यालय में|sa opisina|現場)$/.test(key)) return 'on-site';
  if (/^(hybrid|hybrid remote|remote hybrid|hybride|híbrido|ibrido|hybrydowo|hybrydowa|hybridní|hibrit|hibrida|hibrid|kết hợp|гібридний|гібрид|ไฮบริด|היברידי|υβριδικό|هجين|ハイブリッド|混合办公|混合|混合辦公|하이브리드|hybridi|гибридный формат|гибрид|гибридный|हाइब्रिड)$/.test(key)) return 'hybrid';
  if (/^(remote|telecommute|work from home|fully remote|télétravail|à distance|en remoto|remoto|da remoto|op afstand|distans|fjernarbejde|zdalnie|zdalna|na dálku|uzaktan|jarak jauh|từ xa|віддалено|віддалена робота|ทำงานทางไกล|távmunka|מרחוק|la distanță|εξ αποστάσεως|عن بعد|عن بُعد|リモート|远程办公|远程|遠端|원격 근무|원격|etätyö|удаленная работа|удалённая работа|удаленно|удалённо|रिमोट|दूरस्थ)$/.test(key)) return 'remote';
  return null;
}

const AFTER_FIGURE_MARKS: ReadonlySet<string> = new Set(['円', '元', '원']);
const CURRENCY_SYMBOLS = Object.entries({ ...PREFIXED_SIGNS, ...SIGNS, ...PILL_MARKS }).sort(([a], [b]) => b.length - a.length); // "CA$" before "A$" before "$"

/**
 * Yen, yuan and won written after a figure ("35万円", "¥25k–35k 元/月", "6,000만원"): syllables of
 * words too ("지원자 25명", 25 applicants), so only right after a figure or its unit.
 */
const AFTER_FIGURE = /(?<=[\dkK万萬만천억千億][^\S\n]?)[円元원]/;

/** The currencies' codes, salary.ts's (one list for both). */
const CURRENCY_CODE = new RegExp(String.raw`\b(?:${CURRENCY_CODES.join('|')})\b`);
/** A currency `parseSalaryLabel` reads, its letters as a word ("RM" before a figure, not in "FIRM"). */
const CURRENCY_MARK = new RegExp(
  `${SIGN_CLASS}|${AFTER_FIGURE.source}|zł|Kč|грн|บาท|лв|VNĐ|\\bkr\\b|\\bTL\\b|\\b(?:Rp|RM)(?=\\s?\\d)|${CURRENCY_CODE.source}|${WORD_MARKS.map(([re]) => re.source).join('|')}`,
);

/** Whether `text` names a currency: a code or a symbol `parseSalaryLabel` reads (a pay pill, a pay line's part). */
export const namesCurrency = (text: string): boolean => CURRENCY_MARK.test(text);

/**
 * The currency of the first symbol in `text` (the longest first: "CA$" before "$"); a bare "$" is
 * the dollar of the job's place ("31,63 $ à 55,60 $ l'heure" in Laval, Québec).
 */
function symbolCurrency(text: string, place: string | null): string | undefined {
  const found = CURRENCY_SYMBOLS.find(([symbol]) => text.includes(symbol) && (!AFTER_FIGURE_MARKS.has(symbol) || AFTER_FIGURE.test(text)));
  if (found?.[0] === '¥' && IN_CHINA.test(place ?? '')) return 'CNY'; // "¥15K/月" in Shanghai: the yuan
  return found?.[0] === '$' ? dollarOf(place) : found?.[1];
}

/** A place in mainland China, as LinkedIn writes it in English or Chinese ("中国 上海市 浦东新区"). */
const IN_CHINA = /\bChina\b|中国|中國|\b(?:Shanghai|Beijing|Shenzhen|Guangzhou|Suzhou|Hangzhou|Chengdu|Wuhan|Tianjin|Nanjing)\b/;

/** A count of hours worked, perhaps a week: "40 uur", "38,5 Stunden pro Woche", "37.5 hours per week". */
const HOURS_WORKED = /\b\d{1,2}-Stunden-Woche\b|\b\d{1,2}(?:[.,]\d)?\s*(?:uur|hours?|hrs|std\.?|stunden|heures|horas|ore|timmar|godz\.?)(?:\s*(?:per|a|pro|par|por|la|\/)\s*(?:week|woche|semaine|semana|settimana|vecka|tydzień|tydz\.?))?(?![a-z])/g;

/**
 * "kr", the crown of three countries: its country by the job's place (LinkedIn's pill says "41 000
 * kr/mån" whichever), else unknown.
 */
const CROWNS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:Sweden|Sverige)\b/, 'SEK'],
  [/\b(?:Denmark|Danmark)\b/, 'DKK'],
  [/\b(?:Norway|Norge)\b/, 'NOK'],
];

/** Pay periods, in English and as LinkedIn's pay pills write them in its other languages ("28 000 €/an", "R$ 18 mil/mês"). */
const PERIODS: Array<[RegExp, PayPeriod]> = [
  [/\b(hr|hour|hourly|heure|stunde|hora|ora|uur|uurloon|timme|godz|godzin|godzinowa|hod|saat|jam|tunti|tunnissa)\b|\/h(?![\wáéíóöőúüű])|(?<![а-яё])час|(?<![a-zăâîșțáéíóöőúüű])(?:oră|óra|órabér|giờ)(?![a-zăâîșțáéíóöőúüű])|ώρα|ωριαί|годину|погодинн|ชั่วโมง|לשעה|timelønn|timeløn|timlön|timesats|\bper time\b|\bi timen\b|時給|小时|小時|시간/, 'hour'],
  // Czech's "den" only after a slash ("2 500 Kč/den"): German's "den" is an article.
  [/\b(day|daily|jour|tag|día|dia|giorno|dag|dzień|gün|hari)\b|\/\s?den\b|arbeidsdag|arbejdsdag|arbetsdag|dagsats|dagpris|日給|每天|일급/, 'day'],
  [/\b(wk|week|weekly|semaine|woche|semana|semanal|semanales|semanais|settimana|settimanale|wöchentlich|hebdomadaire|wekelijks|vecka|uge|tydzień|tygodniowo|týden|hafta|minggu)\b|週給|每周|주급/, 'week'],
  [/\b(mo|month|monthly|mois|monat|mes|meses|mês|mese|maand|mån|månad|md|måned|mies|miesięcznie|měs|měsíc|měsíčně|mesačne|mesačná|mesiac|mėn|mėnesį|per mėnesį|ay|aylık|bln|bulan|sebulan|kk|kuukausi|kuukaudessa|kuussa|buwan|monatlich|monatliche[nrs]?|mensuel|mensuelle|mensuels|mensuelles|mensual|mensuales|mensal|mensais|mensile|mensili|maandelijks|maandelijkse)(?![a-z])|monats(?:entgelt|gehalt|lohn|brutto)|maand(?:salaris|loon|inkomen)|månedsløn|månadslön|månaden|måneden|\bmnd\b|(?<![а-яё])мес(?:яц)?|(?<![a-zăâîșțáéíóöőúüű])(?:lună|luna|lunar|lunară|hó|havonta|havi|tháng|månedlig|mwezi)(?![a-zăâîșțáéíóöőúüű])|μήνα|μηνιαί|(?<![а-яіїєґ])міс(?:яць|ячн|\.)?|เดือน|לחודש|חודשי|माह|महीन|月|월/, 'month'],
  [/\b(yr|year|annual|annually|annum|an|année|jahr|jährlich|año|ano|anno|jaar|jaarlijks|år|rok|rocznie|yıl|yıllık|tahun|setahun|thn|vuosi|vuodessa|annuel|annuels|annuelle|anual|annuale|annuo|lordo annuo)(?![a-z])|jahres(?:entgelt|gehalt|lohn|brutto)|jaar(?:salaris|loon|inkomen)|årsløn|årslön|(?<![а-яё])(?:год|в год)(?![а-яё])|(?<![a-zăâîșțáéíóöőúüű])(?:évi|éves|évente|năm|mwaka)(?![a-zăâîșțáéíóöőúüű])|ετήσι|(?<![а-яіїєґ])(?:рік|річн)|ปี|לשנה|שנתי|वर्ष|साल|年|년/, 'year'],
];

/**
 * A figure and its unit: thousand ("k", the "mil" of Spanish and Portuguese), million, or (Indian
 * pay) lakh: "₹28L/yr", "₹12 LPA", "₹10 Lakh". A unit is a letter alone: the "m" of "monthly",
 * the "L" of "Leeds" are words. The figure may group its thousands with commas, dots or spaces
 * ("117,000.00", "46.800", "28 000"; see `figure`).
 */
const AMOUNT =
  /(\d{1,3}(?:[.,'’\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?)\s*([kKmM](?![a-zA-Z\u00c0-\u024f])|L(?=PA\b|akhs?\b|[^a-zA-Z]|$)|mil\b|tys\.?|тыс\.?|bin\b|juta\b|ribu\b|rb\b|triệu|тис\.?|tis\.?|[万萬만億억千천])?/g;
/** What each unit multiplies by: "30万" (ten thousand, in Chinese, Japanese and Korean "만"), "12 tys." and "85 bin" (thousand), "9 juta" (million). */
const UNIT: Record<string, number> = {
  k: 1_000,
  m: 1_000_000,
  l: 100_000,
  mil: 1_000,
  tys: 1_000,
  'tys.': 1_000,
  тыс: 1_000,
  'тыс.': 1_000,
  тис: 1_000,
  tis: 1_000,
  'tis.': 1_000,
  'тис.': 1_000,
  triệu: 1_000_000,
  bin: 1_000,
  juta: 1_000_000,
  ribu: 1_000,
  rb: 1_000,
  万: 10_000,
  萬: 10_000,
  만: 10_000,
  億: 100_000_000,
  억: 100_000_000,
  千: 1_000,
  천: 1_000,
};

/**
 * A written figure as a number: the last "." or "," is the decimal point when one or two digits
 * follow it ("24.50", "1.200,50"), and every other mark groups thousands ("117,000", "46.800", "28 000").
 */
function figure(written: string): number {
  const digits = written.replace(/[\s\u00a0\u202f\u2009'’]/g, '');
  const point = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  if (point < 0 || digits.length - point - 1 === 3) return Number(digits.replace(/[.,]/g, ''));
  return Number(`${digits.slice(0, point).replace(/[.,]/g, '')}.${digits.slice(point + 1)}`);
}

/**
 * How many payments a year's pay is spread over, or the extra month's pay: "bruts annuels sur 13
 * mois", "13e mois", "14 pagas", "14 mensilità", "13. Monatsgehalt", "over 12 months". No period.
 */
const PAY_SPREAD = /\b1[2-6](?:e|ème|\.)?\s*(?:mois|monate?|monatsgehälter|monatsgehalt|meses|mensilità|mensualités|pagas|maanden|maandsalarissen|months|salaires)(?![a-z])/g;

/** A figure multiplied by a year's payments: "× 14 meses", "x 13 mensilità", "14 × jährlich". */
const PER_PAYMENT = /[×x]\s*1[2-6]\s*(?:meses|mensilidades|mensilità|mensualités|pagas|mois|monate|monatsgehälter|months|salários|jährlich)|\b1[2-6]\s*[×x]\s*(?:jährlich|im jahr|por año|por ano|all'anno)/i;

/**
 * A salary label as LinkedIn and schema.org pages show it: "$117,000.00/yr - $234,000.00/yr",
 * "$18K/yr", "A$160,000.00 - A$200,000.00", "€50k–60k a year", "₹28L/yr - ₹40L/yr", "28 000 €/an".
 * Null when it has no amount.
 */
export function parseSalaryLabel(label: string | null | undefined, place: string | null = null): Salary | null {
  if (!label) return null;
  // "2.150 € brutos mensuales en 14 pagas": the count of payments is no amount.
  // "… bei einer 35-Stunden-Woche": the hours worked are no amount either.
  const text = label.replace(PAY_SPREAD, (spread) => ' '.repeat(spread.length)).replace(HOURS_WORKED, (hours) => ' '.repeat(hours.length));
  const found = [...text.matchAll(AMOUNT)]
    .map((m) => ({ figure: figure(m[1] ?? ''), unit: UNIT[(m[2] ?? '').toLowerCase()] }))
    .filter((a) => Number.isFinite(a.figure) && a.figure > 0);
  // "48 – 58 k€", "30～40万円": a unit written once, after the range, is both figures'.
  const [low, high] = found;
  if (low && high && low.unit === undefined && high.unit !== undefined && low.figure <= high.figure) low.unit = high.unit;
  const amounts = found.map((a) => a.figure * (a.unit ?? 1));
  const first = amounts[0];
  if (first === undefined) return null;
  const second = amounts[1] ?? first;
  // "op basis van 40 uur", "(Vollzeit, 40 Std./Woche)": the hours worked, not the pay's period.
  const lower = text.toLowerCase().replace(HOURS_WORKED, ' ');
  const currency =
    CURRENCY_CODE.exec(text)?.[0] ??
    (/\bRM(?=\s?\d)/.test(text) ? 'MYR' : undefined) ?? // Malaysia's ringgit, not the "RM" of "PERMANENT"
    symbolCurrency(text, place) ??
    WORD_MARKS.find(([re]) => re.test(text))?.[1] ??
    (/\bkr\b/.test(text) ? (CROWNS.find(([re]) => re.test(place ?? ''))?.[1] ?? null) : null);
  const period =
    PERIODS.find(([re]) => re.test(lower))?.[1] ??
    // "1.150 € e 1.350 € × 14 meses": a payment's figure, times the payments of a year.
    (PER_PAYMENT.test(label) ? 'month' : undefined) ??
    (currency && MONTHLY.has(currency) ? 'month' : Math.max(first, second) >= 1000 ? 'year' : 'hour');
  return { min: Math.min(first, second), max: Math.max(first, second), currency, period };
}

/** schema.org `baseSalary` (MonetaryAmount) → Salary. */
export function salaryFromJsonLd(base: unknown): Salary | null {
  if (!base || typeof base !== 'object') return null;
  const amount = base as { currency?: unknown; value?: unknown };
  const value = (amount.value ?? {}) as { minValue?: unknown; maxValue?: unknown; value?: unknown; unitText?: unknown };
  const raw = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/,/g, '')) : NaN);
  // A negative amount is no pay: treated as absent, never stored as a salary (#7, parse-file.fuzz.test.ts).
  const num = (v: unknown) => (raw(v) >= 0 ? raw(v) : NaN);
  const min = num(value.minValue ?? value.value ?? amount.value);
  const max = num(value.maxValue ?? value.value ?? amount.value);
  if (!Number.isFinite(min) && !Number.isFinite(max)) return null;
  const unit = typeof value.unitText === 'string' ? value.unitText.toLowerCase() : '';
  const period = PERIODS.find(([re]) => re.test(unit))?.[1] ?? 'year';
  const lo = Number.isFinite(min) ? min : max;
  const hi = Number.isFinite(max) ? max : min;
  return {
    min: Math.min(lo, hi),
    max: Math.max(lo, hi),
    currency: typeof amount.currency === 'string' ? amount.currency.toUpperCase() : null,
    period,
  };
}

/**
 * Collapses white space and trims; null for an empty result. Trimmed first (`trim` and `\s` name
 * the same white space): markup indents a field's text on both sides, and once that is gone most
 * texts need no collapsing, so no copy.
 */
export function cleanText(s: string | null | undefined): string | null {
  const t = collapseSpaces((s ?? '').trim());
  return t || null;
}
