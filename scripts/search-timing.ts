/**
 * Times for `npm run bench`, read by the pages' own clocks: how long a reader waits for a search's
 * first result, for an exact lookup's code page, and for a code page opened directly (the yardstick).
 *
 * A script added to every document (not the site's: the bench's, through Playwright) reports with
 * `console.debug`, so nothing polls the page: a Playwright locator or `waitForFunction` would inject
 * its own script into each new document (about 10 ms of the page's main thread, measured in a trace),
 * right where the search page does its work. All times run from the start of the navigation the
 * reader made: a landing is the code page's time plus the gap between the two documents' origins.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { RESULT_LINKS } from '../tests/support/search-page.ts';

/** What the reader got for one address. */
export type Timing =
  /** `at`: the same moment as milliseconds since the epoch, the clock of Playwright's request timings. */
  | { kind: 'listed'; ms: number; at: number }
  | { kind: 'nothing'; ms: number; at: number }
  /** At the code page: its first byte (the reader has arrived) and its load event. */
  | { kind: 'landed'; firstByteMs: number; loadMs: number }
  /** A page opened directly: the same two moments. */
  | { kind: 'loaded'; firstByteMs: number; loadMs: number };

const PREFIX = 'bench:';

/** Runs in each document before the site's scripts. Plain ES2022, no imports: it is sent as text. */
function reporter(prefix: string, resultLinks: string): void {
  const ORIGIN_KEY = `${prefix}search-origin`;
  const report = (text: string) => console.debug(`${prefix}${text}`);
  if (location.pathname.endsWith('/search/')) {
    sessionStorage.setItem(ORIGIN_KEY, String(performance.timeOrigin));
    let done = false;
    const check = () => {
      if (done) return;
      const link = document.querySelector(resultLinks);
      const nothing = document.querySelector('[data-no-match]:not([hidden])');
      if (!link && !nothing) return;
      done = true;
      observer.disconnect();
      report(`${link ? 'listed' : 'nothing'} ${performance.now()} ${performance.timeOrigin + performance.now()}`);
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
    return;
  }
  // Sent here by the search page (location.replace keeps it as the referrer), or opened directly.
  const fromSearch = document.referrer !== '' && new URL(document.referrer).pathname.endsWith('/search/');
  const origin = fromSearch ? Number(sessionStorage.getItem(ORIGIN_KEY)) : 0;
  sessionStorage.removeItem(ORIGIN_KEY);
  addEventListener('load', () =>
    // After the load event's handlers: loadEventEnd is set.
    setTimeout(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      if (!navigation) return;
      const offset = origin ? performance.timeOrigin - origin : 0;
      report(`${origin ? 'landed' : 'loaded'} ${offset + navigation.responseStart} ${offset + navigation.loadEventEnd}`);
    }),
  );
}

export async function addTimingReporter(context: BrowserContext): Promise<void> {
  await context.addInitScript(`(${reporter.toString()})(${JSON.stringify(PREFIX)}, ${JSON.stringify(RESULT_LINKS)});`);
}

/** Opens `url` in `page` (whose context has the reporter) and returns what the reader got, and when. */
export async function timeVisit(page: Page, url: string): Promise<Timing> {
  const reported = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(PREFIX), timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  const [kind = '', first = '', second = ''] = (await reported).text().slice(PREFIX.length).split(' ');
  if (kind === 'listed') return { kind, ms: Number(first), at: Number(second) };
  if (kind === 'nothing') return { kind, ms: Number(first), at: Number(second) };
  if (kind === 'landed' || kind === 'loaded') return { kind, firstByteMs: Number(first), loadMs: Number(second) };
  throw new Error(`${url}: unexpected report ${JSON.stringify(kind)}`);
}
