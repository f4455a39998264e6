// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://agora-chat-errors.example.com',
  integrations: [mdx()],
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
