/** Query parameters that track a visit and never identify a job. */
const TRACKING = /^(utm_.*|gh_src|gh_jid_src|source|src|ref|refid|trk|trackingid|lipi|ebp|fbclid|gclid|mc_cid|mc_eid|_hs.*)$/i;

/**
 * The address that identifies a posting: no fragment, no tracking parameters, sorted query, no
 * trailing slash. Two visits to the same job from different links give the same string.
 */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([key]) => !TRACKING.test(key));
  kept.sort(([a], [b]) => a.localeCompare(b));
  parsed.search = new URLSearchParams(kept).toString();
  parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  return parsed.toString();
}
