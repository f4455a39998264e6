import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, DIST } from '../support/built-site';
import { ROOT } from '../support/source';

/** Every built page passes html-validate with the committed configuration (.htmlvalidate.mjs). */
const validator = new HtmlValidate(new FileSystemConfigLoader());

test('every built page is valid HTML', async () => {
  // 540-odd pages in one test: about 30 s on 2 busy cores, so more than the default timeout.
  test.setTimeout(120_000);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(300);
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(path.join(DIST, page));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the validator runs with our configuration and catches errors', async () => {
  // Inside the project, so .htmlvalidate.mjs applies: ids like "206" pass, as the table's anchors need.
  const inProject = path.join(ROOT, 'dist/check.html');
  const anchored = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p id="206">x</p></body></html>', inProject);
  expect(anchored.valid, JSON.stringify(anchored.results)).toBe(true);
  const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p><img src="a.png"></body></html>', inProject);
  expect(report.valid).toBe(false);
  expect(report.results[0]?.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['wcag/h37']));
});
