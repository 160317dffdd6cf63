/**
 * Whether a short text is a place: "Phoenix, AZ 85043", "Austin, Texas", "Remote - US". Read from
 * a pasted posting's header lines (parse-text.ts) and a career page's header chips
 * (generic-page.ts).
 */

/** US state, Canadian province and Australian state codes: the "ST" of a "City, ST" line. */
const REGION_CODES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR AB BC MB NB NL NS ON PE QC SK NSW VIC QLD TAS ACT'.split(' '),
);
/** British and Irish counties and regions as postings name them. */
const COUNTY = /^(?:Greater \p{Lu}\p{L}+|(?:North|South|East|West) (?:Yorkshire|Sussex|Midlands|Lothian)|\p{Lu}\p{L}*shire|Co\.? \p{Lu}\p{L}+|County \p{Lu}\p{L}+)$/u;

/** Australian state codes, which may close a region's name ("Central Coast NSW"). */
const AU_STATES = new Set(['NSW', 'VIC', 'QLD', 'TAS', 'ACT']);

/** US states and the countries postings are most often written for: the last part of a place line. */
const REGION_NAMES = new Set(
  [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
    'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
    'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
    'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
    'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec',
    'British Columbia', 'Alberta',
    // Australia's states and New Zealand's regions by name ("Christchurch, Canterbury", "Bendigo, Victoria").
    'New South Wales', 'Victoria', 'Queensland', 'South Australia', 'Western Australia', 'Tasmania', 'Northern Territory',
    'Canterbury', 'Otago', 'Waikato', 'Bay of Plenty', 'Manawatū-Whanganui', 'Hawke\'s Bay', 'Northland', 'Southland', 'Taranaki', 'Nelson', 'Marlborough',
    // India's states, as its postings write a city's region ("Bengaluru, Karnataka").
    'Karnataka', 'Maharashtra', 'Tamil Nadu', 'Telangana', 'Haryana', 'Uttar Pradesh', 'Gujarat', 'Kerala', 'West Bengal', 'Andhra Pradesh', 'Rajasthan', 'Punjab',
    // China's provinces ("Suzhou, Jiangsu"), Germany's Länder, Mexico's and Brazil's states, as their postings name a city's region.
    'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guangxi', 'Guizhou', 'Hainan', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei', 'Hunan', 'Jiangsu',
    'Jiangxi', 'Jilin', 'Liaoning', 'Shaanxi', 'Shandong', 'Shanxi', 'Sichuan', 'Yunnan', 'Zhejiang', 'Chongqing', 'Tianjin',
    'Bayern', 'Bavaria', 'Baden-Württemberg', 'Nordrhein-Westfalen', 'North Rhine-Westphalia', 'Hessen', 'Hesse', 'Niedersachsen',
    'Lower Saxony', 'Sachsen', 'Saxony', 'Thüringen', 'Brandenburg', 'Rheinland-Pfalz', 'Schleswig-Holstein', 'Sachsen-Anhalt',
    'Mecklenburg-Vorpommern', 'Saarland', 'Jalisco', 'Nuevo León', 'Querétaro', 'Guanajuato', 'Coahuila', 'Chihuahua', 'Sonora',
    'Baja California', 'Puebla', 'Yucatán', 'Minas Gerais', 'Paraná', 'Rio Grande do Sul', 'Santa Catarina', 'Bahia', 'Pernambuco',
    'United States', 'United States of America', 'USA', 'US', 'United Kingdom', 'UK', 'England',
    'Scotland', 'Wales', 'Northern Ireland', 'Ireland', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Colombia', 'Germany',
    'France', 'Spain', 'Portugal', 'Italy', 'Netherlands', 'Belgium', 'Luxembourg', 'Switzerland', 'Austria', 'Denmark', 'Sweden',
    'Norway', 'Finland', 'Poland', 'Czechia', 'Czech Republic', 'Romania', 'Hungary', 'Greece', 'Turkey', 'Israel', 'UAE',
    'United Arab Emirates', 'Saudi Arabia', 'Egypt', 'South Africa', 'Nigeria', 'Kenya', 'India', 'Pakistan', 'Singapore', 'Malaysia',
    'Philippines', 'Indonesia', 'Vietnam', 'Thailand', 'China', 'Hong Kong', 'Taiwan', 'Japan', 'South Korea', 'Australia', 'New Zealand',
    // Cities postings name alone, or as the region of a district ("Hammersmith, London").
    'London', 'Dublin', 'Paris', 'Berlin', 'Munich', 'Amsterdam', 'Sydney', 'Melbourne', 'Toronto', 'Bengaluru', 'Bangalore', 'Mumbai',
    'Delhi', 'New Delhi', 'Hyderabad', 'Pune', 'Chennai', 'Gurugram', 'Gurgaon', 'Noida', 'Kolkata', 'Ahmedabad', 'Manchester',
    'Birmingham', 'Leeds', 'Glasgow', 'Edinburgh', 'Bristol', 'Cardiff', 'Belfast', 'Cork', 'Galway', 'Limerick', 'Stuttgart', 'Frankfurt',
    'Hamburg', 'Cologne', 'Düsseldorf', 'Rotterdam', 'The Hague', 'Utrecht', 'Eindhoven', 'Brussels', 'Antwerp', 'Copenhagen', 'Aarhus',
    'Stockholm', 'Gothenburg', 'Oslo', 'Helsinki', 'Zurich', 'Geneva', 'Basel', 'Vienna', 'Prague', 'Warsaw', 'Krakow', 'Budapest',
    'Bucharest', 'Madrid', 'Barcelona', 'Lisbon', 'Porto', 'Milan', 'Rome', 'Athens', 'Istanbul', 'Tel Aviv', 'Dubai', 'Abu Dhabi',
    'Riyadh', 'Doha', 'Cairo', 'Lagos', 'Nairobi', 'Johannesburg', 'Cape Town', 'Tokyo', 'Osaka', 'Seoul', 'Shanghai', 'Beijing',
    'Shenzhen', 'Taipei', 'Manila', 'Jakarta', 'Bangkok', 'Kuala Lumpur', 'Ho Chi Minh City', 'Hanoi', 'Auckland', 'Wellington',
    'Brisbane', 'Perth', 'Adelaide', 'Canberra', 'Montreal', 'Montréal', 'Vancouver', 'Calgary', 'Ottawa', 'Mexico City', 'São Paulo',
    'Buenos Aires', 'Bogotá', 'Santiago', 'Lima',
    // Countries as LinkedIn names them in its other interface languages ("Stuttgart, Baden-Württemberg, Deutschland").
    'Deutschland', 'Österreich', 'Schweiz', 'Suisse', 'Svizzera', 'España', 'México', 'Brasil', 'Italia', 'Nederland', 'België',
    'Belgique', 'Sverige', 'Danmark', 'Norge', 'Suomi', 'Polska', 'Česko', 'Türkiye', 'Perú', 'Irlanda', 'Reino Unido', 'Estados Unidos',
    'Royaume-Uni', 'États-Unis', 'Frankreich', 'Spanien', 'Italien', 'Niederlande', 'Francia', 'Alemania', 'Allemagne', 'Germania',
  ].map((n) => n.toLowerCase()),
);
/** Whether `name` is a state, country or city the place lines know ("Cairo", "Geneva"). */
export const isKnownPlace = (name: string): boolean => REGION_NAMES.has(name.toLowerCase());

/** Italy's province codes, which its postings write after a town: "Milano (MI)", "Sesto San Giovanni (MI)". */
const ITALIAN_PROVINCES = new Set(
  'AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV'.split(' '),
);
/** A town with its Italian province ("Milano (MI)") or French département ("Vire (14)", "Ajaccio (2A)"). */
const WITH_PROVINCE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) \(([A-Z]{2}|0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)$/u;

/** Capitalised words, the parts of a place ("San Luis Obispo", "St. Paul", "Montréal"; "Coeur d'Alene" aside). */
const PLACE_PART = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** "Remote", "Remote - US", "Remote (United States)", "Remote, UK": the stated location of a remote job. */
const REMOTE_PLACE = /^remote(?:\s*(?:[-–,]\s*|\()([A-Za-z .]+?)\)?)?$/i;

/**
 * Whether a whole line is a place and nothing else: "Phoenix, AZ 85043", "Denver, CO", "Austin,
 * Texas", "London, England, United Kingdom", "Remote - US". Its last part must be a known region
 * (a state or province code, a state or a country), so "Sales, Marketing" is not one.
 */
export function isPlaceLine(line: string): boolean {
  const remote = REMOTE_PLACE.exec(line);
  if (remote) return !remote[1] || REGION_CODES.has(remote[1].trim()) || REGION_NAMES.has(remote[1].trim().toLowerCase());
  // A US ZIP code, an Australian postcode after its state ("Sydney NSW 2000"), a Dublin postal
  // district ("Grand Canal Dock, Dublin 2").
  const parts = line.replace(/\s+\d{5}(?:-\d{4})?$|(?<=\b(?:NSW|VIC|QLD|TAS|ACT|SA|WA|NT)) \d{4}$|(?<=, Dublin) \d{1,2}W?$/, '').split(/\s*,\s*/);
  // Two capitals are an Italian province's code, figures (and Corsica's 2A, 2B) a French département's.
  const province = parts.length === 1 ? WITH_PROVINCE.exec(line)?.[2] : undefined;
  if (province && (ITALIAN_PROVINCES.has(province) || !/^[A-Z]{2}$/.test(province))) return true;
  if (parts.length > 3 || !parts.every((p) => PLACE_PART.test(p))) return false;
  // "Sydney NSW": Australian boards write the state without a comma.
  if (parts.length === 1) return AU_STATES.has(parts[0]!.slice(parts[0]!.lastIndexOf(' ') + 1)) && parts[0]!.includes(' ');
  const region = parts[parts.length - 1] as string;
  // Australian boards end a region with its state: "Gosford, Central Coast NSW".
  const lastWord = region.slice(region.lastIndexOf(' ') + 1);
  // ... or a region named as part of one: "West London", "South West England"; or a British or
  // Irish county: "Greater Manchester", "West Yorkshire", "Co. Cork".
  return (
    REGION_CODES.has(region) ||
    REGION_NAMES.has(region.toLowerCase()) ||
    AU_STATES.has(lastWord) ||
    (lastWord !== region && REGION_NAMES.has(lastWord.toLowerCase()) && lastWord.length > 2) ||
    COUNTY.test(region)
  );
}

/** Whether `text` is written as a place's name: up to four capitalised words ("Port Fourchon"). */
export const isPlaceName = (text: string): boolean => PLACE_PART.test(text);

/**
 * A place as one item of a list of facts shows it ("Singapore", "Berlin, Germany", "Texas"): a
 * place line, or a known region alone.
 */
export function isPlaceItem(text: string): boolean {
  return isPlaceLine(text) || (PLACE_PART.test(text) && isKnownPlace(text));
}

/** A street address or a site before a place: "214 King Street", "Kansas Avenue Operations Center". */
const SITE_PART =
  /^\d|\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|highway|hwy|suite|ste|floor|center|centre|building|bldg|campus|office|offices|terminal|plaza|tower|depot|yard|warehouse|plant|facility|hospital|school|clinic)\b\.?/i;

/**
 * The place without an address or a site before it: "214 King Street, Charleston, SC 29401" →
 * "Charleston, SC 29401", "Prairie Hawk Elementary School – Aurora, CO" → "Aurora, CO". A place as
 * short as "City, ST" stays whole.
 */
export function withoutSite(place: string): string {
  const dashed = place.split(/\s+[–—-]\s+/);
  if (dashed.length === 2 && SITE_PART.test(dashed[0] as string) && isPlaceLine(dashed[1] as string)) return dashed[1] as string;
  const parts = place.split(/\s*,\s*/);
  let first = 0;
  while (parts.length - first > 2 && SITE_PART.test(parts[first] as string)) first++;
  return first === 0 ? place : parts.slice(first).join(', ');
}

/**
 * The job's place as a line labels it or a sentence states it, when nothing else did: "Location:
 * Sarnia, Ontario – on-site", "based in Tempe, AZ", "from our
 * Tempe, AZ office", "located in Boise, Idaho". A place line's shape after words that place the
 * job, so "offices in London and Paris" or "customers in Austin, TX" say nothing.
 */
const PLACED_AT =
  /\b(?:based (?:in|at|out of)|located (?:in|at)|(?:from|at|in|out of) our)\s+(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}, (?:[A-Z]{2}\b|\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?))/u;

/** The labels of a job's place, in the languages postings are written in ("Location", "Standort", "Lieu", "Ubicación", "Місто", "勤務地"). */
export const PLACE_LABELS = String.raw`(?:job |work |working )?location|standort|arbeitsort|dienstort|lieu(?: de travail)?|localisation|ubicaci[oó]n|localizaci[oó]n|localiza[cç][aã]o|local de trabalho|lokalizacja|miejsce pracy|sede|werklocatie|standplaats|місто|місце роботи|город|местоположение|lokalita|místo výkonu práce|helyszín|munkavégzés helye|locație|loca[tț]ie|τοποθεσία|sted|arbeidssted|arbetsort|arbetsplats|arbejdssted|placering|luogo di lavoro|locatie|lokasyon|çalışma yeri|lokasi|penempatan|địa điểm(?: làm việc)?|工作地点|工作地址|勤務地|근무지|근무 ?장소`;
/**
 * A labelled line: "Location: Sarnia, Ontario – on-site", "- Work location: Leeds, West Yorkshire
 * (hybrid)", and the labels of the languages postings are written in ("Standort: München (hybrid …)",
 * "Місто: Львів", "Lieu : Lyon", "Ubicación: Monterrey").
 */
const LOCATION_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:[-*•][^\S\n]*)?(?:${PLACE_LABELS})[^\S\n]*[:：][^\S\n]*([^\n|(（–—]{2,60}?)[^\S\n]*(?:\(([^()\n]{2,30})\)[^\S\n]*)?(,[^\n|(–—]{2,60}?)?[^\S\n]*(?:[|(（–—][^\n]*)?$`,
  'imu',
);
/** A site's name in a bracket: up to three words, no figure nor list ("Head Office", "Main Campus"; not "FIFO ex Perth, 2:1 roster"). */
const SITE_NAME = /^[\p{L}.'’&-]+(?: [\p{L}.'’&-]+){0,2}$/u;
/** A bracket after a labelled place that says how the job is worked, not where: "(Hybrid – 3 days …)". */
const WORKED_HOW = /remote|hybrid|on-?site|onsite|\bdays?\b|work from|wfh|flexib|telework|mobil|home|tage|jours|días|dias|giorni|shift|travel|hibrit|uzaktan|hybryd|zdaln|ibrid|híbrid|remot|thuis|hjemme|hemma|distans/i;

/**
 * A labelled place of one word, in any script ("München", "Львів", "Cluj-Napoca"): the label says it
 * is one. Longer values keep a place line's shape ("Work Location: In person" names none).
 */
const LABELLED_PLACE = /^\p{Lu}[\p{L}\p{M}.'’-]+$/u;
/**
 * A labelled place written in Chinese, Japanese or Korean script: a run of its characters ending in
 * an administrative unit, with a block's number after it ("深圳市宝安区", "大阪府大阪市北区梅田2丁目",
 * "성남시 분당구").
 */
const CJK_PLACE = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}ー々 ]{1,24}(?:市|区|區|県|縣|府|都|省|州|县|町|村|道|구|시|군|동)(?:[\p{Script=Han}\p{Script=Katakana}ー々]{1,8}\d{1,3}丁目(?:\d{1,3}(?:番地?|-\d{1,3}))?)?$/u;
/** A labelled town's area: "Manchester City Centre", "Auckland CBD", "Leeds Town Centre". */
const CITY_AREA = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)? (?:City Cent(?:re|er)|Town Cent(?:re|er)|CBD)$/u;
/** Not a place: the workplace written where a place would be. */
const NO_PLACE = /^(?:remote|hybrid|on-?site|onsite|anywhere|various|multiple|flexible|nationwide|worldwide|homeoffice|télétravail|remoto|zdalnie)$/i;

export function placeInProse(text: string): string | null {
  const line = LOCATION_LINE.exec(text);
  const labelled = line?.[1];
  if (labelled) {
    // A site with its bracket, then its place: "Dubai International Financial Centre (DIFC), Dubai,
    // United Arab Emirates" reads as its place, "Dubai, United Arab Emirates".
    const rest = line[3];
    const place = withoutSite(rest ? `${labelled}${rest}` : labelled);
    // The site a bracket names stays with its place ("Karachi (Head Office)").
    const site = !rest && line[2] && SITE_NAME.test(line[2].trim()) && !WORKED_HOW.test(line[2]) ? ` (${line[2].trim()})` : '';
    // Under a place's label: a place line, one capitalized word (the label says it is a place), a town's area, or a CJK address.
    const placed = (value: string) => isPlaceLine(value) || (LABELLED_PLACE.test(value) && !NO_PLACE.test(value)) || CITY_AREA.test(value) || CJK_PLACE.test(value);
    if (placed(place)) return place + site;
    // The place, then another after a spaced slash: "Sted: Stavanger / offshore, norsk sokkel".
    const first = place.split(' / ', 1)[0]!;
    if (first !== place && placed(first)) return first;
  }
  const place = PLACED_AT.exec(text)?.[1];
  // A city first: "located in California, Hawaii, ..." lists states.
  const city = place?.slice(0, place.indexOf(','));
  return place && city && !REGION_NAMES.has(city.toLowerCase()) && isPlaceLine(place) ? place : null;
}
