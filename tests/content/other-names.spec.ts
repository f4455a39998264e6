import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { documentedNames, otherRuntimeNames } from '../../src/sdk/other-names';
import { readSdkHistory } from '../support/sdk-history';
import { readRuntimeStatusCodes } from '../support/sdk-runtime';
import { readRegistry, ROOT } from '../support/source';

/** The appendix of other runtime-enum names, checked against the installed SDK rather than the history it is built from. */
const history = readSdkHistory();
const others = otherRuntimeNames(history, documentedNames(readRegistry().map((entry) => ({ name: entry.name, aliases: entry.aliases ?? [] }))));

test('the appendix covers every name of the installed runtime enum that no documented code carries', () => {
  const runtime = readRuntimeStatusCodes();
  const documented = new Set(readRegistry().flatMap((entry) => [entry.name, ...(entry.aliases ?? []).map((alias) => alias.name)]));
  const expected = Object.keys(runtime).filter((name) => !documented.has(name)).sort();
  expect(expected.length).toBeGreaterThan(50);
  const listed = new Map(others.map((other) => [other.name, other]));
  for (const name of expected) {
    expect(listed.get(name)?.numbers.map((number) => number.code), name).toContain(runtime[name]);
  }
});

test('what the appendix calls a connection state is what the bundle assigns to conn.context.status, and is never raised', () => {
  const bundle = readFileSync(path.join(ROOT, 'node_modules/agora-chat/Agora-chat.js'), 'utf8');
  const assigned = [...bundle.matchAll(/\.status=\w+\.\w+\.([A-Z_]+)/g)].map((match) => match[1] ?? '');
  expect(assigned.length).toBeGreaterThan(0);
  const states = new Set(others.filter((other) => other.kind === 'state').map((other) => other.name));
  for (const name of assigned) expect(states.has(name), `${name} is assigned to context.status`).toBe(true);
  for (const name of states) {
    const codes = others.find((other) => other.name === name)?.numbers.map((number) => number.code) ?? [];
    expect(codes.flatMap((code) => history.versionsRaising(code)), name).toEqual([]);
  }
});
