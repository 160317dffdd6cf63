import { browserPath } from './find-browser';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Firefox (ESR first), or the browser FIREFOX_PATH names; never installs one. */
export function findFirefox(): string {
  const found = browserPath('FIREFOX_PATH', CANDIDATES);
  if (found) return found;
  throw new Error(
    `Firefox not found (looked for ${CANDIDATES.join(', ')}). Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
  );
}
