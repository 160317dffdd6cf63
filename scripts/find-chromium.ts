import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPath } from './find-browser';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Debian's Chromium, or the browser CHROMIUM_PATH names. With `install`, a root user on Debian
 * with none gets `apt-get install chromium` (the demo's one-command set-up); tests never install.
 */
export function findChromium({ install = false } = {}): string {
  const found = browserPath('CHROMIUM_PATH', CANDIDATES);
  if (found) return found;
  if (install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian’s chromium package (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error('Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
}
