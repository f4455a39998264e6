/** The part of pagefind's search API (the ES module pagefind.js, 1.6) that the search page uses. */

/** One result: its data (URL, title, excerpt) loads separately, on demand. */
interface PagefindSearchResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  /** The page's text around the matched words, `<` and `>` escaped, the words in `<mark>…</mark>`. */
  excerpt: string;
}

interface PagefindOptions {
  ranking?: Record<string, unknown>;
  /** Search on the page's main thread: no worker script to fetch, and the page's preloaded files are used. */
  noWorker?: boolean;
  /** The build's tag: pagefind (patched by the build) fetches its WebAssembly as `wasm.<lang>.pagefind?ts=<tag>`, the URL the page preloads. */
  metaCacheTag?: string;
}

interface PagefindSearchApi {
  /** Before the first search, these are the options pagefind starts with (each call replaces the last). */
  options(options: PagefindOptions): Promise<void>;
  /** Loads the index chunks `term` needs, without searching. */
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindSearchResult[] }>;
}
