import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { plainText } from '../../src/content/inline-code';
import { readRegistry, ROOT } from '../support/source';

interface ListedProof {
  id: string;
  code: number;
  statement: { 'zh-cn': string; en: string };
}

const proofs = parse(readFileSync(path.join(ROOT, 'content/sdk-proofs.yaml'), 'utf8')) as ListedProof[];
const codesWithPages = new Set(readRegistry().map((entry) => entry.code));
const provenCodes = [...new Set(proofs.map((proof) => proof.code))].filter((code) => codesWithPages.has(code));
const LOCALES = [
  { locale: 'zh-cn', prefix: '', heading: '运行 agora-chat 1.4.0 验证的行为' },
  { locale: 'en', prefix: '/en', heading: 'Proven by running agora-chat 1.4.0' },
] as const;

test.describe('claims proven by running the SDK', () => {
  let shared: Page;
  test.beforeAll(async ({ browser }) => {
    shared = await browser.newPage();
  });
  test.afterAll(async () => {
    await shared.close();
  });

  test('some listed proofs are about codes that have pages', () => {
    expect(provenCodes.length).toBeGreaterThan(10);
  });

  for (const { locale, prefix, heading } of LOCALES) {
    for (const code of provenCodes) {
      test(`${prefix}/codes/${code}/ lists every proof about ${code} under its heading`, async () => {
        await shared.goto(`${prefix}/codes/${code}/`);
        const section = shared.locator('section#proven');
        await expect(section.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^${heading}`));
        const expected = proofs
          .filter((proof) => proof.code === code)
          .sort((a, b) => a.id.localeCompare(b.id, 'en'))
          .map((proof) => plainText(proof.statement[locale]));
        await expect(section.locator('li')).toHaveText(expected);
      });
    }
  }

  test('a code without proofs has no such section', async () => {
    const unproven = [...codesWithPages].find((code) => !proofs.some((proof) => proof.code === code));
    expect(unproven).toBeDefined();
    await shared.goto(`/en/codes/${unproven}/`);
    await expect(shared.locator('h1')).toContainText(String(unproven));
    await expect(shared.locator('section#proven')).toHaveCount(0);
  });
});
