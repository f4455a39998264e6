/**
 * Fills each built search page's `<script type="application/json" data-pagefind-index>` (rendered empty by
 * search.astro) with what the page needs from its language's pagefind index before pagefind has loaded:
 * - `titles`: each indexed page's pagefind id → [URL, title], read from pagefind's fragment files, so a
 *   result's link shows as soon as pagefind has ranked it (src/search/result-titles.ts);
 * - `chunks`: the index chunks' ranges [first word, last word, hash], read from the language's metadata
 *   file, so the page preloads the query's chunks while pagefind starts (src/search/index-chunks.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scriptJson } from '../src/search/script-json.ts';
import { readCbor } from './cbor.ts';
import { builtSearchPages, pageLanguage, pagefindLanguage } from './search-pages.ts';

const PLACEHOLDER = /(<script type="application\/json" data-pagefind-index>)\{\}(<\/script>)/;
/** pagefind's files start, once unzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta?: { title?: string };
}

/** A pagefind file's data: unzipped, its signature checked and removed. */
function pagefindData(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file}: not a pagefind file (no ${SIGNATURE} signature)`);
  return data.subarray(SIGNATURE.length);
}

/** Every page of `language` in the pagefind bundle at `bundle`: id → [url, title]. */
export function resultTitles(bundle: string, language: string): Record<string, [string, string]> {
  const titles: Record<string, [string, string]> = {};
  const folder = path.join(bundle, 'fragment');
  for (const file of readdirSync(folder)) {
    if (!file.startsWith(`${language}_`) || !file.endsWith('.pf_fragment')) continue;
    const fragment = JSON.parse(pagefindData(path.join(folder, file)).toString('utf8')) as Fragment;
    titles[file.replace(/\.pf_fragment$/, '')] = [fragment.url, fragment.meta?.title ?? fragment.url];
  }
  return titles;
}

/**
 * The index chunks of `language`: pagefind 1.6's metadata is CBOR, an array whose third item lists the
 * chunks as [from, to, hash] (its first is the version, checked here, its second the pages: another layout
 * fails the build).
 */
export function indexChunks(bundle: string, language: string): [string, string, string][] {
  const file = path.join(bundle, `pagefind.${pagefindLanguage(bundle, language).hash}.pf_meta`);
  const meta = readCbor(pagefindData(file));
  const chunks = Array.isArray(meta) && typeof meta[0] === 'string' && meta[0].startsWith('1.6.') ? meta[2] : undefined;
  const valid = Array.isArray(chunks) && chunks.length > 0 && chunks.every((chunk) => Array.isArray(chunk) && chunk.length === 3 && chunk.every((part) => typeof part === 'string'));
  if (!valid) throw new Error(`${file}: not pagefind 1.6's metadata (version, pages, index chunks as [from, to, hash]): check scripts/search-page-index.ts`);
  return chunks as [string, string, string][];
}

/** Writes the titles and chunks into every search page of `site`; returns how many pages it filled. */
export function addSearchPageIndex(site: string): number {
  const bundle = path.join(site, 'pagefind');
  let filled = 0;
  for (const page of builtSearchPages(site)) {
    const html = readFileSync(page, 'utf8');
    if (!PLACEHOLDER.test(html)) continue;
    const language = pageLanguage(html, page);
    const titles = resultTitles(bundle, language);
    if (Object.keys(titles).length === 0) throw new Error(`${page}: pagefind indexed no page in lang=${language}`);
    const json = scriptJson({ titles, chunks: indexChunks(bundle, language) });
    writeFileSync(page, html.replace(PLACEHOLDER, (_, open: string, close: string) => `${open}${json}${close}`));
    filled++;
  }
  return filled;
}
