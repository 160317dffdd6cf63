/** One entry of the skills/certifications taxonomy: data, not logic. */
export interface TaxonomyEntry {
  /** Canonical name, as a recruiter writes it ("Windows Server", "CompTIA A+"). */
  name: string;
  kind: 'skill' | 'certification';
  /** Broad group used for display and filters. */
  category: TaxonomyCategory;
  /**
   * Other spellings that mean the same thing ("Win Server", "MS Windows Server"). Versions need not
   * be listed: the matcher drops trailing version tokens ("Windows Server 2008 R2").
   */
  aliases: readonly string[];
  /**
   * Set when a surface form is an ordinary English word in most sentences ("Go", "Excel", "Access",
   * "Teams", "Word", "Shell", "Swift", "Spring", "Rust", "Chef", "Puppet", "Ruby", "Java", "R", "C",
   * "A+"): the matcher then needs context (case, neighbouring tech terms, a list of technologies)
   * before it accepts the match.
   */
  ambiguous?: readonly string[];
}

export const TAXONOMY_CATEGORIES = [
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'os',
  'networking',
  'security',
  'identity',
  'itsm',
  'collaboration',
  'office',
  'data',
  'ml',
  'testing',
  'design',
  'erp-crm',
  'hardware',
  'protocol',
  'standard',
  'methodology',
  'business',
  'manufacturing',
  'healthcare',
  'other',
  'certification',
] as const;
export type TaxonomyCategory = (typeof TAXONOMY_CATEGORIES)[number];
