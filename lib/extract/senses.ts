/**
 * Names with two senses, the posting's other words deciding: "ASP" beside OSHA and the CSP is the
 * BCSP's Associate Safety Professional, not Classic ASP; "Redshift" beside Cinema 4D and Octane is
 * Maxon's renderer, not Amazon's warehouse; "NASM" beside ACE and NSCA is the trainers' academy, not
 * the assembler. The dictionary holds each form once (its commoner sense); this table names the
 * other sense and the words that call for it. Data and one pass over the matches.
 */
import { TAXONOMY } from './taxonomy';
import type { TaxonomyEntry } from './taxonomy/types';
import type { TermMatch } from './match-terms';
import { FORESTRY_WORDS } from './guards';

interface Sense {
  /** The form as written (case-sensitive). */
  surface: string;
  /** The other sense's entry, by canonical name. */
  other: string;
  /** Words of the posting that call for the other sense. */
  when: RegExp;
  /** Words that keep the commoner sense even so (a data team's page that also names Cinema 4D). */
  unless?: RegExp;
}

const SENSES: readonly Sense[] = [
  { surface: 'ASP', other: 'Associate Safety Professional', when: /\b(?:OSHA|CSP|CHST|BCSP|NEBOSH|EHS|HSE)\b/ },
  {
    surface: 'Redshift',
    other: 'Maxon Redshift',
    when: /\b(?:Cinema 4D|C4D|Octane|Houdini|Arnold|V-Ray|Maya|Blender|3ds Max|Unreal Engine|motion design)\b/i,
    unless: /\b(?:AWS|Snowflake|BigQuery|ETL|ELT|data warehous\w*|SQL)\b/,
  },
  { surface: 'NASM', other: 'NASM-CPT', when: /\b(?:ACE|ACSM|NSCA|ISSA|CPT|personal train(?:er|ing)|fitness)\b/i },
  { surface: 'CRT', other: 'CREST CRT', when: /\bCREST\b/ },
  // OSHA's process safety management beside its world, not Scrum.org's master.
  { surface: 'PSM', other: 'Process Safety Management', when: /\b(?:process safety|OSHA|HAZOP|PHA|MOC|PSSR|Seveso|COMAH|LOPA|1910\.119)\b/i, unless: /\b(?:Scrum|Agile|sprints?|Kanban)\b/i },
  // LoRa the radio (its case), not LoRA the fine-tuning method the dictionary holds by that key.
  { surface: 'LoRa', other: 'LoRaWAN', when: /./ },
  { surface: 'MCP', other: 'Model Context Protocol', when: /\b(?:LLMs?|agents?|agentic|Anthropic|OpenAI|Claude|tool[- ]calling|function calling)\b/ },
  { surface: 'ACAS', other: 'Tenable ACAS', when: /\b(?:STIG|STIGs|RMF|DISA|DoD|Nessus|SCAP|eMASS|clearance|TS\/SCI)\b/ },
  // Cisco's switches beside Cisco's world, not Sonatype's repository ("Catalyst 9000, Nexus 9000").
  { surface: 'Nexus', other: 'Cisco Nexus', when: /\b(?:Cisco|Catalyst|NX-OS|ACI|switch(?:es|ing)?|data cent(?:er|re) network\w*)\b/i, unless: /\b(?:Maven|Gradle|npm|artifacts?|Artifactory|Jenkins)\b/ },
  // Good Clinical Practice beside the other GxPs and trials ("GMP, GDP et GCP", "GCP training
  // certificate (e.g. CITI Program)"), not Google's cloud.
  {
    surface: 'GCP',
    other: 'Good Clinical Practice',
    when: /\b(?:GMP|cGMP|GLP|GDP|GVP|GxP|ICH|clinical|trials?|CITI|NIDA|CRA|CRO|pharmacovigilance|IRB|protocols?)\b/i,
    unless: /\b(?:BigQuery|Kubernetes|GKE|Terraform|AWS|Azure|Cloud Run|Dataflow|Pub\/Sub|Vertex)\b/,
  },
  // The Federal Reserve's stress tests beside their world, not Cisco's architect credential (CCAr).
  { surface: 'CCAR', other: 'Comprehensive Capital Analysis and Review', when: /\b(?:DFAST|stress[- ]test\w*|Federal Reserve|capital planning|Basel|banks?|banking|PPNR|CECL)\b/i },
  // Dialectical behaviour therapy beside the other therapies and the clinic, not the data build tool.
  {
    surface: 'DBT',
    other: 'Dialectical Behavior Therapy',
    when: /\b(?:therap\w*|CBT|EMDR|counsell?\w*|clinical|clinician|mental health|psycholog\w*|psychiatr\w*|behaviou?ral health|trauma)\b/i,
    unless: /\b(?:Snowflake|BigQuery|Redshift|Airflow|Databricks|data warehous\w*|ELT|Looker|analytics engineer\w*)\b/i,
  },
  // The Forest Stewardship Council beside forests and timber, not Salesforce's Financial Services Cloud.
  {
    surface: 'FSC',
    other: 'Forest Stewardship Council',
    when: FORESTRY_WORDS,
    unless: /\bSalesforce\b/,
  },
];

let entries: Map<string, TaxonomyEntry> | null = null;
const entryNamed = (name: string): TaxonomyEntry | undefined => (entries ??= new Map(TAXONOMY.map((e) => [e.name, e]))).get(name);

/** A version after a form: " 9000", " 3.2". */
const VERSION_AFTER = /^ \d[\d.]*$/;

/** `terms` with each two-sense form given the sense `text` calls for (the same array when none changes). */
export function withSenses(text: string, terms: TermMatch[]): TermMatch[] {
  let out: TermMatch[] | null = null;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as TermMatch;
    // The form as written, its version apart ("Nexus 9000").
    const sense = SENSES.find((s) => term.surface === s.surface || (term.surface.startsWith(s.surface) && VERSION_AFTER.test(term.surface.slice(s.surface.length))));
    if (!sense || !sense.when.test(text) || sense.unless?.test(text)) continue;
    const other = entryNamed(sense.other);
    if (!other) continue;
    out ??= terms.slice();
    out[i] = { ...term, entry: other };
  }
  return out ?? terms;
}
