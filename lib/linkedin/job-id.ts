/** LinkedIn job ids in addresses and attributes; see ../shared/LINKEDIN.md "Job id". */

const VIEW_PATH = /\/jobs\/view\/(?:[^/?#]*-)?(\d{6,})/;
const GUEST_API_PATH = /\/jobs-guest\/jobs\/api\/jobPosting\/(\d{6,})/;
const COMPONENT_KEY = /JobDetails_AboutTheJob_(\d{6,})/;

/** The job id a LinkedIn address names: `/jobs/view/<slug>-<id>`, `?currentJobId=<id>`, the guest API. */
export function jobIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const current = parsed.searchParams.get('currentJobId');
  if (current && /^\d{6,}$/.test(current)) return current;
  return (VIEW_PATH.exec(parsed.pathname) ?? GUEST_API_PATH.exec(parsed.pathname))?.[1] ?? null;
}

/** A job id in any attribute value that may hold one (href, data-job-id, componentkey). */
export function jobIdFromAttribute(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{6,}$/.test(value)) return value;
  return COMPONENT_KEY.exec(value)?.[1] ?? VIEW_PATH.exec(value)?.[1] ?? null;
}

/** True for a LinkedIn host (`www.linkedin.com`, `au.linkedin.com`, ...). */
export function isLinkedInUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'linkedin.com' || host.endsWith('.linkedin.com');
  } catch {
    return false;
  }
}

/** The one address to link back to: `https://www.linkedin.com/jobs/view/<id>/`. */
export function linkedInJobUrl(jobId: string): string {
  return `https://www.linkedin.com/jobs/view/${jobId}/`;
}
