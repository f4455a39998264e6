/** The part of pagefind's Component UI (pagefind-component-ui.js, a global IIFE) that our scripts use. */
interface PagefindComponentInstance {
  triggerSearch(term: string): void;
  on(event: 'search', listener: (term: string) => void): void;
  on(event: 'results', listener: (found: { results: readonly unknown[] }) => void): void;
}

interface PagefindComponentsGlobal {
  configureInstance(name: string, options: { ranking?: Record<string, unknown> }): PagefindComponentInstance;
}

interface Window {
  PagefindComponents?: PagefindComponentsGlobal;
}

/** One result of pagefind's search API (pagefind.js): its data loads separately, on demand. */
interface PagefindSearchResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: { title?: string } }>;
}

/** The part of pagefind's search API (the ES module pagefind.js) that the search page uses. */
interface PagefindSearchApi {
  options(options: { ranking?: Record<string, unknown> }): Promise<void>;
  search(term: string): Promise<{ results: PagefindSearchResult[] }>;
}
