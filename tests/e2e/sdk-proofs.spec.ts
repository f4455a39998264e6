import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { plainText } from '../../src/content/inline-code';
import { readRegistry, ROOT } from '../support/source';

interface ListedProof {
  id: string;
  code?: number;
  statement: { 'zh-cn': string; en: string };
  test?: string;
  read?: { version: string; file: string; excerpt: string };
}

const proofs = parse(readFileSync(path.join(ROOT, 'content/sdk-proofs.yaml'), 'utf8')) as ListedProof[];
const codesWithPages = new Set(readRegistry().map((entry) => entry.code));
const provenCodes = [...new Set(proofs.flatMap((proof) => (proof.code === undefined ? [] : [proof.code])))].filter((code) => codesWithPages.has(code));
const LOCALES = [
  { locale: 'zh-cn', prefix: '', heading: 'SDK 的实际行为（agora-chat 1.4.0）', run: '运行 agora-chat 1.4.0 验证', read: '读 agora-chat' },
  { locale: 'en', prefix: '/en', heading: 'What the SDK does (agora-chat 1.4.0)', run: 'Proved by running agora-chat 1.4.0', read: 'Read in the agora-chat' },
] as const;

test.describe('claims about the SDK, each with its evidence', () => {
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

  for (const { locale, prefix, heading, run, read } of LOCALES) {
    for (const code of provenCodes) {
      test(`${prefix}/codes/${code}/ lists every claim about ${code} under its heading, each with its evidence`, async () => {
        await shared.goto(`${prefix}/codes/${code}/`);
        const section = shared.locator('section#proven');
        await expect(section.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^${heading.replace(/[()（）.]/g, '\\$&')}`));
        const listed = proofs.filter((proof) => proof.code === code).sort((a, b) => a.id.localeCompare(b.id, 'en'));
        await expect(section.locator('li .statement')).toHaveText(listed.map((proof) => plainText(proof.statement[locale])));
        // The evidence a reader can follow: the test's id and spec file, or the version, file and excerpt read.
        await expect(section.locator('li .evidence')).toHaveText(
          listed.map((proof) =>
            proof.test ? new RegExp(`^${run}.*${proof.id}.*${proof.test.replaceAll('.', '\\.')}`) : new RegExp(`^${read} ${proof.read?.version}.*${proof.read?.file.replaceAll('.', '\\.')}`),
          ),
        );
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
