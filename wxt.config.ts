import { defineConfig } from 'wxt';

/**
 * Extension pages run only the bundle's own scripts: no inline or remote code, no plugins, no
 * `<base>` rewriting, and no page may frame them. `npm run dev` needs a localhost dev server, so
 * the policy applies to builds only (WXT injects its own for dev).
 */
const PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Firefox's toolbar icon per theme (`scripts/make-icons.ts` renders both sets). Firefox names
 * each entry by the icon's colour: `light` is the light icon it shows on dark toolbars,
 * `dark` the one for light toolbars. Chrome has no equivalent and shows the default icons.
 */
const THEME_ICONS = [16, 32, 48, 128].map((size) => ({ light: `icon/on-dark/${size}.png`, dark: `icon/${size}.png`, size }));

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The toolbar button's tooltip, translated. WXT takes the action's title from the popup's
    // <title> ("Jobsnap"), which the manifest key would not override.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
    // The on-dark icons serve Firefox's theme_icons only: keep them out of the Chrome package.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      const kept = files.filter((file) => !file.relativeDest.startsWith('icon/on-dark/'));
      files.splice(0, files.length, ...kept);
    },
  },
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
    commands: {
      'save-job': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSaveJob__' },
    },
    ...(mode === 'production'
      ? { content_security_policy: manifestVersion === 3 ? { extension_pages: PAGES_CSP } : PAGES_CSP }
      : {}),
    ...(browser === 'firefox'
      ? {
          // The Firefox target is MV2, whose browser_action WXT builds from the popup entrypoint
          // and this key (not from `action`).
          browser_action: { theme_icons: THEME_ICONS },
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
