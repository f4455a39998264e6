import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { officialFactsSchema } from '../../src/schemas/official-facts';
import { htmlToText, readBuilt } from '../support/built-site';
import { readRegistry, ROOT } from '../support/source';

/**
 * The official table's row is a record: every code page shows it verbatim. Our prose (title, cause,
 * …) is ours to rewrite, but no fact of the row may be lost: content/official-facts.yaml, reviewed
 * by hand, lists each fact of each row and the words of our prose, per locale, that still state it.
 */
const officialEntries = readRegistry().filter((entry) => entry.official);
const FACTS_FILE = 'content/official-facts.yaml';

const parsedFacts = officialFactsSchema.safeParse(parse(readFileSync(path.join(ROOT, FACTS_FILE), 'utf8')));
const factsByCode = new Map((parsedFacts.data ?? []).map((item) => [item.code, item.facts]));

/**
 * All prose of a code in a locale: every front-matter string except search `keywords`, the body, and
 * the registry's note on what differs from the official row (shown near the top of the page).
 */
function proseOf(locale: string, code: number): string {
  const text = readFileSync(path.join(ROOT, `content/codes/${locale}/${code}.mdx`), 'utf8');
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (key !== 'keywords') collect(item);
    }
  };
  collect(parse(frontMatter));
  const differs = officialEntries.find((entry) => entry.code === code)?.official?.differs?.[locale];
  return [...strings, body, differs ?? ''].join('\n').replace(/\s+/g, ' ');
}

/** Letters and digits of `text` that no span of `spans` (verbatim substrings of it) covers. */
function uncovered(text: string, spans: readonly string[]): string {
  const covered = new Array<boolean>(text.length).fill(false);
  for (const span of spans) {
    for (let at = text.indexOf(span); at !== -1; at = text.indexOf(span, at + 1)) covered.fill(true, at, at + span.length);
  }
  return [...text].filter((char, index) => !covered[index] && /[\p{L}\p{N}]/u.test(char)).join('');
}

test('the registry keeps all 63 rows of the official table', () => {
  expect(officialEntries).toHaveLength(63);
  const codes = officialEntries.map((entry) => entry.code);
  expect(Math.min(...codes)).toBe(-4);
  expect(Math.max(...codes)).toBe(1301);
});

test(`${FACTS_FILE} is valid and lists exactly the codes with an official row`, () => {
  expect(parsedFacts.error?.issues.map((issue) => `${FACTS_FILE}: field "${issue.path.join('.')}": ${issue.message}`) ?? []).toEqual([]);
  const listed = (parsedFacts.data ?? []).map((item) => item.code);
  expect(listed.length, 'a code listed twice').toBe(factsByCode.size);
  expect([...listed].sort((a, b) => a - b)).toEqual(officialEntries.map((entry) => entry.code).sort((a, b) => a - b));
});

test('coverage: a missing word of the row is noticed', () => {
  expect(uncovered('用户不存在,如创建群拉人时不存在的用户报错。', ['用户不存在', '如创建群拉人时'])).toBe('不存在的用户报错');
  expect(uncovered('取消请求。', ['取消请求'])).toBe('');
});

for (const entry of officialEntries) {
  const official = entry.official;
  if (!official) continue;

  test(`code ${entry.code}: every page shows the official row verbatim`, () => {
    for (const locale of locales) {
      const page = `${locale === 'zh-cn' ? '' : `${locale}/`}codes/${entry.code}/index.html`;
      const section = /<section id="official"[\s\S]*?<blockquote[^>]*>\s*<p[^>]*>([\s\S]*?)<\/p>/.exec(readBuilt(page))?.[1];
      expect(section, `${page} has no official row`).toBeDefined();
      expect(htmlToText(section ?? ''), page).toBe(`${official.name ?? entry.name}：${official.description}`);
    }
  });

  test(`code ${entry.code}: each fact of the official row is still stated in our prose`, () => {
    for (const { original } of official.corrections ?? []) {
      expect(official.description, 'a correction must quote the table').toContain(original);
    }
    const facts = factsByCode.get(entry.code) ?? [];
    expect(facts.length, `${FACTS_FILE} lists no facts for code ${entry.code}`).toBeGreaterThan(0);
    for (const fact of facts) expect(official.description, `${FACTS_FILE}: a fact must quote the row verbatim`).toContain(fact.official);
    expect(uncovered(official.description, facts.map((fact) => fact.official)), `${FACTS_FILE}: words of the row of code ${entry.code} that no fact covers`).toBe('');

    const missing: string[] = [];
    for (const locale of locales) {
      const prose = proseOf(locale, entry.code);
      const haystack = locale === 'en' ? prose.toLowerCase() : prose;
      for (const fact of facts) {
        for (const phrase of fact[locale] ?? []) {
          const needle = locale === 'en' ? phrase.toLowerCase() : phrase;
          if (!haystack.includes(needle)) missing.push(`${locale}: "${phrase}" (for the fact "${fact.official}")`);
        }
      }
    }
    expect(missing, `phrases of ${FACTS_FILE} missing from the prose of code ${entry.code}: restore the fact, or update the list if it is stated in other words`).toEqual([]);
  });
}
