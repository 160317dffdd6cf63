/** Renders public/icon/{16,32,48,128}.png from one SVG in Chromium (run after changing the mark). */
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0a66c2"/>
  <rect x="30" y="26" width="68" height="80" rx="10" fill="#fff"/>
  <rect x="42" y="44" width="44" height="8" rx="4" fill="#0a66c2"/>
  <rect x="42" y="60" width="32" height="8" rx="4" fill="#9cc7f5"/>
  <path d="M44 82 l10 10 l22 -24" fill="none" stroke="#1a7f37" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}" width="${size}" height="${size}">`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
