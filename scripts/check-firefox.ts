/**
 * `npm run check:firefox`: builds the Firefox target (.output/firefox-mv2), starts Firefox headless
 * (FIREFOX_PATH, else /usr/bin/firefox-esr, /usr/bin/firefox), installs the build as a temporary
 * add-on over WebDriver BiDi (puppeteer-core), and proves it runs: Firefox reads the manifest
 * without a warning; the popup renders its empty state; three bundled LinkedIn samples, served
 * locally under their real URLs, are captured through the popup (content script → background →
 * IndexedDB); the badge, shortcut and context menu are registered; the dashboard and options
 * pages render; the toolbar button shows icon/ on the default theme and icon/on-dark/ on the dark
 * one (theme_icons). Writes
 * docs/screenshots/firefox-popup.png and firefox-dashboard.png. Exits 1 when anything fails,
 * including any error from the extension. Not part of `npm test`: it needs Firefox installed.
 *
 * Firefox specifics (153 ESR), found while writing this:
 * - WebDriver BiDi refuses to navigate to moz-extension:// ("not allowed in this context": only
 *   http, https, file, blob and about:blank count as safe) unless Firefox starts with
 *   --remote-allow-system-access, so it does (a throwaway profile, headless).
 * - BiDi reports no navigation, console or error events for extension pages, so `page.goto` into
 *   one never resolves and puppeteer's `pageerror` stays silent. The script waits on the pages'
 *   own state instead, and collects errors from Firefox itself: console calls from its output
 *   (`devtools.console.stdout.content`), everything else (uncaught errors, CSP refusals, failed
 *   loads, from pages, background and content script alike) from the Browser Console.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { GUEST, SDUI, TWO_PANE } from '../tests/e2e/linkedin-samples';
import { findFirefox } from './find-firefox';

const DIST = join(process.cwd(), '.output/firefox-mv2');
const SHOTS = join(process.cwd(), 'docs/screenshots');
// The main sample (guest page) is saved last so it tops the list, as in the demo.
const SAMPLES = [TWO_PANE, SDUI, GUEST];

let executablePath: string;
try {
  executablePath = findFirefox();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

console.log('Building the Firefox extension…');
execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  manifest_version: number;
  browser_specific_settings: { gecko: { id: string } };
};
const addonId = manifest.browser_specific_settings.gecko.id;
const messages = JSON.parse(readFileSync(join(DIST, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const msg = (name: string) => messages[name]?.message ?? `(missing message ${name})`;

// A fixed moz-extension UUID for this run, so the pages have known addresses.
const uuid = randomUUID();
const origin = `moz-extension://${uuid}`;

const firefox = await puppeteer.launch({
  browser: 'firefox',
  executablePath,
  headless: true,
  args: ['--remote-allow-system-access'],
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    'intl.locale.requested': 'en-US',
    'browser.dom.window.dump.enabled': true,
    'devtools.console.stdout.content': true,
  },
});
const output: string[] = [];
for (const stream of [firefox.process()?.stdout, firefox.process()?.stderr]) stream?.on('data', (chunk) => output.push(String(chunk)));

const failures: string[] = [];
const pass = (what: string) => console.log(`  ✓ ${what}`);
const fail = (what: string) => {
  console.log(`  ✗ ${what}`);
  failures.push(what);
};

/** Polls `fn` in the page until it returns a truthy value; survives the page navigating meanwhile. */
async function until<A, R>(page: Page, fn: (arg: A) => R, arg: A, what: string, ms = 15_000): Promise<NonNullable<Awaited<R>>> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(fn as (arg: unknown) => R, arg)) as Awaited<R>;
      if (value) return value as NonNullable<Awaited<R>>;
    } catch (error) {
      last = error; // the document was being replaced
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Shows an extension page in `page` (see the header for why not `page.goto` alone). */
async function open(page: Page, path: string): Promise<void> {
  const url = `${origin}/${path}`;
  const inExtension = await page.evaluate(() => location.protocol === 'moz-extension:').catch(() => false);
  if (inExtension) {
    await page.evaluate((u) => {
      location.href = u;
    }, url);
  } else {
    // Never resolves for moz-extension:// (no BiDi events); rejects when the browser closes.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
  }
  await until(page, (u) => location.href === u && document.readyState === 'complete', url, url);
}

/**
 * Runs `expression` (which must give a string, or a promise of one) in the browser's own chrome
 * scope over BiDi: what Firefox knows about the extension beyond its pages. That needs
 * --remote-allow-system-access and puppeteer's raw BiDi connection, which its typings do not
 * expose; null when either is missing or the expression throws (Firefox internals move).
 */
async function inBrowserChrome(expression: string): Promise<string | null> {
  type Send = (method: string, params: object) => Promise<{ result: unknown }>;
  const connection = (firefox as unknown as { connection?: { send?: Send } }).connection;
  if (typeof connection?.send !== 'function') return null;
  const send: Send = (method, params) => connection.send!(method, params);
  try {
    const tree = (await send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts?: { context: string }[] };
    const context = tree.contexts?.[0]?.context;
    if (!context) return null;
    const evaluated = (await send('script.evaluate', { expression, target: { context }, awaitPromise: true })).result as {
      type?: string;
      result?: { value?: unknown };
    };
    return evaluated.type === 'success' && typeof evaluated.result?.value === 'string' ? evaluated.result.value : null;
  } catch {
    return null;
  }
}

interface ConsoleMessage {
  category: string;
  warning: boolean;
  source: string;
  message: string;
}

/** What the Browser Console holds about the extension: CSP refusals, failed loads, uncaught errors. */
async function consoleServiceMessages(): Promise<ConsoleMessage[] | null> {
  const json = await inBrowserChrome(`JSON.stringify(Services.console.getMessageArray().filter((m) => m instanceof Ci.nsIScriptError).map((m) => ({
    category: m.category, warning: (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) !== 0,
    source: m.sourceName, message: m.errorMessage })))`);
  if (json === null) return null;
  return (JSON.parse(json) as ConsoleMessage[]).filter((m) => m.source.startsWith(origin) || m.message.includes(origin));
}

/** Firefox's reading of the manifest: the warnings it gave (unknown keys, bad values) and its errors. */
async function checkManifest(): Promise<void> {
  const json = await inBrowserChrome(`(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
    return JSON.stringify({ warnings: extension.warnings, errors: extension.errors });
  })()`);
  if (json === null) return console.log('  (Firefox\'s reading of the manifest not available: skipped)');
  const { warnings, errors } = JSON.parse(json) as { warnings: string[]; errors: string[] };
  if (!warnings.length && !errors.length) pass('manifest: Firefox reports no warning and no error');
  else fail(`manifest: ${[...errors, ...warnings].join('; ')}`);
}

/**
 * The toolbar button's icon under the default (light) theme, then under Firefox's dark theme:
 * theme_icons must give icon/ then icon/on-dark/. Pins the button to the toolbar first (Firefox
 * keeps extension buttons in the extensions menu until pinned). Run last: it leaves the dark theme on.
 */
async function checkToolbarIcons(): Promise<void> {
  const widget = `${addonId.replace(/[^a-z0-9_-]/gi, '_').toLowerCase()}-browser-action`;
  const icon = (enableDarkTheme: boolean) =>
    inBrowserChrome(`(async () => {
      if (${enableDarkTheme}) {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        await (await AddonManager.getAddonByID('firefox-compact-dark@mozilla.org')).enable();
      } else {
        CustomizableUI.addWidgetToArea(${JSON.stringify(widget)}, CustomizableUI.AREA_NAVBAR);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const image = document.getElementById(${JSON.stringify(widget)})?.querySelector('.toolbarbutton-icon');
      return image ? getComputedStyle(image).listStyleImage : '';
    })()`);
  const expect = async (theme: string, dark: boolean, dir: string) => {
    const image = await icon(dark);
    if (image === null || image === '') return console.log(`  (toolbar button not found under the ${theme} theme: icon check skipped)`);
    const shown = [...image.matchAll(/icon\/[\w/-]+\.png/g)].map((m) => m[0]);
    if (shown.length && shown.every((path) => path.startsWith(dir) && !path.slice(dir.length).includes('/'))) pass(`toolbar icon, ${theme} theme: ${shown.join(', ')}`);
    else fail(`toolbar icon, ${theme} theme: expected ${dir}*.png, got ${image}`);
  };
  await expect('default (light)', false, 'icon/');
  await expect('dark', true, 'icon/on-dark/');
}

/**
 * Fire-and-forget messages (the content script's "page-job" on pagehide) settle after their page
 * is gone; Firefox reports that as an error, though the message was delivered and needs no answer.
 */
const HARMLESS = /^Promise resolved while context is inactive/;

/**
 * Fails on any console.error (Firefox's output; console calls never reach the console service)
 * and any error the Browser Console holds about the extension; without the Browser Console, on
 * the uncaught errors Firefox prints ("JavaScript error: <url>, line …").
 */
async function checkErrors(): Promise<void> {
  const lines = output.join('').split('\n');
  const errors = lines.filter((line) => line.startsWith('console.error:'));
  const messages = await consoleServiceMessages().catch(() => null); // never fails the check itself
  if (messages) {
    const harmless = messages.filter((m) => !m.warning && HARMLESS.test(m.message));
    for (const m of messages.filter((m) => !m.warning && !HARMLESS.test(m.message))) errors.push(`${m.category}: ${m.source}: ${m.message.trim()}`);
    if (harmless.length) console.log(`  (ignored ${harmless.length} × "Promise resolved while context is inactive": a message sent on pagehide)`);
  } else {
    console.log('  (Browser Console not readable: checking the uncaught errors Firefox prints only; CSP refusals would go unseen)');
    errors.push(...lines.filter((line) => line.startsWith(`JavaScript error: ${origin}/`)));
  }
  if (errors.length) fail(`errors from the extension:\n    ${errors.join('\n    ')}`);
  else pass('no error from the extension pages, background or content script (uncaught, console.error, CSP, loading)');
}

try {
  console.log(`Firefox: ${await firefox.version()} (${executablePath})`);
  const installed = await firefox.installExtension(DIST);
  if (installed !== addonId) throw new Error(`installed as ${installed}, expected ${addonId}`);
  pass(`installed .output/firefox-mv2 (MV${manifest.manifest_version}) as a temporary add-on: ${installed}`);
  await checkManifest();

  // The tab the samples load in; every request is answered here or refused: nothing leaves.
  const [jobTab] = await firefox.pages();
  if (!jobTab) throw new Error('Firefox opened no tab');
  await jobTab.setRequestInterception(true);
  jobTab.on('request', (request) => {
    const sample = SAMPLES.find((s) => s.url === request.url());
    void (sample ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: sample.html() }) : request.abort());
  });

  mkdirSync(SHOTS, { recursive: true });
  const page = await firefox.newPage();
  await page.setViewport({ width: 420, height: 600 });
  await open(page, 'popup.html?tab=none');
  const empty = await until(
    page,
    () => {
      const brand = document.querySelector('h1.brand')?.textContent;
      return brand ? { brand, text: document.body.innerText } : null;
    },
    null,
    'the popup',
  );
  if (empty.brand === msg('extName') && empty.text.includes(msg('popupEmpty'))) pass(`popup renders: "${empty.brand}", "${msg('popupEmpty')}"`);
  else fail(`popup: header "${empty.brand}", text "${empty.text.slice(0, 200)}"`);

  const tabIds = await page.evaluate(async () => {
    const self = await browser.tabs.getCurrent();
    return (await browser.tabs.query({})).map((t) => t.id).filter((id) => id !== undefined && id !== self?.id);
  });
  const jobTabId = tabIds[0];
  if (tabIds.length !== 1 || jobTabId === undefined) throw new Error(`expected one other tab, found ${JSON.stringify(tabIds)}`);

  for (const sample of SAMPLES) {
    await jobTab.goto(sample.url);
    // The toolbar click: the popup opens over that tab and captures it.
    await open(page, `popup.html?tab=${jobTabId}`);
    try {
      const title = await until(page, () => document.querySelector('#detail-title')?.textContent, null, 'the saved job in the popup');
      if (title === sample.title) pass(`captured ${sample.jobId}: "${title}"`);
      else fail(`captured ${sample.jobId}: title "${title}", expected "${sample.title}"`);
    } catch (error) {
      const banner = await page.evaluate(() => document.querySelector('.banner')?.textContent).catch(() => undefined);
      fail(`capture of ${sample.jobId}: ${String(error)}${banner ? `; popup says "${banner}"` : ''}`);
    }
  }
  await page.screenshot({ path: join(SHOTS, 'firefox-popup.png') });

  try {
    const badge = await until(page, (tabId) => (browser.action ?? browser.browserAction).getBadgeText({ tabId }), jobTabId, 'the badge', 5_000);
    pass(`toolbar badge on the saved job's tab: "${badge}"`);
  } catch (error) {
    fail(`badge: ${String(error)}`);
  }
  const registered = await page.evaluate(async () => {
    const commands = await browser.commands.getAll();
    let menu = 'ok';
    await browser.contextMenus.update('save-job', {}).catch((error: unknown) => (menu = String(error)));
    return { shortcut: commands.find((c) => c.name === 'save-job')?.shortcut ?? null, menu };
  });
  if (registered.shortcut === 'Alt+Shift+S') pass('shortcut registered: Alt+Shift+S');
  else fail(`shortcut: ${registered.shortcut}`);
  if (registered.menu === 'ok') pass('context menu item registered: save-job');
  else fail(`context menu: ${registered.menu}`);

  await page.setViewport({ width: 1280, height: 900 });
  await open(page, 'dashboard.html');
  try {
    const rows = await until(
      page,
      (n) => {
        const titles = [...document.querySelectorAll('[role="rowgroup"] .cell-title')].map((el) => el.textContent ?? '');
        return titles.length >= n ? titles : null;
      },
      SAMPLES.length,
      'the dashboard table',
    );
    const missing = SAMPLES.filter((s) => !rows.includes(s.title));
    if (!missing.length) pass(`dashboard renders: ${rows.length} jobs in the table`);
    else fail(`dashboard: missing ${missing.map((s) => s.title).join(', ')} in ${JSON.stringify(rows)}`);
  } catch (error) {
    fail(`dashboard: ${String(error)}`);
  }
  await page.screenshot({ path: join(SHOTS, 'firefox-dashboard.png') });
  // A job's detail builds its sourcing search from the taxonomy, which the dashboard imports then.
  try {
    await page.evaluate(() => (document.querySelector('[role="rowgroup"] .trow') as HTMLElement | null)?.click());
    const query = await until(page, () => document.querySelector('.boolean-query')?.textContent || null, undefined, 'the sourcing search');
    pass(`dashboard loads the taxonomy on demand: ${query.slice(0, 60)}`);
  } catch (error) {
    fail(`dashboard sourcing search: ${String(error)}`);
  }

  await page.setViewport({ width: 760, height: 720 });
  await open(page, 'options.html');
  const heading = await until(page, () => document.querySelector('h1')?.textContent, null, 'the options page').catch(() => null);
  if (heading === msg('optionsTitle')) pass(`options page renders: "${heading}"`);
  else fail(`options page: heading ${JSON.stringify(heading)}`);

  await checkToolbarIcons();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await new Promise((resolve) => setTimeout(resolve, 500)); // let late errors reach the output
  await checkErrors();
  await firefox.close();
}

if (failures.length) {
  console.error(`\nFirefox check FAILED (${failures.length})`);
  process.exit(1);
}
console.log('\nFirefox check passed. Screenshots: docs/screenshots/firefox-popup.png, docs/screenshots/firefox-dashboard.png');
