import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements';

const edu = (text: string) => {
  const e = extractRequirements(text).education;
  return e ? { level: e.level, orEquivalent: e.orEquivalent } : null;
};

describe('education', () => {
  it.each([
    ["Bachelor's degree in Computer Science or equivalent working experience", 'bachelor', true],
    ["Bachelor's degree, or equivalent technical training, with 1-3 years of experience", 'bachelor', true],
    ['Bachelor’s Degree or equivalent in Computer Science, Information Systems, or related field.', 'bachelor', true],
    ['College degree or equivalent experience required in business or IT', 'bachelor', true],
    ['A four-year degree in business or computer science, or 8 years of exact job experience is required; a Master’s degree is desired.', 'bachelor', true],
    // Set-82's Hong Kong "Diploma or above"; set-83's PhD with its years, OR an MSc with more: the MSc.
    ['Requirements: Diploma or above; 2+ years of trade finance operations experience; CDCS holder preferred.', 'associate', false],
    ['Requirements\n- PhD in biochemistry or a related field with 2+ years of postdoctoral or industry experience, OR an MSc with 6+ years of relevant industry experience', 'master', false],
    ['Requirements\n- NCEA Level 3 or equivalent\n- Strong Excel skills', 'high-school', false],
    // Professional doctorates by their letters (set-81).
    ['Requirements\n- DVM or VMD from an AVMA-accredited college of veterinary medicine', 'doctorate', false],
    ['Requirements\n- PharmD or BS Pharmacy with 5 years of experience', 'bachelor', false],
    // The Philippines' "4-year course"; "plus" joining a second award, no marker (sets 14).
    ['Qualifications\n- Graduate of any 4-year course; undergraduates with 2 years of BPO experience may apply', 'bachelor', false],
    ["Minimum requirements\n- B.Ed. (Senior Phase and FET) or a bachelor's degree with Mathematics as a major plus a PGCE", 'bachelor', false],
    ['🎓 Degree in Mathematics, Computer Science, Physics, Engineering, or related STEM field', 'bachelor', false],
    ['MS or PhD in Engineering, Physics, Computer Science, or a related field (or equivalent experience).', 'master', true],
    ["Bachelor's or Master's degree in Computer Science", 'bachelor', false],
    ['BS/MS in Computer Science', 'bachelor', false],
    ['MS or PhD in Computer Science, or BS with 5+ years of industry experience', 'bachelor', false],
    ["Bachelor's degree in IT or an Associate's degree with 2 years of experience", 'associate', false],
    ["Associate's degree or equivalent experience", 'associate', true],
    ['High school diploma or equivalent.', 'high-school', false],
    ['High school diploma or GED required', 'high-school', false],
    ['Education: High School', 'high-school', false],
    ['Must have graduated from high school', 'high-school', false],
    ['- Completion of high school and a valid driver license', 'high-school', false],
    ["- High school graduate or equivalent experience", 'high-school', true],
    ['PhD in Machine Learning', 'doctorate', false],
    // A marker in the next phrase, or one qualifying the field, leaves the degree required. (As list
    // items: a short line of its own with "preferred" in it reads as a "Preferred" heading.)
    ["- Bachelor's degree in Computer Science, Master's preferred", 'bachelor', false],
    ['- Bachelor’s degree in Nursing, MSN strongly preferred', 'bachelor', false],
    ["Bachelor's degree, preferably in Computer Science", 'bachelor', false],
    ['Bachelor’s degree (preferably in Computer Science)', 'bachelor', false],
    ["Bachelor's required, Master's preferred", 'bachelor', false],
    // Indeed's structured lines name the level alone.
    ["Education:\nBachelor's (Required)", 'bachelor', false],
    ['Education:\nAssociate (Required)', 'associate', false],
    ['Education: Associate (Required)', 'associate', false],
    ["Education:\n* Master's (Required)", 'master', false],
    // UK and other abbreviations.
    ['BSc/MSc in Computer Science', 'bachelor', false],
    ['MSc in Data Science', 'master', false],
    ['BEng/MEng in Mechanical Engineering', 'bachelor', false],
    ['BSN required', 'bachelor', false],
    ['Degree-level education in a relevant subject', 'bachelor', false],
    ['Educated to degree level', 'bachelor', false],
    ['Degree educated in a STEM subject', 'bachelor', false],
    ['HND in Engineering', 'associate', false],
    ['A-levels or equivalent', 'high-school', false],
    ['5 GCSEs including English and Maths', 'high-school', false],
    ['Postgraduate degree in Economics', 'master', false],
    ['Doctor of Pharmacy (PharmD)', 'doctorate', false],
    ["Bachelor's in Computer Science", 'bachelor', false],
    // Indian degrees (Naukri's "UG:" / "PG:" lines).
    ['Education\nUG: B.Tech/B.E. in Any Specialization, BCA in Computers\nPG: MCA in Computers, M.Tech in Any Specialization', 'bachelor', false],
    ['M.Tech in Computer Science', 'master', false],
    ["An associate's or bachelor's degree in graphic design", 'associate', false],
    ['- Associate of Applied Science in Veterinary Technology from an AVMA-accredited program', 'associate', false],
    // The level a teacher teaches to is no qualification asked for.
    ['Requirements:\n- A degree in Mathematics or a related subject\n- Secure subject knowledge up to GCSE Higher tier', 'bachelor', false],
    ['Requirements:\n- GCSE Maths and English at grade 4 or above', 'high-school', false],
    ['- Graduate of an accredited school of nursing (ADN or BSN)', 'associate', false],
    // A polytechnic diploma offered beside a degree; a lower award with equivalent experience in its place.
    ['- Diploma or Degree in Information Technology, Computer Engineering or a related field', 'associate', false],
    // Forms of other countries: Israel's and India's degrees, a law school's J.D., Ireland's school
    // leaving exam, New Zealand's honours degree, a Canadian college's diploma program.
    ['- B.Sc. in Computer Science or equivalent practical experience', 'bachelor', true],
    ['- Qualified Chartered Accountant and member of ICAI\n- B.Com / M.Com graduate', 'bachelor', false],
    ['- J.D. from an ABA-accredited law school', 'doctorate', false],
    ['- Leaving Certificate; a third-level qualification in Accounting or Business is an advantage', 'high-school', false],
    // An equivalent degree is another degree, no experience in its place (set-24's label).
    ['- BE(Hons) in Civil Engineering or an equivalent Washington Accord-accredited degree', 'bachelor', false],
    ['- Graduate of a recognized Practical Nursing diploma program', 'associate', false],
    // A polytechnic's or college's diploma in a field; not a graduate one.
    ['- Diploma in Civil, Mechanical or Building Engineering', 'associate', false],
    ['- Diploma in Civil, Mechanical or Building Engineering, or equivalent', 'associate', true],
    ['- BEng/MEng in Mechanical Engineering, or HNC/HND with equivalent industry experience', 'bachelor', true],
    ["- Bachelor's degree, or an Associate's degree with relevant experience", 'associate', false],
    ['- High school diploma or degree', 'high-school', false],
    ['Essential\n- A 2:1 law degree (LLB), or a non-law degree together with the GDL/PGDL.', 'bachelor', false],
    // A degree, or a higher one: the degree (set-27).
    ["About you – essential\n- A degree or master's in Social Work (or an equivalent qualification recognised by Social Work England).", 'bachelor', true],
    // What a teacher teaches is no requirement; what is asked of them is (set-27).
    ['Duties\n- Teach, assess and coordinate modules on the BSc Nursing (General) and postgraduate nursing programmes.\n- Supervise undergraduate dissertations and MSc and PhD research students.\nQualifications\n- A PhD in Nursing or a related discipline.', 'doctorate', false],
    ["Requirements\n- Master's degree in Speech-Language Pathology from an ASHA/CAA-accredited program", 'master', false],
    // Set-29: Switzerland's Matura and a secondary education; Australia's tertiary qualification.
    ['Requirements\n- Swiss Matura or equivalent secondary education', 'high-school', false],
    ['Requirements\n- Tertiary qualification in science, biomedical engineering or pharmacy.', 'bachelor', false],
  ])('%s → %s (orEquivalent %s)', (text, level, orEquivalent) => {
    expect(edu(text)).toEqual({ level, orEquivalent });
  });

  it.each([
    "Bachelor's degree strongly preferred",
    "Bachelor's degree preferred or 5 years of experience",
    'Preferred Qualifications:\n- Master’s degree in Computer Science',
    'Experience with MS Office and MS Teams',
    'A high degree of accuracy and a 360 degree view',
    'Warehouse Stock Associate',
    'Our department gets strong results at GCSE and A-level.',
    'Education:\nHigh school or equivalent (Preferred)',
    'Education: Associate (Preferred)',
    "Master's preferred",
    'PhD a plus',
    'Graduate degree preferred',
    'Bachelor’s degree would be beneficial',
    'Bachelor’s degree desired but not required',
    "Bachelor's degree in Computer Science, Engineering, or related field preferred",
    "Bachelor's degree in CS, IS or related experience preferred",
    '- Sales Associate (Required)',
    'A level of detail is expected',
    // A graduate diploma is no polytechnic's (and no degree): no level read. ("Diploma in
    // Engineering" alone was here: it is a polytechnic's or college's diploma, an associate's.)
    'Graduate Diploma in Psychology',
    // An acronym glued to a word by a hyphen describes: Singapore's Building and Construction Authority.
    'Kallang Build is a BCA-registered A1 general building contractor.',
    // Said not to be asked for.
    "We don't require a degree. We care about what you've built and operated.",
    'No college degree required; we train you.',
    'A degree is not required.',
    // USAJobs: the degree is one way to qualify, experience the other.
    'Specialized experience: one year equivalent to GS-09.\n\nOR\n\nEducation: Ph.D. or equivalent doctoral degree in a related field.',
    // A school's name or a subject, not a level.
    'Job Title: Teacher - High School Mathematics\nCampus: Rudder Ridge High School',
    'You will teach high school students algebra and geometry',
    'Coach the high school robotics team',
    '- Plan and deliver well-sequenced lessons following our KS3 curriculum and the AQA GCSE Mathematics specification.',
    // A ship's master (its captain), not a degree (set-29).
    "- Act as head of the deck department and the Master's deputy",
    'Applicants with post-secondary education in logistics are welcome',
  ])('no required degree in: %s', (text) => {
    expect(edu(text)).toBeNull();
  });
});

describe('school-leaving certificates and vocational diplomas (sets 31 to 33)', () => {
  it.each([
    ['Minimum requirements: Matric (Grade 12) certificate; a valid Code 10 driver licence', 'high-school'],
    ['- Grade 12 or equivalent', 'high-school'],
    // A school's grades taught are no requirement; a vocational award by its level is a credential.
    ['Highveld Ridge College is a school offering Grade 000 to Grade 12.', null],
    ['- Level 5 Diploma in Leadership and Management for Adult Care', null],
    ['- Diploma in Civil Engineering', 'associate'],
    ['- Tertiary qualification (degree) in Construction Management, Civil Engineering, Architecture or similar', 'bachelor'],
    ['- A post-secondary diploma or degree, or equivalent professional experience.', 'associate'],
    // Ireland's and Britain's honours degree, Ireland's NFQ levels (set-43).
    ['- Level 8 honours degree (NFQ) in Business, Supply Chain Management or a related discipline', 'bachelor'],
    ['- A 2:1 honours degree in Economics', 'bachelor'],
    // Two degrees asked together (set-41), not as alternatives, nor the programmes a school runs.
    ["- A Bachelor's and Master's degree in Architecture (NZ or an equivalent overseas accredited programme)", 'master'],
    ["- A Master's and a PhD in Physics", 'doctorate'],
    ["- Bachelor's and/or Master's degree in Computer Science", 'bachelor'],
    ["- Mentor our Bachelor's and Master's students on site", 'bachelor'],
    // Denmark's academy profession degree, the lowest way in.
    ['- You are a trained laboratory technician (laborant, AP degree) or hold a professional bachelor’s degree', 'associate'],
  ])('%s', (text, level) => {
    expect(extractRequirements(text).education?.level ?? null).toBe(level);
  });
});

/** A posting's opening in English: a line alone reads as too short to tell its language (other-languages.ts, `looksEnglish`). */
const ENGLISH_INTRO = 'About the role\nYou will join the team of the lab and work with the operators on the shifts, and you will report to the manager of the site.\n';

describe('what sets 51 to 57 showed (new fields and early careers)', () => {
  it.each([
    // A college's diploma, or Mexico's TSU, offered beside a bachelor's: the lower is the minimum.
    ['- Bachelor of Science in Chemistry, or a three-year Chemical Engineering Technology diploma from a recognized college.', 'associate'],
    ["- Technical degree (TSU) or Bachelor's degree in Electronics, Mechatronics, IT or a related field", 'associate'],
    // The Philippines' "BS <field>", a British degree by its class, a student's programme.
    ['- ✅ Graduate of BS Nursing, BS Pharmacy, BS Medical Technology or any Allied Health course', 'bachelor'],
    ['- A 2:1 degree or above (achieved or predicted) in any subject', 'bachelor'],
    ['• Currently enrolled in a CEAB-accredited Mechanical, Mechatronics or Systems Design Engineering program and returning to full-time studies', 'bachelor'],
    // Sets 59 to 63: India's pharmacy degrees and its "Any Graduate" before the fields wished for, the Dutch MBO.
    ['- B.Pharm / M.Pharm / Pharm.D / BDS / BAMS / BHMS or M.Sc. Life Sciences', 'bachelor'],
    ['Education: Any Graduate – B.E./B.Tech/B.Sc (IT or Computer Science) preferred.', 'bachelor'],
    ['- MBO level 4 in Logistics, or equivalent level by experience', 'high-school'],
    // Set-68: Ireland's framework by its level, where it is named (a British Level 7 is a master's
    // award), and Hong Kong's "Degree holder".
    ['- A Level 7 qualification (NFQ) in Building Services Engineering or a cognate discipline', 'bachelor'],
    ['- Degree (NFQ Level 7 or higher) in Environmental Science or equivalent industry experience', 'bachelor'],
    ['- Degree holder in Property Management, Surveying, Housing Management or related disciplines', 'bachelor'],
    // Sets 64-70: Ireland's "third-level qualification", India's LL.B. and "Graduate in any discipline".
    ['- A third-level qualification (Level 7 or above) in Food Science, Food Technology or a related discipline.', 'bachelor'],
    ['1. LL.B. (3-year or 5-year integrated) from a recognised university.', 'bachelor'],
    ['- Graduate in any discipline (B.Tech / M.Sc in Computer Science or Linguistics preferred).', 'bachelor'],
    // A body's diploma is a credential, not a college's: the degree beside it is the level.
    ['- A recognised AML qualification such as the ICA International Diploma in Anti Money Laundering\n- A degree in Law, Accountancy, Finance or a related area (MQF Level 6)', 'bachelor'],
    // Sets 71-75: India's "Graduate / Post-graduate", a diploma considered in a degree's place, the EU's
    // "university studies of at least three years", a school diploma plus a college's (both asked).
    ['Qualification: Graduate / Post-graduate in Mathematics, Statistics, Actuarial Science or Economics', 'bachelor'],
    ['- Degree in any discipline; candidates with a Diploma and relevant experience will also be considered', 'associate'],
    ['- Have a level of education which corresponds to completed university studies of at least three years attested by a diploma', 'bachelor'],
    ['- Ontario Secondary School Diploma (OSSD) or equivalent, plus a two-year College Diploma in Environmental Technology', 'associate'],
    // The students' Leaving Certificate is no degree asked; the honours degree is.
    ['- Support accommodations in the State examinations for Junior Cycle and Leaving Certificate students\n- An honours degree in a subject on the post-primary curriculum', 'bachelor'],
  ])('%s → %s', (text, level) => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n${text}`)?.level).toBe(level);
  });

  it("reads no degree from a regulator's initials (the UK's MCA, Singapore's BCA)", () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- A valid STCW II/2 Master Unlimited Certificate of Competency (CoC), issued or endorsed by the MCA`)).toBeNull();
    expect(edu(`${ENGLISH_INTRO}Requirements\n- B.Tech/MCA in Computer Science`)?.level).toBe('bachelor');
  });

  it('reads no degree where a degree is "not essential", and a certificate in its place as training instead (LABELING.md)', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- A degree isn't essential – many of our partners joined us straight from school`)).toBeNull();
    expect(edu(`${ENGLISH_INTRO}Requirements\n- Bachelor's degree or a paralegal certificate from an ABA-approved program`)).toMatchObject({ level: 'bachelor', orEquivalent: true });
  });

  it('reads no degree from a programme named with "the" ("units in the Bachelor of Education")', () => {
    const text = `${ENGLISH_INTRO}About the role\nYou will teach units in the Master of Teaching (Secondary) and the Bachelor of Education (Primary).\nRequirements\n- a PhD in mathematics education or a related discipline (or near completion)`;
    expect(edu(text)?.level).toBe('doctorate');
  });

  it('reads no degree from a Level 7 award of another framework', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- A Level 7 qualification in Strategic Management (RQF)`)).toBeNull();
  });

  it('reads no degree from "BS" before a word that names no field', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- BS Detector: you can tell hype from substance`)).toBeNull();
  });
});

describe('what sets 76 to 80 showed', () => {
  it.each([
    // A school's or college's award with years of experience in the degree's place: the degree, with an equivalent.
    ["- Bachelor's degree (HBO) in Logistics, or MBO-4 with at least 5 years of leadership experience", 'bachelor', true],
    ["- Bachelor's degree in Logistics, or a high school diploma with 5 years of experience in a warehouse", 'bachelor', true],
    // A degree's with years is the minimum itself (LABELING.md).
    ['- PhD in Chemistry, or an MSc with at least four years of relevant industry experience', 'master', false],
    // Experience first, a degree in its place; a degree first, experience in its place.
    ["- Bachelor's degree in Marketing or 4 years of equivalent experience", 'bachelor', true],
    ['- BEng/BSc in biomedical engineering, or an HNC/HND with equivalent hands-on experience.', 'bachelor', true],
  ])('%s → %s', (line, level, orEquivalent) => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n${line}`)).toEqual({ level, orEquivalent });
  });

  it.each([
    // A degree first, a vocational training offered in its place after: the degree, with an equivalent.
    ['Ihr Profil\n- Abgeschlossenes betriebswirtschaftliches Studium oder eine kaufmännische Ausbildung mit entsprechender Berufserfahrung', { level: 'bachelor', orEquivalent: true }],
    ['Wat vragen wij\n- Een afgeronde hbo-opleiding Social Work. Heb je een mbo-4 diploma en minimaal 3 jaar werkervaring? Dan nodigen we je ook uit', { level: 'bachelor', orEquivalent: true }],
    // A training first, a degree after: the training is the way in, no degree the minimum.
    ['Ihr Profil\n- Abgeschlossene Ausbildung als Physiotherapeut (m/w/d) mit staatlicher Anerkennung oder ein Bachelor of Science in Physiotherapie', null],
    // Norway's fagskole (tertiary vocational) beside a bachelor's, and under a heading that wishes.
    ['Kvalifikasjoner\n- Fagskole eller bachelor i nautikk\n- Minimum 2 års fartstid som styrmann', { level: 'associate', orEquivalent: false }],
    ['Kvalifikasjoner\n- Minst to års erfaring som styrmann\nDet er en fordel med\n- Fagskole innen nautikk', null],
    // The Dutch mbo first, a degree after: the school's level, its equivalent by experience (sets 41, 77).
    ['Wat vragen wij\n- Een mbo 4- of hbo-opleiding Bouwkunde, of een aantoonbaar vergelijkbaar niveau door werkervaring;', { level: 'high-school', orEquivalent: true }],
    // Italy's accountancy school diploma beside a degree (set-80).
    ['Requisiti\nTitolo di studio: Diploma di Ragioneria oppure Laurea in Economia', { level: 'high-school', orEquivalent: false }],
  ])('%s', (text, want) => {
    expect(edu(text)).toEqual(want);
  });
});

describe('a degree waived as the exception, a university title, a school (sets 100, 101)', () => {
  it('reads a degree whose waiver asks for experience as the degree or its equivalent', () => {
    const line = "- Bachelor's degree in Occupational Health & Safety or Engineering (candidates without a degree but with 12+ years of petrochemical HSE experience will be considered)";
    expect(edu(`${ENGLISH_INTRO}Requirements\n${line}`)).toEqual({ level: 'bachelor', orEquivalent: true });
  });

  it.each([
    // Singapore's and Thailand's school levels; a high school named as a setting is no level asked (set-105).
    ["- Minimum GCE 'O' Level or NITEC", 'high-school'],
    ['- Secondary school (M.6) or vocational certificate (Por Wor Chor)', 'high-school'],
    ["- Bachelor's degree in Exercise Science or Kinesiology\n- 2+ years of coaching experience in a private facility, high school or collegiate setting", 'bachelor'],
  ])('%s → %s', (line, level) => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n${line}`)?.level).toBe(level);
  });

  it('reads a certificate offered before a degree as the way in: no degree the minimum (set-102)', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- NZ Certificate in Youth Work (Level 4), or a degree in youth development, social work or a related field`)).toBeNull();
  });

  it('still reads "without a degree" alone as no degree asked', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- You can join us without a degree: we train you`)).toBeNull();
  });

  it.each([
    ['Requisitos\n- Título de Geólogo/a otorgado por una universidad reconocida por el Estado.', { level: 'bachelor', orEquivalent: false }],
    ['Vi söker dig som\n- Du har gymnasieutbildning och minst två års erfarenhet av kundservice', { level: 'high-school', orEquivalent: false }],
    // Romania's and Greece's schools (set-105).
    ['Ce căutăm\n• Studii liceale finalizate (diplomă de bacalaureat)\n• Atestat profesional de agent de securitate valabil', { level: 'high-school', orEquivalent: false }],
    ['Απαιτούμενα προσόντα\n- Δίπλωμα Κομμωτικής από ΙΕΚ ή αναγνωρισμένη σχολή κομμωτικής\n- Τουλάχιστον 3 χρόνια εμπειρία σε κομμωτήριο με πελατεία', { level: 'associate', orEquivalent: false }],
  ])('%s', (text, want) => {
    expect(edu(text)).toEqual(want);
  });
});

describe("a qualification asked for later, or in experience's place (sets 40, 50, 55)", () => {
  it.each([
    '- At least 1 year of experience in customer service, a call centre or sales – OR a degree in German if you are just starting out',
    '- New Zealand Diploma in Funeral Directing (Level 5) – or you are willing to complete it within 24 months (we pay the fees)',
    '- CIPD Level 5 Associate Diploma in People Management, or currently working towards it',
  ])('%s → no degree asked', (line) => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n${line}`)).toBeNull();
  });
});

describe('awards a teacher prepares students for, and credentials named like diplomas (set-116)', () => {
  it.each([
    ["Requirements\n- Bachelor’s degree in Chemistry\nThe successful candidate will teach IB Diploma Programme Chemistry at Standard and Higher Level", 'bachelor'],
    ['Requirements\n- A good honours degree in Mathematics\n• Prepare students for the Pearson Edexcel GCSE (9–1)', 'bachelor'],
    ['Requirements\n- Bachelor’s degree in any discipline\n- A recognised trainer qualification: the CIPD Level 5 Associate Diploma in Organisational Learning and Development', 'bachelor'],
    // Israel's practical engineer, offered beside a degree (set-114).
    ['Requirements\n- B.Sc. in Computer Science or a practical engineer diploma (Handesai), or equivalent experience', 'associate'],
  ])('%s → %s', (text, level) => {
    expect(edu(text)?.level).toBe(level);
  });
});

describe('projects supervised, an equal degree, a bracket that wishes for another, Pakistan\'s Intermediate (sets 135, 136, 141)', () => {
  it.each([
    // Student levels supervised are not asked of the lecturer.
    ['Duties\n• Supervise undergraduate, MSc and PhD projects\nEssential criteria\n• PhD in Statistics, Data Science or a closely related discipline', 'doctorate', false],
    // "An equivalent university degree" is the named degree's equal: not a lower one, nor experience (set-136's label).
    ['Requirements\n• Master’s degree in physics or a related field, or an equivalent university degree, obtained before the start date', 'master', false],
    // A wish in a bracket is for the degree it names.
    ['Requirements:\nQualification: Graduate in any discipline (MBA preferred)\nExperience: 4–7 years', 'bachelor', false],
    ["Bachelor's degree (MBA preferred)", 'bachelor', false],
    ['REQUIREMENTS\n- Minimum Intermediate (I.Com / FA / FSc). Graduates will be preferred\n- 1 year experience of data entry', 'high-school', false],
  ])('%s → %s', (text, level, orEquivalent) => {
    expect(edu(text)).toEqual({ level, orEquivalent });
  });

  it('reads a craft certificate offered before a degree, across a bracket and a capitalised OR, as no degree asked (set-135)', () => {
    expect(edu('Requirements\n- Qualified Refrigeration & Air Conditioning craftsperson (Level 6 Advanced Certificate – Craft) OR a Level 7 degree in Building Services')).toBeNull();
  });

  it('still reads a bracket that only wishes as the degree\'s own', () => {
    expect(edu("Requirements\n- Bachelor's degree in Finance (preferred)\n- 3+ years of experience")).toBeNull();
  });
});

describe("South Africa's National Diploma, India's \"Graduate in Commerce\", a psychology degree (sets 132, 133, 137, 138, 140)", () => {
  it.each([
    ['Requirements\n• BSc Eng / BEng Metallurgical or Chemical Engineering, or a National Diploma / BTech in Extraction Metallurgy', 'associate'],
    ['Requirements\n• Graduate in Commerce or Finance; CA Inter or MBA preferred', 'bachelor'],
    ['Requirements\n• B.Psych degree or BA Honours in Psychology (Registered Counsellor curriculum)', 'bachelor'],
    // A master's graduate is no bachelor's; an awarding body's national diploma is vocational.
    ['Requirements\n- MS graduate in Chemical Engineering with 2+ years of front-end fab experience', 'master'],
  ])('%s → %s', (text, level) => {
    expect(edu(text)?.level).toBe(level);
  });

  it('reads no degree in a dental nurse\'s national diploma', () => {
    expect(edu('Requirements\n- NEBDN National Diploma in Dental Nursing, or a GDC-recognised equivalent such as the NVQ Level 3')).toBeNull();
  });
});

describe("New Zealand's diploma, Ireland's framework, Canada's public-service standard (sets 144, 149)", () => {
  it.each([
    ['What you’ll bring\n✅ A tertiary qualification in engineering, asset management or a related discipline (NZ Diploma in Engineering at minimum; a Bachelor’s degree is preferred)', 'associate'],
    ['Requirements\n(a) a qualification at Level 8 or higher on the National Framework of Qualifications (NFQ) in statistics, or', 'bachelor'],
    ['Education\nSuccessful completion of two years of an acceptable post-secondary educational program in computer science', 'associate'],
  ])('%s → %s', (text, level) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)?.level).toBe(level);
  });
});

describe('clinical doctorates by their letters, "Who we are looking for" (sets 150, 157)', () => {
  it('reads DDS as a degree where degrees are listed, not a Slovak pension', () => {
    expect(edu('Requirements\n- DDS or DMD degree from an accredited dental school')?.level).toBe('doctorate');
    expect(edu('Benefity\nStravné lístky v hodnote 6 €, bezplatná doprava, príspevok na DDS po skúšobnej dobe.')).toBeNull();
  });
  it('reads the requirements under "Who we are looking for", no company blurb', () => {
    const text = `${ENGLISH_INTRO}Who we are looking for\n- Minimum age of 21 at the time of application\n- High school diploma (Grade 12) or equivalent\n- At least one year of hospitality or customer service experience`;
    expect(edu(text)?.level).toBe('high-school');
    expect(extractRequirements(text).minYearsExperience?.min).toBe(1);
  });
});

describe('veterinary degrees, BSEE, Australia\'s Year 12 (sets 158, 160, 163)', () => {
  it.each([
    // Britain's, Ireland's and Australasia's veterinary degrees are bachelor's; an equivalent degree is no experience.
    ['Requirements\n• A veterinary degree recognised by the RCVS (BVSc, BVetMed, BVM&S, BVMS or equivalent)', 'bachelor', false],
    ['Requirements\n- MVB or an equivalent veterinary degree', 'bachelor', false],
    ['Requirements\n- DVM or VMD from an AVMA-accredited college', 'doctorate', false],
    ['Requirements\n✅ BSEE or equivalent experience', 'bachelor', true],
    ['Essential\n– Year 12 or equivalent\n– Blue Card', 'high-school', false],
  ])('%s → %s (orEquivalent %s)', (text, level, orEquivalent) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)).toEqual({ level, orEquivalent });
  });

  it('reads no degree in a school that teaches to Year 12', () => {
    expect(edu(`${ENGLISH_INTRO}Redcliffe Bay Christian College (Prep–Year 12) is building its casual relief pool.`)).toBeNull();
  });
});

describe('students who qualify, India\'s 12th pass (sets 169)', () => {
  it('reads no degree where final-year students qualify too', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n• Bachelor's degree holders or final-year university students (any faculty)`)).toBeNull();
  });
  it('reads "12th pass or graduate" as a school level', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- 12th pass or graduate\n- Good communication in English`)).toEqual({ level: 'high-school', orEquivalent: false });
  });
});

describe('a diploma beside a bachelor\'s as its alternative (set-178)', () => {
  it.each([
    ['Requirements\n• Diploma / B.E. in Electronics & Communication or Telecommunication.'],
    ['Requirements\n• Bachelor’s degree in Electrical or Communications Engineering, or a Diploma with 4+ years of relevant experience.'],
  ])('%s → associate', (text) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)?.level).toBe('associate');
  });
});

describe('a wish that reaches only its own phrase (set-171)', () => {
  it.each([
    ['Requirements\n- 3+ years of experience in analytics, ideally with product or game data, and a university degree in Statistics or Economics.'],
    ['Requirements\n- Degree in Statistics (ideally a PhD).'],
    ["Requirements\n- Degree in Statistics (Master's preferred)."],
    ["Requirements\n- Degree in Statistics, ideally a Master's."],
  ])('%s → bachelor', (text) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)).toEqual({ level: 'bachelor', orEquivalent: false });
  });
  it.each([
    ["Requirements\n- Ideally a degree in Statistics, and a master's."],
    ["Requirements\n- Preferably a degree in Statistics, ideally a Master's."],
    ["Preferred qualifications\n- Degree in Statistics, ideally a Master's."],
    ["Requirements\n- Master's degree preferred."],
  ])('%s → none asked', (text) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)).toBeNull();
  });
});

describe('college diplomas, foundation degrees and routes of experience (sets 182-189)', () => {
  it.each([
    ["Requirements\n- A Bachelor's degree in Engineering or Physical Science, OR a three-year Engineering Technologist diploma (Mechanical, Electrical or Nuclear) from an Ontario college of applied arts and technology", 'associate', false],
    ['Requirements\n- Foundation Degree (FdSc) in Hearing Aid Audiology, or an equivalent qualification such as a BSc in Audiology', 'associate', true],
    ['Requirements\n• Diploma of Facilities Management (CPP50921) or a tertiary qualification in property or construction management', 'associate', false],
    ['Requirements\n- Graduate of BS Electronics Engineering, or a 2-year vocational course in Electronics', 'associate', false],
    ['Requirements\nTo be considered you need an engineering degree (electrical, computer or aerospace) and five years of avionics test experience.', 'bachelor', false],
    ["Requirements\n- Bachelor's degree and 4 years of export compliance experience, or a high school diploma and 8 years of export compliance experience", 'bachelor', true],
    ['Requirements\n- Degree in engineering, physics or a related science – or equivalent professional experience gained through an apprenticeship and HNC/HND route', 'bachelor', true],
    ['Requirements\n• Degree in an engineering or scientific discipline, or HNC/HND with substantial relevant experience', 'bachelor', true],
  ])('%s → %s (orEquivalent %s)', (text, level, orEquivalent) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)).toEqual({ level, orEquivalent });
  });
});

describe('a lower degree with experience, DipHE, an Irish primary degree (sets 190-194)', () => {
  it.each([
    ['Requirements\n- MSc in Geology, Petroleum Geoscience or similar (a BSc combined with extensive wellsite experience will be considered)', 'bachelor', false],
    ["Requirements\n• An HBO (bachelor's) degree, or MBO-4 combined with relevant work experience", 'bachelor', true],
    ['Requirements\n- BSc (Hons) Paramedic Science, DipHE Paramedic Practice, or an equivalent HCPC-approved paramedic qualification', 'associate', true],
    ["Requirements\n- A primary degree (Level 8) in Environmental Science, Ecology or a related discipline; a Master's degree is desirable", 'bachelor', false],
  ])('%s → %s (orEquivalent %s)', (text, level, orEquivalent) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)).toEqual({ level, orEquivalent });
  });
});

describe('NCEA in brackets, India\'s 10+2, a school award with years (sets 198-204)', () => {
  it.each([
    ['Requirements\n- NCEA Level 2 (or equivalent), ideally with Maths and English credits', 'high-school', false],
    ['Requirements\n6. Educational qualification: 10+2 with Physics and Mathematics', 'high-school', false],
    ["Requirements\n• A completed bachelor's degree (HBO) in Electrical Engineering, or MBO-4 Elektrotechniek with at least 5 years of relevant P&C experience", 'bachelor', true],
  ])('%s → %s (orEquivalent %s)', (text, level, orEquivalent) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)).toEqual({ level, orEquivalent });
  });
  it('reads no school from a filing rule ("ISF (10+2)") nor a degree from a credential\'s name ("DipPFS (the Diploma in …)")', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n- Oversee ISF (10+2) timeliness and accuracy; Associate's degree in Business`)?.level).toBe('associate');
    expect(edu(`${ENGLISH_INTRO}Requirements\nYou'll need DipPFS (the Diploma in Regulated Financial Planning) and two years of paraplanning experience.`)).toBeNull();
  });
});

describe("a trade's training before a degree, a pay grade (sets 207, 212)", () => {
  it('reads no degree when a training is the way in ("technical education as aircraft mechanic … or a degree")', () => {
    expect(edu(`${ENGLISH_INTRO}Must have\n• Completed technical education as aircraft mechanic (Fluggerätmechaniker), state-certified technician (Techniker) or a degree in aerospace engineering`)).toBeNull();
    expect(edu(`${ENGLISH_INTRO}Requirements\n- Completed apprenticeship as an electrician or a degree in electrical engineering`)).toBeNull();
  });
  it('reads the degree or its equivalent when experience may stand in too', () => {
    expect(edu(`${ENGLISH_INTRO}Requirements\n• Completed vocational training as a Mediengestalter Bild und Ton, or a degree in film, media or a related field, or comparable professional experience`)).toEqual({ level: 'bachelor', orEquivalent: true });
  });
  it('reads no school from a pay grade ("per annum (Grade 12)")', () => {
    expect(edu(`${ENGLISH_INTRO}What we offer\nSalary: £47,181 – £50,269 per annum (Grade 12), plus a £4,000 AMHP market supplement\nRequirements\n- A professional qualification at degree level in social work`)).toEqual({ level: 'bachelor', orEquivalent: false });
  });
});

describe('a postgraduate qualification, an MPhil (set-221)', () => {
  it.each([
    ['Requirements\n- A postgraduate qualification in the conservation of easel paintings, or equivalent training.', 'master', true],
    // "or equivalent" closing a bracket of degrees' letters is an equal degree (DEGREES_OR_EQUIVALENT), no experience.
    ['Requirements\n- A recognised postgraduate qualification in archives and records management (MA, MPhil or equivalent).', 'master', false],
  ])('%s → %s (orEquivalent %s)', (text, level, orEquivalent) => {
    expect(edu(`${ENGLISH_INTRO}${text}`)).toEqual({ level, orEquivalent });
  });
});

describe("a university's degree whose bracket names the level (set-229)", () => {
  it.each([
    ['Requirements\n- University degree (MSc or PhD) in life sciences, biomedical engineering or a related field', 'master'],
    ['Requirements\n- University degree (BSc or MSc) in chemistry', 'bachelor'],
    ['Requirements\n- University degree (in chemistry or biology)', 'bachelor'],
  ] as Array<[string, string]>)('%s → %s', (text, level) => {
    expect(edu(text)).toEqual({ level, orEquivalent: false });
  });
});

describe('"Higher education" opening an item, as translated postings ask for a degree (set-230)', () => {
  it('reads a bachelor from "- Higher education (logistics, economics, engineering or related)"', () => {
    expect(edu('Requirements\n- Higher education (logistics, economics, engineering or related)\n- 2+ years in inventory control')).toEqual({ level: 'bachelor', orEquivalent: false });
  });
  it('reads no degree from a sector: "- 3 years of experience in higher education"', () => {
    expect(edu('Requirements\n- 3 years of experience in higher education administration')).toBeNull();
  });
});

describe("Ireland's framework named in brackets (set-232)", () => {
  it('reads a bachelor from "… National Framework of Qualifications (NFQ) Level 8 or higher award"', () => {
    expect(edu('Requirements\n- Have achieved a Quality and Qualifications Ireland (QQI) National Framework of Qualifications (NFQ) Level 8 or higher award relevant to midwifery.')).toEqual({ level: 'bachelor', orEquivalent: false });
  });
});

describe('what sets 240 and 242 showed', () => {
  it.each([
    ['Requirements:\n- Degree or Level 7 qualification in Mechanical, Electrical or Building Services Engineering', { level: 'bachelor', orEquivalent: false }],
    ["You'll need a Máster en Psicología General Sanitaria and active registration with the COPC.", { level: 'master', orEquivalent: false }],
  ])('%s', (text, want) => expect(edu(text)).toEqual(want));
});

describe('what sets 247-250 showed', () => {
  it.each([
    ['Requirements:\n• Degree (2.1 or higher) in actuarial science, mathematics or a related discipline', { level: 'bachelor', orEquivalent: false }],
    ['Fully funded 3.5-year PhD scholarship.\nEligibility:\n• First Class Honours or a Master by Research in coastal engineering', { level: 'bachelor', orEquivalent: false }],
    ['Requirements:\n• You will teach courses in our BSc Sociology and MSc Social Science, and supervise BSc and MSc theses.\n• a PhD in sociology or a related field', { level: 'doctorate', orEquivalent: false }],
    ['Duties: lead curriculum renewal for the new BSc Data Science program.\nQualifications:\n• a PhD in Statistics', { level: 'doctorate', orEquivalent: false }],
    ['Requirements:\n- Tertiary qualifications in epidemiology or public health at Masters level (e.g. Master of Public Health)', { level: 'master', orEquivalent: false }],
    ['We pay for your T-TEN, Certified, Expert and Master level classes.', null],
  ])('%s', (text, want) => expect(edu(text)).toEqual(want));
});

describe("a school's route with years after a semicolon (set-253)", () => {
  it('is the degree asked with experience in its place', () => {
    const text =
      'About the role\nYou will join the trade compliance team and work with the export control officers on the classification of our products.\nRequirements:\n- Bachelor’s degree in International Business AND 3+ years of export compliance experience; OR a High School Diploma/GED and 7+ years of export compliance experience';
    expect(edu(text)).toEqual({ level: 'bachelor', orEquivalent: true });
  });
});
