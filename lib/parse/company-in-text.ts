/**
 * The employer a description names when nothing on the page did (a description saved alone, with
 * no top card): a labelled line among its first ("Company: Kaveri Ledger Technologies Pvt. Ltd.",
 * "Unternehmen: …"), else a registered name opening a sentence of its first paragraphs, known by its
 * legal form ("Die Isarwerk Versicherung AG ist ein …", "ТОВ «Галтранс Логістик» — львівська
 * компанія …", "Mehran Polymers Limited, a PSX-listed manufacturer …"). A name without a legal form
 * says too little in running text ("Our client", "The Group").
 */

/** How far into the text the company is looked for: the header and the first paragraphs. */
const REACH = 900;

/** "Company: …" in the header lines, in the languages postings are written in. */
const COMPANY_LABEL =
  /^[^\S\n]*(?:company|company name|employer|organi[sz]ation|unternehmen|arbeitgeber|entreprise|employeur|empresa|empleador|azienda|bedrijf|werkgever|firma|pracodawca|společnost|cég|munkáltató|компанія|роботодавець|компания|работодатель|εταιρεία|חברה|công ty|บริษัท)[^\S\n]*:[^\S\n]*(\S[^\n]{1,80})$/imu;

/**
 * Legal forms that end a registered name, as companies write them (case counts: "SA" is a form, "sa"
 * a word). One list for the names read in running text and the forms stripped off a page's company.
 */
export const LEGAL_FORM = String.raw`(?:AG|GmbH|GmbH & Co\. KG|KGaA|SE|KG|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Co\.|PLC|plc|LLP|S\.A\.|SA|S\.A\.S\.|SAS|SARL|S\.L\.|S\.p\.A\.|S\.r\.l\.|SRL|B\.V\.|N\.V\.|Pvt\.? Ltd\.?|Private Limited|Pty\.? Ltd\.?|Pte\.? Ltd\.?|DAC|Oy|Oyj|AB|ASA|A\/S|ApS|Sp\. z o\.o\.|s\.r\.o\.|a\.s\.|Kft\.|Zrt\.|Nyrt\.|JSC|PJSC|Sdn\.? Bhd\.?|Bhd\.?|Tbk|K\.K\.)`;

/**
 * A registered name at a sentence's start: up to five capitalized words (or "&", "of", "and") and a
 * legal form, or one of the Slavic forms before a quoted name. An article may come first ("Die", "The").
 */
const REGISTERED_NAME = new RegExp(
  String.raw`(?:^|[.!?][^\S\n]+|\n)[^\S\n]*(?:(?:Die|Der|Das|The|La|Le|L['’]|El|Il|De|Het)[^\S\n]+)?((?:\p{Lu}[\p{L}\p{N}&'’.-]*[^\S\n]+(?:(?:&|of|and|und|et|y|e)[^\S\n]+)?){1,5}${LEGAL_FORM}(?![\p{L}\p{N}])|(?:ТОВ|ТзОВ|ПрАТ|ПАТ|АТ|ООО|АО|ПАО|ZAO|OOO|TOV)[^\S\n]*[«"“„][^»"”\n]{2,60}[»"”])`,
  'u',
);

/**
 * A registered name in Japanese or Chinese, its legal form before or after it, then a particle or a
 * comma: "株式会社浪速テクノ商事は、…", "浪速テクノ株式会社は…", "深圳市恒拓精密电子有限公司成立于…" (Han
 * only: a Chinese name runs straight into the verb, so a particle cannot end it).
 */
const CJK_NAME = String.raw`[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z&]{2,20}`;
const CJK_REGISTERED = new RegExp(
  String.raw`(?:^|[。\n])[^\S\n]*((?:株式会社|有限会社|合同会社)${CJK_NAME}|${CJK_NAME}(?:株式会社|有限会社|合同会社)|\p{Script=Han}{2,20}?(?:股份)?有限公司)(?=[はがの、，。]|成立|创立|始创|是)`,
  'u',
);

export function companyInText(text: string): string | null {
  const head = text.slice(0, REACH);
  const labelled = COMPANY_LABEL.exec(head)?.[1]?.trim();
  if (labelled) return labelled;
  return REGISTERED_NAME.exec(head)?.[1]?.trim() ?? CJK_REGISTERED.exec(head)?.[1] ?? null;
}
