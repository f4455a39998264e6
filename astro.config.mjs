// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { defaultLocale, htmlLang, locales } from './src/i18n/locales.ts';

// Where the site is published: the one place for it. SITE_URL and SITE_BASE override it for a
// deployment (and for the test that builds the site under a sub-path).
const site = process.env.SITE_URL ?? 'https://agora-chat-errors.example.com';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: {
    // Styles as files, never inline <style>: the Content-Security-Policy allows style-src 'self' only.
    inlineStylesheets: 'never',
  },
  i18n: {
    locales: [...locales],
    defaultLocale,
    // The source language (Chinese) at the root, the others under /<locale>/.
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: htmlLang },
      // Name pages (/codes/GROUP_NOT_EXIST/) only redirect or disambiguate: not for search engines.
      filter: (page) => !/\/codes\/[A-Z_]+\/$/.test(page),
    }),
  ],
  markdown: {
    // Class-based highlighting: no inline styles, so a strict Content-Security-Policy holds.
    syntaxHighlight: 'prism',
  },
  vite: {
    build: {
      // Always emit scripts as files: inline scripts would need 'unsafe-inline' or hashes under a CSP.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX pipeline marks every compiled .mdx with "use astro:head-inject", which the bundler
        // reports once per file as a module-level directive it drops. Astro handles it itself; the
        // warning is noise (one line per code page) that would hide real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
