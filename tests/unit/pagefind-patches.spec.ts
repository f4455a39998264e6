import { expect, test } from '@playwright/test';
import { INIT_WAIT, patchPagefindSource, SHORT_INIT_WAIT, TAGGED_WASM_URL, WASM_URL } from '../../scripts/pagefind-patches';

test.describe('pagefind patches', () => {
  const source = `a();async getPtr(){${INIT_WAIT}return this.raw_ptr;}async loadWasm(language){try{${WASM_URL}fetch(wasm_url);}}b();`;

  test('the 50 ms step becomes 2 ms, the WebAssembly URL carries the cache tag, and nothing else changes', () => {
    expect(patchPagefindSource(source)).toBe(`a();async getPtr(){${SHORT_INIT_WAIT}return this.raw_ptr;}async loadWasm(language){try{${TAGGED_WASM_URL}fetch(wasm_url);}}b();`);
    expect(SHORT_INIT_WAIT).toContain('asyncSleep(2)');
  });

  test('the tagged URL is the old one without a tag and gains ?ts=<tag> with one', () => {
    const urlOf = (metaCacheTag: string | null) =>
      new Function('language', `${TAGGED_WASM_URL} return wasm_url;`).call({ basePath: '/docs/pagefind/', metaCacheTag }, 'en') as string;
    expect(urlOf(null)).toBe('/docs/pagefind/wasm.en.pagefind');
    expect(urlOf('mxbo542l')).toBe('/docs/pagefind/wasm.en.pagefind?ts=mxbo542l');
  });

  test('a pagefind without either original, or with one twice, fails with the file named', () => {
    expect(() => patchPagefindSource(source.replace(INIT_WAIT, ''), 'dist/pagefind/pagefind.js')).toThrow(/dist\/pagefind\/pagefind\.js: expected pagefind's 50 ms init wait once, found it 0 times/);
    expect(() => patchPagefindSource(source.replace(WASM_URL, ''))).toThrow(/expected pagefind's WebAssembly URL once, found it 0 times/);
    expect(() => patchPagefindSource(`${source}${INIT_WAIT}`)).toThrow(/found it 2 times/);
  });
});
