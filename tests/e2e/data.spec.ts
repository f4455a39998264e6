import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readProse, readRegistry } from '../support/source';

const registry = readRegistry();

interface CodeRecord {
  code: number;
  name: string;
  title: Record<string, string>;
  urls: Record<string, string>;
  markdown: Record<string, string>;
  source: { officialTable: boolean; sdk: string | null; sdkVersion: string };
  official: { name: string; description: string } | null;
}

test('/codes.json validates against /codes.schema.json, and agrees with the content', async ({ request }) => {
  const schema = (await (await request.get('/codes.schema.json')).json()) as object;
  const data = (await (await request.get('/codes.json')).json()) as { codes: CodeRecord[]; sdk: { version: string } };
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  // The schema is not a formality: it rejects a broken copy.
  expect(validate({ ...data, codes: [{ ...data.codes[0], code: 'two hundred and six' }] })).toBe(false);

  expect(data.codes.map((record) => record.code)).toEqual(registry.map((entry) => entry.code).sort((a, b) => a - b));
  for (const record of data.codes) {
    const entry = registry.find((candidate) => candidate.code === record.code);
    expect(record.name).toBe(entry?.name);
    expect(record.source.officialTable).toBe(Boolean(entry?.official));
    expect(record.title['zh-cn']).toBe(readProse('zh-cn', record.code).title);
    expect(record.title.en).toBe(readProse('en', record.code).title);
    expect(record.official?.description).toBe(entry?.official?.description);
  }
  expect(data.codes.find((record) => record.code === 607)?.official?.name).toBe('GROUP_NOT_EXIST');
});

test('codes.json agrees with the pages it points to', async ({ request, page }) => {
  const data = (await (await request.get('/codes.json')).json()) as { codes: CodeRecord[] };
  for (const record of data.codes.filter((candidate) => [206, 607, 1400].includes(candidate.code))) {
    for (const locale of ['zh-cn', 'en'] as const) {
      await page.goto(new URL(record.urls[locale] ?? '').pathname);
      await expect(page.locator('h1')).toContainText(record.title[locale] ?? '');
      await expect(page.locator('.facts code.constant').first()).toHaveText(record.name);
      const markdown = await request.get(new URL(record.markdown[locale] ?? '').pathname);
      expect(markdown.status()).toBe(200);
      expect(await markdown.text()).toContain(`# ${record.code} ${record.name}: ${record.title[locale]}`);
    }
  }
});

test('every code has a Markdown twin in both languages, with the snippet', async ({ request }) => {
  for (const entry of registry) {
    for (const prefix of ['', '/en']) {
      const response = await request.get(`${prefix}/codes/${entry.code}.md`);
      expect(response.status(), `${prefix}/codes/${entry.code}.md`).toBe(200);
      const text = await response.text();
      expect(text).toContain('```ts');
      expect(text).toContain(entry.name);
    }
  }
});

test('llms.txt links every code in both languages', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text();
  expect(text.startsWith('# Agora Chat Web SDK error codes')).toBe(true);
  for (const entry of registry) {
    expect(text).toContain(`/codes/${entry.code}.md)`);
    expect(text).toContain(`/en/codes/${entry.code}.md)`);
  }
});

test('search engines: sitemap with alternates, robots.txt, description and Open Graph per page', async ({ request, page }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const entry of registry) {
    expect(sitemap).toContain(`/codes/${entry.code}/</loc>`);
    expect(sitemap).toContain(`/en/codes/${entry.code}/</loc>`);
  }
  expect(sitemap).not.toContain('/codes/GROUP_NOT_EXIST/');
  expect(sitemap).toContain('hreflang="en"');
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);

  await page.goto('/codes/504/');
  const cause = readProse('zh-cn', 504);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`504 MESSAGE_RECALL_TIME_LIMIT：${cause.title}`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /504/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/codes\/504\/$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
});
