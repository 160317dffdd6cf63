/**
 * Years of experience and the degree asked for, in the languages LinkedIn postings are written in
 * besides English: German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish, Polish,
 * Czech, Turkish, Indonesian, Japanese, Chinese and Korean. The English rules (years.ts,
 * education.ts) read the structure of English sentences; these read each language's usual line of
 * requirements ("mindestens 3 Jahre Berufserfahrung", "3 ans d'expérience", "経験3年以上",
 * "5年以上…经验，其中至少2年", "Pengalaman minimal 2 tahun"), line by line, and the pay line
 * (`salaryInOtherLanguages`). On a text that is not English (`looksEnglish`) they come before the
 * English rules, which read only English's words for "preferred"; on an English text they never
 * run. A line or heading that marks itself preferred ("idealerweise", "souhaité", "Diferenciais",
 * "优先", "우대") asks for nothing; of the rest, the smallest number of years and the lowest
 * degree win, as in English (LABELING.md).
 */
import type { Education, EducationLevel, Salary, Workplace, YearsOfExperience } from '../posting';
import { namesCurrency, parseSalaryLabel } from '../parse/normalize';
import { andWords } from './conjunctions';
import { CURRENCY_CODES, MEAL_VOUCHERS, SOL_SIGN } from './currency';

/** Whether a text may state years or a degree in one of these languages: tried before any rule. */
const ANY_LANGUAGE =
  /kogemus|kõrgharid|ondervinding|\bESO\b|patirt|εμπειρ|προϋπηρεσ|vivência|ניסיון|נסיון|תואר|études secondaires|خبرة|بكالوريوس|ماجستير|دكتوراه|دبلوم|الثانوية|tapasztalat|végzettség|experien[țţ]|experiència|kinh nghiệm|đại học|cao đẳng|fagbrev|fagskole|kandidatgrad|kandidatuddannelse|yrkeshögskol|erhvervsakademi|fartstid|sjötid|sejltid|postliceal|studii superioare|grau universitari|досвід|опыт|освіт|образован|πτυχίο|ประสบการณ์|ปริญญา|erfahrung|expérience|experiencia|experiência|esperienza|ervaring|erfarenhet|erfaring|doświadcz|praxe|praxi|deneyim|tecrübe|pengalaman|経験|经验|經驗|경력|studium|promotion|promoviert|ausbildung|mastergrad|bachelorgrad|enseñanza media|abitur|schulabschluss|hochschulreife|mittlere reife|diplôme|\bDEC\b|bac\s*\+|baccalauréat|bachelier|licence|grado|licenciatura|título|ensino|graduação|mestrado|preparatoria|bachiller|secundaria|formação|superior complet|laurea|hbo\b|examen|wykształceni|vzdělání|lisans|mezun|titulad|titulaci|中专|中專|sarjana|\bS[123]\b|kokemus|tutkin|diplom|स्नातक|大卒|学部卒|高専|学历|學歷|学位|本科|大學|學士|碩士|專科|硕士|博士|학사|석사|박사|졸업|학력/i;

/**
 * A word that wishes for what follows it ("Mindestens 2 Jahre Berufserfahrung, idealerweise in der
 * Kunststoffverarbeitung"): the line asks for what comes before it.
 */
const WISHED_FROM_HERE = /idealerweise|idealmente|de préférence|preferibilmente|bij voorkeur|gärna|najlepiej|ideálně|tercihen|diutamakan|preferentemente|de preferencia|preferencialmente|ưu tiên/i;
/** A line that marks what it asks for as wished for, not required. */
export const PREFERRED =
  /wünschenswert|erwünscht|von vorteil|souhaité|apprécié|un plus|\batouts?\b|deseable|valorable|se valorará|desejável|diferencia(?:l|is)|gradit[ao]|gewenst|meriterande|meriterende|\ben fordel\b|ønskelig|önskvärt|mile widziane|een pré|mooi meegenomen|výhodou|tercih|diutamakan|nilai plus|ưu tiên|sind (?:ebenfalls |auch |gern |gerne )?willkommen|θα εκτιμηθ|επιθυμητ|優遇|歓迎|优先|加分|우대|يُ?فضَّ?ل|ميزة إضافية/i;

/** A bracket's words. */
const BRACKETED = /[(（][^()（）\n]*[)）]/g;
/**
 * `line` without the brackets that wish for their own words ("2 jaar ervaring als planner (ervaring
 * met koelstromen is een pré)", "wykształcenie wyższe (mile widziane kierunki: transport, logistyka)"):
 * the wish is the bracket's. A bracket that opens with the wish alone is the line's ("Experiencia
 * mínima de 6 meses (deseable, no indispensable)").
 */
function withoutBracketWishes(line: string): string {
  return line.replace(BRACKETED, (b) => {
    const at = b.search(PREFERRED);
    return at > 2 || (at >= 0 && /:\s*\S/.test(b.slice(at))) ? ' '.repeat(b.length) : b;
  });
}

/** Number words up to ten in the languages that write small numbers out ("två års erfarenhet"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, zehn: 10, zwölf: 12, achtzehn: 18,
  rok: 1, // Polish's "a year": "min. rok doświadczenia"
  ühe: 1, kahe: 2, nelja: 4, viie: 5, kuue: 6, // Estonian's, before "-aastane": "kolmeaastast kogemust"
  dwa: 2, dwie: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5, // Polish's: "co najmniej dwóch lat doświadczenia"
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, dix: 10, douze: 12, 'dix-huit': 18,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, diez: 10, doce: 12, dieciocho: 18,
  um: 1, dois: 2, três: 3, quatro: 4, doze: 12, dezoito: 18,
  due: 2, tre: 3, cinque: 5, sei: 6, dodici: 12, diciotto: 18,
  een: 1, één: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, tien: 10, twaalf: 12, achttien: 18,
  et: 1, ett: 1, to: 2, två: 2, fyra: 4, fem: 5, fire: 4, seks: 6, tolv: 12, atten: 18, // Danish's "et års erfaring" too
  ένα: 1, δύο: 2, τρία: 3, τέσσερα: 4, πέντε: 5,
  yksi: 1, yhden: 1, kaksi: 2, kahden: 2, kolme: 3, kolmen: 3, neljä: 4, neljän: 4, viisi: 5, viiden: 5,
  один: 1, одного: 1, два: 2, двох: 2, три: 3, трьох: 3, чотири: 4, пять: 5, "п'ять": 5,
};
/**
 * Hebrew's and Arabic's words for one year and two (a dual), which take no figure, and Arabic's
 * and Chinese's numbers in words: kept out of NUMBER, as those languages' own patterns name them.
 */
const HEBREW_YEARS: Readonly<Record<string, number>> = {
  שנה: 1, שנתיים: 2, 'سنة واحدة': 1, 'عام واحد': 1, سنتين: 2, سنتان: 2, عامين: 2, عامان: 2,
  // Chinese's numerals before 年 ("具一年或以上…工作經驗").
  一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 八: 8, 十: 10,
  // Arabic's numbers three to ten before "years" ("خبرة لا تقل عن أربع سنوات").
  ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4, خمس: 5, خمسة: 5, ست: 6, ستة: 6, سبع: 7, سبعة: 7, ثماني: 8, ثمان: 8, عشر: 10, عشرة: 10,
};
/** Arabic's number words before "years" (`HEBREW_YEARS`). */
const ARABIC_NUMBER = '(?:ثلاثة?|أربعة?|خمسة?|ستة?|سبعة?|ثماني?|عشرة?)';
const NUMBER = String.raw`(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
/**
 * Where a number may start: not inside a word. A `\b` is none before a word that starts with a
 * letter outside ASCII ("Minimaal één jaar werkervaring").
 */
const WORD_START = String.raw`(?<![A-Za-z0-9\u00c0-\u024f\u0370-\u04ff])`;
/** Where a word ends, WORD_START's twin: `\b` is none after a last letter outside ASCII ("měsíců", "mėnesių"). */
const WORD_END = String.raw`(?![A-Za-z0-9\u00c0-\u024f\u0370-\u04ff])`;
/** A number word, uncaptured: a range's second figure ("Deux (2) à quatre (4) années"). */
const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;
/** The number again in figures, as contracts write it: "un (1) an", "trois (3) années" (and in words after the figure: "3 (três) anos"). */
const IN_FIGURES = String.raw`(?:\(\d{1,2}\)\s*)?`;

/**
 * Each language's "N years", and the words for experience that must follow it on its line (within
 * 60 characters, before another "N years"): "3 Jahre Berufserfahrung", "2 à 3 ans d'expérience", "2 à 3 jaar werkervaring",
 * "2 års fartstid" (a seafarer's sea time, in Norwegian, Swedish and Danish),
 * "toplam en az 8 yıl, şantiye şefi olarak en az 3 yıl deneyimli" (8 and 3: the smaller wins).
 */
const YEARS_THEN_EXPERIENCE: ReadonlyArray<[RegExp, RegExp]> = [
  [new RegExp(String.raw`${WORD_START}${NUMBER}\+?\s*${IN_FIGURES}(?:(?:-|–|à|bis|tot|till|til)\s*(?:\d+|[a-zäöüå]+)\s*)?(?:jahre?n?|jaar|års?|år)\b`, 'gi'), /erfahrung|praxis|ervaring|ondervinding|erfarenhet|erfaring|fartstid|sjötid|sejltid/i],
  [new RegExp(String.raw`${WORD_START}${NUMBER}\+?\s*${IN_FIGURES}(?:\(${NUMBER_WORD}\)\s*)?(?:(?:à|a|-|–|y|e|et|i)\s*(?:\d+|${NUMBER_WORD})\s*${IN_FIGURES})?(?:ans?|années?|años?|anos?|anni|anno|anys?|ani)\b`, 'gi'), /expérience|experiencia|experiência|vivência|esperienza|experiència|experien[țţ]/i],
  // Hungarian, Vietnamese: "Legalább 3 év tapasztalat", "ít nhất 2 năm kinh nghiệm".
  [/(?<![\p{L}\d])(\d{1,2})\+?\s*(?:[-–]\s*\d+\s*)?(?:év|éves|năm)(?![\p{L}])/giu, /tapasztalat|kinh nghiệm/i],
  // Hebrew: "3 שנות ניסיון".
  [/(\d{1,2})\+?\s*(?:שנות|שנים)/g, /ניסיון|נסיון/],
  // Arabic: "5 سنوات خبرة" (years, a year).
  [/(?<!\d)(\d{1,2})\+?\s*(?:سنوات|سنة|أعوام|عاماً?)(?![\u0600-\u06ff])/g, /خبرة/],
  // Polish's adjective too: "4-letnie doświadczenie", "z 3-letnim doświadczeniem".
  [/\b(\d{1,2})\+?\s*(?:-?letni\w*|lat[a]?|rok[uiy]?|roků|let|yıl|tahun)\b/gi, /doświadcz|prax|deneyim|tecrübe|pengalaman|\bpracy (?:z|w|na|jako)\b/i],
  // Estonian's years as an adjective: "vähemalt kolmeaastast kogemust", "3-aastane töökogemus", "vähemalt 2 aastat".
  [/(?<![\p{L}\d])(?:(\d{1,2})[-\s]?|(ühe|kahe|kolme|nelja|viie|kuue))aasta\p{L}*/giu, /kogemus/i],
  // Lithuanian: "ne mažesnė nei 2 metų … vairavimo patirtis".
  [/(?<![\p{L}\d])(\d{1,2})\+?\s*(?:metų|metai|m\.)(?![\p{L}])/giu, /patirt/i],
  // Polish's numbers as words: "co najmniej dwóch lat doświadczenia".
  [/(?<![\p{L}\d])(dwa|dwie|dwóch|trzy|trzech|cztery|czterech|pięć|pięciu)\s+lat[a]?(?![\p{L}])/giu, /doświadcz/i],
  // Polish's and Czech's "a year" at least, said without its one: "min. rok doświadczenia", "co najmniej rok doświadczenia", "alespoň rok praxe".
  [/(?<![\p{L}\d])(?:min\.|minimum|co najmniej|przynajmniej|alespoň|minimálně|nejméně)\s+(rok)(?![\p{L}])/giu, /doświadcz|praxe|zkušenost/i],
  // Greek, Ukrainian and Russian: their words end past ASCII's \b, so a letter must not follow.
  [new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\+?\s*${IN_FIGURES}(?:χρόνια|χρόνων|έτη|ετών|рок(?:у|ів|и)?|років|лет|года?)(?![\p{L}])`, 'giu'), /εμπειρ|досвід|опыт/i],
  [new RegExp(String.raw`${WORD_START}${NUMBER}\+?\s*(?:[-–]\s*\d+\s*)?(?:vuoden|vuotta)\b`, 'gi'), /kokemus/i],
  [/(\d{1,2}|[一二兩两三四五六八十])\s*年(?:以上)?/g, /経験|经验|經驗/],
  [/(\d{1,2})\s*년\s*이상/g, /경력/],
];
/** From the word for experience to its number: 40 characters at most, none a digit nor a sentence's end (an abbreviation's dot is none). */
const UP_TO_THE_NUMBER = String.raw`(?:[^.\n\d]|(?<=\b(?:min|mind|mín|ca))\.){0,40}?`;
/**
 * The other order: "Erfahrung von 3 Jahren", "experiencia mínima de 2 años", "Pengalaman minimal 2
 * tahun", "経験3年", "경력 5년"; a sentence's end stops it, not an abbreviation ("Erfahrung von mind. 3
 * Jahren", "doświadczenie z Apache Kafka (min. 2 lata)").
 */
const EXPERIENCE_THEN_YEARS: readonly RegExp[] = [
  new RegExp(String.raw`(?:erfahrung|ervaring|erfarenhet|erfaring)${UP_TO_THE_NUMBER}${WORD_START}${NUMBER}\+?\s*(?:[-–]\s*\d{1,2}\s*)?(?:jahre?n?|jaar|års?|år)\b`, 'gi'),
  new RegExp(String.raw`(?:expérience|experiencia|experiência|vivência|esperienza|experiència|experien[țţ][ăaei]?)${UP_TO_THE_NUMBER}${WORD_START}${NUMBER}\+?\s*${IN_FIGURES}(?:\(${NUMBER_WORD}\)\s*)?(?:(?:à|a|-|–)\s*\d+\s*)?(?:ans?|années?|años?|anos?|anni|anno|anys?|ani)\b`, 'gi'),
  /(?:tapasztalat|kinh nghiệm)[^.\n\d]{0,40}?(\d{1,2})\+?\s*(?:év|éves|năm)(?![\p{L}])/giu,
  // Hebrew: "ניסיון של שנתיים לפחות", "ניסיון של 3 שנים"; the dual and "a year" are words.
  /(?:ניסיון|נסיון)[^.\n\d]{0,60}?(?:(\d{1,2})\s*(?:שנות|שנים)|(?<![\u0590-\u05ff])(שנתיים|שנה)(?![\u0590-\u05ff]))/g,
  // Arabic: "خبرة لا تقل عن 5 سنوات" (experience of no less than 5 years).
  new RegExp(String.raw`خبرة[^.\n\d]{0,60}?(?:(\d{1,2})\+?\s*(?:سنوات|سنة|أعوام|عاماً?)(?![\u0600-\u06ff])|(?<![\u0600-\u06ff])(سنة واحدة|عام واحد|سنتين|سنتان|عامين|عامان)(?![\u0600-\u06ff])|(?<![\u0600-\u06ff])(${ARABIC_NUMBER})\s+(?:سنوات|أعوام)(?![\u0600-\u06ff]))`, 'g'),
  new RegExp(String.raw`(?:doświadcz\w*|prax\w*|deneyim\w*|tecrübe\w*|pengalaman)${UP_TO_THE_NUMBER}\b(\d{1,2})\+?\s*(?:lat[a]?|rok[uiy]?|roků|let|yıl|tahun)\b`, 'gi'),
  new RegExp(String.raw`kokemus\w*${UP_TO_THE_NUMBER}${WORD_START}${NUMBER}\+?\s*(?:vuoden|vuotta)\b`, 'gi'),
  /(?:経験|经验|經驗)\s*(\d{1,2})\s*年|至少\s*(\d{1,2})\s*年/g,
  /경력\s*(\d{1,2})\s*(?:[~～-]\s*\d{1,2}\s*)?년/g,
  new RegExp(String.raw`(?:εμπειρ|προϋπηρεσ|досвід|опыт)[^.\n\d]{0,60}?(?<![\p{L}])(?:від|от|не менее|щонайменше|τουλάχιστον)?\s*(\d{1,2})\+?\s*(?:χρόνια|χρόνων|έτη|ετών|рок(?:у|ів|и)?|років|лет|года?)(?![\p{L}])`, 'giu'),
  // Thai: the years after the word for experience, each on its line ("อย่างน้อย 3 ปี และ ... อย่างน้อย 1 ปี").
  /(?<=ประสบการณ์[^\n]{0,80}?)(\d{1,2})\s*ปี/g,
  // A list item of years doing the work, without the word for experience ("- 3 años o más
  // desarrollando apps móviles", "- 2 anos atuando com …", "- Mínimo 1 año como ajustador de
  // autos", "- Al menos 3 años en puestos similares"): an item, as a company's age is prose.
  new RegExp(String.raw`^[^\S\n]*[-*•▪◦·][^\S\n]*(?:(?:al menos|mínimo|como mínimo|pelo menos|no mínimo|almeno)[^\S\n]+)?${NUMBER}\+?[^\S\n]*(?:años?|anos?|anni)[^\S\n]+(?:(?:o más|ou mais|o più)[^\S\n]+)?(?:(?:desarroll|trabaj|program|lider|gestion|desenvolv|trabalh|atu|lavor|svilupp)(?:ando|endo)\b|(?:como|come|em funções|en (?:puestos?|posiciones|roles?|funciones|el puesto)|nel ruolo|in ruoli)\s)`, 'gi'),
];
/** Those patterns' own words for years (not a number word, which every pattern shares). */
const SCRIPT_UNITS = /χρόνια|рок|ปี|שנ|سنوات|év|năm/;
/** Letters of scripts other than Latin: Greek, Cyrillic, Hebrew, Arabic, Thai, Hangul, kana and Han. */
const NOT_LATIN = /[\u0370-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Letters of the Greek, Cyrillic, Hebrew, Arabic and Thai scripts, and the é and ă of Hungarian's "év" and Vietnamese's "năm": a line with none skips their patterns. */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7féă]/;
/** The patterns for those scripts (each array's entries whose source names one of their words). */
const SCRIPT_PATTERNS: ReadonlySet<RegExp> = new Set(
  [...YEARS_THEN_EXPERIENCE.map(([re]) => re), ...EXPERIENCE_THEN_YEARS].filter((re) => SCRIPT_UNITS.test(re.source)),
);

/**
 * Months of experience, either order: "Experiência mínima de 6 meses em armazém", "6 Monate
 * Berufserfahrung", "expérience de 6 mois", a range's first ("6–12 mesi di esperienza"). The value
 * is in twelfths of a year, as in English.
 */
const EXPERIENCE_WORDS = 'erfahrung|praxis|pengalaman|doświadcz|praxe|patirt|ervaring|erfarenhet|erfaring|expérience|experiencia|experiência|esperienza|경력';
const MONTHS = '(?:monate?n?|maanden|månader|måneder|mois|meses|mesi|bulan|miesięcy|miesiące|měsíců|měsíce|mėnesių|개월)';
const EXPERIENCE_THEN_MONTHS = new RegExp(String.raw`(?:${EXPERIENCE_WORDS})${UP_TO_THE_NUMBER}\b(\d{1,2})\s*${MONTHS}${WORD_END}`, 'gi');
const MONTHS_THEN_EXPERIENCE = new RegExp(String.raw`${WORD_START}(\d{1,2}|${NUMBER_WORD})\s*(?:[-–]\s*\d{1,2}\s*)?${MONTHS}\s+(?:de |d['’]|an |of )?(?:[^\s\d.,;]+\s+){0,2}?[^\s\d.,;]*?(?:${EXPERIENCE_WORDS})`, 'gi');

/**
 * A part of those years, on the same line ("5 Jahre Erfahrung, davon mindestens 2 in …", "3 anos de
 * experiência, sendo pelo menos 1 ano em crédito", "dont 2 ans en …", "w tym min. 2 lata"): the
 * smaller number, as "of which at least 2" in English (years.ts).
 */
const PART_OF_THEM = new RegExp(
  String.raw`(?:davon|hiervon|dont|de los cuales|de las cuales|sendo|dos quais|di cui|waarvan|varav|hvoraf|w tym|z czego|εκ των οποίων(?:\s+(?:τα|οι))?)\s+(?:(?:mindestens|wenigstens|au moins|al menos|como mínimo|pelo menos|no mínimo|mínimo|almeno|minimaal|ten minste|tenminste|minst|co najmniej|przynajmniej|minimum|min\.?)\s+)?${NUMBER}\+?(?:\s*\(\d{1,2}\))?(?:\s*(?:jahre?n?|jaar|års?|år|ans?|années?|años?|anos?|anni|anno|lat[a]?|rok[uiy]?)\b|\s+(?=(?:in|im|bei|als|en|em|dans|na|w|we|di|como|com|con|i|på|σε|ως)\s))`,
  'gi',
);

/** Years of experience said without their number: "Mehrjährige Erfahrung", "plusieurs années d'expérience", "kilkuletnie doświadczenie". */
const SEVERAL_YEARS =
  /\b(?:mehrjährige|langjährige)\w*\s+(?:[\wäöüß-]+\s+)?(?:berufs)?erfahrung|plusieurs années d['’]expérience|varios años de experiencia|vários anos de experiência|diversi anni di esperienza|meerdere jaren (?:werk)?ervaring|kilkuletni\w* doświadcz/i;

/** Hebrew's "of which": "…, מתוכן שנה לפחות בטיפול נמרץ" (a year at least of them in intensive care). */
const PART_OF_THEM_HEBREW = /(?:מתוכן|מתוכם|מהן|מהם)\s+(?:לפחות\s+)?(?:(\d{1,2})\s*(?:שנות|שנים)|(שנתיים|שנה)(?![\u0590-\u05ff]))/g;

/** Words that make the number after them a ceiling. */
const CEILING_WORDS = String.raw`(?:maximaal|hoogstens|höchstens|maximal|max\.?|maximum|hasta|como máximo|no máximo|au plus|au maximum|fino a|massimo|maks\.?|maksymalnie|nejvýše|en fazla)`;
const CEILING = new RegExp(String.raw`${CEILING_WORDS}\s*$`, 'i');
const CEILING_INSIDE = new RegExp(String.raw`${CEILING_WORDS}\s`, 'i');

/** The number a match holds: its first defined group, a figure or a word. */
function numberOf(m: RegExpMatchArray): number | null {
  const word = m.slice(1).find((g) => g !== undefined);
  if (word === undefined) return null;
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? HEBREW_YEARS[word]);
  return n !== undefined && n > 0 && n <= 40 ? n : null;
}

/**
 * Degrees, each to its level: the word or abbreviation each language uses. Levels named together
 * ("高専卒または大卒以上", "bakalářském nebo magisterském") give the lowest, as in English; Polish
 * "higher education" with the degree in a bracket after it is that degree ("wykształcenie wyższe
 * prawnicze (magister prawa)").
 */
const DEGREES: ReadonlyArray<[EducationLevel, RegExp]> = [
  ['doctorate', /\bdocteur (?:vétérinaire|en (?:médecine|pharmacie))\b|\bdiplôme d['’]état de docteur\b|\bDEFV\b|\babgeschlossene promotion\b|\bpromoviert\b|\b(?:doktorat|doctorado|doutorado|dottorato|doctorat|ph\.?\s?d)\b|博士|박사|دكتوراه/i],
  [
    'master',
    /магістр|магистр|μεταπτυχιακ|ปริญญาโท|\bbac\s*\+\s*5\b|studium\b[^()\n.;]{0,60}\((?:diplom|master|magister)|\bmaster(?:studium|abschluss|examen|opleiding|diploma|grad)\b|\bkandidatgrad\b|\bkandidatuddannelse\b|\bmaster-\s+(?:oder|bzw\.?|und)\s+(?:diplom|magister)\w*|\bmaster\s?[12]\b|\bniveau master\b|(?<!scrum\s)\bmaster\b(?=\s*(?:oder|ou|o|of|en|em|de|di|in|\(|,|\/))|\bmáster\b|\bmaestría\b|\bmestrado\b|laurea magistrale|diplôme (?:universitaire )?de (?:deuxième|2e) cycle|magistersk\w*|tytuł magistra|\(\s*(?:magister|mgr)\b|\byüksek lisans\b|\bS2\b|diplôme d['’]ingénieur|ylempi korkeakoulututkinto|ylemmän korkeakoulututkinnon|ylempää korkeakoulututkintoa|maisterin tutkin\w*|diplomi-insinööri|स्नातकोत्तर|修士|大学院|硕士|碩士|석사|ماجستير/i,
  ],
  [
    'bachelor',
    /вища освіта|высшее образование|πτυχίο|ปริญญาตรี|\bbac\s*\+\s*[34]\b|\bbaccalauréat (?:en|dans|universitaire|par cumul)\b|\bbachelor\w*|\bbachelier\b|\blicence (?:en|pro|professionnelle)\b|niveau licence|\blicenciatura\b|\bbachillerato (?:en|universitario)\b|\bgrade (?:universitaire|de premier cycle|d['’]un établissement d['’]enseignement postsecondaire)\b|dipl[ôo]me d['’]un établissement d['’]enseignement postsecondaire|\bgrado\b(?= en| universitario| (?:o|y|\/|y\/o|o\/y) m[áa]ster\b)|título universitario|titulación universitaria|\btitulad[oa]\b|ensino superior|(?:formação|curso|nível) superior|\bsuperior complet[oa]\b|(?<!pós-)\bgraduação\b|\bbacharelado\b|\blaurea(?! magistrale)(?: triennale)?\b|\bhbo\b|\bwo-?(?:opleiding|niveau)\b|kandidatexamen|kandidatnivå|socionomexamen|högskoleexamen|\bmellemlang(?:e)? videregående uddannelse\b|\bakademisk examen\b|\b(?:180|210|240) (?:hp|högskolepoäng)\b|högskoleingenjörs?examen|professionsbachelor|wykształceni(?:e|a|em) (?:(?:co najmniej|minimum|min\.)[^\S\n]+)?wyższ(?:e|ego|ym)(?![^()\n]{0,30}\(\s*(?:magister|mgr)\b|\s+magistersk)|\blicencjat\b|kõrgharidus\w*|vš vzdělání|vysokoškolské vzdělání|bakalářsk\w*|\blisans mezunu\b|üniversite mezunu|üniversitelerin[^.\n]{0,80}?\bmezun|\bS1\b|\bsarjana\b|abgeschlossenes (?:[a-zäöüß-]+(?:es|s) )?(?:hochschul)?studium(?![^()\n.;]{0,60}\((?:diplom|master|magister))|amk-tutkin\w*|ammattikorkeakoulututkin\w*|(?<!ylempi |ylemmän |ylempää )korkeakoulututkin\w*|kandidaatin tutkin\w*|felsőfokú (?:[a-záéíóöőúüű]+ )?végzettség|studii superioare|tốt nghiệp đại học|\bgrau universitari|תואר ראשון|स्नातक(?!ोत्तर)|대졸|대학교 졸업|4년제|大卒|大学卒|学部卒|本科|大學以上|大学以上|大學畢業|學士|학사|بكالوريوس/i,
  ],
  // Québec's college diploma (DEC), before a university's degree; South Africa's national diploma (NQF 6).
  ['associate', /(?<![Ά-ώ])(?:ΙΕΚ|Ι\.Ε\.Κ\.)(?![Ά-ώ])|\bnasionale diploma\b|szkoł[aąyę] policealn\w*|הנדסאי|\bDEC\b(?=\s+(?:en|dans)\b|\s*\()|\bfagskole\w*|\byrkeshögskol\w*|\berhvervsakadem\w*|\bkort(?:e)? (?:eller mellemlang(?:e)? )?videregående uddannelse\b|diplôme d['’]études collégiales|\bbac\s*\+\s*2\b|\bbts\b|\bdut\b|grado superior|técnico superior|t[ée]cnico(?:\(a\))? de nivel superior|\bön lisans\b|(?<!\()\bD3\b(?!\))|postliceal\w*|cao đẳng|\bCFGS\b|cicle formatiu de grau superior|\bdiploma(?=\s+(?:atau|dalam|bidang)\b)|高専|短大|专科|大专|專科|전문대(?!학원)|전문학사/i],
  // Latin America's graduate ("Profesional en Ingeniería de Sistemas", "Título profesional en
  // Ingeniería en Informática"): a university's degree.
  ['bachelor', /^[\s\-•*·]*[Pp]rofesional (?:en|de) [A-ZÁÉÍÓÚ]|\b[Tt]ítulo profesional\b|\b[Tt]ítulo de [Ii]ngenier(?:[oa]|ía)|\b[Tt]ítulo (?:de|en) [A-ZÁÉÍÓÚ][^.;\n]{0,60}?\b(?:otorgado|emitido|expedido) por una universidad\b|\b[Cc]arrera universitaria\b/],
  ['high-school', /\bcurso técnico\b|\benseñanza media\b|\b(?:abitur|fachabitur|(?:fach)?hochschulreife|mittlere reife|realschulabschluss|hauptschulabschluss|mittlerer schulabschluss)\b(?![^\n]*\b(?:und|sowie)\b[^\n]*\b(?:studium|bachelor|master|diplom))|diplôme d['’]études professionnelles|\bDEP\b(?=\s+(?:en|dans)\b)|\btécnico de nível médio\b|\bgymnasie(?:examen|utbildning|kompetens)\b|\bstudentexamen\b|\bstudentereksamen\b|\b(?:diploma )?(?:hoger )?secundair onderwijs\b|\bvideregående (?:skole|opplæring|utdanning)\b|(?<!-)\bbac\b(?!\s*\+|-)|\bbaccalauréat\b(?! (?:en|dans|universitaire|par cumul)\b)|ensino médio|ensino secundário|\b12\.?\s?º\s?ano\b|escolaridade obrigatória|\bbachillerato\b(?! en\b| universitario\b)|\bbachiller\b|\bsecundaria complet[ao]\b|\bgraduado en ESO\b|középfokú (?:iskolai )?végzettség|\bérettségi|educaci[oó]n secundaria|estudios secundarios|\bpreparatoria\b|diploma di maturità|diploma di ragioneria|diploma (?:di )?(?:geometra|perito)|diploma di (?:istituto|scuola secondaria|scuola superiore|perito)|\bistituto (?:alberghiero|tecnico|professionale)\b|\bmatura\b|wykształcenie (?:(?:co najmniej|minimum|min\.)[^\S\n]+)?średnie|středoškolské|maturit\w*|\blise mezunu\b|\bfagbrev\b|studii liceale|\bliceu(?:l)? absolvit|\bbacalaureat\b|\bgymnasie(?:utbildning|examen|kompetens)\b|\bvideregående skole\b|(?<![A-Za-zÀ-ž])SŠ(?![A-Za-zÀ-ž])|中专|中專|\bSMA\b|\bSMK\b|高卒|高校卒業|高等学校卒業|高中|中[學学](?:畢業|毕业|或以上|程度|學歷|学历)|고졸|고등학교 졸업|الثانوية العامة|شهادة الثانوية|diplôme d['’]études secondaires|\bDES\b(?=\s*\)|\s+ou\b)/i],
];
/** A first degree, then "and" a master's: both asked (not "y/o", either). */
const FIRST_AND_MASTER =
  /\b(?:grado|licenciatura|laurea(?: triennale)?|licence|bachelor\w*|graduação|bacharelado)\b[^.;\n]{0,80}?\s(?:y|e|et|und|and)\s+(?:(?:un|una|um|uma|o|a|le|ein(?:en)?|el)\s+)?(?:m[áa]ster|mestrado|laurea magistrale|master)\b/i;
/** A doctorate asked on top of the degree before it: "Hochschulstudium (Master oder Diplom) sowie eine abgeschlossene Promotion". */
const AND_DOCTORATE = /\b(?:sowie|und|and|et|y|e)\s+(?:(?:eine?|einer|une?|um|uma|un|una|a)\s+)?(?:abgeschlossene[nr]?\s+)?(?:promotion|doktorat|doctorat|doctorado|doutorado|dottorato|ph\.?\s?d)\b/i;
const SCHOOL_LEVEL = DEGREES.find(([level]) => level === 'high-school')?.[1] ?? /$^/;
const RANK: Readonly<Record<EducationLevel, number>> = { 'high-school': 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };
/**
 * A vocational qualification, which the model has no level for: German "(Berufs-)Ausbildung" (not
 * "Hochschulausbildung"), Dutch "mbo" with its level or award ("mbo 4", "mbo-diploma"; not the
 * bonus, "MBO annuale", management by objectives), French "CAP"/"BEP", Spanish "grado medio", Swedish
 * "yrkesutbildning", Czech "vyučení". A line that offers one or a degree ("Ausbildung als
 * Physiotherapeut … oder ein Bachelor of Science") asks for no degree.
 */
/** A comparable education offered in a degree's place: "oder eine vergleichbare Ausbildung", "ou formation équivalente". */
/** Dutch's "a comparable level" (by experience): "of een aantoonbaar vergelijkbaar niveau", "vergelijkbaar werk- en denkniveau". */
const COMPARABLE_LEVEL = /\bvergelijkbaar\b/i;
const COMPARABLE = /\b(?:vergleichbare|gleichwertige|entsprechende)\s+(?:Ausbildung|Qualifikation)|\bformation équivalente\b|\bformación equivalente\b|\bvõrdväärse\w*|\b(?:motsvarande|tilsvarende)\s+(?:kunskaper|kompetens|erfarenhet|utbildning|kompetanse|erfaring|utdanning|uddannelse)\b/i;
const VOCATIONAL = /\b(?:berufs)?ausbildung\b|\bmbo(?=[- ]?(?:[1-4]\b|niveau|opleiding|diploma|level)|\s*\/\s*hbo)|\b(?:CAP|BEP)\b|grado medio|yrkesutbildning|vyučen/i;
/** "Ensino superior" also opens "ensino superior em curso" (still studying): no degree then. */
/** A line about the programmes the job teaches in, not the degree it asks for: "Lehrverpflichtung in den Bachelor- und Masterstudiengängen". */
const PROGRAMMES_TAUGHT = /studiengäng|lehrverpflichtung|cursos de grado y máster|enseignement en licence/i;
const STILL_STUDYING = /em curso|em andamento|cursando|en curso|in corso|studying|student/i;

/** A list item's mark. */
const BULLET = /^\s*[-*•·▪◦✓✔–]/;

/** The lines of `text` with where each starts. */
function* lines(text: string): Generator<{ line: string; start: number }> {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    yield { line: text.slice(start, end < 0 ? text.length : end), start };
    if (end < 0) return;
    start = end + 1;
  }
}

/**
 * The lines of `text`, each split at its semicolons: "Pendidikan minimal D3 semua jurusan; diutamakan
 * S1 Teknik Industri" asks for the D3 and wishes for the S1, and a wish marks its own clause only.
 */
function* clausesOfLines(text: string): Generator<{ line: string; start: number; rest: boolean }> {
  for (const { line, start } of lines(text)) {
    if (!line.includes(';')) {
      yield { line, start, rest: false };
      continue;
    }
    let from = 0;
    for (const part of line.split(';')) {
      yield { line: part, start: start + from, rest: from > 0 };
      from += part.length + 1;
    }
  }
}

/**
 * English's commonest words, spaced (" the ", " and ", ...), captured; and the commonest words of the
 * other languages postings are written in, that English does not use, uncaptured: one scan counts both.
 */
const ENGLISH_WORDS = / (?:the|and|to|of|with|you|for|our) /gi;
/** So many of English's words in the head: English, whatever else it holds. */
const SURELY_ENGLISH = 20;
const COMMON_WORDS =
  / (?:(the|and|to|of|with|you|for|our) |(?:het|een|van|voor|met|de|je|bij|naar|ook|zijn|en|und|der|die|das|mit|ist|wir|sie|auf|bei|zu|le|la|les|des|du|et|pour|avec|vous|nous|une|sur|el|los|las|que|para|con|del|una|por|il|di|della|och|att|för|med|og|til|się|nie|jest)(?= ))/gi;
/**
 * Whether `text` reads as English: its first 1,500 characters hold five of English's commonest
 * words (English postings here hold 10 and more, the others none), and more of them than of the
 * other languages' words. A regex count over a slice: a
 * scan of the whole text cost a twentieth of the extraction.
 */
export function looksEnglish(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    const head = text.length > 1500 ? text.slice(0, 1500) : text;
    const english = head.match(ENGLISH_WORDS)?.length ?? 0;
    // Dutch writes "of" for "or", often enough to pass for English on that word alone: where
    // English's words are few, the other languages' are counted too.
    let other = 0;
    if (english >= 5 && english < SURELY_ENGLISH) {
      COMMON_WORDS.lastIndex = 0;
      for (let m = COMMON_WORDS.exec(head); m; m = COMMON_WORDS.exec(head)) if (m[1] === undefined) other++;
    }
    lastEnglish = english >= 5 && english > other;
  }
  return lastEnglish;
}
/** The last text asked about: a posting's years, degree and pay all ask, one after another. */
let lastText: string | null = null;
let lastEnglish = false;

/**
 * Years and degree a posting in one of these languages requires; nulls where it states none (and for
 * English). Not "Magister" alone: the Dutch schools' software. `noDegree`: the lowest qualification
 * it names is vocational, so no degree is required (whatever degree the English rules read in it).
 */
/** Where a sentence starts, after a word and its period, or a wish blanked out before its period. */
const SENTENCE_START = /(?<=(?:\p{L}{3}|\s)\.)\s+(?=\p{Lu})/gu;
/**
 * `line` with each sentence that wishes blanked out (offsets kept), when a sentence that does not
 * comes first ("Grado en ADE … o similar. Se valorará un máster"; "Du … har mindst 2 års erfaring
 * fra privat praksis. Vi bruger Clinicmaster …, så kendskab til systemet er en fordel. Løn efter
 * kvalifikationer."); the whole line when the first sentence wishes (the caller skips it then).
 */
function withoutWishedSentences(line: string): string {
  if (!line.includes('. ') || !PREFERRED.test(line)) return line;
  const starts = [0, ...Array.from(line.matchAll(SENTENCE_START), (m) => (m.index ?? 0) + m[0].length)];
  let out = line;
  for (let k = 1; k < starts.length; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] ?? line.length;
    if (PREFERRED.test(line.slice(from, to))) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return PREFERRED.test(line.slice(0, starts[1] ?? line.length)) ? line : out;
}

export function requirementsInOtherLanguages(text: string): { years: YearsOfExperience | null; education: Education | null; noDegree: boolean } {
  let years: YearsOfExperience | null = null;
  let education: Education | null = null;
  let vocational = false;
  // A posting in English may still write a line in a script of its own ("學歷：碩士以上"): those lines only.
  const english = looksEnglish(text);
  if ((english && !NOT_LATIN.test(text)) || !ANY_LANGUAGE.test(text)) return { years, education, noDegree: false };
  let wished = false; // under a heading that wishes ("Wünschenswert:", "Mile widziane:")
  for (const { line: whole, start, rest } of clausesOfLines(text)) {
    if (english && !NOT_LATIN.test(whole)) continue;
    // A clause after a semicolon is no heading, whatever its length.
    const heading = !rest && whole.length < 60 && !BULLET.test(whole) && (/:\s*$/.test(whole) || !/[.;,]/.test(whole));
    if (heading) wished = PREFERRED.test(whole) || WISHED_FROM_HERE.test(whole);
    // What the wish is for ends at the next comma, semicolon or sentence end ("mínimo 3 años …, de
    // preferencia láctea, de los cuales al menos 1 año …", "…, gärna fordonsindustrin. Du har
    // gymnasieexamen …"): blanked out, so the rest keeps its offsets.
    const cut = whole.search(WISHED_FROM_HERE);
    const wishEnd = cut < 0 ? -1 : whole.slice(cut).search(/[,;]|[.!?](?=\s)/);
    const blanked = cut < 0 ? whole : wishEnd < 0 ? whole.slice(0, cut) : whole.slice(0, cut) + ' '.repeat(wishEnd) + whole.slice(cut + wishEnd);
    // A sentence that wishes after one that asks ("Grado en ADE … o similar. Se valorará un máster"): the asking one alone.
    const line = withoutWishedSentences(blanked);
    if (line.length < 4 || wished || PREFERRED.test(line.includes('(') || line.includes('（') ? withoutBracketWishes(line) : line)) continue;
    let stated = false; // this line states years of experience
    const found = (m: RegExpMatchArray, end: number) => {
      // A ceiling, not a minimum: "Maximaal twee jaar werkervaring", "höchstens 2 Jahre".
      if (CEILING.test(line.slice(Math.max(0, (m.index ?? 0) - 25), m.index)) || CEILING_INSIDE.test(m[0])) return;
      const n = numberOf(m);
      stated ||= n !== null;
      if (n !== null && (!years || n < years.min)) years = { min: n, evidence: { start: start + (m.index ?? 0), end: start + end } };
    };
    // Greek, Cyrillic and Thai patterns only on lines in those scripts: a Unicode-aware scan, and a
    // look back from every digit, cost more than the rest of this function on every other line.
    const script = OTHER_SCRIPT.test(line);
    for (const [yearsRe, experience] of YEARS_THEN_EXPERIENCE) {
      if (!script && SCRIPT_PATTERNS.has(yearsRe)) continue;
      // A number counts only with the word for experience after it: a line without the word is
      // skipped unscanned (the number's pattern, every language's number words, costs far more).
      if (!experience.test(line)) continue;
      const all = [...line.matchAll(yearsRe)];
      all.forEach((m, k) => {
        const from = (m.index ?? 0) + m[0].length;
        const window = line.slice(from, Math.min(from + 60, all[k + 1]?.index ?? line.length));
        const word = experience.exec(window);
        if (word) found(m, from + word.index + word[0].length);
      });
    }
    for (const re of EXPERIENCE_THEN_YEARS) {
      if (!script && SCRIPT_PATTERNS.has(re)) continue;
      for (const m of line.matchAll(re)) found(m, (m.index ?? 0) + m[0].length);
    }
    for (const re of [EXPERIENCE_THEN_MONTHS, MONTHS_THEN_EXPERIENCE]) {
      for (const m of line.matchAll(re)) {
        const months = Number(m[1]) || (numberOf(m) ?? 0); // "6 Monate", "sechs Monate"
        // "12 Monate Fahrpraxis", "24 mesi" count as English's "18 months" do; not a pay line's
        // months ("selon expérience, sur 13 mois").
        if (months < 1 || (months >= 12 && PAY_LINE.test(line))) continue;
        stated = true;
        const min = months / 12;
        if (!years || min < years.min) years = { min, evidence: { start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length } };
      }
    }
    // A part of several years said without their number counts too ("Mehrjährige Erfahrung …, davon mindestens 3 Jahre …").
    if (stated || SEVERAL_YEARS.test(line)) for (const re of [PART_OF_THEM, PART_OF_THEM_HEBREW]) for (const m of line.matchAll(re)) found(m, (m.index ?? 0) + m[0].length);
    // "oder eine vergleichbare Ausbildung": a comparable education in the degree's place, no vocational way in.
    let comparable = COMPARABLE.test(line);
    const training = comparable ? null : VOCATIONAL.exec(line);
    if (training) {
      // A degree first, a training offered in its place after ("Abgeschlossenes Studium … –
      // alternativ eine kaufmännische Ausbildung mit Weiterbildung"): the degree, with an equivalent
      // (LABELING.md: training may replace it). A training first, a degree after ("Ausbildung als
      // Physiotherapeut … oder ein Bachelor"): the training is the way in, no degree the minimum.
      if (!DEGREES.some(([level, re]) => level !== 'high-school' && (re.exec(line)?.index ?? Infinity) < training.index)) {
        // The Netherlands' mbo has its level (mbo 4 is upper secondary, as the English rules read
        // "MBO level 4"): the way in, a school's, its equivalent by experience ("of vergelijkbaar niveau").
        // mbo 1-2 is entry-level training, no school-leaving level ("diploma Beveiliger 2 (mbo-niveau 2)").
        const mbo = /^mbo/i.test(training[0]) ? /^mbo[- ]?(?:niveau[- ]?|level[- ]?)?([1-4])\b/i.exec(line.slice(training.index)) : null;
        if (/^mbo/i.test(training[0]) && !(mbo && Number(mbo[1]) <= 2)) {
          if (!education || RANK[education.level] > RANK['high-school']) {
            education = { level: 'high-school', orEquivalent: COMPARABLE_LEVEL.test(line), evidence: { start: start + training.index, end: start + training.index + training[0].length } };
          }
          continue;
        }
        // A school-leaving level first, the training beside it ("Bachillerato, FP de Grado Medio o
        // titulación equivalente"): the school's level is the least asked.
        const school = SCHOOL_LEVEL.exec(line);
        if (school && school.index < training.index) {
          if (!education || RANK[education.level] > RANK['high-school']) {
            education = { level: 'high-school', orEquivalent: false, evidence: { start: start + school.index, end: start + school.index + school[0].length } };
          }
          continue;
        }
        vocational = true;
        continue;
      }
      comparable = true;
    }
    // A first degree and a master's asked together ("Grado o Licenciatura en Psicología y Máster en
    // Psicología General Sanitaria"): the master's is the least this line asks.
    const both = FIRST_AND_MASTER.test(line);
    const withDoctorate = AND_DOCTORATE.test(line);
    for (const [level, re] of DEGREES) {
      const m = re.exec(line);
      if (!m || STILL_STUDYING.test(line) || PROGRAMMES_TAUGHT.test(line)) continue;
      if ((both && RANK[level] < RANK.master) || (withDoctorate && RANK[level] < RANK.doctorate)) continue;
      if (!education || RANK[level] < RANK[education.level]) education = { level, orEquivalent: comparable, evidence: { start: start + m.index, end: start + m.index + m[0].length } };
    }
  }
  return { years, education, noDegree: vocational && !education };
}

/**
 * A line that states the job's pay, by its words: "Gaji", "platový tarif", "maaş", "Lön", "月給", "年薪", "연봉"; or
 * by gross or net and a period after a figure: "1.600 – 1.800 € netti al mese", "2 400 € bruts par mois".
 */
const PAY_LINE =
  /\b(?:lord[io]|nett[io]|bruts?|nets?|brut[oa]s?|net[oa]s?|líquid[oa]s?)\s+(?:al mese|all['’]anno|annu[io]|mensil[ie]|par mois|par an|mensuel(?:le)?s?|annuel(?:le)?s?|al mes|al año|anuales|mensuales|por mês|por ano|mensais|anuais)\b|\bcontrata[çc][ãa]o (?:pj|clt)\b|\b(?:pj|clt)\s*:|\bbrutto\b|bruttoentgelt|monatsentgelt|jahresentgelt|vencimento|ordenado|retribuci[oó]n|\brenta (?:l[ií]quida|bruta)\b|lønn\b|dagsats|timesats|gaji|upah|\bplat(?:u|em|y|ov[ýáéo][a-zà-ž]*)?(?![a-zà-ž])|\bmzd[auyě]|maaş|ücret|lön\b|\bløn|løn\b|wynagrodzenie|pensja|salaris|besoldiging|\bloon\b|uurloon|maandloon|\bpago\b|thu nhập|trợ cấp|salário|salarial|remuneração|remuneración|salario|sueldo|retribuzione|\bRAL\b|stipendio|rémunération|salaire|gehalt|vergütung|salär|lohnband|palkka|palkkaus|зарплат|заработная плата|оклад|वेतन|sahod|salari(?:u|ul|zare)\b|fizetés|bruttó|μισθ|αποδοχ|заробітн|зарплатн|lương|เงินเดือน|שכר|\bsalari\b|\bsou (?:brut|anual|mensual)|月給|年収|時給|年俸|年薪|月薪|薪资|薪資|연봉|월급|급여/i;

/**
 * A figure with its currency before or after it ("R$ 7.500,00", "₺85.000", "Rp 9.000.000", "31 470 –
 * 46 380 Kč", "46.800 €", "35万円", "6,000만원"): where the pay's figures start. Three capitals are a
 * currency's code only when they are one: not a pay scale's ("FWG 45: minimaal € 3.136").
 */
const CODE = `(?:${CURRENCY_CODES.join('|')})`;
/** "Between" before a pay's first figure: Italian, German, Spanish, Portuguese, French, Dutch, Swedish, Polish, Romanian, Hungarian. */
const BETWEEN_WORD = String.raw`(?:tra|fra|zwischen|entre|tussen|mellan|między|între|között)`;
/** Those languages' (and Norwegian's, Danish's, Turkish's) "and" between the two figures. */
const AND_WORD = `(?:${andWords(['it', 'de', 'es', 'pt', 'fr', 'nl', 'sv', 'no', 'da', 'pl', 'ro', 'hu', 'tr']).join('|')})`;
const BETWEEN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${BETWEEN_WORD}\s+(?:[€$£]\s?)?$`, 'iu');
/** "Between" and a figure before the one a currency stands by: "tra 30.000 e 34.000 €" (the words kept out). */
const BETWEEN_FIGURES = new RegExp(String.raw`((?<![\p{L}])${BETWEEN_WORD}\s+)\d[\d.,\u00a0\u202f]*\s+${AND_WORD}\s+$`, 'iu');
/** The first figure, perhaps its currency, then the language's "and". */
const AND_JOIN = new RegExp(String.raw`^([^\s]*\d[\d.,\u00a0\u202f]*(?:\s?(?:€|\$|£|[A-Z]{3}|zł|kr|lei|Ft)\b|\s?€)?)\s+${AND_WORD}\s+`);
/** A range's first figure and its join, right before the figure a currency stands by. */
const RANGE_BEFORE = /\d[\d.,\u00a0\u202f ]*\s*(?:à|a|-|–|bis|tot|till|til|do|до|ως|až|ao|al)\s*$/;
const FIGURE_WITH_CURRENCY = new RegExp(
  String.raw`(?:[$€£₹¥₩₺₱₪₫₴฿]|R\$|Rp|\bRM|\bkr\.?|\b${CODE})\s?\d|\d[\d.,\u00a0\u202f –-]*\s?(?:[kKmM]|mil|tys\.?|tis\.?|тис\.?|triệu|万|萬|만)?\s?(?:[€$₪₫₴฿]|zł|Kč|kr\b|TL\b|lei\b|Ft\b|грн|บาท|лв|VNĐ|đồng(?![a-zà-ỹ])|euros?(?![a-zà-ỹ])|円|元|원|\b${CODE}\b)`,
);

/**
 * The pay a posting in another language states on its pay line ("Gaji Rp 9.000.000 – Rp
 * 12.000.000 per bulan", "platový tarif 31 470 – 46 380 Kč měsíčně", "月給 35万円～45万円", "net
 * ₺85.000 – ₺110.000 aylık maaş"): the part of the line, between commas and brackets, that names a
 * currency, read as LinkedIn's pay pill is (`parseSalaryLabel`). Allowances and other figures of
 * the line stay apart ("nařízení vlády č. 341/2017 Sb., platový tarif …"). Null for English.
 */
/** A perk named before its figure, in the other languages: meal vouchers, allowances, bonuses. */
const PERK_BEFORE_FIGURE = new RegExp(String.raw`${MEAL_VOUCHERS}|auxilio|auxílio|rodamiento|subsidio|zuschuss|prämie|bonus|prime|premio|prémio|welfare|dietas?`, 'i');
/** The currency of pay in ten thousands without one, by the job's country as LinkedIn writes it. */
const TEN_THOUSANDS_CURRENCY: ReadonlyArray<[RegExp, string]> = [
  [/中国|China\b/, 'CNY'],
  [/日本|Japan\b/, 'JPY'],
  [/대한민국|한국|South Korea\b|Korea\b/, 'KRW'],
  [/台灣|台湾|Taiwan\b/, 'TWD'],
];
/** A pay word of Chinese, Japanese or Korean, then figures in ten thousands: "年薪30–45万", "月給 30万～40万". */
const CJK_PAY_IN_TEN_THOUSANDS = /((?:年薪|月薪|年収|月給|연봉|월급)\s*[:：]?\s*)\d[\d.]*\s*[万萬만]?\s*(?:[-–~～至]\s*\d[\d.]*\s*)?[万萬만]/;

/** A bracket that says the pay's period, and maybe gross or net: "(brutto/Monat)", "(bruts par mois)", "(mensual)". */
const PERIOD_IN_BRACKET = String.raw`[(（](?=[^)）\n]{0,20}?(?:[Mm]onat(?:lich)?|[Jj]ahr|[Ss]tunde|mois|mensuel|annuel|heure|mes|mensual|año|anual|hora|mese|mensile|anno|annuo|maand|jaar|uur|miesiąc|rok|godzin[ęy]?)(?!\p{L})[^)）\n]{0,12}[)）])`;
/**
 * Where a pay line's items part: a comma (not one in a figure or range), a semicolon, a bracket but one
 * that says the period, a spaced "+" that adds a further item but a tax, a sentence's end.
 */
const PAY_ITEM_BREAK = new RegExp(String.raw`,(?![\d–-])|[;、]|(?!${PERIOD_IN_BRACKET})[(（]|\s\+\s(?!(?:VAT|TVA|IVA|MwSt|USt|BTW)\b)|(?<=\p{L}{4})\.\s+(?=\p{Lu})`, 'u');

export function salaryInOtherLanguages(text: string, place: string | null): Salary | null {
  if (looksEnglish(text)) return null;
  for (const { line: written } of lines(text)) {
    if (!PAY_LINE.test(written) || PREFERRED.test(written)) continue;
    const line = written.includes('S/') ? written.replace(SOL_SIGN, 'PEN ') : written;
    // Items apart: a comma's, a semicolon's, a spaced "+" that adds a further one ("$1.750.000
    // mensuales + auxilio de transporte + rodamiento de moto por $450.000"), and a sentence's
    // ("2 450 € brut mensuel. Poste basé à Paris 13e": no 13), after a word, not an abbreviation ("95 tis. Kč").
    // A tax added to the figure ("120–150 zł netto + VAT za godzinę") is no further item, nor a
    // bracket that says the period ("1.080 € – 1.550 € (brutto/Monat)").
    for (const part of line.split(PAY_ITEM_BREAK)) {
      // Chinese, Japanese and Korean pay in ten thousands may leave the currency out ("年薪30–45万"):
      // the place names it.
      const inTenThousands = CJK_PAY_IN_TEN_THOUSANDS.exec(part);
      if (!/\d/.test(part) || !(namesCurrency(part) || inTenThousands)) continue;
      // From the first figure a currency stands by: not "Entgeltgruppe P8" before "46.800 € und 57.300 €".
      let from = FIGURE_WITH_CURRENCY.exec(part)?.index ?? (inTenThousands ? inTenThousands.index + (inTenThousands[1] as string).length : undefined);
      if (from === undefined) continue;
      // "2 900 à 3 300 € bruts": the currency stands after the range's second figure only; "tra
      // 30.000 e 34.000 €": between one figure and another, whatever the word for "and".
      // A perk's figure, its word first: "buoni pasto da 8 €", "rodamiento de moto por $450.000".
      if (PERK_BEFORE_FIGURE.test(part.slice(0, from))) continue;
      const first = RANGE_BEFORE.exec(part.slice(0, from)) ?? BETWEEN_FIGURES.exec(part.slice(0, from));
      if (first) from = first.index + (first[1]?.length ?? 0);
      // "RAL tra 38.000 € e 45.000 €": between one figure and another, a range whatever the word for "and".
      const figures = BETWEEN_BEFORE.test(part.slice(0, from)) ? part.slice(from).replace(AND_JOIN, '$1 – ') : part.slice(from);
      // The words before still name the period ("月給 35万円～45万円": monthly); their figures do not count.
      const salary = parseSalaryLabel(`${figures} ${part.slice(0, from).replace(/\d/g, ' ')}`, place);
      if (salary && !salary.currency && inTenThousands) salary.currency = TEN_THOUSANDS_CURRENCY.find(([re]) => re.test(place ?? ''))?.[1] ?? null;
      // A range no pay spans ("Somos 140 personas … 9.000 M€ en facturas"): no pay.
      if (salary && salary.max > 10 * salary.min) continue;
      if (salary?.currency) return salary; // "41 000 kr" of a country unknown: whose crown?
    }
  }
  return null;
}

/**
 * How a posting in another language says where the work is done, each to its workplace: only
 * statements about the job itself, not a benefit's possibility ("Möglichkeit zum mobilen
 * Arbeiten", "possibilité de télétravail") nor an experience ("experiencia en trabajo remoto").
 * On-site: "Homeoffice ist in dieser Tätigkeit nicht möglich", "kein Homeoffice", "in Präsenz", "eine
 * Tätigkeit vor Ort in unseren Laboren", "Ihr Arbeitsplatz ist vor Ort", "en présentiel", "poste basé sur site", "modalidad presencial", "praca stacjonarna", "在宅勤務は不可"; hybrid: "hybrides
 * Arbeiten", "travail hybride", "modalidad híbrida", "hybride werken", "praca hybrydowa", "在宅勤務 週2日まで可"; remote:
 * "100 % remote", "télétravail complet", "100% remoto", "volledig op afstand", "w pełni zdalna",
 * "フルリモート".
 */
/** Spanish's, Portuguese's and Italian's field for how the work is done: "Modelo de trabalho: híbrido", "Modalidad: remoto", "Modalità di lavoro: ibrida". */
const WORK_MODE = String.raw`(?:(?:modalidad(?:e)?|modelo|regime|formato|tipo|esquema)(?: de (?:trabajo|trabalho))?|modalità(?: di lavoro)?)`;
const WORKPLACE_STATEMENTS: ReadonlyArray<[Workplace, RegExp]> = [
  [
    'on-site',
    new RegExp(String.raw`home-?office[^.\n]{0,40}?\bnicht möglich|\b(?:tätigkeit|arbeit) (?:erfolgt|findet) (?:ausschließlich |nur |komplett |vollständig )?vor ort\b|\b(?:tätigkeit|arbeit|einsatz) vor ort\b|\b(?:ihr|dein|der) arbeitsplatz (?:ist|liegt) (?:direkt )?vor ort\b|\b(?:poste|travail) (?:basé |100\s?%\s)?sur site\b|\bbasée? sur site\b|\bposte basé (?:à|au|en) [^,.\n]{1,30}, sur site\b|\ble poste est (?:sur place|sur site|en présentiel)\b|\b100\s?%\s+(?:sur place|sur site|en présentiel)\b|\bkein(?:e)?\s+(?:möglichkeit\s+(?:zum|für)\s+)?home-?office|\bin präsenz\b|(?<!\bgiorn[oi] (?:di |a settimana )?)\b(?:lavoro|attività|ruolo|posizione) (?:si svolge )?(?:interamente |esclusivamente |completamente )?in (?:sede|presenza)\b|\ben présentiel\b|\b(?:modalidad|trabajo|trabalho|puesto|empleo|regime|atuação|vaga)\s+presencial\b|não há possibilidade de trabalho remoto|\b(?:puesto|trabajo|empleo) es (?:100\s?%\s+)?presencial\b|\barbetet (?:utförs|sker) (?:huvudsakligen |främst |helt )?på plats\b|\btyö tehdään (?:pääasiassa |kokonaan )?paikan päällä${WORD_END}|재택(?:근무)?\s*불가|사무실 출근|(?:(?<=\s)é|\bserá) (?:exercid[ao]|desempenhad[ao]|realizad[ao]) presencialmente\b|\b${WORK_MODE}\s*:\s*(?:presencial|in sede|in presenza)\b|\b100\s?%\s+presencial\b|\bpraca stacjonarna\b|\bgeen thuiswerk(?:functie|baan)\b|формат роботи\s*:\s*офіс|формат работы\s*:\s*офис|(?<![а-яіїєґ])робота в офісі|\bje werkt (?:vanaf|op|vanuit) (?:de|onze|ons) (?:vestiging|kantoor|locatie)\b|\bje werkt (?:volledig |altijd )?op locatie\b|\bthuiswerken is (?:in deze (?:functie|rol) )?niet mogelijk\b|(?:^|[\s;,(])(?:çalışma ofisten|ofisten çalışma)|在宅勤務(?:は)?不可|リモート(?:勤務)?(?:は)?不可|(?:الدوام|العمل) من المكتب|(?:دوام|عمل) حضوري|原則(?:として)?出社|フル出社|现场办公|現場辦公`, 'i'),
  ],
  [
    'hybrid',
    new RegExp(String.raw`\bhybride[sn]?\s+arbeit(?:en)?\b|\b(?:mobiles arbeiten|home-?office)\b[^.\n]{0,40}?\s(?:an\s+)?(?:bis zu\s+)?(?:\d|ein|zwei|drei|vier)\s+tag(?:en|e)?\s+(?:pro|die|in der|je)\s+woche\b|\b(?:mobiles arbeiten|mobile arbeit|home-?office)\s+(?:im umfang von\s+|von\s+)?(?:bis zu\s+)?[1-9]\d\s?%\s+(?:der|ihrer|deiner)\s+(?:wöchentlichen\s+)?arbeitszeit\b|\b(?:bis zu\s+)?[1-9]\d?\s?%\s+(?:mobiles arbeiten|mobile arbeit|home-?office)\b|\b(?:bis zu\s+)?(?:\d|ein(?:en)?|zwei|drei|vier)\s+tag(?:en|e)?\s+(?:mobiles arbeiten|mobile arbeit|home-?office)\b|\btravail hybride\b|\btélétravail[^.\n]{0,20}?\b(?:[1-4]|un|deux|trois|quatre)\s*jours?\s*(?:par|\/)\s*semaine|\b(?:[1-4]|un|deux|trois|quatre)\s*jours?\s*(?:de|en)\s*télétravail\b|\bmode hybride\b|\b(?:modalidad|modelo|trabajo|regime|modelo de trabalho|trabalho|esquema)\s+h[íi]brid[oa]\b|\b${WORK_MODE}\s*:\s*(?:h[íi]|i)brid[oa]\b|\b(?:lavoro|modalità) ibrid[oa]\b|\bhybride?\s+werken\b|${WORD_START}(?:één|een|twee|drie|[1-4])\s+dag(?:en)?\s+per\s+week\s+(?:thuis|vanuit huis)\b|werk je (?:één|een|twee|drie|[1-4]) dag(?:en)? per week thuis\b|\bje werkt hybride\b|\bprac[aęy] hybrydow(?:a|ą|ej)(?![a-ząćęłńóśźż])|hübriidtöö|hübriidse\w* töö|\b(?:w )?(?:modelu|trybie) hybrydowym\b|\b(?:model|tryb) hybrydowy\b|\bhybridní (?:práce|režim)\b|\bhibrid munka(?:végzés|rend)\b|\b(?:regim|program|sistem) (?:de lucru )?hibrid\b|гібридний формат|гибридный формат|υβριδικ[όή] (?:μοντέλο|εργασία)|מודל היברידי|ハイブリッド勤務|(?:在宅勤務|リモート(?:勤務|ワーク)?|テレワーク)[^。\n]{0,6}?週\s*[1-4１-４]\s*日|(?:عمل|نظام|دوام) هجين|hình thức làm việc\s*:\s*(?:hybrid|kết hợp)\b|\bhybridityö\w*|\bhybridarbete\b|\bhybrid (?:arbeidsform|arbejdsform|arbeidsplass|arbejdsplads)\b|\b(?:én|en|to|tre|[1-4]) dag(?:er|e)? (?:med )?(?:hjemmekontor|hjemmearbejde) (?:per|i|hver|om) (?:uke|ugen|uge)\b|\bdistansarbete (?:upp till )?(?:en|två|tre|[1-4]) dag(?:ar)? (?:i|per) veckan\b`, 'i'),
  ],
  [
    'remote',
    new RegExp(String.raw`\b(?:100\s?%|vollständig|komplett)\s+(?:remote|im home-?office)\b|\b100\s?%\s+télétravail\b|\btélétravail (?:complet|total|à 100\s?%)|\b(?:100\s?%|totalmente)\s+remoto\b|\b${WORK_MODE}\s*:\s*(?:100\s?%\s+|full\s+|da\s+)?remot[oa]\b|\b(?:lavoro|posizione|ruolo)\s+(?:in\s+)?full[- ]remote\b|\bvolledig (?:op afstand|remote)\b|\bw pełni zdaln[aey]\b|フルリモート|完全在宅|完全リモート|عن بُ?عد بالكامل`, 'i'),
  ],
];

/** Where a posting in another language says its work is done (the earliest statement); null for English, or when it says nothing. */
/** Training before the job's own pattern: "Formação inicial paga de 3 semanas, em regime presencial; Regime híbrido após a formação". */
const TRAINING_BEFORE = /\b(?:formação|formation|formación|formazione|einarbeitung|schulung|inwerkperiode|opleiding|szkolenie|training|onboarding)\b[^.;\n]{0,60}$/i;

export function workplaceInOtherLanguages(text: string): Workplace | null {
  if (looksEnglish(text)) return null;
  let best: { at: number; workplace: Workplace } | null = null;
  for (const [workplace, re] of WORKPLACE_STATEMENTS) {
    let at = text.search(re);
    // On site while trained, then the job's own pattern: the training's is not the job's.
    if (at >= 0 && workplace === 'on-site' && TRAINING_BEFORE.test(text.slice(Math.max(0, at - 80), at))) {
      const next = text.slice(at + 1).search(re);
      at = next < 0 ? -1 : at + 1 + next;
    }
    if (at >= 0 && (!best || at < best.at)) best = { at, workplace };
  }
  return best?.workplace ?? null;
}
