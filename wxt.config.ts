import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Jobsnap',
    description:
      'Save LinkedIn job postings with one click, see their requirements, review and export them. Everything stays on your machine.',
    // activeTab + scripting: read a non-LinkedIn job page (JSON-LD) only when the user clicks the
    // toolbar button; no access to any site before that click.
    // The LinkedIn content script is declared in its entrypoint (host match *.linkedin.com/jobs/*).
    permissions: ['activeTab', 'scripting'],
    action: { default_title: 'Save this job' },
  },
});
