/**
 * Bytes a page costs a reader: its HTML plus the CSS and JS it loads at start-up, raw and gzip.
 * pagefind's index files load only when someone searches, so they are not counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  total: Weight;
  /** Number of scripts the page loads (all are modules that run once the page is parsed). */
  scripts: number;
}

const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

/** `page` is a path inside `dist` (e.g. "codes/206/index.html"); `base` the site's base path. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(path.join(dist, page));
  const text = html.toString('utf8');
  const local = (url: string) => path.join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const stylesheets = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
  const scripts = [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1] ?? '');
  const css = stylesheets.map((url) => weigh(readFileSync(local(url)))).reduce(add, ZERO);
  const js = scripts.map((url) => weigh(readFileSync(local(url)))).reduce(add, ZERO);
  const htmlWeight = weigh(html);
  return { html: htmlWeight, css, js, total: add(add(htmlWeight, css), js), scripts: scripts.length };
}
