/** schema.org JobPosting, the fields Jobsnap reads; see https://schema.org/JobPosting. */
export interface JsonLdJob {
  title: string | null;
  company: string | null;
  location: string | null;
  datePosted: string | null;
  employmentType: string | null;
  jobLocationType: string | null;
  descriptionHtml: string | null;
  baseSalary: unknown;
  url: string | null;
  identifier: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function isJobPosting(node: unknown): node is Record<string, unknown> {
  if (!node || typeof node !== 'object') return false;
  const type = (node as { '@type'?: unknown })['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

/** Every object in a JSON-LD value, through arrays and `@graph`. */
function* nodes(value: unknown, depth = 0): Generator<unknown> {
  if (depth > 8 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* nodes(v, depth + 1);
    return;
  }
  yield value;
  const graph = (value as { '@graph'?: unknown })['@graph'];
  if (graph) yield* nodes(graph, depth + 1);
}

function placeName(place: unknown): string | null {
  const first = Array.isArray(place) ? place[0] : place;
  if (!first || typeof first !== 'object') return str(first);
  const address = (first as { address?: unknown }).address;
  if (typeof address === 'string') return str(address);
  if (address && typeof address === 'object') {
    const a = address as Record<string, unknown>;
    const parts = [a.addressLocality, a.addressRegion, a.addressCountry]
      .map((p) => (p && typeof p === 'object' ? str((p as { name?: unknown }).name) : str(p)))
      .filter((p): p is string => Boolean(p));
    if (parts.length) return parts.join(', ');
  }
  return str((first as { name?: unknown }).name);
}

/**
 * The first JobPosting in a page's JSON-LD blocks (raw script texts). A block that is not valid
 * JSON is skipped: pages ship broken blocks, and one must not hide another.
 */
export function findJsonLdJob(blocks: readonly string[]): JsonLdJob | null {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      continue;
    }
    for (const node of nodes(parsed)) {
      if (!isJobPosting(node)) continue;
      const org = node.hiringOrganization;
      const employment = Array.isArray(node.employmentType) ? node.employmentType[0] : node.employmentType;
      const identifier = node.identifier;
      return {
        title: str(node.title),
        company: org && typeof org === 'object' ? str((org as { name?: unknown }).name) : str(org),
        location: placeName(node.jobLocation),
        datePosted: str(node.datePosted),
        employmentType: str(employment),
        jobLocationType: str(node.jobLocationType),
        descriptionHtml: str(node.description),
        baseSalary: node.baseSalary,
        url: str(node.url),
        identifier:
          identifier && typeof identifier === 'object' ? str((identifier as { value?: unknown }).value) : str(identifier),
      };
    }
  }
  return null;
}
