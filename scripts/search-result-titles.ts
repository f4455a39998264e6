/**
 * Fills each built search page's `<script type="application/json" data-result-titles>` (rendered empty by
 * search.astro) with its language's indexed pages: pagefind id → [URL, title], read from pagefind's
 * fragment files. The search page then lists a result's link as soon as pagefind has ranked it, and fetches
 * the fragment for the excerpt only (src/search/result-titles.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const PLACEHOLDER = /(<script type="application\/json" data-result-titles>)\{\}(<\/script>)/;
/** pagefind's files start, once unzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta?: { title?: string };
}

/** Every page of `language` in the pagefind bundle at `bundle`: id → [url, title]. */
export function resultTitles(bundle: string, language: string): Record<string, [string, string]> {
  const titles: Record<string, [string, string]> = {};
  const folder = path.join(bundle, 'fragment');
  for (const file of readdirSync(folder)) {
    if (!file.startsWith(`${language}_`) || !file.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${path.join(folder, file)}: not a pagefind fragment (no ${SIGNATURE} signature)`);
    const fragment = JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
    titles[file.replace(/\.pf_fragment$/, '')] = [fragment.url, fragment.meta?.title ?? fragment.url];
  }
  return titles;
}

/** Writes the titles into every search page of `site`; returns how many pages it filled. */
export function addResultTitles(site: string): number {
  const pages = readdirSync(site, { withFileTypes: true, recursive: true })
    .filter((file) => file.isFile() && file.name === 'index.html' && path.basename(file.parentPath) === 'search')
    .map((file) => path.join(file.parentPath, file.name));
  let filled = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    if (!PLACEHOLDER.test(html)) continue;
    const language = /<html [^>]*lang="([^"]+)"/.exec(html)?.[1]?.toLowerCase();
    if (!language) throw new Error(`${page}: no <html lang>`);
    const titles = resultTitles(path.join(site, 'pagefind'), language);
    if (Object.keys(titles).length === 0) throw new Error(`${page}: pagefind indexed no page in lang=${language}`);
    const json = JSON.stringify(titles).replace(/</g, '\\u003c');
    writeFileSync(page, html.replace(PLACEHOLDER, (_, open: string, close: string) => `${open}${json}${close}`));
    filled++;
  }
  return filled;
}
