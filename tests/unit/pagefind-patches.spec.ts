import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtEntry, ENTRY_FETCH, FFLATE_END, FFLATE_START, INIT_WAIT, lazyFflate, patchPagefindSource, SHORT_INIT_WAIT, TAGGED_WASM_URL, WASM_URL } from '../../scripts/pagefind-patches';

test.describe('pagefind patches', () => {
  // fflate as pagefind carries it: tables built at load (counted in globalThis.tablesBuilt), then gunzipSync.
  const fflate = `${FFLATE_START}var rev=new u8(4);for(var i=0;i<4;++i)rev[i]=3-i;globalThis.tablesBuilt=(globalThis.tablesBuilt??0)+1;function gunzipSync(data,out){return data.map((x)=>rev[x]);}`;
  const source = `a();async getPtr(){${INIT_WAIT}return this.raw_ptr;}async loadWasm(language){try{${WASM_URL}fetch(wasm_url);}}async loadEntry(){${ENTRY_FETCH}}${fflate}${FFLATE_END}b();`;
  const entry = '{ "version": "1.6.0", "languages": { "en": { "hash": "en_5db2d5183e", "wasm": "en", "page_count": 105 } } }';

  test('the 50 ms step becomes 2 ms, the WebAssembly URL carries the cache tag, the entry is written in, and nothing else changes', () => {
    const compact = JSON.stringify(JSON.parse(entry));
    expect(patchPagefindSource(source, entry)).toBe(
      `a();async getPtr(){${SHORT_INIT_WAIT}return this.raw_ptr;}async loadWasm(language){try{${TAGGED_WASM_URL}fetch(wasm_url);}}async loadEntry(){${builtEntry(compact)}}${lazyFflate(fflate)}${FFLATE_END}b();`,
    );
    expect(SHORT_INIT_WAIT).toContain('asyncSleep(2)');
  });

  test("the written entry serves the script's own bundle, and any other bundle's entry is still fetched", async () => {
    // The patched statement in a module of its own, as in pagefind.js: `import.meta.url` is the script's URL.
    const site = mkdtempSync(path.join(tmpdir(), 'pagefind-entry-'));
    mkdirSync(path.join(site, 'pagefind'));
    const file = path.join(site, 'pagefind', 'entry.mjs');
    writeFileSync(file, `export async function loadEntry(entryUrl) { ${builtEntry(JSON.stringify(JSON.parse(entry)))} return entry_json; }`);
    const fetched: string[] = [];
    const fetchedEntry = { version: '1.6.0', languages: {} };
    const throttledFetch = async (url: string) => (fetched.push(url), { json: async () => fetchedEntry });
    const globals = globalThis as { location?: { href: string } };
    globals.location = { href: pathToFileURL(`${site}/search/`).href };
    try {
      const { loadEntry } = (await import(pathToFileURL(file).href)) as { loadEntry: (this: object, url: string) => Promise<unknown> };
      const own = await loadEntry.call({ basePath: `${site}/pagefind/`, throttledFetch }, '/pagefind/pagefind-entry.json?ts=x');
      expect(own).toEqual(JSON.parse(entry));
      expect(fetched).toEqual([]);
      const other = await loadEntry.call({ basePath: `${site}/other-index/`, throttledFetch }, '/other-index/pagefind-entry.json?ts=x');
      expect(other).toBe(fetchedEntry);
      expect(fetched).toEqual(['/other-index/pagefind-entry.json?ts=x']);
    } finally {
      delete globals.location;
      rmSync(site, { recursive: true, force: true });
    }
  });

  test("fflate's tables are built on the first unzip, once, not when the script loads, and unzip as before", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pagefind-fflate-'));
    const file = path.join(folder, 'fflate.mjs');
    writeFileSync(file, `${lazyFflate(fflate)}${FFLATE_END}export const unzip = (data) => gz_default(data);`);
    const globals = globalThis as { tablesBuilt?: number };
    delete globals.tablesBuilt;
    try {
      const { unzip } = (await import(pathToFileURL(file).href)) as { unzip: (data: Uint8Array) => Uint8Array };
      expect(globals.tablesBuilt, 'nothing built at load').toBeUndefined();
      expect([...unzip(new Uint8Array([0, 1, 3]))]).toEqual([3, 2, 0]);
      expect([...unzip(new Uint8Array([2]))]).toEqual([1]);
      expect(globals.tablesBuilt, 'built once').toBe(1);
    } finally {
      delete globals.tablesBuilt;
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the tagged URL is the old one without a tag and gains ?ts=<tag> with one', () => {
    const urlOf = (metaCacheTag: string | null) =>
      new Function('language', `${TAGGED_WASM_URL} return wasm_url;`).call({ basePath: '/docs/pagefind/', metaCacheTag }, 'en') as string;
    expect(urlOf(null)).toBe('/docs/pagefind/wasm.en.pagefind');
    expect(urlOf('mxbo542l')).toBe('/docs/pagefind/wasm.en.pagefind?ts=mxbo542l');
  });

  test('a pagefind without an original, or with one twice, or a bad entry file, fails with the file named', () => {
    expect(() => patchPagefindSource(source.replace(INIT_WAIT, ''), entry, 'dist/pagefind/pagefind.js')).toThrow(/dist\/pagefind\/pagefind\.js: expected pagefind's 50 ms init wait once, found it 0 times/);
    expect(() => patchPagefindSource(source.replace(WASM_URL, ''), entry)).toThrow(/expected pagefind's WebAssembly URL once, found it 0 times/);
    expect(() => patchPagefindSource(source.replace(ENTRY_FETCH, ''), entry)).toThrow(/expected pagefind's entry fetch once, found it 0 times/);
    expect(() => patchPagefindSource(`${source}${INIT_WAIT}`, entry)).toThrow(/found it 2 times/);
    expect(() => patchPagefindSource(source.replace(FFLATE_END, ''), entry)).toThrow(/expected pagefind's fflate once, then its gunzipSync taken once; found 1 and 0/);
    expect(() => patchPagefindSource(source.replace('function gunzipSync(', 'function inflateSync('), entry)).toThrow(/fflate declares no gunzipSync/);
    expect(() => patchPagefindSource(source, '{"version": ', 'dist/pagefind/pagefind.js')).toThrow(/dist\/pagefind\/pagefind-entry\.json is not JSON/);
  });
});
