import { describe, expect, it } from 'vitest';
import { requirementsInOtherLanguages, salaryInOtherLanguages, workplaceInOtherLanguages } from './other-languages';
import { extractRequirements } from './extract-requirements';

const read = (text: string) => {
  const { years, education } = requirementsInOtherLanguages(text);
  return [years?.min ?? null, education?.level ?? null];
};

describe('years and degrees in the languages LinkedIn postings are written in', () => {
  it.each([
    ['Ihr Profil:\n- Abgeschlossenes Studium der Informatik\n- Mindestens 3 Jahre Berufserfahrung in der Softwareentwicklung', 3, 'bachelor'],
    ['Votre profil :\n- Bac+5 en informatique\n- 2 à 3 ans d’expérience en développement', 2, 'master'],
    ['Exigences\n- Baccalauréat en marketing\n- 2 à 3 ans d’expérience en marketing', 2, 'bachelor'],
    ['Requisitos:\n- Grado en Ingeniería Industrial\n- Al menos 4 años de experiencia en mantenimiento', 4, 'bachelor'],
    ['Requisitos:\n- Ensino superior completo em Engenharia\n- Experiência mínima de 5 anos com dados', 5, 'bachelor'],
    ['Requisiti:\n- Laurea magistrale in Ingegneria\n- Almeno 2 anni di esperienza', 2, 'master'],
    ['Wat vragen wij:\n- Hbo-diploma\n- Minimaal 3 jaar ervaring als planner', 3, 'bachelor'],
    // Set-228: a Dutch range with "à".
    ['Wat vragen wij:\n- Een afgeronde mbo-opleiding Elektrotechniek\n- 2 à 3 jaar werkervaring als elektromonteur', 2, 'high-school'],
    ['Vi söker dig som:\n- Har kandidatexamen i omvårdnad\n- Har minst två års erfarenhet som sjuksköterska', 2, 'bachelor'],
    ['Wymagania:\n- wykształcenie wyższe\n- minimum 3 lata doświadczenia na stanowisku kierowniczym', 3, 'bachelor'],
    // Set-90: Polish's adjective of years, and a floor before the level.
    ['Wymagania:\n- wykształcenie minimum średnie techniczne\n- co najmniej 4-letnie doświadczenie w obszarze Lean', 4, 'high-school'],
    // Set-93: years doing the work, in a list item, with the part of them after "de los cuales mínimo".
    ['Requisitos:\n- 3 años o más desarrollando apps móviles, de los cuales mínimo 2 con Flutter.\n- Experiencia con Git.', 2, null],
    ['Požadujeme:\n- VŠ vzdělání v bakalářském nebo magisterském programu\n- alespoň 1 rok praxe v oboru', 1, 'bachelor'],
    ['Aranan nitelikler:\n- İnşaat Mühendisliği lisans mezunu\n- Toplam en az 8 yıl, şantiye şefi olarak en az 3 yıl deneyimli', 3, 'bachelor'],
    ['Kualifikasi:\n- Pendidikan minimal S1 Agronomi\n- Pengalaman minimal 2 tahun sebagai asisten\n- Usia maksimal 32 tahun', 2, 'bachelor'],
    ['応募資格\n- 高専卒または大卒以上\n- 生産技術経験3年以上', 3, 'associate'],
    ['応募資格\n・高校卒業以上\n・クレーンの運転経験3年以上', 3, 'high-school'],
    // Arabic (set-85): "experience of no less than 5 years", a bachelor's; under "preferred", nothing.
    ['المتطلبات\n- درجة البكالوريوس في المحاسبة.\n- خبرة لا تقل عن 5 سنوات في المحاسبة العامة.\nيُفضَّل\n- خبرة 3 سنوات في قطاع التوزيع.', 5, 'bachelor'],
    ['المتطلبات\n- 4 سنوات خبرة في إدارة المشاريع\n- درجة الماجستير في الهندسة', 4, 'master'],
    // Set-96: Arabic's "one year" in words.
    ['المتطلبات:\n• خبرة لا تقل عن سنة واحدة في صيدليات المجتمع', 1, null],
    // Sets 81-82: Dutch "masterdiploma"; Chile's engineer's title or higher technician, the lower.
    ['Wat vragen we\n- Je hebt een masterdiploma in de rechten\n- Minimaal 3 jaar ervaring', 3, 'master'],
    ['Requisitos\n- Título de Ingeniero(a) en Acuicultura, Técnico(a) de Nivel Superior en Acuicultura o carrera afín.\n- Experiencia mínima de 3 años', 3, 'associate'],
    // A wish in brackets is the bracket's; one that opens the bracket is the line's (sets 59, 62).
    ['Wat vragen wij\n- Minimaal 2 jaar ervaring als planner in transport (ervaring met koel- of vriesstromen is een pré)', 2, null],
    ['Requisitos\n- Experiencia de 6 meses en call center o atención a clientes (deseable, no indispensable)', null, null],
    // Québec's secondary school diploma (set-89).
    ["Exigences\n- Détenir un diplôme d’études secondaires (DES) ou une attestation d’équivalence de niveau d’études;\n- Un DEP en secrétariat constitue un atout", null, 'high-school'],
    // Italy's "MBO" is a bonus by objectives, no Dutch school (set-84).
    ["Requisiti\n- Laurea magistrale in Economia o Marketing\n- 3-5 anni di esperienza nel brand management\nCosa offriamo\nRetribuzione commisurata all'esperienza più MBO annuale", 3, 'master'],
    ['任职要求\n- 硕士及以上学历\n- 5年以上信用风险建模经验，其中至少2年团队管理经验', 2, 'master'],
    ['자격 요건\n- 컴퓨터공학 학사 이상\n- 백엔드 개발 경력 5년 이상', 5, 'bachelor'],
    // A wish after what is asked ("idealerweise") leaves the ask; Spain's higher vocational degree.
    ['Ihr Profil:\n- Mindestens 2 Jahre Berufserfahrung in der Instandhaltung, idealerweise in der Kunststoffverarbeitung', 2, null],
    ['Requisitos:\n- Formación Profesional de Grado Superior en Electricidad\n- Experiencia mínima de 2 años en mantenimiento', 2, 'associate'],
  ])('%s', (text, years, level) => expect(read(text)).toEqual([years, level]));

  it('reads nothing a line wishes for, nor a Scrum Master, nor an age', () => {
    expect(read('Wünschenswert:\n- Masterabschluss\n- 5 Jahre Erfahrung wünschenswert')).toEqual([null, null]);
    expect(read('Ihr Profil:\n- Erfahrung als Scrum Master oder Product Owner')).toEqual([null, null]);
    expect(read('Kualifikasi:\n- Usia maksimal 32 tahun\n- Pengalaman di perkebunan')).toEqual([null, null]);
  });

  it('leaves English postings to the English rules', () => {
    const english = 'We are looking for an engineer with a valid driving licence. You will work with our team and the customers.\n- 3 years of experience';
    expect(read(english)).toEqual([null, null]);
    expect(extractRequirements(english).education).toBeNull();
  });

  it('fills what the English rules leave empty, in extractRequirements', () => {
    const r = extractRequirements('Anforderungen:\n- Abgeschlossenes Studium der Informatik\n- Mindestens 3 Jahre Berufserfahrung');
    expect([r.minYearsExperience?.min, r.education?.level]).toEqual([3, 'bachelor']);
  });
});

describe('degrees in other languages, from set-23', () => {
  it.each([
    ["Ihr Profil\n- Abgeschlossenes Studium (Bachelor oder Master) in Finance, Betriebswirtschaft oder Volkswirtschaft oder eine vergleichbare Ausbildung\n- Erste Erfahrung im Treasury", 'bachelor', true],
    ["Profil recherché\n- Formation supérieure de niveau Master 2 en fiscalité ou école de commerce\n- Expérience de 5 ans minimum", 'master', false],
  ])('%s', (text, level, orEquivalent) => {
    const education = requirementsInOtherLanguages(text).education;
    expect([education?.level, education?.orEquivalent]).toEqual([level, orEquivalent]);
  });
});

describe('pay lines in other languages', () => {
  it.each([
    ['Kualifikasi:\n- Gaji Rp 9.000.000 – Rp 12.000.000 per bulan (sesuai pengalaman)', null, { min: 9_000_000, max: 12_000_000, currency: 'IDR', period: 'month' }],
    ['Nabízíme:\n- platové třídy dle nařízení vlády č. 341/2017 Sb., platový tarif 31 470 – 46 380 Kč měsíčně', null, { min: 31470, max: 46380, currency: 'CZK', period: 'month' }],
    ['待遇\n月給 35万円～45万円（経験・能力を考慮のうえ決定）\n住宅手当（上限2万円）', null, { min: 350000, max: 450000, currency: 'JPY', period: 'month' }],
    ['- Deneyime göre net ₺85.000 – ₺110.000 aylık maaş,', null, { min: 85000, max: 110000, currency: 'TRY', period: 'month' }],
    ['- 연봉: 6,000만원 ~ 8,500만원 (경력 및 역량에 따라 협의)', null, { min: 60_000_000, max: 85_000_000, currency: 'KRW', period: 'year' }],
    ['Vi erbjuder:\n- Lön: 41 000–47 000 kr/mån beroende på erfarenhet', 'Stockholm, Sverige', { min: 41000, max: 47000, currency: 'SEK', period: 'month' }],
    ["Wir bieten\n- Salärband CHF 105'000 – 120'000 brutto pro Jahr (13 Monatslöhne) zuzüglich Bonus", null, { min: 105000, max: 120000, currency: 'CHF', period: 'year' }],
    // A monthly wage paid 14 times: the count of payments is no figure.
    ['Ofrecemos\n- Salario: 2.150 € brutos mensuales en 14 pagas, revisable a los 12 meses', null, { min: 2150, max: 2150, currency: 'EUR', period: 'month' }],
    // Dutch writes "of" for "or": a Dutch text full of it is still no English one.
    [
      'Wat vragen we?\n- Ervaring met Textkernel of Bullhorn of een ander ATS, of met sourcing via LinkedIn of Indeed\n- Kennis van de arbeidsmarkt voor IT of finance\nWat bieden we?\n- Een salaris tussen € 4.300 en € 5.600 bruto per maand, plus 8% vakantiegeld',
      null,
      { min: 4300, max: 5600, currency: 'EUR', period: 'month' },
    ],
    // Pay words, currencies written as words, periods and "million" in Romanian, Hungarian, Greek,
    // Ukrainian, Vietnamese, Thai and Hebrew; "între" opens a range though it starts with a letter \b does not know.
    ['Oferim:\n- Salariu brut lunar între 7.500 și 9.000 lei, în funcție de experiență', null, { min: 7500, max: 9000, currency: 'RON', period: 'month' }],
    ['Amit kínálunk:\n- Fizetés: bruttó 650 000 – 800 000 Ft/hó', null, { min: 650000, max: 800000, currency: 'HUF', period: 'month' }],
    ['Προσφέρουμε:\n- Μισθός: 1.400 - 1.700 € μικτά μηνιαίως', null, { min: 1400, max: 1700, currency: 'EUR', period: 'month' }],
    ['Ми пропонуємо:\n- заробітна плата 35 000 – 45 000 грн (фіксована ставка), виплата двічі на місяць', null, { min: 35000, max: 45000, currency: 'UAH', period: 'month' }],
    ['Quyền lợi:\n- Mức lương: 25 - 35 triệu VND/tháng', null, { min: 25_000_000, max: 35_000_000, currency: 'VND', period: 'month' }],
    ['สวัสดิการ\n• เงินเดือน 35,000 – 45,000 บาท (ขึ้นอยู่กับประสบการณ์)', null, { min: 35000, max: 45000, currency: 'THB', period: 'month' }],
    ['מה אנחנו מציעים:\n- שכר: 18,000-22,000 ₪ לחודש', null, { min: 18000, max: 22000, currency: 'ILS', period: 'month' }],
  ])('%s', (text, place, want) => expect(salaryInOtherLanguages(text, place)).toEqual(want));

  it('reads no allowance, no English, and no crown of an unknown country', () => {
    expect(salaryInOtherLanguages('福利厚生\n- 家族手当、住宅手当（上限2万円）', null)).toBeNull();
    expect(salaryInOtherLanguages('The salary for this role is 45 000 kr per month and we offer a bonus.', 'Stockholm, Sverige')).toBeNull();
    expect(salaryInOtherLanguages('- Lön: 41 000 kr/mån', null)).toBeNull();
  });
});

describe('what set-16 showed (pages written after every other fix of the session)', () => {
  it.each([
    ['- Salário: R$ 7.500,00 a R$ 9.500,00 + premiação mensal por metas', { min: 7500, max: 9500, currency: 'BRL', period: 'month' }],
    ['- Vergütung: 3.650 € – 4.200 € brutto monatlich nach Tarif', { min: 3650, max: 4200, currency: 'EUR', period: 'month' }],
    ['- Rémunération : entre 30 K€ et 34 K€ bruts annuels selon expérience', { min: 30000, max: 34000, currency: 'EUR', period: 'year' }],
    ['- Salaris: € 4.087 – € 6.455 bruto per maand (schaal LB)', { min: 4087, max: 6455, currency: 'EUR', period: 'month' }],
    ['Das Jahresbruttogehalt liegt in Entgeltgruppe P8 zwischen 46.800 € und 57.300 €, zuzüglich Zulagen.', { min: 46800, max: 57300, currency: 'EUR', period: 'year' }],
  ])('%s', (text, want) => expect(salaryInOtherLanguages(text, null)).toEqual(want));

  it('reads a wished-for MBA as wished, and "Magister" (the Dutch schools\' software) as no degree', () => {
    const br = extractRequirements('Requisitos\n- Ensino superior completo em Administração\n- Experiência de 3 anos em varejo\nDiferenciais\n- Pós-graduação ou MBA em Varejo');
    expect(br.education?.level).toBe('bachelor');
    expect(read('Wat ga je doen?\n- Je verwerkt cijfers in Magister en volgt de voortgang van je leerlingen')).toEqual([null, null]);
  });

  it('counts an English posting in capitals as English', () => {
    expect(read('QUALIFICATIONS\n- BACHELOR OF THE ARTS AND 2 YEARS OF EXPERIENCE WITH YOU FOR OUR TEAM AND THE CLIENTS\n- Baccalauréat en marketing')).toEqual([null, null]);
  });
});

describe('what set-17 showed', () => {
  it('asks for no degree where a vocational training is the other way in', () => {
    const text = 'Dein Profil\n- Abgeschlossene Ausbildung als Physiotherapeut (m/w/d) mit staatlicher Anerkennung oder ein Bachelor of Science in Physiotherapie\n- Freude an der Arbeit im Team';
    expect(requirementsInOtherLanguages(text)).toMatchObject({ education: null, noDegree: true });
    // The English rules read "Bachelor of Science" in it: the vocational minimum wins over them.
    expect(extractRequirements(text).education).toBeNull();
    // A university education ("Hochschulausbildung") is no vocational training.
    expect(read('Ihr Profil:\n- Abgeschlossene Hochschulausbildung (Bachelor) in Informatik\n- Mindestens 2 Jahre Berufserfahrung')).toEqual([2, 'bachelor']);
  });

  it.each([
    ['Die Stelle wird in Präsenz an unserem Standort Leipzig besetzt; Homeoffice ist in dieser Tätigkeit nicht möglich.', 'on-site'],
    ['Wir bieten: 30 Tage Urlaub, kein Homeoffice, aber ein tolles Team.', 'on-site'],
    ['Le poste est en présentiel à Lyon, du lundi au vendredi.', 'on-site'],
    ['Ofrecemos: contrato indefinido, modalidad híbrida (3 días en oficina).', 'hybrid'],
    ['Wir bieten hybrides Arbeiten und flexible Arbeitszeiten.', 'hybrid'],
    ['Praca w pełni zdalna, umowa o pracę.', 'remote'],
    ['勤務形態：フルリモート（月1回出社）', 'remote'],
    ['勤務地：豊田市。在宅勤務は不可。', 'on-site'],
    ['Die Tätigkeit erfolgt vor Ort in unserem Werk Stuttgart-Feuerbach.', 'on-site'],
    ['مقر العمل: المكتب الرئيسي في الرياض. الدوام من المكتب بالكامل، من الأحد إلى الخميس.', 'on-site'],
    // Sets 81-83: Portuguese's "trabalho presencial", a share of mobile work, Japanese's office attendance "as a rule".
    ['Trabalho presencial, com base no escritório técnico de Patos de Minas e atuação em campo.', 'on-site'],
    ['Wir bieten: 40 % mobiles Arbeiten und flexible Arbeitszeiten ohne Kernarbeitszeit.', 'hybrid'],
    ['【働き方】研究所での実験業務が中心となるため、原則として出社勤務となります。', 'on-site'],
    ['Wir bieten flexible Arbeitszeiten und nach der Einarbeitung bis zu zwei Tage mobiles Arbeiten pro Woche.', 'hybrid'],
    // Set-92: Italian's work at the office.
    ['- lavoro in sede, nel nostro ufficio di Milano Porta Romana', 'on-site'],
    // Sets 182-189: Spanish, Swedish, Finnish, Korean and Vietnamese statements.
    ['El puesto es presencial, con desplazamientos diarios a las instalaciones de los clientes.', 'on-site'],
    ['Arbetet utförs på plats i Karlskoga med resor till provplatser.', 'on-site'],
    ['- työ tehdään paikan päällä laitosalueella Eurajoella', 'on-site'],
    ['- 근무 형태: 사무실 출근 (재택근무 불가)', 'on-site'],
    ['- Hình thức làm việc: Hybrid – 4 ngày tại văn phòng Thủ Đức, 1 ngày làm việc tại nhà mỗi tuần.', 'hybrid'],
    ['Vaga presencial/embarcada – não há possibilidade de trabalho remoto.', 'on-site'],
    // Sets 234, 236: German's workplace on site, Japanese home days a week.
    ['- Ihr Arbeitsplatz ist vor Ort in unserem Labor in München-Pasing – mit S-Bahn-Anschluss', 'on-site'],
    ['東京本社（千代田区神田）／在宅勤務 週2日まで可（フレックスタイム制）', 'hybrid'],
  ])('%s → %s', (text, want) => expect(workplaceInOtherLanguages(text)).toBe(want));

  it('reads no workplace from a possibility, an experience, or English', () => {
    expect(workplaceInOtherLanguages('Wir bieten die Möglichkeit zum mobilen Arbeiten nach Absprache.')).toBeNull();
    expect(workplaceInOtherLanguages('Se valorará experiencia en trabajo remoto con equipos internacionales.')).toBeNull();
    const english =
      'About the role: you will join our team and work with product and design to plan the roadmap for our clients. The role is fully remote, with a team day en présentiel in Paris once a quarter.';
    expect(workplaceInOtherLanguages(english)).toBeNull();
  });
});

describe('what set-26 showed (agencies and in-house teams in India, South-East Asia, Brazil and Eastern Europe)', () => {
  it.each([
    // A part of the years, after its whole, in each language: the smaller number (LABELING.md).
    ['Requisitos:\n- Mínimo 3 anos de experiência com modelagem estatística, sendo pelo menos 1 ano em crédito;', 1],
    ['Ihr Profil:\n- 5 Jahre Berufserfahrung, davon mindestens 2 in der Bankenbranche', 2],
    ['Profil recherché :\n- 5 ans d’expérience dont au moins 2 ans en audit', 2],
    ['Requisitos:\n- 6 años de experiencia, de los cuales al menos 3 años liderando equipos', 3],
    // An abbreviation is no sentence's end: "min.", "mind.".
    ['Wymagania:\n- min. 5 lat doświadczenia komercyjnego w Javie\n- doświadczenie z Apache Kafka (min. 2 lata)', 2],
    ['Ihr Profil:\n- Berufserfahrung von mind. 3 Jahren im Vertrieb', 3],
  ])('%s', (text, years) => expect(read(text)[0]).toBe(years));

  it('reads no part of something that is not experience', () => {
    expect(read('Wymagania:\n- 5 lat doświadczenia komercyjnego, w tym 2 projekty dla banków')[0]).toBe(5);
    expect(read('Oferujemy:\n- 26 dni urlopu, w tym 2 lata stażu')[0]).toBeNull();
  });

  it.each([
    ['Requisitos:\n- Formação superior completa em Ciência da Computação ou áreas afins.', 'bachelor'],
    ['Requisitos:\n- Superior completo em Estatística, Matemática ou Economia;', 'bachelor'],
    // Québec's baccalauréat is a university degree, also when earned by accumulating certificates (set-27).
    ["Exigences\n- Baccalauréat en sciences infirmières ou baccalauréat par cumul de certificats reconnu par l'OIIQ;", 'bachelor'],
  ])('%s', (text, level) => expect(read(text)[1]).toBe(level));
  it('reads no degree a candidate is still studying for', () => expect(read('Requisitos:\n- Superior completo ou cursando em Sistemas')[1]).toBeNull());

  it.each([
    ['Modelo de trabalho: híbrido, com 2 dias por semana no escritório da Av. Faria Lima.', 'hybrid'],
    ['Modalidade: 100% remoto, com encontros trimestrais em São Paulo.', 'remote'],
    ['Modalidad de trabajo: presencial en nuestras oficinas de Monterrey.', 'on-site'],
    // Italian's field, Dutch's statement (sets 77 and 80).
    ['Modalità di lavoro: Ibrida: 2 giorni a settimana di smart working al termine del periodo di prova', 'hybrid'],
    ['Je werkt hybride: twee dagen per week op ons kantoor in Utrecht en de rest van de week thuis.', 'hybrid'],
  ])('%s → %s', (text, want) => expect(workplaceInOtherLanguages(text)).toBe(want));

  it.each([
    ['O que oferecemos\n- Faixa salarial: R$ 12.000 a R$ 15.000 CLT + PLR', { min: 12000, max: 15000, currency: 'BRL', period: 'month' }],
    // B2B by the hour before the employment contract by the month: the first, with its own period.
    ['Oferujemy:\n- Wynagrodzenie: B2B: 140–170 PLN/h netto + VAT lub UoP: 20 000 – 24 000 PLN brutto/mies.', { min: 140, max: 170, currency: 'PLN', period: 'hour' }],
  ])('%s', (text, want) => expect(salaryInOtherLanguages(text, null)).toEqual(want));
});

describe('what sets 31 to 33 showed (health, frontline and regulated science)', () => {
  it("reads a pay scale's grade as no currency code (\"FWG 45: minimaal € 3.136 en maximaal € 4.437\")", () => {
    expect(salaryInOtherLanguages('Wat bieden wij?\n- Een salaris volgens de cao GGZ in FWG 45: minimaal € 3.136 en maximaal € 4.437 bruto per maand', 'Utrecht, Netherlands')).toEqual({ min: 3136, max: 4437, currency: 'EUR', period: 'month' });
  });

  it("reads Portugal's pay line, school-leaving year and months of experience", () => {
    const text = 'Requisitos\n- Escolaridade obrigatória (12.º ano)\n- Experiência mínima de 6 meses em armazém, de preferência em e-commerce\nOferecemos\n- Vencimento base de 950 € brutos/mês\n- Subsídio de turno noturno';
    expect(salaryInOtherLanguages(text, 'Azambuja, Lisboa, Portugal')).toEqual({ min: 950, max: 950, currency: 'EUR', period: 'month' });
    const { years, education } = requirementsInOtherLanguages(text);
    expect(years?.min).toBe(0.5);
    expect(education?.level).toBe('high-school');
    expect(requirementsInOtherLanguages('Ihr Profil\n- Mindestens 6 Monate Berufserfahrung in der Logistik und gute Deutschkenntnisse').years?.min).toBe(0.5);
    // A contract's months are no experience.
    expect(requirementsInOtherLanguages('Wir bieten\n- Einen Vertrag über 6 Monate mit Option auf Übernahme in unserem Team').years).toBeNull();
  });

  it('reads "eine Tätigkeit vor Ort" as on-site, not a visit to customers', () => {
    expect(workplaceInOtherLanguages('Wir bieten\n- Eine abwechslungsreiche Tätigkeit vor Ort in unseren modernen QC-Laboren in Visp')).toBe('on-site');
    expect(workplaceInOtherLanguages('Ihre Aufgaben\n- Beratung unserer Kunden vor Ort und telefonisch in der Region')).toBeNull();
  });

  it("reads Latin America's pay lines and graduates, and Poland's hybrid work (set-34)", () => {
    expect(salaryInOtherLanguages('Te ofrecemos\n- Salario: COP 9.000.000 - 12.000.000 mensuales + prestaciones de ley.', 'Medellín, Colombia')).toEqual({ min: 9000000, max: 12000000, currency: 'COP', period: 'month' });
    expect(salaryInOtherLanguages('Ofrecemos\n- Renta líquida de $2.800.000 a $3.400.000 mensuales, según experiencia.', 'Santiago, Chile')).toEqual({ min: 2800000, max: 3400000, currency: 'CLP', period: 'month' });
    // Pay in ten thousands with no currency written: the place's (set-83).
    expect(salaryInOtherLanguages('薪酬福利：\n• 年薪30–45万（根据经验及能力确定），另有年终奖金', '苏州市, 江苏, 中国')).toEqual({ min: 300000, max: 450000, currency: 'CNY', period: 'year' });
    expect(salaryInOtherLanguages('薪酬福利：\n• 年薪30–45万（根据经验及能力确定）', null)).toBeNull();
    // A perk named before its figure is no pay (set-84).
    expect(salaryInOtherLanguages("Cosa offriamo\nContratto a tempo indeterminato; retribuzione commisurata all'esperienza; buoni pasto da 8 €; piano welfare aziendale.", 'Milano, Lombardia, Italia')).toBeNull();
    // A further item after a spaced "+" is no end of a range (set-84).
    expect(salaryInOtherLanguages('Ofrecemos\n• Salario: $1.750.000 mensuales + auxilio de transporte de ley + rodamiento de moto por $450.000.', 'Bogotá, D.C., Colombia')).toEqual({ min: 1750000, max: 1750000, currency: 'COP', period: 'month' });
    expect(requirementsInOtherLanguages('Requisitos\n- Profesional en Ingeniería de Sistemas, Estadística o carreras afines.\n- Mínimo 3 años de experiencia').education?.level).toBe('bachelor');
    expect(requirementsInOtherLanguages('Requisitos\n- Título profesional en Ingeniería en Informática o carrera afín.').education?.level).toBe('bachelor');
    expect(workplaceInOtherLanguages('Oferujemy\n- Pracę hybrydową: 1-2 dni w tygodniu w biurze przy Rynku we Wrocławiu.')).toBe('hybrid');
  });

  it("reads Germany's degree in brackets, a doctorate asked for, the programmes taught, and a pay scale's month", () => {
    expect(requirementsInOtherLanguages('Ihr Profil\n- Abgeschlossenes Studium (Diplom oder Master) der Verfahrenstechnik').education?.level).toBe('master');
    expect(requirementsInOtherLanguages('Ihre Aufgaben\n- Lehrverpflichtung in den Bachelor- und Masterstudiengängen\nIhr Profil\n- Abgeschlossene Promotion in Soziologie').education?.level).toBe('doctorate');
    expect(requirementsInOtherLanguages('Ihr Profil\n- Abgeschlossenes Studium der Informatik').education?.level).toBe('bachelor');
    expect(salaryInOtherLanguages('Die Vergütung richtet sich nach der Entgeltgruppe 13 TV-L; das Bruttomonatsentgelt beträgt derzeit rund 4.810 € bis 6.870 €.', 'Leipzig, Sachsen, Deutschland')).toEqual({ min: 4810, max: 6870, currency: 'EUR', period: 'month' });
  });
});

describe('what set-40 showed (personal services)', () => {
  it('reads a number written out and again in figures, "années", and the number after the word for experience', () => {
    expect(read('Exigences\n- Au moins un (1) an d’expérience auprès d’enfants de 0 à 18 mois')[0]).toBe(1);
    expect(read('Exigences\n- AEC en éducation à l’enfance jumelée à trois (3) années d’expérience pertinente')[0]).toBe(3);
    expect(read('Requisitos\n- Experiencia mínima de dos años en centro de estética o clínica')[0]).toBe(2);
  });

  it("reads Québec's college diploma (DEC) as an associate degree", () => {
    expect(read('Exigences\n- DEC en Techniques d’éducation à l’enfance (TEE), ou AEC en éducation à l’enfance')[1]).toBe('associate');
  });

  it('reads days of mobile work a week as hybrid, not the possibility of it (set-41)', () => {
    expect(workplaceInOtherLanguages('Wir bieten\n- Mobiles Arbeiten an bis zu zwei Tagen pro Woche, Gleitzeit ohne Kernzeit')).toBe('hybrid');
    expect(workplaceInOtherLanguages('Wir bieten\n- Möglichkeit zum mobilen Arbeiten')).toBeNull();
  });

  it('reads a German pay line by "brutto", and its month', () => {
    expect(salaryInOtherLanguages('Wir bieten\n- 2.600 – 3.100 € brutto im Monat (Vollzeit, 40 Std./Woche), je nach Erfahrung', 'Hamburg, Deutschland')).toEqual({ min: 2600, max: 3100, currency: 'EUR', period: 'month' });
  });
});

describe('what set-46 showed (rarer interface languages)', () => {
  it('reads a clause after a semicolon apart: the D3 asked for, the S1 wished for', () => {
    const text = 'Persyaratan\n- Pendidikan minimal D3 semua jurusan; diutamakan S1 Teknik Industri atau Manajemen Logistik.\n- Pengalaman minimal 3 tahun sebagai supervisor gudang';
    expect(read(text)).toEqual([3, 'associate']);
    // A short clause after a semicolon is no heading that wishes for every line after it.
    expect(read('Ihr Profil\n- Sehr gute Deutschkenntnisse; Englisch von Vorteil\n- Mindestens 3 Jahre Berufserfahrung in der Logistik')[0]).toBe(3);
  });

  it('reads Turkish years before "tercihen" (preferably), its lira and its office', () => {
    const text =
      'Aranan Nitelikler\n- Genel muhasebe alanında en az 2 yıl deneyimli, tercihen üretim sektöründe çalışmış,\n- Pozisyon tam zamanlıdır; çalışma ofisten, Ümraniye binamızda.\n- Ücret aralığı: aylık net 52.000 TL – 60.000 TL (deneyime göre belirlenir).';
    expect(read(text)[0]).toBe(2);
    expect(salaryInOtherLanguages(text, 'İstanbul, Türkiye')).toEqual({ min: 52000, max: 60000, currency: 'TRY', period: 'month' });
    expect(workplaceInOtherLanguages(text)).toBe('on-site');
  });

  it('reads Italian\'s "almeno un anno" of experience', () => {
    expect(read('Requisiti\n- Esperienza di almeno un anno in area critica (terapia intensiva).')[0]).toBe(1);
  });
});

describe('what set-50 showed (Ukrainian, Greek and Thai)', () => {
  it.each([
    ['Вимоги\n- вища освіта (бажано в галузі логістики);\n- досвід роботи в міжнародній експедиції від 2 років;', [2, 'bachelor']],
    ['Απαιτούμενα προσόντα\n- Πτυχίο ΑΕΙ Λογιστικής ή Οικονομικών\n- Τουλάχιστον τρία (3) χρόνια εμπειρίας σε λογιστήριο', [3, 'bachelor']],
    // Thai: the years after the word for experience, the smallest asked; an age is no experience.
    ['คุณสมบัติ\n• อายุ 28–40 ปี\n• วุฒิปริญญาตรี สาขาวิศวกรรมอุตสาหการ\n• มีประสบการณ์ในโรงงานอย่างน้อย 3 ปี และเคยเป็นหัวหน้างานอย่างน้อย 1 ปี', [1, 'bachelor']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('what set-69 showed (Hungarian, Romanian, Hebrew, Vietnamese, Ukrainian, Catalan)', () => {
  it.each([
    ['Elvárások\n- Felsőfokú gazdasági végzettség (pénzügy-számvitel)\n- Legalább 3 év tapasztalat kontrolling területen', [3, 'bachelor']],
    // The lowest school named: Romania's post-secondary nursing school, before a university degree.
    ['Cerințe\n- diplomă de absolvire a Școlii Postliceale Sanitare sau studii superioare de specialitate;\n- experiență de minimum 1 an în ATI;', [1, 'associate']],
    // Hebrew: "two years at least, of them a year at least in intensive care" (the dual and "a year" are words).
    ['דרישות\n- תואר ראשון בסיעוד (B.A. / B.Sc.) – חובה.\n- ניסיון של שנתיים לפחות בעבודה במחלקה אשפוזית, מתוכן שנה לפחות בטיפול נמרץ.', [1, 'bachelor']],
    ['Yêu cầu\n- Tốt nghiệp đại học chuyên ngành Kinh tế\n- Ít nhất 2 năm kinh nghiệm bán hàng', [2, 'bachelor']],
    ['Requisits\n- Cicle formatiu de grau superior (CFGS) en Gestió d’Allotjaments\n- 2 anys d’experiència en recepció', [2, 'associate']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads their workplace statements', () => {
    expect(workplaceInOtherLanguages('Amit kínálunk\n- Hibrid munkavégzés: heti 3 nap az irodában')).toBe('hybrid');
    expect(workplaceInOtherLanguages('Посада: Менеджер з логістики\nФормат роботи: офіс (вул. Городоцька), пн–пт')).toBe('on-site');
  });

  it.each([
    // A wish covers its own clause only: "de preferencia láctea" leaves "de los cuales al menos 1 año" asked.
    ['Requisitos\n- Experiencia: mínimo 3 años en la industria alimentaria, de preferencia láctea, de los cuales al menos 1 año coordinando personal.', [1, null]],
    ['Requisitos\n- Ingeniería Mecánica, Industrial o afín (titulado, con cédula profesional).', [null, 'bachelor']],
    ['Požadavky\n- SŠ/VOŠ/VŠ vzdělání technického směru (elektro, mechatronika)', [null, 'high-school']],
    ['任职要求\n- 中专及以上学历，汽车维修、机电一体化等相关专业；', [null, 'high-school']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Sets 71-73: "dont au moins deux (2) années", Dutch "waarvan ten minste één jaar", Portuguese "Vivência de 3 a 5 anos".
    ['Exigences\n- Minimum de cinq (5) années d’expérience en souscription, dont au moins deux (2) années dans le marché intermédiaire;', [2, null]],
    ['Wat vragen we\n- Je hebt minimaal drie jaar ervaring als docent, waarvan ten minste één jaar in de bovenbouw vwo.', [1, null]],
    ['Requisitos\n- Vivência de 3 a 5 anos na gestão de contas em marketplaces;', [3, null]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads French "le poste est sur place"', () => {
    expect(workplaceInOtherLanguages('Conditions\n- Le poste est sur place, à notre usine de Laval.')).toBe('on-site');
  });

  it('reads Czech pay in thousands ("tis.")', () => {
    expect(salaryInOtherLanguages('Nabízíme\n- Mzda: 75 – 95 tis. Kč měsíčně', null)).toEqual({ min: 75000, max: 95000, currency: 'CZK', period: 'month' });
  });

  it("ends a pay item at its sentence's end: Paris 13e after it is no figure of the pay (set-95)", () => {
    const line = 'Salaire : 2 450 € brut mensuel. Poste basé à Paris 13e, un week-end sur deux travaillé.';
    expect(salaryInOtherLanguages(line, 'Paris, Île-de-France, France')).toEqual({ min: 2450, max: 2450, currency: 'EUR', period: 'month' });
  });
});

describe('what set-48 showed (humanitarian work)', () => {
  it('reads a French range whose currency follows its second figure, and a part of the years in figures too', () => {
    expect(salaryInOtherLanguages('Conditions\n- Rémunération : 2 900 à 3 300 € bruts mensuels selon expérience, plus un per diem de 650 USD par mois', 'Goma')).toEqual({ min: 2900, max: 3300, currency: 'EUR', period: 'month' });
    expect(read('Requisitos\n- Mínimo dos (2) años de experiencia profesional, de los cuales al menos uno (1) en gestión de casos.')[0]).toBe(1);
  });
});

describe('what set-55 showed (Finnish, Malay, Russian, Hindi, Tagalog and Chinese as written in Taiwan)', () => {
  it.each([
    // Finnish: the years as a number word before "vuoden", the degree of a university of applied sciences.
    ['Edellytämme\n- sairaanhoitajan AMK-tutkintoa\n- vähintään yhden vuoden työkokemusta akuuttihoitotyöstä', [1, 'bachelor']],
    // A higher degree is no bachelor's for holding "korkeakoulututkinto".
    ['Edellytämme\n- ylempi korkeakoulututkinto\n- 3 vuoden kokemus ohjelmistokehityksestä', [3, 'master']],
    // Malay: a diploma or a bachelor's asks for the diploma.
    ['Kelayakan\n- Diploma atau Ijazah Sarjana Muda dalam Pengurusan Logistik.\n- Sekurang-kurangnya 2 tahun pengalaman dalam bidang logistik.', [2, 'associate']],
    ['條件\n- 學歷：大學以上，機械相關科系尤佳。\n- 工作經驗：5年以上銷售經驗', [5, 'bachelor']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads the month of a Finnish, a Malay and a Russian pay line', () => {
    expect(salaryInOtherLanguages('Tarjoamme\n- palkka 2 980–3 350 €/kk kokemuksen mukaan', 'Tampere, Pirkanmaa, Suomi')).toEqual({ min: 2980, max: 3350, currency: 'EUR', period: 'month' });
    expect(salaryInOtherLanguages('Faedah\n- Gaji: RM 3,200 – RM 4,200 sebulan (bergantung kepada kelayakan)', 'Shah Alam, Selangor, Malaysia')).toEqual({ min: 3200, max: 4200, currency: 'MYR', period: 'month' });
  });
});

describe('what sets 51 to 57 showed', () => {
  it("reads a line in another script inside a posting in English: Taiwan's 碩士以上, Korea's 고등학교 졸업", () => {
    const english = 'What you will do\n- Own the deposition recipes of the team and work with the fab on yield.\n- Work with the integration team and the equipment vendors on each new tool.\n';
    expect(read(`${english}- 學歷：碩士以上，化工、材料相關科系畢業。`)[1]).toBe('master');
    expect(read('자격 요건\n- 고등학교 졸업 이상 (2026년 2월 졸업 예정자 포함)')[1]).toBe('high-school');
  });

  it('reads a ceiling as no minimum ("Maximaal twee jaar werkervaring")', () => {
    expect(read('Wat vragen we\n- Een afgeronde hbo- of wo-opleiding\n- Maximaal twee jaar werkervaring; pas afgestudeerd is ook prima')).toEqual([null, 'bachelor']);
  });

  it("reads Mexico's preparatoria as high school, and its hybrid scheme", () => {
    expect(read('Requisitos\n- Preparatoria terminada (indispensable)')[1]).toBe('high-school');
    expect(workplaceInOtherLanguages('Ofrecemos\n- Esquema híbrido: 3 días en oficina y 2 días de home office.')).toBe('hybrid');
  });
});

describe('what sets 59 to 62 showed', () => {
  it.each([
    ['Requisitos\n- Bachiller completo (indispensable).', [null, 'high-school']],
    ['Kvalifikasjoner\n- Minst to års erfaring som styrmann, gjerne fra PSV\n- Dekksoffisersertifikat klasse 3 (D3) eller høyere', [2, null]],
    ['Requisitos\n- Mestrado Integrado em Arquitetura\n- Pós-graduação em reabilitação é valorizada', [null, 'master']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads an Italian range "tra X e Y", and an Austrian monthly pay written "3.420,–"', () => {
    expect(salaryInOtherLanguages('Offriamo\n- RAL tra 38.000 € e 45.000 €, commisurata all’esperienza', 'Latina, Lazio, Italia')).toEqual({ min: 38000, max: 45000, currency: 'EUR', period: 'year' });
    expect(salaryInOtherLanguages('Angebot\nFür diese Position gilt ein Mindestgehalt von EUR 3.420,– brutto pro Monat (14 × jährlich) laut Kollektivvertrag.', 'Wien')).toEqual({ min: 3420, max: 3420, currency: 'EUR', period: 'month' });
  });
});

describe('what set-62 showed (postings in six European languages)', () => {
  it.each([
    // Québec's nursing bachelor through the DEC-BAC path is a bachelor's, no high school "bac".
    ['Exigences\n- Baccalauréat en sciences infirmières (formation initiale ou DEC-BAC)', [null, 'bachelor']],
    // A range written "zwei bis drei Jahre" that is only wished for.
    ['Ihr Profil\n- Berufseinsteiger sind willkommen; zwei bis drei Jahre Erfahrung auf der Oberstufe sind erwünscht', [null, null]],
    ['Profiel\n- Ervaring | minimaal drie jaar als projectingenieur of werfleider', [3, null]],
    ['Requisiti\n• Diploma di istituto alberghiero (IPSEOA), indirizzo enogastronomia', [null, 'high-school']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads a Dutch posting that rules out working from home', () => {
    expect(workplaceInOtherLanguages('Wat bieden we\nJe werkt vanaf de vestiging; dit is geen thuiswerkfunctie.')).toBe('on-site');
  });
});

describe('pay lines set-62 showed', () => {
  it.each([
    ['Offriamo\n- RAL tra 30.000 e 34.000 € in base all’esperienza, più premi provvigionali', 'Verona', { min: 30000, max: 34000, currency: 'EUR', period: 'year' }],
    ['Oferecemos\n- Vencimento base entre 1.150 € e 1.350 € × 14 meses, de acordo com a experiência', 'Águeda, Aveiro, Portugal', { min: 1150, max: 1350, currency: 'EUR', period: 'month' }],
  ])('%s', (text, place, want) => {
    expect(salaryInOtherLanguages(text, place)).toEqual(want);
  });
});

describe('pay lines sets 76 to 80 showed (Norwegian and Swedish)', () => {
  it.each([
    ['Vi tilbyr\n• Dagsats fra kr 4 900 til kr 5 600 per arbeidsdag, avhengig av sertifikat', 'Bergen, Vestland, Norge', { min: 4900, max: 5600, currency: 'NOK', period: 'day' }],
    ['Vi tilbyr\n• Timelønn: kr 285 i timen', 'Bergen, Vestland, Norge', { min: 285, max: 285, currency: 'NOK', period: 'hour' }],
    ['Vi tilbyr\n• Årslønn fra kr 650 000 til kr 720 000', 'Oslo, Norge', { min: 650000, max: 720000, currency: 'NOK', period: 'year' }],
    ['Vi erbjuder\n• Lön: 32 000 – 36 000 kr i månaden', 'Göteborg, Sverige', { min: 32000, max: 36000, currency: 'SEK', period: 'month' }],
  ])('%s', (text, place, want) => {
    expect(salaryInOtherLanguages(text, place)).toEqual(want);
  });
});

describe('sentences, studies in progress and years said without their number (sets 113, 117)', () => {
  it.each([
    // A wish in the next sentence leaves the degree asked.
    ['Requisitos\n- Grado en ADE, Economía, Marketing o similar. Se valorará un máster en Dirección Comercial.', null, 'bachelor'],
    // Studies still in progress ask for no degree.
    ['Requisitos:\n- Ensino superior completo ou em andamento em Administração ou Marketing', null, null],
    // A part of several years, and Polish's "a year".
    ['Ihr Profil\n- Mehrjährige Erfahrung im Fuhrparkmanagement, davon mindestens 3 Jahre mit Personalverantwortung', 3, null],
    ['Wymagania:\n- min. rok doświadczenia w spedycji drogowej', 1, null],
  ])('%s → %s years, %s', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads the period after a tax added to the figure, and a week before the figures', () => {
    expect(salaryInOtherLanguages('Oferujemy:\n- wynagrodzenie: 120–150 zł netto + VAT za godzinę (B2B) lub 15 000–19 500 zł brutto miesięcznie', null)).toMatchObject({ min: 120, max: 150, currency: 'PLN', period: 'hour' });
    expect(salaryInOtherLanguages('Ofrecemos:\n• Sueldo semanal de $8,500 a $9,800 brutos + bono de productividad', 'Nuevo Laredo, Tamaulipas, México')?.period).toBe('week');
  });

  it('reads on-site work in French and Chinese', () => {
    expect(workplaceInOtherLanguages('Conditions\n- Poste 100 % sur site, dans nos hangars de Blagnac')).toBe('on-site');
    expect(workplaceInOtherLanguages('工作地点：深圳市宝安区（现场办公，需不定期前往东莞工厂授课）')).toBe('on-site');
  });
});

describe('Greek years, Czech pay, a Spanish degree beside a master’s, hybrid and remote work (sets 118-120, 122, 124)', () => {
  it.each([
    ['Απαιτούμενα προσόντα\n• Προϋπηρεσία τουλάχιστον 3 ετών σε αντίστοιχη θέση σε ξενοδοχείο', 3, null],
    ['Απαιτούμενα προσόντα\n- Τουλάχιστον 6 χρόνια εμπειρίας στο F&B, εκ των οποίων τα 2 σε θέση F&B Manager', 2, null],
    ['Requisitos\n- Grado o Máster en Ingeniería Industrial, Eléctrica o similar', null, 'bachelor'],
  ])('%s → %s years, %s', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads a single figure from Czech pay', () => {
    expect(salaryInOtherLanguages('Nabízíme\n– mzdu od 38 000 Kč měsíčně + měsíční bonus', 'Brno, Jihomoravský kraj, Česko')).toMatchObject({ min: 38000, max: 38000, currency: 'CZK', period: 'month' });
  });

  it('reads hybrid work by its share of the week in German, remote work in Italian', () => {
    expect(workplaceInOtherLanguages('Wir bieten\n- mobiles Arbeiten bis zu 60 % der Arbeitszeit nach erfolgreicher Einarbeitung')).toBe('hybrid');
    expect(workplaceInOtherLanguages('Offriamo\n- Lavoro full remote, con una giornata in redazione a Milano una volta al mese')).toBe('remote');
  });
});

describe('Polish cases and numbers as words, months of a year or more (sets 139, 141)', () => {
  it.each([
    ['Oczekujemy:\n- wykształcenia wyższego\n- co najmniej dwóch lat doświadczenia na stanowisku asystenckim', 2, 'bachelor'],
    ['Wymagania:\n- wykształcenie wyższe prawnicze (magister prawa)', null, 'master'],
    ['Das bringst du mit\n- Mindestens 12 Monate Fahrpraxis als Triebfahrzeugführer im Güterverkehr', 1, null],
    ['Requisiti fondamentali\n• Esperienza di almeno 24 mesi in sale operative o centrali di controllo', 2, null],
    // Pay over thirteen months is no experience.
    ['Conditions\n- Rémunération : 28 000 € à 34 000 € brut annuel selon expérience, sur 13 mois', null, null],
  ])('%s → %s years, %s', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads hybrid work in Polish as "w modelu hybrydowym"', () => {
    expect(workplaceInOtherLanguages('Oferujemy:\n- pracę w modelu hybrydowym: 4 dni w biurze, 1 dzień zdalnie')).toBe('hybrid');
  });
});

describe('a first degree and a master\'s asked together, secondary school in Spanish, pay in soles (sets 137, 140)', () => {
  it.each([
    ['Requisitos\n- Grado o Licenciatura en Psicología y Máster en Psicología General Sanitaria (habilitante).', null, 'master'],
    ['Requisitos\n- Grado y/o Máster en Ingeniería Industrial', null, 'bachelor'],
    ['Requisitos\n• Secundaria completa (indispensable)\n• Licencia A-IIIc', null, 'high-school'],
  ])('%s → %s years, %s', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads Peru\'s sol, not SAP\'s S/4', () => {
    expect(salaryInOtherLanguages('Ofrecemos:\n• Remuneración bruta de S/ 5,800 mensuales + gratificaciones de ley', 'Arequipa, Perú')).toEqual({ min: 5800, max: 5800, currency: 'PEN', period: 'month' });
    expect(salaryInOtherLanguages('Ofrecemos:\n• Sueldo según experiencia en S/4 HANA', 'Lima, Perú')).toBeNull();
  });
});

describe('a range in words, Korean ranges, a wish in full-width brackets, Estonian (sets 146, 147, 149)', () => {
  it.each([
    ["Exigences\n• Deux (2) à quatre (4) années d'expérience en traduction, idéalement en jeu vidéo.", 2, null],
    ['자격요건\n- 경력: 모션제어 또는 서보 드라이브 개발 경력 5~10년', 5, null],
    ['応募資格\n- 特許翻訳の実務経験3年以上（化学・バイオ分野の経験者歓迎）', 3, null],
    ['Ootame sinult\n- IT-alast kõrgharidust või sellega võrdväärset töökogemust;\n- vähemalt kolmeaastast kogemust Linuxi serverite haldamisel;', 3, 'bachelor'],
    ['Wymagania:\n- wykształcenie wyższe magisterskie z zakresu matematyki lub finansów', null, 'master'],
    ['応募資格\n・ 理工系学部卒以上（情報工学、機械工学など）', null, 'bachelor'],
    ['Aranan nitelikler\n- Üniversitelerin Tekstil Mühendisliği veya ilgili bölümlerinden mezun', null, 'bachelor'],
    ['Études : Diplôme d’un établissement d’enseignement postsecondaire reconnu avec spécialisation acceptable en économie.', null, 'bachelor'],
  ])('%s → %s years, %s', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads hybrid work in Estonian', () => {
    expect(workplaceInOtherLanguages('Omalt poolt pakume\n- hübriidtööd: kontoris Tallinnas vähemalt kaks päeva nädalas')).toBe('hybrid');
  });
});

describe('Central and Eastern Europe, Spain, Indonesia, Lithuania, the Arab world (sets 150-157)', () => {
  it.each([
    ['Requisitos\n- Bachillerato, FP de Grado Medio o titulación equivalente', null, 'high-school'],
    ['Requisitos\n- Graduado en ESO o equivalente.', null, 'high-school'],
    ['Amit kérünk\n- középfokú végzettség (érettségi)', null, 'high-school'],
    ['Requisitos\n• Título de Ingeniería Civil en Computación, Ingeniería en Informática o carrera afín.', null, 'bachelor'],
    ['Wat wij vragen\n- Je hebt het diploma Beveiliger 2 (mbo-niveau 2) en een geldige beveiligingspas', null, null],
    ['Requisitos\n• Entre 1 y 3 años de experiencia en revenue management o pricing', 1, null],
    ['Wymagania\n• min. 3 lata doświadczenia w magazynie, w tym co najmniej rok w roli lidera', 1, null],
    ['Wymagania\n- min. 6 miesięcy doświadczenia w pracy na wózku widłowym', 0.5, null],
    ['Kualifikasi\n✅ Pengalaman minimal 6 bulan sebagai host live streaming', 0.5, null],
    ['Reikalavimai\n– ne mažesnė nei 2 metų C+E kategorijos transporto priemonių vairavimo patirtis', 2, null],
    ['المتطلبات\n- خبرة لا تقل عن أربع سنوات في تصميم وتشغيل الشبكات اللاسلكية للمؤسسات.', 4, null],
  ])('%s → %s years, %s', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads pay in Moroccan dirhams, in đồng, in dollars by "pago", and a Dutch hourly wage', () => {
    expect(salaryInOtherLanguages('Ce que nous offrons\n- Salaire : 22 000 à 28 000 MAD brut mensuel, versé sur 13 mois ;', 'Casablanca, Maroc')).toEqual({ min: 22_000, max: 28_000, currency: 'MAD', period: 'month' });
    expect(salaryInOtherLanguages('Quyền lợi\n- Trợ cấp 4.000.000 VNĐ/tháng + hỗ trợ gửi xe', 'Hà Nội, Việt Nam')).toEqual({ min: 4_000_000, max: 4_000_000, currency: 'VND', period: 'month' });
    expect(salaryInOtherLanguages('QUYỀN LỢI\n- Thu nhập: 12 – 18 triệu đồng/tháng (lương cứng + thưởng KPI doanh số).', 'Hồ Chí Minh, Việt Nam')).toEqual({ min: 12_000_000, max: 18_000_000, currency: 'VND', period: 'month' });
    expect(salaryInOtherLanguages('Ofrecemos\n- Contratación como contractor, con pago en dólares: USD 2.500 a USD 3.200 mensuales.', 'Buenos Aires, Argentina')).toEqual({ min: 2_500, max: 3_200, currency: 'USD', period: 'month' });
    expect(salaryInOtherLanguages('Wat wij bieden\n💶 Een uurloon tussen € 15,20 en € 17,85 bruto (afhankelijk van ervaring)', 'Venlo, Limburg, Nederland')).toEqual({ min: 15.2, max: 17.85, currency: 'EUR', period: 'hour' });
  });
});

describe('degrees, months and number words at a letter outside ASCII (sets 157, 158, 160, 164)', () => {
  it.each([
    ['Profil\n- Minimaal één jaar werkervaring in een gezelschapsdierenpraktijk', 1, null],
    ['Požadujeme\n– praxe v řízení kamionu min. 24 měsíců, praxe s cisternou vítána', 2, null],
    ['자격 요건\n• 메모리 반도체 테스트 엔지니어 경력 36개월 이상', 3, null],
    ['Profil recherché\n- Docteur vétérinaire (DEFV ou diplôme européen reconnu)', null, 'doctorate'],
    ['Ihr Profil\n- Abgeschlossenes Master- oder Diplomstudium der Physik oder eines vergleichbaren Fachs', null, 'master'],
    ['Vi söker dig\nDu har gymnasieexamen med teknisk inriktning, alternativt motsvarande kunskaper förvärvade genom arbetslivserfarenhet.', null, 'high-school'],
  ])('%s → %s years, %s', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads a Swedish "or equivalent knowledge" as experience in the degree\'s place', () => {
    expect(requirementsInOtherLanguages('Du har gymnasieexamen med teknisk inriktning, alternativt motsvarande kunskaper förvärvade genom arbetslivserfarenhet.').education?.orEquivalent).toBe(true);
  });

  it('reads a wish up to its sentence end, not past it (set-164)', () => {
    expect(read('Vem är du?\nVi söker dig som har minst tre års erfarenhet som arbetsledare, gärna fordonsindustrin. Du har gymnasieexamen med teknisk inriktning, alternativt motsvarande kunskaper.')).toEqual([3, 'high-school']);
  });

  it('reads years under a French "Atouts" heading as no requirement (set-163)', () => {
    expect(read('Exigences\n- Détenir un brevet d’enseignement\nAtouts\n- Deux (2) années d’expérience en classe spécialisée')).toEqual([null, null]);
  });

  it.each([
    ['Requisitos\n- Bachillerato en Química, Biología o campo relacionado de una universidad acreditada.', null, 'bachelor'],
    ['Requisitos\n- Bachillerato o FP de Grado Medio', null, 'high-school'],
    ['Ihr Profil\n• Erste Berufserfahrung in der Luftfracht (ca. 1–2 Jahre)', 1, null],
    ['Wymagania\n- min. 3 lat komercyjnego doświadczenia w C++,\n- co najmniej 2 lat pracy z Unreal Engine 4 lub 5,', 2, null],
  ])('reads %s → %s years, %s (sets 168, 171, 173)', (text, years, level) => {
    expect(read(text)).toEqual([years, level]);
  });

  it('reads the job\'s pattern after the training\'s (set-169)', () => {
    expect(workplaceInOtherLanguages('O que oferecemos\n- Formação inicial paga de 3 semanas, em regime presencial;\n- Regime híbrido após a formação: 2 dias por semana no escritório e 3 dias em teletrabalho')).toBe('hybrid');
  });

  it('reads a Brazilian technical course, "3 (três) anos", and a degree under "Diferenciais" as a wish (set-176)', () => {
    expect(read('Requisitos\n- Curso Técnico em Segurança do Trabalho, com registro profissional ativo no MTE\n- Mínimo de 3 (três) anos de experiência como Técnico de Segurança em ambiente offshore\nDiferenciais\n- Graduação em Engenharia')).toEqual([3, 'high-school']);
  });

  it('reads French and Dutch home days as hybrid (sets 171, 173)', () => {
    expect(workplaceInOtherLanguages('Ce que nous offrons\n- Un mode hybride : trois jours par semaine au studio, deux jours en télétravail;')).toBe('hybrid');
    expect(workplaceInOtherLanguages('Wat wij bieden\n- Na je inwerkperiode werk je één dag per week thuis; de overige dagen werk je op ons kantoor.')).toBe('hybrid');
  });

  it('reads French home days as hybrid (set-168)', () => {
    expect(workplaceInOtherLanguages('Ce que nous offrons\n• Un poste en CDI à 100 %, avec deux jours de télétravail par semaine.')).toBe('hybrid');
  });

  it('reads on-site work in Portuguese and Dutch (sets 158, 159)', () => {
    expect(workplaceInOtherLanguages('O que oferecemos\nA função é exercida presencialmente no hotel, no Porto.')).toBe('on-site');
    expect(workplaceInOtherLanguages('Wat wij bieden\nJe werkt op locatie in ons dierenziekenhuis; thuiswerken is in deze functie niet mogelijk.')).toBe('on-site');
  });
});

describe('Chinese numerals and school level (set-187)', () => {
  it('reads 1 year and secondary school from a Macau posting', () => {
    const r = requirementsInOtherLanguages('• 具一年或以上娛樂場監控、保安或賭枱相關工作經驗\n• 中學畢業或以上學歷');
    expect(r.years?.min).toBe(1);
    expect(r.education?.level).toBe('high-school');
  });
});

describe('a number word in brackets after the figure, a range with an en dash (sets 190, 192)', () => {
  it.each([
    ['- Experiência mínima de 2 (dois) anos como Sondador ou de 4 (quatro) anos como Assistente de Sondador', 2],
    ['• 3–5 Jahre Berufserfahrung in der Packmittelentwicklung, idealerweise in der Faltschachtelindustrie', 3],
  ])('%s → %s', (text, min) => expect(requirementsInOtherLanguages(text).years?.min).toBe(min));
});

describe('months in words, Afrikaans years, Québec\'s second cycle (sets 199, 201)', () => {
  it('reads 0.5 from "sechs Monate Praxiserfahrung", 3 from "drie jaar ondervinding"', () => {
    expect(requirementsInOtherLanguages('- Mindestens sechs Monate Praxiserfahrung nach bestandener Überprüfung').years?.min).toBe(0.5);
    expect(requirementsInOtherLanguages('• Minstens drie jaar ondervinding in jeugbediening (voltyds of deeltyds)').years?.min).toBe(3);
  });
  it('reads a master\'s from "diplôme universitaire de deuxième cycle"', () => {
    expect(requirementsInOtherLanguages('- Diplôme universitaire de deuxième cycle (maîtrise) en sciences des religions').education?.level).toBe('master');
  });
  it('reads on site from "basé sur site"', () => {
    expect(workplaceInOtherLanguages('Poste en CDI, à temps plein, basé sur site.')).toBe('on-site');
  });
});

describe("Germany's school certificates, Québec's DEP, Swedish and Polish awards, Spanish years as an item, a bracket's period (sets 206-213)", () => {
  it.each([
    ['Dein Profil\n• Mindestens Hauptschulabschluss\n• Führerschein Klasse B', null, 'high-school'],
    ['Dein Profil\n• Abitur und ein abgeschlossenes Studium der Informatik\n• 3 Jahre Erfahrung', 3, 'bachelor'],
    ["Exigences\n- Diplôme d'études professionnelles (DEP) en conduite de procédés de traitement de l'eau;", null, 'high-school'],
    ['Vereistes\n• Nasionale Diploma (NKR-vlak 6) in Siviele Ingenieurswese\n• Minstens drie (3) jaar relevante ondervinding', 3, 'associate'],
    ['Vi söker dig som har\n• socionomexamen eller annan relevant utbildning på kandidatnivå\n• minst två års erfarenhet', 2, 'bachelor'],
    ['Wymagania\n• dyplom higienistki stomatologicznej (szkoła policealna) lub licencjat z higieny stomatologicznej\n• minimum dwa lata doświadczenia', 2, 'associate'],
    ['Requisitos\n- Mínimo 1 año como ajustador de autos\n- Experiencia en atención a clientes', 1, null],
  ])('%s → %s years, %s', (text, years, level) => expect(read(text)).toEqual([years, level]));

  it('reads the period a bracket gives ("(brutto/Monat)"), not a word that only holds one ("(inkl. 13. Monatsgehalt)")', () => {
    expect(salaryInOtherLanguages('Was wir bieten\n• Ausbildungsvergütung nach Tarif: 1.080 € – 1.550 € (brutto/Monat)', 'Dresden, Sachsen, Deutschland')?.period).toBe('month');
    expect(salaryInOtherLanguages('Was wir bieten\n- Ein Jahresgehalt von 68.000 € bis 82.000 € brutto (inkl. 13. Monatsgehalt)', 'Hamburg, Deutschland')?.period).toBe('year');
  });

  it('reads on site from "100 % sur place", hybrid from "Hybridarbete"', () => {
    expect(workplaceInOtherLanguages('Poste à temps plein, 100 % sur place à notre hangar de Montréal-Trudeau.')).toBe('on-site');
    expect(workplaceInOtherLanguages('Hybridarbete: du arbetar på plats på socialkontoret, med möjlighet till distansarbete upp till en dag i veckan.')).toBe('hybrid');
  });
});

describe("the euro as a word, Chile's secondary school, Norway's mastergrad (sets 214, 219, 221)", () => {
  it('reads "RAL da 31.000 a 35.000 euro lordi" as euros a year', () => {
    expect(salaryInOtherLanguages("Cosa offriamo\n– RAL da 31.000 a 35.000 euro lordi su 14 mensilità, commisurata all'esperienza;", 'Firenze, Toscana, Italia')).toEqual({ min: 31_000, max: 35_000, currency: 'EUR', period: 'year' });
  });
  it.each([
    ['Requisitos\n- Enseñanza media completa.\n- Experiencia de 2 años operando camiones de extracción', 2, 'high-school'],
    ['Kvalifikasjoner\n- Mastergrad i akvamedisin / fiskehelse\n- Minst 2 års erfaring', 2, 'master'],
  ])('%s → %s years, %s', (text, years, level) => expect(read(text)).toEqual([years, level]));
});

describe('what sets 238-245 showed (plants, welding, HVAC, allied health, mental health, journalism)', () => {
  it.each([
    // Belgium's French "bachelier".
    ['Profil recherché :\n- Vous êtes titulaire d’un bachelier en chimie ou en électromécanique', null, 'bachelor'],
    // "(Diplom oder Master)" after the subject: a master's, not a bachelor's.
    ['Ihr Profil:\n- Abgeschlossenes Studium der Psychologie (Diplom oder Master)', null, 'master'],
    // A sentence that wishes, between two that ask: only it is left out.
    ['Du er uddannet fodterapeut (professionsbachelor) med dansk autorisation og har mindst 2 års erfaring fra privat praksis. Vi bruger Clinicmaster, så kendskab til systemet er en fordel. Løn efter kvalifikationer.', 2, 'bachelor'],
  ])('%s → %s years, %s', (text, years, level) => expect(read(text)).toEqual([years, level]));

  it.each([
    ['- Hybrid arbeidsform: fire dager på verftet og én dag hjemmekontor per uke', 'hybrid'],
    ['- Mobiles Arbeiten für Schnitt und Recherche an bis zu zwei Tagen pro Woche', 'hybrid'],
  ])('%s → %s', (text, want) => expect(workplaceInOtherLanguages(text)).toBe(want));

  it('reads pay said gross or net per month, with no pay word', () => {
    expect(salaryInOtherLanguages('Offriamo: tempo indeterminato CCNL Metalmeccanico, 1.600 – 1.800 € netti al mese, furgone aziendale.', 'Milano, Lombardia, Italia')).toEqual({ min: 1600, max: 1800, currency: 'EUR', period: 'month' });
    expect(salaryInOtherLanguages('Offriamo: furgone aziendale e buoni pasto da 8 € al giorno.', 'Milano, Lombardia, Italia')).toBeNull();
  });
});

describe('what sets 246-252 showed (pharma, actuarial, planning, universities, public health, embedded, facilities)', () => {
  it.each([
    ['Profiel:\n- Diploma secundair onderwijs, bij voorkeur technisch.\n- Minstens zes maanden ervaring als operator in een productieomgeving.', 0.5, 'high-school'],
    ['Ihr Profil:\n– Mindestens 18 Monate einschlägige Berufserfahrung', 1.5, null],
    ['Vi forventer:\n- Du har en kandidatgrad i kemi, farmaci eller biokemi', null, 'master'],
    ['Kvalifikationer:\n- akademisk examen om minst 180 hp inom samhällsbyggnad', null, 'bachelor'],
    ['Ihr Profil:\n- abgeschlossenes Hochschulstudium (Master oder Diplom) sowie eine abgeschlossene Promotion in Soziologie', null, 'doctorate'],
    ['Požadujeme:\n- alespoň rok praxe s vývojem embedded softwaru', 1, null],
  ])('%s → %s years, %s', (text, years, level) => expect(read(text)).toEqual([years, level]));

  it('reads the month of "Das monatliche Bruttoentgelt", whatever the payments of a year', () => {
    expect(salaryInOtherLanguages('Das monatliche Bruttoentgelt beträgt mindestens € 2.954,40 (30 Wochenstunden, 14 x jährlich).', 'Graz, Steiermark, Österreich')).toEqual({ min: 2954.4, max: 2954.4, currency: 'EUR', period: 'month' });
  });

  it('reads "Poste basé à Paris 15e, sur site" as on site', () => {
    expect(workplaceInOtherLanguages('Votre profil\n- Poste basé à Paris 15e, sur site, avec déplacements sur le portefeuille.')).toBe('on-site');
  });
});

describe('what sets 253-258 showed (customs, offensive security, energy trading, UX, customer success, horticulture)', () => {
  it.each([
    ['Wymagania:\n– min. 2 lata doświadczenia w agencji celnej\n– wykształcenie wyższe (mile widziane kierunki: transport, logistyka)', 2, 'bachelor'],
    ['Om dig:\n• Du har en kort eller mellemlang videregående uddannelse, fx som logistiker\n• Du har mindst et års erfaring med gasdisponering', 1, 'associate'],
    ['Requisitos:\n• Titulación universitaria en Ingeniería Informática o similar.', null, 'bachelor'],
  ])('%s → %s years, %s', (text, years, level) => expect(read(text)).toEqual([years, level]));

  it('reads no pay from a company\'s figures on a line that only looks like pay ("plataforma"), and reads a PJ contract\'s', () => {
    expect(salaryInOtherLanguages('Nuestra plataforma procesa más de 9.000 M€ en facturas al año. Somos 140 personas.', 'Madrid, España')).toBeNull();
    expect(salaryInOtherLanguages('Platový tarif: 38 000 Kč měsíčně', 'Praha')).toEqual({ min: 38000, max: 38000, currency: 'CZK', period: 'month' });
    expect(salaryInOtherLanguages('Condições\n• Contratação PJ: R$ 14.000 a R$ 17.000 por mês\n• auxílio home office de R$ 200 por mês', 'Florianópolis, Santa Catarina, Brasil')).toEqual({ min: 14000, max: 17000, currency: 'BRL', period: 'month' });
  });
});
