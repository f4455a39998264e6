/**
 * Adds to each built search page the preload hints only the build can write, after its pagefind script
 * hint (`<link rel="modulepreload" … data-pagefind-script>`, rendered by search.astro):
 * - the page language's index metadata (`pagefind.<lang>_<hash>.pf_meta`) and WebAssembly
 *   (`wasm.<lang|unknown>.pagefind`, under the script's `?ts=` tag as the patched pagefind.js fetches it),
 *   whose names exist only once pagefind has run;
 * - the chunks the search module imports (`/_astro/…js`), which Astro does not preload: without them
 *   the module's imports would be one more round trip before it runs.
 * So every fetch the page needs before the query's index chunks starts with the HTML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtSearchPages, pageLanguage, pagefindLanguage } from './search-pages.ts';

/** The static imports of the module at `file`, and theirs, as paths relative to `file`'s folder. */
function moduleImports(file: string, seen = new Set<string>()): string[] {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},*\s$]+from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    const target = path.resolve(path.dirname(file), match[1] ?? '');
    if (seen.has(target)) continue;
    seen.add(target);
    moduleImports(target, seen);
  }
  return [...seen];
}

export function addSearchPreloadHints(site: string): number {
  let changed = 0;
  for (const page of builtSearchPages(site)) {
    const html = readFileSync(page, 'utf8');
    const hint = /<link [^>]*data-pagefind-script[^>]*>/.exec(html)?.[0];
    if (!hint) continue;
    const [, href, tag] = /href="([^"]*)pagefind\.js(\?ts=[^"]*)?"/.exec(hint) ?? [];
    if (href === undefined) throw new Error(`${page}: the pagefind script hint names no pagefind.js`);
    const index = pagefindLanguage(path.join(site, 'pagefind'), pageLanguage(html, page));
    const fetchHint = (url: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="high" href="${url}">`;
    const hints = [fetchHint(`${href}pagefind.${index.hash}.pf_meta`), fetchHint(`${href}wasm.${index.wasm ?? 'unknown'}.pagefind${tag ?? ''}`)];
    // The search module: the page's own module script under /_astro/.
    const script = /<script type="module" src="([^"]*\/_astro\/)(search[^"]*\.js)"/.exec(html);
    if (script?.[1] && script[2]) {
      const astroDir = path.join(site, '_astro');
      for (const chunk of moduleImports(path.join(astroDir, script[2]))) {
        hints.push(`<link rel="modulepreload" fetchpriority="high" href="${script[1]}${path.relative(astroDir, chunk).split(path.sep).join('/')}">`);
      }
    }
    writeFileSync(page, html.replace(hint, `${hint}${hints.join('')}`));
    changed++;
  }
  return changed;
}
