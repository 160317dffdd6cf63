/**
 * "And" and "or" in the other languages postings are written in: one table, read by list joints
 * (guards.ts: "Spring Data JPA a Hibernate", "Docker i Kubernetes") and by pay ranges
 * (other-languages.ts: "tra 30.000 e 34.000 €"), so a language added for one is there for both.
 */
const CONJUNCTIONS: Readonly<Record<string, { and: readonly string[]; or: readonly string[] }>> = {
  de: { and: ['und'], or: ['oder'] },
  fr: { and: ['et'], or: ['ou'] },
  es: { and: ['y', 'e'], or: ['o'] },
  pt: { and: ['e'], or: ['ou'] },
  it: { and: ['e'], or: ['o'] },
  nl: { and: ['en'], or: ['of'] },
  ca: { and: ['i'], or: ['o'] },
  sv: { and: ['och'], or: ['eller'] },
  da: { and: ['og'], or: ['eller'] },
  no: { and: ['og'], or: ['eller'] },
  fi: { and: ['ja', 'sekä'], or: ['tai'] },
  pl: { and: ['i'], or: ['lub', 'albo'] },
  cs: { and: ['a'], or: ['nebo'] },
  hu: { and: ['és'], or: ['vagy'] },
  ro: { and: ['și'], or: ['sau'] },
  tr: { and: ['ve'], or: ['veya'] },
  id: { and: ['dan'], or: ['atau'] },
  vi: { and: ['và'], or: ['hoặc'] },
  ru: { and: ['и'], or: ['или'] },
  uk: { and: ['та', 'і'], or: ['або'] },
  el: { and: ['και'], or: ['ή'] },
  // Hebrew's and Arabic's "and" is a letter glued to the next word ("ו-dbt", "وSQL"): only their "or" stands alone.
  he: { and: [], or: ['או'] },
  ar: { and: [], or: ['أو', 'او'] },
};

/** Every language's "and" and "or": joints of a list in a posting not in English. */
export const FOREIGN_LIST_WORDS: ReadonlySet<string> = new Set(Object.values(CONJUNCTIONS).flatMap((c) => [...c.and, ...c.or]));

/** The "and" of each of `languages`, once each. */
export function andWords(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap((lang) => CONJUNCTIONS[lang]?.and ?? []))];
}
