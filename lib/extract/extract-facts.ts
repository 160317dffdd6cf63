/**
 * Text fallbacks for the posting facts a page may lack as structured fields (LinkedIn criteria,
 * JSON-LD): employment type, workplace and salary, from explicit statements in the description.
 */
import type { EmploymentType, Salary, Workplace } from '../posting';
import { extractEmploymentType, extractWorkplace } from './employment';
import { extractSalary } from './salary';

/** Facts stated in the text; each null when the text does not say. */
export interface TextFacts {
  employmentType: EmploymentType | null;
  workplace: Workplace | null;
  salary: Salary | null;
}

/** Reads employment type, workplace and salary from description text; never throws. */
export function extractFacts(text: string): TextFacts {
  const safe = typeof text === 'string' ? text : '';
  try {
    return { employmentType: extractEmploymentType(safe), workplace: extractWorkplace(safe), salary: extractSalary(safe) };
  } catch {
    // Defensive: a pathological input must not break a capture; facts are optional.
    return { employmentType: null, workplace: null, salary: null };
  }
}
