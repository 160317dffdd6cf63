/**
 * An auditor's or implementer's credential of a management-system standard, read by its shape:
 * "ISO 13485 Lead Auditor", "ISO/IEC 27001 Lead Auditor or Lead Implementer" (both), "Lead Auditor
 * ISO 9001" (the French order), "FSSC 22000 Internal Auditor", "IRCA-certified FSMS Lead Auditor". Every standard has its auditors'
 * courses, and no dictionary lists each pair. Named as the dictionary names the pair when it
 * knows it ("ISO 27001 Lead Auditor"), else as written, without the standard's year.
 */
import { dictionaryEntry } from './match-terms';
import type { CredentialMatch } from './state-licenses';

/** A management system by its kind: quality, environmental, health and safety, food safety, information security, energy. */
const SYSTEM = String.raw`(?:QMS|EMS|OHSMS|OH&SMS|FSMS|ISMS|EnMS|BCMS)`;
/** A management-system standard: "ISO 9001", "ISO/IEC 27001:2022", "IATF 16949", "FSSC 22000", or its kind ("FSMS Lead Auditor"). */
const STANDARD = String.raw`(?:(?:ISO(?:\/IEC)?|IATF|AS|EN|FSSC)[^\S\n]?\d{4,5}(?:-\d{1,2})?(?::(?:19|20)\d\d)?|${SYSTEM})`;
const ROLE = String.raw`(?:Lead Auditor|Lead Implementer|Internal Auditor)`;
/** The standard, its role, and roles after it of the same standard ("Lead Auditor or Lead Implementer"). */
const AFTER = new RegExp(String.raw`(?<![\w/])(${STANDARD})[^\S\n]+(${ROLE}(?:[^\S\n]*(?:,|\/|\bor\b|\band\b)[^\S\n]*${ROLE})*)(?![\w-])`, 'g');
/** The role before its standard: "Lead Auditor ISO 9001". */
const BEFORE = new RegExp(String.raw`(?<![\w-])(${ROLE})[^\S\n]+(?:(?:for|of|in)[^\S\n]+)?(${STANDARD})(?![\w/])`, 'g');

const named = (standard: string, role: string, start: number, end: number, text: string): CredentialMatch => {
  const bare = standard.replace(/:(?:19|20)\d\d$/, '').replace(/\s+/g, ' ');
  const name = `${bare} ${role}`;
  const entry = dictionaryEntry(name) ?? { name, kind: 'certification' as const, category: 'certification' as const, aliases: [] };
  return { entry, start, end, surface: text.slice(start, end) };
};

/** The auditors' and implementers' credentials `text` names, in order. */
export function auditorCredentials(text: string): CredentialMatch[] {
  if (!text.includes('Auditor') && !text.includes('Implementer')) return [];
  const out: CredentialMatch[] = [];
  AFTER.lastIndex = 0;
  for (let m = AFTER.exec(text); m; m = AFTER.exec(text)) {
    const end = m.index + m[0].length;
    for (const role of (m[2] as string).matchAll(new RegExp(ROLE, 'g'))) out.push(named(m[1] as string, role[0], m.index, end, text));
  }
  BEFORE.lastIndex = 0;
  for (let m = BEFORE.exec(text); m; m = BEFORE.exec(text)) out.push(named(m[2] as string, m[1] as string, m.index, m.index + m[0].length, text));
  return out.sort((a, b) => a.start - b.start);
}
