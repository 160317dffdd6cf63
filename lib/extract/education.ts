/**
 * Minimum required degree. Each clause naming a degree gives its lowest level ("Bachelor's or
 * Master's" → bachelor, "BS/MS" and "BSc/MSc" → bachelor, "four-year degree"/"college degree"/"Degree
 * in X"/"degree-level education" → bachelor, "graduate degree" → master, Indeed's "Associate
 * (Required)", UK A-levels/GCSEs → high-school and HND → associate); degrees marked preferred (in
 * their own phrase: "Bachelor's degree, Master's preferred" still requires the bachelor's) and
 * preferred sections are skipped; the lowest required level wins.
 * `orEquivalent` is true when experience or training may replace it ("or equivalent", "or 8 years
 * of experience"); "High school diploma or equivalent" means a GED, so it stays false.
 */
import type { Education, EducationLevel } from '../posting';
import type { HintedClause } from './clause-hints';
import { clauseVerdict, phraseEnd } from './preference';
import { sectionAt, type Section } from './sections';

const RANK: Readonly<Record<EducationLevel, number>> = { 'high-school': 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };

/**
 * Level patterns; case-sensitive ones (BS, MS, BA) are abbreviations that need a degree context.
 * Each holds a word `hintedClauses` looks for. UK forms map to the nearest level: A-levels and
 * GCSEs (secondary school) → high-school, HND/HNC (two-year Higher National awards) → associate.
 */
/** The clinical doctorates by their letters: veterinary, pharmacy, dental, physical therapy, psychology, nursing practice. */
const CLINICAL_DOCTORATE = String.raw`(?:DVM|VMD|Pharm\.?\s?D|DDS|DMD|DPT|Psy\.?D|DNP)`;
const LEVELS: ReadonlyArray<[EducationLevel, RegExp]> = [
  // A law school's J.D. (Juris Doctor) is a doctorate by its name.
  // Not the doctorate a post offers: "Fully funded PhD scholarship", "a PhD position in …".
  ['doctorate', /\b(?:ph\.?\s?d\.?|doctorate|doctoral degree|doctor of|juris doctor|j\.d\.)(?![a-z])(?!\s+(?:scholarships?|studentships?|positions?|candidates?|candidacy|students?|programmes?|programs?|projects?|researchers?|opportunit\w*|places?|vacanc\w*|fellowships?|supervision|theses|thesis)\b)|\bJD\b(?=\s*(?:from|degree|or|,|\/|\())/gi],
  // The professional doctorates by their letters: veterinary, pharmacy, dental, physical therapy,
  // psychology and nursing practice ("DVM or VMD from an AVMA-accredited college").
  // A clinical doctorate by its letters, as degrees are listed ("DDS or DMD", "a DVM from", "PharmD required"); not
  // another language's same letters ("príspevok na DDS": Slovakia's supplementary pension).
  [
    'doctorate',
    new RegExp(
      String.raw`(?:(?<=\b(?:an?|or|and|the|with)\s)|(?<=^|[:,/(]\s?)|(?<=[-*•]\s))${CLINICAL_DOCTORATE}\b\.?|\b${CLINICAL_DOCTORATE}\b\.?(?=\s*(?:\/|,|or\b|and\b|degree\b|from\b|required\b|preferred\b|\(|$))`,
      'gm',
    ),
  ],
  [
    'master',
    /\bmaster'?s?['’]?s?\s+(?:degree|of|in)\b|\bmaster'?s?['’]?s?[\s-]+level\s+(?:qualifications?|degrees?|education|stud(?:y|ies))\b|\bat\s+master'?s?['’]?s?\s+level\b|(?<!\bthe\s)\bmasters?['’]s\b|\b(?:m\.s\.|m\.sc\.?|msc|mba|msn|m\.?eng|m\.?\s?tech|m\.?\s?com)(?![a-z]|-[a-z])|\b(?:post-?graduate|graduate|advanced) degree\b|\bpost-?graduate qualification\b|\bM\.?Phil\b|\bmáster\b/gi,
  ],
  ['master', /\bMS(?=\s*(?:or\b|in\b|degree\b|graduate\b|\/|,))/g],
  // India's pharmacy, dental and AYUSH degrees, and its "Any Graduate" (any bachelor's), "Graduate in Commerce".
  ['bachelor', /\bB\.?[^\S\n]?Pharm\b|\bBDS\b|\bBAMS\b|\bBHMS\b|\b[Aa]ny [Gg]raduate\b|(?<!\b(?:M\.?Sc?|MBA|MCA|Ph\.?D|M\.?Tech|B\.?Sc?|BA|B\.?Tech|B\.?E)\.?\s)\b[Gg]raduate in (?:any (?:discipline|stream|field|subject)\b|(?=[A-Z][a-z]+\b))|\b[Gg]raduate\s*(?:\/|or)\s*[Pp]ost-?[Gg]raduate\b/g],
  // Ireland's framework: an ordinary (7) or honours (8) bachelor's, only where the NFQ is named (a
  // British Level 7 is a master's): "A Level 7 qualification (NFQ) in Building Services", "… (NFQ) Level 8 or higher award".
  ['bachelor', /\bNFQ\)?[^\S\n]+[Ll]evel[^\S\n]+[78]\b|\b[Ll]evel[^\S\n]+[78]\b[^.;\n]{0,40}?\bNational Framework of Qualifications\b|\b[Ll]evel[^\S\n]+[78][^\S\n]+(?:qualification|award|degree)[^\S\n]*\(?(?:on the[^\S\n]+)?NFQ\b/g],
  // New Zealand's school qualification: "NCEA Level 3 or equivalent".
  ['high-school', /\bNCEA(?:[^\S\n]+[Ll]evel[^\S\n]+[1-3])?(?=[^\S\n]+\(?or[^\S\n]+(?:an?[^\S\n]+)?(?:equivalent|higher|above)\b)/g], // not the NCEA a teacher teaches
  // The veterinary degrees of Britain, Ireland and Australasia, bachelor's by their letters (the
  // DVM of North America is a doctorate, above): "BVSc, BVetMed, BVM&S, BVMS or equivalent", "MVB".
  ['bachelor', /\b(?:BVSc|BVetMed|BVMS|BVM&S|MVB)(?![\w&])/g],
  // "Higher education" opening an item, as a translated posting asks for a degree ("- Higher education
  // (logistics, economics, engineering or related)", Polish "wykształcenie wyższe"); not a sector ("experience in higher education").
  ['bachelor', /^[^\S\n]*(?:[-*•·▪][^\S\n]*)?(?:a |completed )?[Hh]igher education(?=[^\S\n]*(?:\(|in\b|degree\b|[,;.]|$))/gm],
  // The Netherlands' MBO at level 4 (upper secondary vocational): "MBO level 4 in Logistics".
  ['high-school', /\bMBO[- ]?(?:[Ll]evel[- ]?|niveau[- ]?)?[34]\b/gi], // MBO 1-2 is entry-level vocational training, no school-leaving level
  // Pakistan's higher secondary: "Minimum Intermediate (I.Com / FA / FSc)", "HSSC".
  ['high-school', /\bIntermediate[^\S\n]*\((?=[^()\n]*\b(?:F\.?A|F\.?Sc|I\.?Com|ICS|HSSC)\b)|\bHSSC\b/gi],
  // India's MCA and BCA as degrees, in their list ("B.Tech/MCA", "BCA or B.Sc"): not the Maritime and
  // Coastguard Agency ("issued by the MCA"), nor Singapore's Building and Construction Authority.
  ['master', /(?<=\/[^\S\n]?)MCA\b|\bMCA(?=[^\S\n]*(?:\/|,|or\b|degree\b|in\b|from\b))/g],
  [
    'bachelor',
    // A college's or university's degree, but not one whose bracket names the level ("University degree (MSc or PhD)": the bracket's).
    /\bbachelor(?:['’]?s)?\b|\bhonou?rs degree\b|\blevel [78] (?:ordinary |honou?rs )?degree\b|\b(?:b\.s\.|b\.a\.|b\.sc\.?|bsc|bsn|b\.?eng|b\.?\s?tech|b\.e\.|ll\.?b\.?|b\.?\s?com|b\.?\s?psych)(?![a-z]|-[a-z])|\bB[AS]c?\s+Hon(?:ou)?r?s\b|\bb\.?e\.?\s?\(hons\)|\b(?:four|4)[- ]year (?:college |university )?(?:degree|course)\b|\b(?:college|university|undergraduate|primary) degree\b(?![^\S\n]*\((?=[^()\n]*\b(?:bachelor\w*|master['’]s|master of|ph\.?\s?d|doctor\w*|b\.?sc|m\.?sc|b\.?eng|m\.?eng|mba)\b))|\buniversity studies of at least (?:three|3|four|4) years\b/gi,
  ],
  // An American bachelor's of science by its field's letters: BSEE, BSCE, BSME, BSCS.
  ['bachelor', /\bBS(?:EE|CE|ME|CS|ChE|IE)\b/g],
  ['bachelor', /\bB[SA](?=\s*(?:or\b|in\b|degree\b|graduate\b|\/|,))|\bBS(?=\s+with\b)|(?<=\/[^\S\n]?)BCA\b|\bBCA(?=[^\S\n]*(?:\/|,|or\b|degree\b|in\b|from\b))/g], // "or BS with 5+ years"; not "a BA with" (an analyst)
  // The Philippines' "BS Nursing", "BS Accountancy": a bachelor's by its field, named after it.
  [
    'bachelor',
    /\bB[SA](?=\s+(?:Nursing|Accountancy|Accounting|Pharmacy|Psychology|Computer|Information|Engineering|Business|Medical|Physical|Biology|Chemistry|Mathematics|Economics|Management|Tourism|Hospitality|Education|Civil|Mechanical|Electrical|Electronics|Industrial|Architecture|Criminology|Marketing|Finance|Social)\b)/g,
  ],
  // A British degree by its class ("A 2:1 degree or above", "a first-class honours degree", "First Class Honours or a Master by Research"), and a
  // student's programme ("Currently enrolled in a CEAB-accredited Mechanical Engineering program").
  [
    'bachelor',
    /\b(?:2[:.][12]|first[- ]class|(?:upper|lower) second[- ]class)(?:\s+(?:honou?rs|hons))?\s+degree\b|\b(?:first[- ]class|(?:upper|lower) second[- ]class)\s+honou?rs\b|\b(?:currently|presently) (?:enrolled|studying|registered)\b[^.\n;]{0,90}?\b(?:engineering|undergraduate|university|bachelor['’]?s?)\s+(?:program(?:me)?|degree|course|studies)\b/gi,
  ],
  // Indeed's education line names the level alone, opening the line or after "Education:":
  // "Associate (Required)" (not a job title: "Sales Associate (Required)"). UK HND/HNC.
  [
    'associate',
    // "Diploma or Degree in IT" (Singapore, India, Malaysia: a polytechnic diploma, below a degree).
    /\bpost-?secondary diploma\b|(?<!(?:high[- ]school|secondary|graduate)\s)\bdiploma\s*(?:or|\/)\s*(?:an?\s+)?(?:bachelor['’]?s\s+)?degree\b|\bdegree\s*(?:or|\/)\s*(?:an?\s+)?diploma\b(?!\s+(?:or\s+)?equivalent)/gi,
  ],
  // "Diploma in Civil Engineering" (a polytechnic's or college's diploma, below a degree); not a
  // graduate diploma, nor a school's, nor a vocational award by its level ("Level 5 Diploma in
  // Leadership and Management for Adult Care": a credential).
  ['associate', /(?<!(?:[Hh]igh[- ][Ss]chool|[Ss]econdary|[Gg]raduate|[Pp]ost-?[Gg]raduate|[Aa]dvanced|[Ss]chool|\b[Ll]evel \d)\s)(?<!\b[A-Z]{2,}(?:\s[A-Z][a-z]+)?\s)(?<!\b[Ll]evel \d\s(?:[A-Z][a-z]+\s){1,2})(?<!\(the )\b[Dd]iploma (?:in|of) (?=[A-Z])/g],
  // A college's or a polytechnic's diploma, and Mexico's TSU: "a three-year Chemical Engineering
  // Technology diploma from a recognized college", "Technical degree (TSU)".
  // Hong Kong's and Singapore's "Diploma or above", "Higher Diploma": a post-secondary diploma.
  // South Africa's National Diploma (three years after school, below a degree); not an awarding body's ("BTEC National
  // Diploma", "NEBDN National Diploma in Dental Nursing": vocational, school level).
  ['associate', /\b(?:[Hh]igher )?[Dd]iploma or above\b|\b[Hh]igher [Dd]iploma\b|(?<!\b[A-Z]{2,}\s)\bNational Diploma\b|\b(?:NZ|New Zealand) Diploma in\b/g],
  // Israel's practical engineer (Handesai), a two-year technical college's award.
  ['associate', /\bpractical engineer(?:ing)? (?:diploma|certificate|degree|studies)\b|\bHandesai\b/gi],
  // Canada's public service: "two years of an acceptable post-secondary educational program".
  ['associate', /\b(?:two|2) years of (?:an? )?(?:acceptable |recogni[sz]ed )?post-?secondary (?:education(?:al)? )?program|\b(?:college|polytechnic) diploma\b|\bdiploma(?:[^\S\n]*\([^()\n]{0,80}\))?[^\S\n]+from[^\S\n]+an?[^\S\n]+(?:recogni[sz]ed[^\S\n]+|accredited[^\S\n]+)?(?:[A-Z][\w-]*[^\S\n]+){0,2}(?:college|polytechnic|technical (?:college|institute)|CEGEP)\b|\b(?:engineering[^\S\n]+)?technolog(?:y|ist)[^\S\n]+diploma\b|\bTSU\b/gi],
  // A diploma beside a bachelor's as its alternative: "Diploma / B.E. in Electronics", "Bachelor's
  // degree in Electrical Engineering, or a Diploma with 4+ years of relevant experience".
  ['associate', /\b[Dd]iploma[^\S\n]*(?:\/|or)[^\S\n]*(?:B\.?[^\S\n]?E\b\.?|B\.?[^\S\n]?Tech\b|B\.?[^\S\n]?Sc\b)|\b(?:degree|B\.?E\.|B\.?Tech)\b[^.;\n]{0,60}?,?[^\S\n]+or[^\S\n]+an?[^\S\n]+[Dd]iploma[^\S\n]+with\b/g],
  // A diploma offered in a degree's place: "candidates with a Diploma and relevant experience will also be considered".
  ['associate', /\bwith an? (?:polytechnic |relevant )?[Dd]iploma\b[^.;\n]{0,60}?\b(?:considered|accepted|welcome)\b/g],
  // A college's diploma program: "Graduate of a recognized Practical Nursing diploma program".
  // Not the International Baccalaureate's school programme ("teach IB Diploma Programme Chemistry").
  ['associate', /(?<!(?:high[- ]school|secondary|graduate|post-?graduate|\bIB|Baccalaureate)\s)\bdiploma program(?:me)?\b/gi],
  [
    'associate',
    /\bassociate['’]?s?\s+(?:degree|of)\b|\bassociate['’]?s?\s+(?:or|and\/or)\s+bachelor|\b(?:two|2)[- ]year (?:college |vocational |technical )?(?:degree|course|program(?:me)?)\b|\bfoundation degree\b|\bFd(?:Sc|A|Eng)\b|(?:^[\s\-*•·▪◦]*|:\s*)associate(?=\s*\((?:required|preferred)\))|\bHN[CD]s?\b|\bhigher national (?:diploma|certificate)\b|\bDipHE\b|\bAP degree\b|\bacademy profession(?:al)? degree\b|\b(?:ADN|ASN)\b(?=\s*(?:or|and|\/|,|\)|degree))/gi,
  ],
  // "High school" as a level: with a word that makes it one ("diploma", "graduate", "or GED",
  // "equivalent"), or after "Education:", "completion of", "graduated from". Not a school's name
  // or a subject ("Rudder Ridge High School", "Teacher - High School Mathematics").
  // UK "A-levels or equivalent", "5 GCSEs including English and Maths" (the hyphen is required: "A
  // level of detail"); not the level a teacher teaches to ("subject knowledge up to GCSE Higher
  // tier", "results at GCSE", "teaching A-level Physics").
  [
    'high-school',
    /\bleaving cert(?:ificate)?\b(?!\s+(?:students?|pupils?|classes|candidates|exams?|examinations?|results|subjects|programmes?|curriculum|cycle|year|level))|\bmatric\b|\b12th[^\S\n]+(?:pass(?:ed)?|standard|grade)\b|\b10[^\S\n]*\+[^\S\n]*2\b(?=[^\S\n]*(?:with|pass(?:ed)?|or|from|in|and)\b|[^\S\n]*\/)|\b(?:(?:completion of|completed|complete|a pass in|passed)[^\S\n]+)?Year[^\S\n]+12\b(?=[^\S\n]*(?:or\b|\(|certificate|completion|education|qualification|equivalen|pass))|(?<!\b(?:to|through|and|[Gg]rades?[^\S\n]\d{1,2}[^\S\n]?[-–])[^\S\n]?)(?<!\b(?:[Ss]alary|[Pp]ay|[Bb]and|[Ss]cale)\b[^\n]{0,80})\bgrade 12\b(?!\s*(?:students?|pupils?|learners?|classes|maths|mathematics|english|science|physics|chemistry|biology|teachers?))|\bhigh[- ]school(?=['’]?s?\s*(?:diploma|graduat|grad\b|education|degree|level|equivalen|certificate|completion|(?:or|and|\/)\s*(?:an?\s+|some\s+)?(?:GED|HSED|equivalen|higher|above|college|university|bachelor|associate|vocational|technical|trade|diploma|secondary)|\())|(?:\b(?:of|from|completed?|finished|graduated?)\s+|:\s*)high[- ]school\b|\bGED\b|\bsecondary school (?:diploma|education|certificate|completion|leaving)\b|\bsecondary school(?=\s*\(|\s+or\b)|\bGCE\s*['‘’]?[OAN]['‘’]?[\s-]*[Ll]evels?\b|\bNITEC\b|(?<!post-?)\bsecondary education\b|\b(?:Swiss |Austrian )?Matura\b|(?<!\b(?:up to|at|teach|teaching|taught)\s+(?:(?:GCSEs?|A-levels?|KS\d)\s*(?:,|and|or|\/)\s*)?)(?:\bA-levels?\b|\bGCSEs?\b)/gi,
  ],
];
/** A level a plain degree is asked at: "… at Masters level", "at postgraduate level". */
const AT_LEVEL = /\bat\s+(?:a\s+)?(?:masters?|master['’]s|post-?graduate|doctoral)\s+level\b/i;
/**
 * "Degree in Mathematics ...", "Degree or Level 7 qualification in Engineering", "Degree-level education", "Educated to degree level", "Degree holder" (Hong Kong), "Degree
 * educated" (UK) with no level named anywhere in the clause.
 */
const PLAIN_DEGREE =
  /\b(?:tertiary|third[- ]level) (?:degree|qualification)s?(?:\s*\([^()\n]{1,20}\))?\s+in\b|\bdegree\s+(?:\([^()\n]{1,30}\)\s+)?(?:in|from)\b|\bdegree\s+(?:or|and)\s+(?:equivalent|relevant|related)\b|\bdegree\s+or\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?qualification\s+(?:in|from)\b|\b(?:a|relevant|technical|related)\s+degree\b|\ban?\s+(?:engineering|science|scientific|STEM|computing|IT|business|technical)(?:\s+or\s+[a-z]+)?\s+degree\b|\bdegree[- ](?:level|educated)\b|\beducated to degree\b|\bdegree holders?\b/i;

const EQUIVALENT =
  // "Bachelor's degree or a paralegal certificate from an ABA-approved program": training in the
  // degree's place (LABELING.md), as "or equivalent technical training".
  /\bdegree,?\s+or\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}certificate\b|\bor (?:an? )?equivalent\b(?!(?:\s+[\w-]+){0,2}\s+degree)|\bequivalent (?:combination|work|technical|job|practical|professional|relevant|related)?\s*(?:experience|training)|\bor (?:\w+\s){0,3}(?:years?|yrs?) of\b|\bin lieu of\b|\bor (?:related|comparable|relevant|commensurate) (?:work |professional |industry )?experience\b|\bor (?:\d+|one|two|three|four|five|six|seven|eight|ten)\+? (?:\(\d+\) )?(?:years?|yrs?)\b/i;
/**
 * "Or equivalent" closing a bracket of degrees' letters: an equal degree, no experience in its place
 * ("A veterinary degree (BVSc, BVetMed, BVM&S, BVMS or equivalent)"). As "or an equivalent
 * veterinary degree", which EQUIVALENT leaves out.
 */
const DEGREES_OR_EQUIVALENT = /\((?:[A-Z][A-Za-z&.]{1,9}(?:,|\/)?\s+){2,}or (?:an? )?equivalent\)/g;
const GED_EQUIVALENT = /\bequivalent (?:work |relevant |related )?experience\b|\bor (?:\w+\s){0,3}(?:years?|yrs?) of\b/i;

/**
 * A clause saying no degree is asked for: "We don't require a degree", "No degree required", "A
 * degree is not required", "without a college degree", "Bachelor's degree holders or final-year university
 * students" (a student qualifies).
 */
const NO_DEGREE =
  /\b(?:don['’]t|do not|doesn['’]t|does not|won['’]t|no|without)\s+(?:\w+\s+){0,3}?(?:a\s+)?(?:(?:college|university|four-year|4-year|formal)\s+)?degree\b|\bdegree\s+(?:is\s+|isn['’]t\s+)?(?:not\s+)?(?:required|necessary|needed|essential|a requirement)\b(?<=(?:not|n['’]t)\s+\w+(?:\s+\w+)?)|\bor (?:final[- ]year|penultimate[- ]year|current(?:ly enrolled)?) (?:university |college |undergraduate )?students\b/i;

/**
 * Experience offered in the degree's place, as the exception: "(candidates without a degree but with
 * 12+ years of petrochemical HSE experience will be considered)". The degree is asked, or its equivalent.
 */
const DEGREE_WAIVED = /\bwithout (?:a |the )?degree\b[^.;\n]{0,40}?\bbut\b[^.;\n]{0,80}?\b(?:considered|accepted|welcome)\b/i;

/** A qualification the candidate may still be earning: no minimum asked for now. */
const NOT_YET = /\bor\s+(?:you\s+are\s+|be\s+|are\s+)?(?:currently\s+)?(?:working towards|studying towards|willing to (?:complete|obtain|undertake|study|work towards))\b/i;
/** `lead`, then "or" and up to two words right before the degree ("…, or a BSc"): what `lead` names is another way in. */
const orBeforeDegree = (lead: string): RegExp => new RegExp(String.raw`${lead}or\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}$`, 'i');

/**
 * A certificate or licence, then "or" right before the degree: the degree is one way in, the
 * credential the minimum ("NZ Certificate in Youth Work (Level 4), or a degree in youth development").
 */
const CREDENTIAL_OR_BEFORE = orBeforeDegree(String.raw`\b(?:certificate|certification|licen[cs]e)\b[^;.()]{0,40}?\)?(?:\([^()]{1,30}\))?,?\s+`);
/**
 * A trade's training, then "or" before the degree: the training is the way in, no degree the
 * minimum ("Completed technical education as aircraft mechanic (Fluggerätmechaniker), state-certified
 * technician (Techniker) or a degree in aerospace engineering"), as other-languages.ts reads "Ausbildung … oder ein Bachelor";
 * not when experience may stand in too ("…, or a degree in film, or comparable professional
 * experience": the degree, or its equivalent).
 */
const TRAINING_OR_BEFORE = orBeforeDegree(
  String.raw`\b(?:(?:completed|finished)\s+)?(?:apprenticeship|vocational (?:training|education|qualification)|technical (?:training|education) as)\b[^;.]{0,120}?\s+`,
);
/** Experience, then "or" right before the degree: the degree stands in for experience. */
const EXPERIENCE_OR_BEFORE = orBeforeDegree(String.raw`\b(?:years?|months?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience\b[^;]{0,120}?\b`);

/** A line that is only "OR" right before the line of a clause (USAJobs' qualification paths). */
const ALTERNATIVE_PATH = /(?:^|\n)[^\S\n]*OR[^\S\n]*\n\s*$/;

/**
 * A lower award offered with experience in place of the degree: "BEng/MEng, or HNC/HND with
 * equivalent industry experience". The degree is the level, the rest its equivalent.
 */
const WITH_EQUIVALENT_EXPERIENCE = /^[^,;.]{0,25}?\bwith\s+(?:equivalent|comparable|substantial|significant|considerable|extensive)\s+(?:[\w-]+\s+){0,2}?experience\b/i;
/**
 * A school's award with relevant experience in the degree's place: "An HBO (bachelor's) degree, or
 * MBO-4 combined with relevant work experience". Not an associate's degree's ("Bachelor's degree,
 * or an Associate's degree with relevant experience": a degree, the minimum).
 */
const WITH_RELEVANT_EXPERIENCE = /^[^,;.]{0,25}?\bwith\s+relevant\s+(?:[\w-]+\s+){0,2}?experience\b/i;
/**
 * A school's award with years of experience in the degree's place: "Bachelor's (HBO) …, or MBO-4
 * with at least 5 years of leadership experience". Not a degree's, an associate's included ("PhD …,
 * or an MSc with at least four years of industry experience": the MSc is the minimum, LABELING.md).
 */
const WITH_YEARS_OF_EXPERIENCE =
  /^[^,;.]{0,25}?\b(?:with|and|plus)\s+(?:at least\s+|a minimum of\s+|minimum\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|ten)\+?\s+(?:\(\d+\)\s+)?(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\w&/-]+\s+){0,3}?experience\b/i;

/**
 * A degree a teacher teaches, not one asked of them: a verb of teaching before it in its clause, and
 * what is taught after it ("following our KS3 curriculum and the AQA GCSE Mathematics
 * specification", "coordinate modules on the BSc Nursing (General) programme", "supervise MSc and
 * PhD research students", "supervise undergraduate, MSc and PhD projects", "lead curriculum renewal
 * for the new BSc Data Science program").
 */
const TEACHING_BEFORE = /\b(?:teach\w*|lectur\w*|deliver\w*|coordinat\w*|supervis\w*|assess\w*|follow\w*|tutor\w*|curricul\w*|launch\w*)\b/i;
const TAUGHT_AFTER = /^[^.;:]{0,60}?(?<!(?:accredited|approved|recogni[sz]ed|certified)\s)\b(?:programmes?|programs?|specifications?|curricul(?:um|a)|modules?|courses?|syllabus|students|dissertations|theses|classes|projects)\b/i;
/** Within this many characters before the degree: a clause run together with the one before must not lend it its verb. */
const TEACHING_REACH = 60;
/** Students readied for the award: "Prepare students for the Pearson Edexcel GCSE (9–1)", "support learners through their A-levels". */
const STUDENTS_FOR_BEFORE = /\b(?:prepar|support|help|guid|coach|mentor|get)\w*\s+(?:\w+\s+){0,2}?(?:students|pupils|learners|candidates)\s+(?:for|through|towards|to (?:sit|pass|take))\s+(?:[\w'’()-]+\s+){0,4}$/i;
const isTaught = (body: string, at: number, end: number): boolean =>
  (TAUGHT_AFTER.test(body.slice(end, end + 80)) && TEACHING_BEFORE.test(body.slice(Math.max(0, at - TEACHING_REACH), at))) ||
  STUDENTS_FOR_BEFORE.test(body.slice(Math.max(0, at - TEACHING_REACH), at)) ||
  isProgrammeName(body, at, end);

/**
 * A programme by its name, not a degree asked for: "units in the Master of Teaching (Secondary) and
 * the Bachelor of Education (Primary)", "teach courses in our BSc Sociology". A degree asked for has
 * no "the" nor "our" before its name.
 */
const isProgrammeName = (body: string, at: number, end: number): boolean =>
  THE_BEFORE.test(body.slice(Math.max(0, at - 5), at)) && OF_FIELD_AFTER.test(body.slice(end, end + 30));
const THE_BEFORE = /\b(?:the|our)\s+$/i;
const OF_FIELD_AFTER = /^(?:['’]?s)?(?:\s+(?:of|in))?\s+[A-Z]/;

/** The first match of `re` in `body` that is no degree taught (`isTaught`), or null. */
function askedIn(re: RegExp, body: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (!isTaught(body, m.index, m.index + m[0].length)) return m;
    if (!re.global) return null;
  }
  return null;
}

/** A further award asked on top of the one before: "…, plus a two-year College Diploma". */
const PLUS_HIGHER = /\b(?:plus|as well as|in addition to|together with)\s+(?:an?\s+)?/i;

/** "an equivalent", "a comparable" right before a degree: one equal to the degree named before it. */
/** A clause that opens with "or", and years in it (`extractEducation`). */
const OR_ROUTE = /^\s*or\b/i;
const YEARS_IN = /\b\d{1,2}\+?\s+(?:years?|yrs?)\b/i;
/**
 * A level named inside the experience that may stand in for the degree: "Degree in engineering –
 * or equivalent professional experience gained through an apprenticeship and HNC/HND route".
 */
const ROUTE_OF_EXPERIENCE = /\bor\s+(?:an?\s+)?equivalent\s+(?:[\w-]+\s+){0,2}?experience\b[^.;\n]*$/i;

const EQUAL_DEGREE_BEFORE = /\b(?:equivalent|comparable)\s+$/i;

/** Two degrees asked together, not as alternatives: "a Bachelor's and Master's degree", "a Master's and a PhD". */
const BOTH_LEVELS = /\bbachelor['’]?s?\s+(?:degree\s+)?and\s+(?:an?\s+)?(?:(master['’]?s?)\b|(?:ph\.?\s?d|doctorate)\b)|\bmaster['’]?s?\s+(?:degree\s+)?and\s+(?:an?\s+)?(?:ph\.?\s?d|doctorate)\b/i;

/** The lowest degree level named in a clause, with where it is, or null. `equivalent`: set when a lower award with experience stands in for it. */
function levelIn(body: string): { level: EducationLevel; index: number; length: number; equivalent?: boolean } | null {
  let found: { level: EducationLevel; index: number; length: number; equivalent?: boolean } | null = null;
  let standIn: { level: EducationLevel; index: number; length: number } | null = null;
  let equal: { level: EducationLevel; index: number; length: number } | null = null;
  for (const [level, re] of LEVELS) {
    const m = askedIn(re, body);
    if (!m) continue;
    const at = { level, index: m.index, length: m[0].length };
    // "Master's degree …, or an equivalent university degree": the other degree is the named one's equal.
    if (EQUAL_DEGREE_BEFORE.test(body.slice(Math.max(0, m.index - 16), m.index))) {
      equal ??= at;
      continue;
    }
    const after = body.slice(m.index + m[0].length);
    const school = level === 'high-school' && (WITH_YEARS_OF_EXPERIENCE.test(after) || WITH_RELEVANT_EXPERIENCE.test(after));
    if (WITH_EQUIVALENT_EXPERIENCE.test(after) || school || ROUTE_OF_EXPERIENCE.test(body.slice(0, m.index))) {
      if (!standIn || RANK[level] < RANK[standIn.level]) standIn = at;
      continue;
    }
    // The lowest level; of one level, the first named ("Any Graduate – B.E./B.Tech preferred":
    // the graduate asked, the fields wished).
    if (!found || RANK[level] < RANK[found.level] || (RANK[level] === RANK[found.level] && at.index < found.index)) found = at;
  }
  // A degree with experience in a higher one's place is the minimum ("MSc …, a BSc combined with
  // extensive wellsite experience will be considered"); a lower award with experience stands in.
  if (standIn && RANK[standIn.level] >= RANK.bachelor && (!found || RANK[standIn.level] < RANK[found.level])) found = standIn;
  else if (found && standIn && RANK[standIn.level] < RANK[found.level]) return { ...found, equivalent: true };
  // "Degree in engineering, or HNC/HND with substantial relevant experience": a plain degree, the
  // lower level standing in for it with experience.
  if (!found && standIn && RANK[standIn.level] < RANK.bachelor) {
    const degree = PLAIN_DEGREE.exec(body);
    if (degree && degree.index < standIn.index) return { level: 'bachelor', index: degree.index, length: degree[0].length, equivalent: true };
  }
  found ??= standIn ?? equal;
  // A plain "degree" counts only where no level is named, or beside a higher one.
  const plain = !found || RANK[found.level] > RANK.bachelor ? PLAIN_DEGREE.exec(body) : null;
  // "A degree or master's in Social Work": a degree, the lower of the two, is enough. Not a degree
  // whose level is the higher one: "Tertiary qualifications in epidemiology or public health at Masters level".
  if (found && plain && RANK[found.level] > RANK.bachelor && plain.index < found.index && /\bor\b/i.test(body.slice(plain.index + plain[0].length, found.index)) && !AT_LEVEL.test(body.slice(plain.index, found.index + found.length))) {
    return { level: 'bachelor', index: plain.index, length: plain[0].length };
  }
  // "A Bachelor's and Master's degree in Architecture": both are asked, so the higher.
  let both = found && !found.equivalent ? BOTH_LEVELS.exec(body) : null;
  if (both && /^\s+(?:degree\s+)?(?:students?|programmes?|programs?|courses?|levels?)\b/i.test(body.slice(both.index + both[0].length))) both = null;
  if (both) return { level: both[1] ? 'master' : 'doctorate', index: both.index, length: both[0].length };
  // "Ontario Secondary School Diploma (OSSD) or equivalent, plus a two-year College Diploma": the
  // school is the way to the college, and both are asked: the college's.
  if (found?.level === 'high-school') {
    const plus = PLUS_HIGHER.exec(body.slice(found.index + found.length));
    if (plus) {
      const higher = levelIn(body.slice(found.index + found.length + plus.index + plus[0].length));
      if (higher && RANK[higher.level] > RANK['high-school']) return { ...higher, index: found.index + found.length + plus.index + plus[0].length + higher.index };
    }
  }
  if (found) return found;
  return plain && !isTaught(body, plain.index, plain.index + plain[0].length) ? { level: 'bachelor', index: plain.index, length: plain[0].length } : null;
}

const BRACKET = /\([^()\n]*\)/g;
/** `body` with each bracket after `from` that names a degree blanked: its wish is for that degree. */
const withoutOtherDegreeWishes = (body: string, from: number): string =>
  body.slice(0, from) + body.slice(from).replace(BRACKET, (b) => (levelIn(b.slice(1, -1)) ? ' '.repeat(b.length) : b));

/**
 * The minimum required degree in the text, or null when none is required, from its clauses
 * outside blurbs that may name a degree (`hintedClauses`).
 */
export function extractEducation(hinted: readonly HintedClause[], sections: readonly Section[], text = ''): Education | null {
  let best: Education | null = null;
  for (const { clause, body, degree } of hinted) {
    if (!degree) continue;
    // USAJobs lists ways to qualify, split by a line "OR": a degree after one is an alternative to
    // the experience before it, not a requirement.
    const line = text.lastIndexOf('\n', clause.start - 1) + 1;
    if (line > 0 && ALTERNATIVE_PATH.test(text.slice(Math.max(0, line - 16), line))) continue;
    let found = levelIn(body);
    const waived = DEGREE_WAIVED.test(body);
    if (!found || (NO_DEGREE.test(body) && !waived)) continue;
    // Asked for later, or in experience's place: "… or currently working towards it", "– or you are
    // willing to complete it within 24 months", "At least 1 year of experience … – OR a degree".
    // Not experience a degree before it is asked with ("PhD … with 2+ years of industry experience,
    // OR an MSc with 6+ years"): the MSc is that degree's alternative.
    const before = body.slice(0, found.index);
    if (NOT_YET.test(body) || ((EXPERIENCE_OR_BEFORE.test(before) || CREDENTIAL_OR_BEFORE.test(before) || (TRAINING_OR_BEFORE.test(before) && !EQUIVALENT.test(body))) && !levelIn(before))) continue;
    const kind = sectionAt(sections, clause.start + found.index);
    if (kind === 'blurb') continue;
    // "Bachelor's degree … AND 3+ years of …; OR a High School Diploma/GED and 7+ years of …": the
    // lower award with years is the degree's other route, split from it by the semicolon.
    const prior = best as Education | null; // (set by the clauses before: the loop widens what the compiler narrowed to null)
    if (prior?.evidence && OR_ROUTE.test(body) && RANK[found.level] < RANK[prior.level] && clause.start - prior.evidence.end <= 3 && YEARS_IN.test(body)) {
      best = { level: prior.level, orEquivalent: true, evidence: prior.evidence };
      continue;
    }
    let verdict = clauseVerdict(body, found.index, found.length);
    if (verdict === 'preferred') {
      // A marker in a bracket that names another degree is that degree's ("Graduate in any
      // discipline (MBA preferred)"); a marker past the end of the degree's own phrase belongs to
      // the next one ("Bachelor's degree in Nursing, MSN strongly preferred"): ask again of the phrase alone.
      const own = withoutOtherDegreeWishes(body, found.index + found.length);
      const end = phraseEnd(own, found.index + found.length, false);
      if (own !== body || end < own.length) verdict = clauseVerdict(own.slice(0, end), found.index, found.length);
    }
    if (verdict === 'preferred') {
      // A higher degree wished after a degree asked: "Degree in Statistics, ideally a Master's",
      // "Degree in Statistics (PhD preferred)". The one before it is the minimum.
      const before = body.slice(0, found.index);
      const lower = levelIn(before);
      if (lower && RANK[lower.level] < RANK[found.level] && clauseVerdict(before, lower.index, lower.length) !== 'preferred') {
        found = lower;
        verdict = null;
      }
    }
    if (verdict === 'preferred' || (kind === 'preferred' && verdict !== 'required')) continue;
    const orEquivalent = found.equivalent === true || waived || (found.level === 'high-school' ? GED_EQUIVALENT.test(body) : EQUIVALENT.test(body.includes('or equivalent)') ? body.replace(DEGREES_OR_EQUIVALENT, '') : body));
    if (!best || RANK[found.level] < RANK[best.level]) {
      best = { level: found.level, orEquivalent, evidence: { start: clause.start, end: clause.end } };
    }
  }
  return best;
}
