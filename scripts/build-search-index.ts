/**
 * Builds the pagefind index of dist/ and fails (exit 1) on any pagefind error, or when the number
 * of indexed pages differs from the number of pages marked data-pagefind-body: the pagefind CLI
 * exits 0 in both of those cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { patchPagefind } from './pagefind-patches.ts';
import { addSearchPreloadHints } from './search-preload-hints.ts';
import { addSearchPageIndex } from './search-page-index.ts';

// The folder of the built site: an argument, else the one astro.config.mjs wrote (SITE_OUT_DIR), else dist.
const SITE = process.argv[2] ?? process.env.SITE_OUT_DIR ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function fail(message: string): never {
  console.error(`search index: ${message}`);
  process.exit(1);
}

const indexable = htmlFiles(SITE).filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
if (indexable.length === 0) fail(`no page in ${SITE} has data-pagefind-body`);

const started = performance.now();
const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index || createErrors.length > 0) fail(`could not start pagefind: ${createErrors.join('; ')}`);

const { errors } = await index.addDirectory({ path: SITE });
if (errors.length > 0) fail(errors.join('; '));

const outputPath = path.join(SITE, 'pagefind');
const { errors: writeErrors } = await index.writeFiles({ outputPath });
if (writeErrors.length > 0) fail(writeErrors.join('; '));
await pagefind.close();

// addDirectory counts the files it read; the entry file counts the pages each language index holds.
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}
const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
const perLanguage = Object.entries(entry.languages).map(([language, { page_count }]) => `${language}: ${page_count}`);
const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
if (indexed !== indexable.length) fail(`indexed ${indexed} pages (${perLanguage.join(', ')}), expected ${indexable.length}`);

// The search pages preload the index files of their language (their names are known only now), and
// carry each indexed page's title (a result shows before its fragment loads) and the index's chunk
// ranges (the query's chunks load while pagefind starts).
if (addSearchPreloadHints(SITE) === 0) fail(`no search page in ${SITE} has the pagefind script hint (data-pagefind-script)`);
try {
  if (addSearchPageIndex(SITE) === 0) fail(`no search page in ${SITE} has the pagefind-index placeholder (data-pagefind-index)`);
  patchPagefind(outputPath);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

console.log(`search index: ${indexed} pages (${perLanguage.join(', ')}) in ${Math.round(performance.now() - started)} ms`);
