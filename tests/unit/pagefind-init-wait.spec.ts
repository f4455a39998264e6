import { expect, test } from '@playwright/test';
import { INIT_WAIT, SHORT_INIT_WAIT, shortenInitWait } from '../../scripts/pagefind-init-wait';

test.describe('pagefind init wait', () => {
  test('the 50 ms step becomes 2 ms, and nothing else changes', () => {
    const source = `a();async getPtr(){${INIT_WAIT}return this.raw_ptr;}b();`;
    const patched = shortenInitWait(source);
    expect(patched).toBe(`a();async getPtr(){${SHORT_INIT_WAIT}return this.raw_ptr;}b();`);
    expect(patched).not.toContain('asyncSleep(50)');
    expect(SHORT_INIT_WAIT).toContain('asyncSleep(2)');
  });

  test('a pagefind without that wait, or with it twice, fails with the file named', () => {
    expect(() => shortenInitWait('async getPtr(){return this.raw_ptr;}', 'dist/pagefind/pagefind.js')).toThrow(/dist\/pagefind\/pagefind\.js: expected pagefind's 50 ms init wait once, found it 0 times/);
    expect(() => shortenInitWait(`${INIT_WAIT}${INIT_WAIT}`)).toThrow(/found it 2 times/);
  });
});
