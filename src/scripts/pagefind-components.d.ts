/** The part of pagefind's Component UI (pagefind-component-ui.js, a global IIFE) that our scripts use. */
interface PagefindComponentInstance {
  triggerSearch(term: string): void;
  on(event: 'search', listener: (term: string) => void): void;
}

interface PagefindComponentsGlobal {
  configureInstance(name: string, options: { ranking?: Record<string, unknown> }): PagefindComponentInstance;
}

interface Window {
  PagefindComponents?: PagefindComponentsGlobal;
}
