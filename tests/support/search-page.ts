import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A query of tests/data/real-queries.json: real phrasing, where it came from, the codes that answer it. */
export interface RealQuery {
  locale: 'zh-cn' | 'en';
  query: string;
  codes: number[];
  /** A symptom (content/symptoms.yaml) whose page is also a right answer: the query describes it, not one code. */
  symptom?: string | undefined;
  source: string;
}

export function readRealQueries(): RealQuery[] {
  const file = 'tests/data/real-queries.json';
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sources: Record<string, string>; queries: RealQuery[] };
  for (const [index, entry] of data.queries.entries()) {
    const where = `${file}: queries[${index}]`;
    if (!['zh-cn', 'en'].includes(entry.locale)) throw new Error(`${where}: locale must be zh-cn or en, got ${JSON.stringify(entry.locale)}`);
    if (typeof entry.query !== 'string' || entry.query.trim() === '') throw new Error(`${where}: query must be text`);
    if (!Array.isArray(entry.codes) || entry.codes.length === 0 || !entry.codes.every(Number.isInteger)) throw new Error(`${where}: codes must list integer codes`);
    if (entry.symptom !== undefined && !/^[a-z][a-z0-9-]*$/.test(entry.symptom)) throw new Error(`${where}: symptom must be a symptom id`);
    if (!(entry.source in data.sources)) throw new Error(`${where}: source ${JSON.stringify(entry.source)} is not in "sources"`);
  }
  return data.queries;
}

/** What the search page did with a query, and how long until the reader saw it. */
export interface SearchOutcome {
  /** landed: went to a code's or a symptom's page; listed: showed codes, symptoms or results; nothing: said nothing matched. */
  kind: 'landed' | 'listed' | 'nothing';
  /** The code landed on, or the codes listed in order (codes or symptoms the notice names first, then results). */
  codes: number[];
  /** The paths landed on or listed, in the same order (a symptom page, landed on or listed, has no code: NaN in `codes`). */
  paths: string[];
  /** From opening /search/?q=… to the code page's address, the first result, or the no-match answer. */
  ms: number;
}

/** The links that count as the search page's answer: listed codes, symptom pages and results. */
export const RESULT_LINKS =
  '[data-lookup-notice][data-kind="codes"] a, [data-lookup-notice][data-kind="http"] a, [data-lookup-notice][data-kind="symptom"] a, [data-partial-results] a, [data-search-results] a';

/** Opens `prefix`/search/?q=`query` like a reader who pressed Enter in the header's box. */
export async function searchThroughPage(page: Page, prefix: string, query: string): Promise<SearchOutcome> {
  const started = performance.now();
  await page.goto(`${prefix}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  const settled = await Promise.race([
    page.waitForURL((url) => !url.pathname.endsWith('/search/'), { waitUntil: 'commit', timeout: 30_000 }).then(() => 'landed' as const),
    page.locator(RESULT_LINKS).first().waitFor({ timeout: 30_000 }).then(() => 'listed' as const),
    page.locator('[data-no-match]:not([hidden])').waitFor({ timeout: 30_000 }).then(() => 'nothing' as const),
  ]);
  const ms = performance.now() - started;
  const pathOf = (href: string) => new URL(href, 'http://x').pathname;
  const codeOf = (href: string) => Number(/\/codes\/(-?\d+)\/$/.exec(pathOf(href))?.[1] ?? Number.NaN);
  if (settled === 'landed') {
    // A code's page (/codes/206/), or a symptom's (/symptoms/messages-not-sent/: no code, NaN), which
    // isRight accepts through `paths` for a query whose `symptom` it is.
    const path = pathOf(page.url());
    return { kind: 'landed', codes: [codeOf(path)], paths: [path], ms };
  }
  if (settled === 'nothing') return { kind: 'nothing', codes: [], paths: [], ms };
  // A lookup notice (codes, an HTTP status, a symptom) shows before the text search answers below it:
  // wait for that answer too, then give a late second list a moment (results render in one pass).
  await page
    .locator('[data-search-results] a, [data-partial-results] a, [data-no-match]:not([hidden])')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  const hrefs = await page.evaluate((selector) => {
    const visible = (element: Element) => !element.closest('[hidden]');
    return [...document.querySelectorAll<HTMLAnchorElement>(selector)].filter(visible).map((link) => link.href);
  }, RESULT_LINKS);
  return { kind: 'listed', codes: hrefs.map(codeOf), paths: hrefs.map(pathOf), ms };
}

/**
 * Right: landed on a right code or on the query's symptom page, or one of them among the first three
 * listed (a symptom page counts only for a query whose `symptom` it is).
 */
export const isRight = (outcome: SearchOutcome, codes: readonly number[], symptom?: string) =>
  outcome.codes.slice(0, 3).some((code) => codes.includes(code)) ||
  (symptom !== undefined && outcome.paths.slice(0, 3).some((path) => path.endsWith(`/symptoms/${symptom}/`)));
