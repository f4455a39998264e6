import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { officialFactsSchema } from '../../src/schemas/official-facts';
import { htmlToText, readBuilt } from '../support/built-site';
import { readRegistry, ROOT } from '../support/source';

/**
 * Where the SDK refutes the official table's row, the title and cause state what the SDK does, the
 * row stays verbatim in its block, and a one-line note near the top says what differs
 * (docs/style.md §7). The registry marks such rows with `official.differs`; content/official-facts.yaml
 * marks the refuted facts with `refuted`. Both marks must agree, every marked page must show the
 * note before the cause, and no title may repeat a refuted fact.
 */
const registry = readRegistry();
const facts = officialFactsSchema.parse(parse(readFileSync(path.join(ROOT, 'content/official-facts.yaml'), 'utf8')));
const refutedByCode = new Map(
  facts.map((item) => [item.code, item.facts.filter((fact) => fact.refuted !== undefined)] as const).filter(([, refuted]) => refuted.length > 0),
);
const marked = registry.filter((entry) => entry.official?.differs);

function pageOf(locale: string, code: number): string {
  return readBuilt(`${locale === 'zh-cn' ? '' : `${locale}/`}codes/${code}/index.html`);
}

/** The text of the differs note of a built page, or undefined; and whether it comes before the cause. */
function noteOf(html: string): { text: string; beforeCause: boolean } | undefined {
  const match = /<aside[^>]*data-official-differs[^>]*>([\s\S]*?)<\/aside>/.exec(html);
  if (!match) return undefined;
  return { text: htmlToText(match[1] ?? '').replace(/\s+/g, ' ').trim(), beforeCause: match.index < html.indexOf('id="cause"') };
}

function titleOf(html: string): string {
  return htmlToText(/<span class="code-title"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1] ?? '');
}

/** A title repeats a refuted fact when it contains the official words or the locale's phrase for them. */
function repeats(title: string, locale: string, fact: { official: string; 'zh-cn'?: string[] | undefined; en?: string[] | undefined }): string[] {
  const needles = [fact.official, ...(locale === 'en' ? (fact.en ?? []) : (fact['zh-cn'] ?? []))];
  return needles.filter((needle) => title.toLowerCase().includes(needle.toLowerCase()));
}

test('the rows marked as differing are exactly the rows with a refuted fact', () => {
  expect(marked.length, 'no row is marked: the check below would prove nothing').toBeGreaterThan(0);
  expect(marked.map((entry) => entry.code).sort((a, b) => a - b)).toEqual([...refutedByCode.keys()].sort((a, b) => a - b));
});

test('a title that repeats a refuted fact is noticed', () => {
  const fact = { official: '用户鉴权失败', 'zh-cn': ['用户鉴权失败'], en: ['User authentication failed'] };
  expect(repeats('用户鉴权失败', 'zh-cn', fact)).toEqual(['用户鉴权失败', '用户鉴权失败']);
  expect(repeats('User authentication failed', 'en', fact)).toEqual(['User authentication failed']);
  expect(repeats('WebSocket error', 'en', fact)).toEqual([]);
});

for (const entry of marked) {
  test(`code ${entry.code}: every page shows what differs from the official row, and the title does not repeat it`, () => {
    for (const locale of locales) {
      const html = pageOf(locale, entry.code);
      const differs = entry.official?.differs?.[locale];
      expect(differs, `content/registry.yaml: code ${entry.code} has no "${locale}" differs note`).toBeTruthy();
      const note = noteOf(html);
      expect(note, `${locale} page of ${entry.code} shows no differs note`).toBeDefined();
      expect(note?.text).toContain((differs ?? '').replace(/`/g, ''));
      expect(note?.beforeCause, `${locale} page of ${entry.code}: the note must come before the cause`).toBe(true);
      const title = titleOf(html);
      expect(title, `${locale} page of ${entry.code} has no title`).not.toBe('');
      for (const fact of refutedByCode.get(entry.code) ?? []) {
        expect(repeats(title, locale, fact), `${locale} title of ${entry.code} repeats the refuted "${fact.official}"`).toEqual([]);
      }
    }
  });
}

test('pages of rows not marked show no differs note', () => {
  const unmarked = registry.filter((entry) => !entry.official?.differs);
  expect(unmarked.length).toBeGreaterThan(0);
  for (const entry of unmarked) {
    for (const locale of locales) expect(noteOf(pageOf(locale, entry.code)), `${locale} page of ${entry.code}`).toBeUndefined();
  }
});
