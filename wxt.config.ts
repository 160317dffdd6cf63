import { defineConfig } from 'wxt';

/**
 * Extension pages run only the bundle's own scripts: no inline or remote code, no plugins, no
 * `<base>` rewriting, and no page may frame them. `npm run dev` needs a localhost dev server, so
 * the policy applies to builds only (WXT injects its own for dev).
 */
const PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, manifestVersion, mode }) => ({
    // Strings in public/_locales/{en,de}/messages.json; WXT types browser.i18n.getMessage from en.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read a non-LinkedIn job page (JSON-LD) only when the user clicks the
    // toolbar button, presses the shortcut or picks the menu item; no access to any site before.
    // contextMenus: the "Save job to Jobsnap" item, shown on LinkedIn job pages only.
    // storage: the options page's export settings (browser.storage.local, never synced).
    // The LinkedIn content script is declared in its entrypoint (host match *.linkedin.com/jobs/*).
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    action: { default_title: 'Save this job' },
    commands: {
      'save-job': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSaveJob__' },
    },
    ...(mode === 'production'
      ? { content_security_policy: manifestVersion === 3 ? { extension_pages: PAGES_CSP } : PAGES_CSP }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // AMO ties an add-on to this id forever: change it only before the first upload.
            // AMO requires the data collection declaration (none here), which Firefox reads
            // from 140 (the current ESR) and Firefox for Android from 142.
            gecko: { id: 'jobsnap@jobsnap.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
