/**
 * The search page lists a result as soon as pagefind has found it: the build writes each indexed page's
 * pagefind id, URL and title into the page (scripts/search-page-index.ts), so the link shows without
 * waiting for the page's fragment file, which brings only the excerpt. Pure: no DOM, no I/O.
 */

/** pagefind's page id ("zh-cn_175acfb") → the page's URL as pagefind stores it, and its title. */
export type ResultTitles = Readonly<Record<string, readonly [url: string, title: string]>>;

/**
 * A stored URL ("/codes/206/") as pagefind's own `data().url` gives it: under the site's base, which is
 * the folder that holds pagefind's bundle ("/docs/chat/errors/pagefind/" → "/docs/chat/errors/codes/206/").
 */
export function resultUrl(bundlePath: string, stored: string): string {
  if (/^(?:https?:)?\/\//.test(stored)) return stored;
  const base = bundlePath.replace(/pagefind\/?$/, '');
  return `${base}/${stored}`.replace(/\/+/g, '/');
}

/** Keeps only well-formed entries of what a page carried: a map of [url, title] pairs. */
export function parseResultTitles(value: unknown): ResultTitles {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, [string, string]] =>
        Array.isArray(entry[1]) && entry[1].length === 2 && typeof entry[1][0] === 'string' && typeof entry[1][1] === 'string',
    ),
  );
}
