/**
 * Four changes the build makes to the pagefind.js it writes (pagefind 1.6), each at strings that must occur
 * exactly once; a pagefind whose code differs fails the build, so an upgrade is checked here rather than
 * silently left slow. Everything else stays pagefind's.
 *
 * 1. Its init wait: every search that starts before the WebAssembly is ready waits in steps of 50 ms
 *    (`getPtr()`: `while (this.raw_ptr === null) await asyncSleep(50)`), so the search page's first search
 *    started up to 50 ms after pagefind could answer it. The step becomes 2 ms.
 * 2. Its WebAssembly's URL: pagefind fetches `wasm.<lang>.pagefind`, a name that does not change between
 *    builds, so a browser must ask the server again on every visit (one more round trip before a search).
 *    With `metaCacheTag` set (the search page sets the build's tag), it fetches `wasm.<lang>.pagefind?ts=<tag>`
 *    instead, as it already does for its entry file: a URL of this build only, which the server can let
 *    browsers keep (src/routes/host-config.ts).
 * 3. Its entry file: pagefind fetches `pagefind-entry.json` (which index files a language has) before it can
 *    fetch anything else, a step in series even when the page has preloaded the file. The build writes the
 *    entry it has just made into pagefind.js, used when pagefind reads the bundle the script sits in (its
 *    own folder, as pagefind derives it by default); any other bundle's entry is still fetched. The two
 *    files are written together by every build, and the tagged script is a URL of that build only.
 * 4. Its unzip tables: pagefind carries fflate, to unzip its files when a server sends them as stored
 *    (gzip bytes, no `Content-Encoding`), and fflate builds its tables when the script loads: loops over
 *    32,768 entries, 3 to 4 ms of the main thread (measured in Node) before any search, on every page that
 *    loads pagefind. nginx sends the files with `Content-Encoding: gzip`, so the browser unzips them and
 *    fflate never runs. The build wraps fflate, from its first line (`var u8=Uint8Array;`) to the line
 *    that takes its `gunzipSync`, in a function run on the first unzip. Nothing outside uses its names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const INIT_WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
export const SHORT_INIT_WAIT = INIT_WAIT.replace('asyncSleep(50)', 'asyncSleep(2)');
export const WASM_URL = 'const wasm_url=`${this.basePath}wasm.${language}.pagefind`;';
export const TAGGED_WASM_URL = 'const wasm_url=`${this.basePath}wasm.${language}.pagefind${this.metaCacheTag===null?"":`?ts=${this.metaCacheTag}`}`;';

export const ENTRY_FETCH = 'let entry_response=await this.throttledFetch(entryUrl);let entry_json=await entry_response.json();';
/** The entry fetch, unless the bundle is the script's own folder: then the entry the build wrote beside it. */
export const builtEntry = (entryJson: string) =>
  `let entry_json=typeof location<"u"&&new URL(this.basePath,location.href).href===new URL("./",import.meta.url).href?${entryJson}:await(await this.throttledFetch(entryUrl)).json();`;

export const FFLATE_START = 'var u8=Uint8Array;';
export const FFLATE_END = 'var gz_default=gunzipSync;';
/** fflate's code, built on the first call of `gunzipSync` and kept: its declarations are local to the wrapper. */
export const lazyFflate = (fflate: string) =>
  `var gunzipBuilt=null;var gunzipSync=function(data,out){gunzipBuilt??=(function(){${fflate}return gunzipSync;})();return gunzipBuilt(data,out);};`;

/** How many times `text` occurs in `source`: each patch needs its original exactly once. */
const occurrences = (source: string, text: string) => source.split(text).length - 1;

/** `source` with fflate's code (FFLATE_START up to FFLATE_END) built on first use. */
function lazyUnzip(source: string, file: string): string {
  const starts = occurrences(source, FFLATE_START);
  const ends = occurrences(source, FFLATE_END);
  const start = source.indexOf(FFLATE_START);
  const end = source.indexOf(FFLATE_END);
  if (starts !== 1 || ends !== 1 || end < start) {
    throw new Error(`${file}: expected pagefind's fflate once, then its gunzipSync taken once; found ${starts} and ${ends} (pagefind changed: check scripts/pagefind-patches.ts)`);
  }
  const fflate = source.slice(start, end);
  if (!fflate.includes('function gunzipSync(')) throw new Error(`${file}: pagefind's fflate declares no gunzipSync (pagefind changed: check scripts/pagefind-patches.ts)`);
  return `${source.slice(0, start)}${lazyFflate(fflate)}${source.slice(end)}`;
}

function replaceOnce(source: string, from: string, to: string, what: string, file: string): string {
  const count = occurrences(source, from);
  if (count !== 1) throw new Error(`${file}: expected pagefind's ${what} once, found it ${count} times (pagefind changed: check scripts/pagefind-patches.ts)`);
  return source.replace(from, () => to);
}

/**
 * pagefind.js with the four changes, `entryJson` being the text of the bundle's pagefind-entry.json;
 * throws when an original is not found exactly once, or when the entry is not JSON.
 */
export function patchPagefindSource(source: string, entryJson: string, file = 'pagefind.js'): string {
  let entry: string;
  try {
    entry = JSON.stringify(JSON.parse(entryJson));
  } catch (error) {
    throw new Error(`${path.join(path.dirname(file), 'pagefind-entry.json')} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const shortWait = replaceOnce(source, INIT_WAIT, SHORT_INIT_WAIT, '50 ms init wait', file);
  const taggedWasm = replaceOnce(shortWait, WASM_URL, TAGGED_WASM_URL, 'WebAssembly URL', file);
  return lazyUnzip(replaceOnce(taggedWasm, ENTRY_FETCH, builtEntry(entry), 'entry fetch', file), file);
}

export function patchPagefind(bundle: string): void {
  const file = path.join(bundle, 'pagefind.js');
  writeFileSync(file, patchPagefindSource(readFileSync(file, 'utf8'), readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'), file));
}
