/**
 * pagefind 1.6 makes every search that starts before its WebAssembly is ready wait in steps of 50 ms
 * (`getPtr()`: `while (this.raw_ptr === null) await asyncSleep(50)`), so the search page's first search
 * started up to 50 ms after pagefind could answer it. The build shortens that step in the bundle it writes
 * to 2 ms; the loop and everything else stay pagefind's. A pagefind whose code differs fails the build,
 * so an upgrade is checked here rather than silently left slow.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const INIT_WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
export const SHORT_INIT_WAIT = INIT_WAIT.replace('asyncSleep(50)', 'asyncSleep(2)');

/** The bundle's pagefind.js with the short wait; throws when the wait is not found exactly once. */
export function shortenInitWait(source: string, file = 'pagefind.js'): string {
  const count = source.split(INIT_WAIT).length - 1;
  if (count !== 1) throw new Error(`${file}: expected pagefind's 50 ms init wait once, found it ${count} times (pagefind changed: check scripts/pagefind-init-wait.ts)`);
  return source.replace(INIT_WAIT, SHORT_INIT_WAIT);
}

export function patchInitWait(bundle: string): void {
  const file = path.join(bundle, 'pagefind.js');
  writeFileSync(file, shortenInitWait(readFileSync(file, 'utf8'), file));
}
