/**
 * What the build steps that finish the search pages after pagefind has run share (search-preload-hints.ts,
 * search-page-index.ts): finding the built search pages, each page's language, and that language's index
 * in pagefind's entry file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A language's index as pagefind's entry file names it: its metadata's hash and its WebAssembly's language. */
export interface PagefindLanguage {
  hash: string;
  wasm: string | null;
}

/** Every built search page of `site` (…/search/index.html, one per locale). */
export function builtSearchPages(site: string): string[] {
  return readdirSync(site, { withFileTypes: true, recursive: true })
    .filter((file) => file.isFile() && file.name === 'index.html' && path.basename(file.parentPath) === 'search')
    .map((file) => path.join(file.parentPath, file.name));
}

/** The page's `<html lang>`, lower case, as pagefind reads it; throws, naming the page, when it has none. */
export function pageLanguage(html: string, page: string): string {
  const language = /<html [^>]*lang="([^"]+)"/.exec(html)?.[1]?.toLowerCase();
  if (!language) throw new Error(`${page}: no <html lang>`);
  return language;
}

/** The index of `language` in the bundle's entry file (zh-cn, else zh, as pagefind picks); throws when there is none. */
export function pagefindLanguage(bundle: string, language: string): PagefindLanguage {
  const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, PagefindLanguage> };
  const index = entry.languages[language] ?? entry.languages[language.split('-')[0] ?? ''];
  if (!index) throw new Error(`${bundle}: no pagefind index for lang=${language}`);
  return index;
}
