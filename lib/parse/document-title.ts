/** What a LinkedIn `document.title` says about the job on screen. */
export interface TitleParts {
  title: string | null;
  company: string | null;
  location: string | null;
}

const EMPTY: TitleParts = { title: null, company: null, location: null };

/**
 * Reads the two shapes LinkedIn uses:
 * - logged in: "Title | Company | LinkedIn" (with an optional "(3) " unread count in front; a
 *   title with a " | " of its own gives more parts, the company is the last);
 * - guest: "Company hiring Title in Location | LinkedIn".
 * LinkedIn's name may be its Chinese one ("… | 领英", the interface in Chinese).
 * Anything else (a search page "Jobs | LinkedIn", another site) gives nulls.
 */
export function parseDocumentTitle(documentTitle: string): TitleParts {
  const clean = documentTitle.replace(/^\(\d+\+?\)\s*/, '').replace(/\s+/g, ' ').trim();
  if (!/\|\s*(?:LinkedIn|领英)$/i.test(clean)) return EMPTY;
  const parts = clean.split(' | ').map((p) => p.trim());
  parts.pop(); // "LinkedIn"
  const guest = /^(.+?) hiring (.+?)(?: in (.+))?$/.exec(parts.join(' | '));
  if (parts.length === 1 && guest) {
    return { company: guest[1] ?? null, title: guest[2] ?? null, location: guest[3] ?? null };
  }
  // The company is the last part: a title may hold " | " itself ("Senior Accountant | Hybrid — Close").
  if (parts.length >= 2) return { title: parts.slice(0, -1).join(' | '), company: parts[parts.length - 1] ?? null, location: null };
  return EMPTY;
}
