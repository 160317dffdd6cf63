/**
 * Text fallbacks for the posting facts a page may lack as structured fields (LinkedIn criteria,
 * JSON-LD): employment type, workplace and salary, from explicit statements in the description.
 */
import type { EmploymentType, Salary, Workplace } from '../posting';
import { extractEmploymentType, extractWorkplace, workplaceInPlainWords } from './employment';
import { workplaceInOtherLanguages } from './other-languages';
import { extractSalary } from './salary';
import { typeInHeaderLine, workplaceInHeaderLine } from './header-segments';

/** Facts stated in the text; each null when the text does not say. */
export interface TextFacts {
  employmentType: EmploymentType | null;
  workplace: Workplace | null;
  salary: Salary | null;
}

/**
 * One fact read from the text, or null; never throws. Defensive: a pathological input must not
 * break a capture, and facts are optional (one that fails leaves the others).
 */
function safely<T>(read: (text: string) => T | null, text: string): T | null {
  try {
    return read(typeof text === 'string' ? text : '');
  } catch {
    return null;
  }
}

/**
 * Each fact alone, for a caller that needs only those a page does not state in its own fields
 * (LinkedIn's criteria and pills give the employment type and workplace of most jobs): each is a
 * scan of the whole description.
 */
export const employmentTypeInText = (text: string): EmploymentType | null =>
  safely((t) => extractEmploymentType(t) ?? typeInHeaderLine(t), text);
/** A posting in another language says it in its own words first (other-languages.ts). */
export const workplaceInText = (text: string): Workplace | null =>
  safely((t) => workplaceInOtherLanguages(t) ?? extractWorkplace(t) ?? workplaceInHeaderLine(t) ?? workplaceInPlainWords(t), text);
/** `dollar`: the currency a bare "$" means in this posting (salary.ts, `dollarOf`). */
export const salaryInText = (text: string, dollar = 'USD'): Salary | null => safely((t) => extractSalary(t, dollar), text);
/** The pay a page's own field states ("$150K – $185K"), read as the text reads it after "Compensation:". */
export const salaryInField = (value: string, dollar = 'USD'): Salary | null => salaryInText(`Compensation: ${value}`, dollar);

/** Reads employment type, workplace and salary from description text; never throws. */
export function extractFacts(text: string): TextFacts {
  return { employmentType: employmentTypeInText(text), workplace: workplaceInText(text), salary: salaryInText(text) };
}
