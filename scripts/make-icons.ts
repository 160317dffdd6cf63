/**
 * Renders the toolbar and store icons from one SVG mark in Chromium (run after changing the mark):
 * - public/icon/{16,32,48,128}.png: the default (Chrome, Firefox on light themes, stores);
 * - public/icon/on-dark/{16,32,48,128}.png: the same mark for dark toolbars, which Firefox picks
 *   through `theme_icons` (wxt.config.ts; Firefox calls it the `light` icon);
 * - docs/screenshots/icons-on-toolbars.png: both sets on light and dark toolbar colours, to look at.
 * Prints the contrast of the mark's outer shapes against each toolbar colour.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium';

interface Palette {
  tile: string;
  page: string;
  line: string;
  line2: string;
  check: string;
}

/** Blue tile, white page, two text lines and a green check. */
const DEFAULT: Palette = { tile: '#0a66c2', page: '#ffffff', line: '#0a66c2', line2: '#9cc7f5', check: '#1a7f37' };
/** Dark toolbars: a light blue tile (the dark-mode accent) around a dark page. */
const ON_DARK: Palette = { tile: '#70b5f9', page: '#1b1f24', line: '#70b5f9', line2: '#3f6f9f', check: '#3fb950' };

const mark = (p: Palette) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="${p.tile}"/>
  <rect x="30" y="26" width="68" height="80" rx="10" fill="${p.page}"/>
  <rect x="42" y="44" width="44" height="8" rx="4" fill="${p.line}"/>
  <rect x="42" y="60" width="32" height="8" rx="4" fill="${p.line2}"/>
  <path d="M44 82 l10 10 l22 -24" fill="none" stroke="${p.check}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const SIZES = [16, 32, 48, 128];
const SETS = [
  { name: 'default', label: 'icon/<br><small>Chrome; Firefox light themes</small>', dir: 'public/icon', palette: DEFAULT },
  { name: 'on-dark', label: 'icon/on-dark/<br><small>Firefox dark themes</small>', dir: 'public/icon/on-dark', palette: ON_DARK },
];
/** Chrome light and dark (#202124 page, #3c3c3c toolbar), Firefox light and dark. */
const TOOLBARS = [
  { name: 'white', color: '#ffffff' },
  { name: 'Firefox light', color: '#f9f9fb' },
  { name: 'Chrome dark', color: '#3c3c3c' },
  { name: 'near-black', color: '#202124' },
  { name: 'Firefox dark', color: '#2b2a33' },
];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const set of SETS) {
  mkdirSync(set.dir, { recursive: true });
  const svg = Buffer.from(mark(set.palette)).toString('base64');
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}">`);
    await page.screenshot({ path: `${set.dir}/${size}.png`, omitBackground: true });
  }
}

// The contact sheet shows the PNGs just written: at 1× as a toolbar shows them, and 16 px at 4×.
const png = (dir: string, size: number) => `data:image/png;base64,${readFileSync(`${dir}/${size}.png`).toString('base64')}`;
const rows = SETS.map(
  (set) => `<tr><th>${set.label}</th>${TOOLBARS.map(
    (bar) => `<td style="background:${bar.color}">
      <img src="${png(set.dir, 16)}" width="16" height="16"> <img src="${png(set.dir, 32)}" width="16" height="16" title="32 px at 2× DPI">
      <img src="${png(set.dir, 32)}" width="32" height="32"> <img class="zoom" src="${png(set.dir, 16)}" width="64" height="64"></td>`,
  ).join('')}</tr>`,
);
await page.setViewportSize({ width: 980, height: 260 });
await page.setContent(`<style>
  body { margin: 16px; font: 13px system-ui, sans-serif; color: #222; background: #fff; }
  table { border-collapse: collapse; } th { text-align: left; padding: 6px 10px; font-weight: 600; }
  td { padding: 14px 16px; } td img { vertical-align: middle; margin-right: 6px; } .zoom { image-rendering: pixelated; }
  p { color: #555; margin: 10px 0 0; }
</style><table><tr><th></th>${TOOLBARS.map((b) => `<th>${b.name}<br><small>${b.color}</small></th>`).join('')}</tr>${rows.join('')}</table>
<p>Each cell: 16 px, 32 px drawn at 16 (2× displays), 32 px, and 16 px enlarged 4×. Firefox picks the set by theme (theme_icons); Chrome always shows the default set.</p>`);
await page.screenshot({ path: 'docs/screenshots/icons-on-toolbars.png', fullPage: true });
await browser.close();

for (const set of SETS) {
  const { tile, page: sheet } = set.palette;
  console.log(
    `${set.name}: ${TOOLBARS.map((bar) => `${bar.name} tile ${contrast(tile, bar.color).toFixed(1)}:1, page ${contrast(sheet, bar.color).toFixed(1)}:1`).join('; ')}`,
  );
}
