import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, readBuilt } from '../support/built-site';
import { brokenReason, internalReferences } from '../support/links';

test('every internal link, asset and #anchor of the built site resolves', () => {
  const cache = new Map<string, string>();
  const read = (file: string) => {
    if (!cache.has(file)) cache.set(file, readBuilt(file));
    return cache.get(file) ?? '';
  };
  const references = builtPages().flatMap((page) => internalReferences(page, read(page)));
  expect(references.length).toBeGreaterThan(5_000);
  const broken = references.flatMap((reference) => {
    const reason = brokenReason(DIST, reference, read);
    return reason ? [`${reference.page}: ${reason}`] : [];
  });
  expect([...new Set(broken)]).toEqual([]);
});

test('the checker notices a missing page and a missing anchor', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'links-'));
  try {
    mkdirSync(path.join(dist, 'codes/206'), { recursive: true });
    writeFileSync(path.join(dist, 'codes/206/index.html'), '<h2 id="fix">Fix</h2>');
    const read = (file: string) => (file === 'codes/206/index.html' ? '<h2 id="fix">Fix</h2>' : '');
    const page = 'index.html';
    expect(brokenReason(dist, { page, url: '/codes/206/#fix' }, read)).toBeUndefined();
    expect(brokenReason(dist, { page, url: '/codes/206/#cause' }, read)).toContain('no id "cause"');
    expect(brokenReason(dist, { page, url: '/codes/207/' }, read)).toContain('no file codes/207/index.html');
    expect(internalReferences(page, '<a href="https://example.com/">x</a><a href="mailto:a@b">y</a>')).toEqual([]);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
