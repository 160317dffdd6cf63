import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureResponse, TriggerRequest } from '../../lib/messages';
import { findChromium } from '../../scripts/find-chromium';
import { EXTENSION_DIR, launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './extension-browser';
import { GUEST, SDUI, TWO_PANE } from './linkedin-samples';

/*
 * How the shortcut and the context menu are driven. Headless Chromium cannot press a browser
 * shortcut (a key press goes to the page, never to the browser's accelerators: tried, nothing is
 * saved) nor open a context menu. So each test
 *   1. checks in the service worker that the real registration is there: the command and its
 *      default key (`commands.getAll`), the menu item (`contextMenus.update` rejects an unknown
 *      id), and a listener on `commands.onCommand` / `contextMenus.onClicked`;
 *   2. sends `{ type: 'run-trigger', trigger, tabId }` from an extension page; the background
 *      (which accepts it from its own pages only) calls the very functions those listeners call,
 *      `onShortcut('save-job', tab)` / `onMenuClick({ menuItemId: 'save-job' }, tab)`;
 *   3. asserts the outcome: the row in IndexedDB and the tab's badge (`action.getBadgeText`).
 */

let b: ExtensionBrowser;
/** An extension page to send messages from (the popup, capturing nothing). */
let extensionPage: Page;

const RECOMMENDED = 'https://www.linkedin.com/jobs/collections/recommended/';

beforeAll(async () => {
  b = await launchExtensionBrowser();
  b.serve({
    [GUEST.url]: GUEST.html(),
    [SDUI.url]: SDUI.html(),
    'https://www.linkedin.com/jobs/search/*': TWO_PANE.html(),
    [RECOMMENDED]: '<!doctype html><title>Jobs | LinkedIn</title><main><h2>Recommended for you</h2></main>',
    'https://example.org/about': '<!doctype html><title>About us</title><main><h1>About us</h1></main>',
  });
  extensionPage = await b.popupTab('none');
});
afterAll(async () => b?.close());

const trigger = (request: TriggerRequest) =>
  extensionPage.evaluate((r) => chrome.runtime.sendMessage<TriggerRequest, CaptureResponse>(r), request);
const badge = (tabId: number) => b.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const title = (tabId: number) => b.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url);
  return { page, tabId: await b.tabIdOf(page) };
}

describe('keyboard shortcut', () => {
  it('is registered as Alt+Shift+S with a listener', async () => {
    const commands = await b.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'save-job', shortcut: 'Alt+Shift+S', description: 'Save this job' }));
    expect(await b.worker.evaluate(() => chrome.commands.onCommand.hasListeners())).toBe(true);
  });

  it('saves the job through the popup capture path and flashes a check mark', async () => {
    const { page, tabId } = await openTab(GUEST.url);
    await expect.poll(() => title(tabId)).toBe('Save this job to Jobsnap'); // content script reported: not saved
    expect(await badge(tabId)).toBe('');
    const response = await trigger({ type: 'run-trigger', trigger: 'shortcut', tabId });
    expect(response).toEqual({ ok: true, jobId: GUEST.jobId, outcome: 'saved' });
    expect((await b.waitForPosting(GUEST.jobId)).title.value).toBe(GUEST.title);
    expect(await badge(tabId)).toBe('✓');
    expect(await title(tabId)).toBe('Jobsnap: saved this job');
    await page.close();
  });

  it('shows a red "!" with the reason on a page with no job, and saves nothing', async () => {
    const { page, tabId } = await openTab(RECOMMENDED);
    const before = (await b.postings()).length;
    const response = await trigger({ type: 'run-trigger', trigger: 'shortcut', tabId });
    expect(response?.ok).toBe(false);
    expect(await badge(tabId)).toBe('!');
    expect(await title(tabId)).toContain('No job is open on this LinkedIn page');
    expect(await b.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId)).toEqual([180, 35, 24, 255]);
    expect(await b.postings()).toHaveLength(before);
    await page.close();
  });
});

describe('context menu', () => {
  it('has its item and a listener', async () => {
    await expect(b.worker.evaluate(() => chrome.contextMenus.update('save-job', {}))).resolves.toBeUndefined();
    await expect(b.worker.evaluate(() => chrome.contextMenus.update('no-such-item', {}))).rejects.toThrow();
    expect(await b.worker.evaluate(() => chrome.contextMenus.onClicked.hasListeners())).toBe(true);
  });

  it('saves the job through the popup capture path and flashes a check mark', async () => {
    const { page, tabId } = await openTab(SDUI.url);
    const response = await trigger({ type: 'run-trigger', trigger: 'context-menu', tabId });
    expect(response).toEqual({ ok: true, jobId: SDUI.jobId, outcome: 'saved' });
    expect((await b.waitForPosting(SDUI.jobId)).title.value).toBe(SDUI.title);
    expect(await badge(tabId)).toBe('✓');
    await page.close();
  });
});

describe('toolbar badge on a LinkedIn job page', () => {
  it('is empty before the job is saved, ✓ after, empty again after a delete in the popup', async () => {
    const { page, tabId } = await openTab(TWO_PANE.url);
    await expect.poll(() => title(tabId)).toBe('Save this job to Jobsnap');
    expect(await badge(tabId)).toBe('');

    const popup = await b.popupTab(tabId); // the toolbar popup's own capture
    await expect.poll(() => popup.locator('#detail-title').textContent()).toContain('Software Engineer - Internship');
    await expect.poll(() => badge(tabId)).toBe('✓');
    await expect.poll(() => title(tabId), { timeout: 8000 }).toBe('Saved in Jobsnap: click to see it');

    await popup.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => badge(tabId)).toBe('');
    await expect.poll(() => title(tabId)).toBe('Save this job to Jobsnap');
    await popup.close();
    await page.close();
  });

  it('follows an in-page switch to another job', async () => {
    const { page, tabId } = await openTab(GUEST.url); // saved by the shortcut test above
    await expect.poll(() => badge(tabId)).toBe('✓');
    await page.evaluate(() => history.pushState({}, '', '/jobs/search/?currentJobId=4300000009'));
    await expect.poll(() => badge(tabId), { timeout: 5000 }).toBe('');
    expect(await title(tabId)).toBe('Save this job to Jobsnap');
    await page.close();
  });

  it('does not come back on another site after a save there was flashed', async () => {
    const { page, tabId } = await openTab(GUEST.url);
    expect((await trigger({ type: 'run-trigger', trigger: 'shortcut', tabId }))?.ok).toBe(true); // flash running
    await expect.poll(() => badge(tabId)).toBe('✓');
    await page.goto('https://example.org/about');
    await page.waitForTimeout(3500); // the flash has ended and repainted the page state
    expect(await badge(tabId)).toBe('');
    expect(await title(tabId)).toBe('Save this job to Jobsnap'); // the manifest's tooltip again
    await page.close();
  });
});

describe('popup header', () => {
  it('shows the version from the manifest', async () => {
    const { version } = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { version: string };
    await expect.poll(() => extensionPage.locator('.header').textContent()).toContain(`v${version}`);
  });
});

describe('manifest', () => {
  it('declares a strict content security policy for extension pages', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
    expect(manifest.content_security_policy?.extension_pages).toBe(
      "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe('options page', () => {
  it('stores the export settings, and the popup export and the next save follow them', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByLabel('Semicolon').check();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
    for (const column of ['Location', 'Workplace', 'Employment type', 'Seniority', 'Salary min', 'Salary max', 'Salary currency', 'Salary period']) {
      await options.getByLabel(column, { exact: true }).uncheck();
    }
    await options.getByRole('button', { name: 'Move Company up' }).click(); // Company, Title, ...
    await options.getByLabel('Status of a newly saved job').selectOption('reviewing');
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
    // Reloading shows what storage holds, not what the page remembers.
    await options.reload();
    await expect.poll(() => options.getByLabel('Semicolon').isChecked()).toBe(true);
    expect(await options.getByLabel('Location', { exact: true }).isChecked()).toBe(false);
    expect(await options.getByLabel('Status of a newly saved job').inputValue()).toBe('reviewing');
    expect(await options.locator('.columns li').first().textContent()).toContain('Company');

    // A new job gets the chosen status; the ones saved before keep theirs.
    const { page, tabId } = await openTab('https://www.linkedin.com/jobs/search/?currentJobId=4302668926&keywords=software');
    await trigger({ type: 'run-trigger', trigger: 'shortcut', tabId });
    expect((await b.waitForPosting(TWO_PANE.jobId)).status).toBe('reviewing');
    expect((await b.waitForPosting(GUEST.jobId)).status).toBe('new');
    await page.close();

    const popup = await b.popupTab('none');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';', newline: '\r\n' }).data;
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${header!.join(';')}`); // semicolons, not commas
    expect(header!.slice(0, 4)).toEqual(['Company', 'Title', 'Min years experience', 'Education']);
    expect(header).not.toContain('Location');
    expect(header).toHaveLength(23 - 8);
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining([GUEST.title, SDUI.title, TWO_PANE.title]));

    await options.getByRole('button', { name: 'Restore defaults' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
    await options.reload();
    await expect.poll(() => options.getByRole('radio', { name: /^Comma/ }).isChecked()).toBe(true);
    expect(await options.getByLabel('Status of a newly saved job').inputValue()).toBe('new');
    await popup.close();
    await options.close();
  });
});

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Every .ts/.tsx file under a source folder, tests excluded. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(ROOT, dir, f));

describe('in German', () => {
  // chrome.i18n follows --lang (headless Chromium ignores LANG / LANGUAGE; its getUILanguage()
  // says en-US even so), and the shared launcher takes no arguments: a bare launch of the same build.
  let de: BrowserContext;
  let worker: Worker;
  let profile: string;
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'jobsnap-de-'));
    de = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--lang=de', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    const pages: Record<string, string> = { [SDUI.url]: SDUI.html(), [RECOMMENDED]: '<!doctype html><title>Jobs | LinkedIn</title><main>Recommended</main>' };
    await de.route(/^https?:\/\//, (route) => {
      const body = pages[route.request().url()];
      return body === undefined ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    worker = de.serviceWorkers()[0] ?? (await de.waitForEvent('serviceworker'));
  });
  afterAll(async () => {
    await de?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('has every English message in German, with the same placeholders', () => {
    type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    const read = (lang: string) => JSON.parse(readFileSync(join(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8')) as Messages;
    const [en, deMessages] = [read('en'), read('de')];
    expect(Object.keys(deMessages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message, placeholders }] of Object.entries(en)) {
      const contents = (p?: Messages[string]['placeholders']) => Object.entries(p ?? {}).map(([name, { content }]) => `${name}=${content}`).sort();
      expect(contents(deMessages[key]!.placeholders), key).toEqual(contents(placeholders));
      expect(deMessages[key]!.message.match(/\$[A-Z_]+\$/g)?.sort(), key).toEqual(message.match(/\$[A-Z_]+\$/g)?.sort());
      expect(deMessages[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('has every message the code names, and names every message it has', () => {
    const files = [...sourceFiles('components'), ...sourceFiles('entrypoints'), ...sourceFiles('lib/i18n'), join(ROOT, 'lib/capture-error.ts'), join(ROOT, 'wxt.config.ts')];
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const en = Object.keys(JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as object);
    const deKeys = Object.keys(JSON.parse(readFileSync(join(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as object);
    // `t('key'`, `getMessage('key'` and `__MSG_key__`: each must exist in both locales.
    const called = [...code.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'|__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1] ?? m[2]!);
    expect(called.length).toBeGreaterThan(100);
    expect([...new Set(called)].filter((k) => !en.includes(k) || !deKeys.includes(k))).toEqual([]);
    // A message no code names (directly or in a key table) is dead text a translator would still pay for.
    expect(en.filter((k) => !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`))).toEqual([]);
  });

  it('names the shortcut and labels the options page from _locales/de', async () => {
    expect(await worker.evaluate(() => chrome.i18n.getMessage('menuSaveJob'))).toBe('Stelle in Jobsnap speichern');
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'save-job')?.description).toBe('Diese Stelle speichern');
    const options = await de.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await expect.poll(() => options.locator('h1').textContent()).toBe('Jobsnap-Einstellungen');
    expect(await options.title()).toBe('Jobsnap-Einstellungen');
    await options.getByLabel('Semikolon').check();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Gespeichert.');
    expect(await options.getByRole('button', { name: 'Title nach oben' }).count()).toBe(1);
  });

  it('shows a saved job and a failed capture in German in the popup', async () => {
    const extensionId = new URL(worker.url()).host;
    const tabIdOf = async (page: Page) => {
      await page.bringToFront();
      return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    };
    const job = await de.newPage();
    await job.goto(SDUI.url);
    const popup = await de.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(job)}`);
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('✓ Bei Ihren Stellen gespeichert');
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe('Site Reliability Engineer');
    expect(await popup.locator('.facts li').allTextContents()).toEqual(expect.arrayContaining(['Hybrid', 'Vollzeit', 'C$120K–150K/Jahr']));
    expect(await popup.locator('.req-group h3').allTextContents()).toEqual(['Erforderlich', 'Wünschenswert']);
    expect(await popup.getByLabel('Status').locator('option:checked').textContent()).toBe('Neu');
    expect(await popup.getByRole('button', { name: 'Löschen' }).count()).toBe(1);
    await popup.screenshot({ path: screenshotPath('popup-de.png') });

    const empty = await de.newPage();
    await empty.goto(RECOMMENDED);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(empty)}`);
    await expect
      .poll(() => popup.getByRole('alert').locator('p').textContent())
      .toBe('Auf dieser LinkedIn-Seite ist keine Stelle geöffnet. Öffnen Sie eine Stellenanzeige und klicken Sie dann erneut.');
    expect(await popup.getByRole('button', { name: 'Stattdessen Anzeige einfügen' }).count()).toBe(1);
    await popup.close();
    await empty.close();
    await job.close();

    const dashboard = await de.newPage();
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await expect.poll(() => dashboard.title()).toBe('Jobsnap-Übersicht');
    await expect.poll(() => dashboard.locator('.trow[data-job-id] .cell-status').first().textContent()).toBe('Neu');
    expect(await dashboard.getByRole('button', { name: 'Auswertung' }).count()).toBe(1);
    await dashboard.close();
  });
});
