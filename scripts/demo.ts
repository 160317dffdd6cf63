/**
 * `npm run demo`: builds the extension, starts Chromium with it, opens the bundled LinkedIn sample
 * under its real job URL (answered from the fixture by request interception), saves it through the
 * real toolbar popup, and writes demo-output/: popup screenshots (detail and list) and the CSV the
 * popup exports.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtensionBrowser } from '../tests/e2e/extension-browser';
import { GUEST, SDUI, TWO_PANE } from '../tests/e2e/linkedin-samples';

const OUT = join(process.cwd(), 'demo-output');
// The main sample (guest page) is saved last so it tops the list.
const SAMPLES = [TWO_PANE, SDUI, GUEST];

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const browser = await launchExtensionBrowser({ install: true });
try {
  browser.serve(Object.fromEntries(SAMPLES.map((s) => [s.url, s.html()])));
  let popup: import('playwright-core').Page | null = null;
  for (const [i, sample] of SAMPLES.entries()) {
    const page = await browser.context.newPage();
    await page.goto(sample.url);
    await page.bringToFront();
    if (i < SAMPLES.length - 1) await browser.openPopup(); // the toolbar click: the popup opens and captures the tab
    else {
      // The last sample is captured by the popup's own page over its tab, sized like the toolbar
      // popup, so the screenshots show what the click shows: "Saved", not a second capture's "Updated".
      popup = await browser.popupTab(await browser.tabIdOf(page));
      await popup.setViewportSize({ width: 420, height: 600 });
    }
    const saved = await browser.waitForPosting(sample.jobId);
    console.log(`Saved ${saved.title.value} — ${saved.company.value} (${saved.requirements.skills.length} skills)`);
  }
  if (!popup) throw new Error('no sample to capture');
  await popup.locator('#detail-title').waitFor();
  await popup.screenshot({ path: join(OUT, 'popup-detail.png') });
  await popup.getByRole('button', { name: '← All saved jobs' }).click();
  await popup.locator('.row').first().waitFor();
  await popup.screenshot({ path: join(OUT, 'popup-list.png') });

  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 760, height: 720 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('h1').first().waitFor();
  await options.screenshot({ path: join(OUT, 'options.png') });
  const csvPath = join(OUT, download.suggestedFilename());
  await download.saveAs(csvPath);
  console.log(`\nWrote demo-output/: popup-detail.png, popup-list.png, options.png and ${download.suggestedFilename()}`);
} finally {
  await browser.close();
}
