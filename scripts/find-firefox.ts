import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Firefox (ESR first), or the browser FIREFOX_PATH names; never installs one. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `Firefox not found (looked for ${CANDIDATES.join(', ')}). Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
  );
}
