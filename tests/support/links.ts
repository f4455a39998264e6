import { existsSync } from 'node:fs';
import path from 'node:path';

/** An internal reference found in a built page. */
export interface Reference {
  page: string;
  url: string;
}

const ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Internal URLs of a page: links, assets, form targets. External, mailto: and data: URLs are left out. */
export function internalReferences(page: string, html: string): Reference[] {
  return [...html.matchAll(ATTRIBUTE)]
    .map((match) => match[1] ?? '')
    .filter((url) => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url))
    .map((url) => ({ page, url: url.replaceAll('&amp;', '&') }));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((match) => match[1] ?? ''));
}

/**
 * Why `reference` does not resolve in the site at `dist`, or undefined when it does: the file must
 * exist (a directory means its index.html) and a #fragment must name an id on the target page.
 */
export function brokenReason(
  dist: string,
  reference: Reference,
  readPage: (file: string) => string,
): string | undefined {
  const base = new URL(`http://site/${reference.page}`);
  const target = new URL(reference.url, base);
  let file = decodeURIComponent(target.pathname).replace(/^\//, '');
  if (file === '' || file.endsWith('/')) file = `${file}index.html`;
  const absolute = path.join(dist, file);
  if (!existsSync(absolute)) return `${reference.url}: no file ${file}`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsOf(readPage(file)).has(fragment)) return `${reference.url}: no id "${fragment}" in ${file}`;
  return undefined;
}
