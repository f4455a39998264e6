import { expect, test } from '@playwright/test';
import type { RegistryEntry } from '../../src/schemas/registry';
import { checkProseAgreement, checkRegistry } from '../../src/content/registry-checks';
import { sdkHistoryAccessor } from '../../src/sdk/sdk-history-query';

const entry = (code: number, name: string, aliases: string[] = []): RegistryEntry => ({
  code,
  name,
  category: 'message',
  aliases: aliases.map((alias) => ({ name: alias, sdk: 'hidden' })),
  typeDeclared: true,
  sdk: 'public',
  delivery: { via: 'onError' },
  unreachable: false,
  symptoms: [],
});
const lineOf = (index: number) => 10 * (index + 1);

test.describe('checkRegistry', () => {
  test('accepts distinct codes and names', () => {
    expect(checkRegistry('r.yaml', [entry(1, 'A'), entry(2, 'B', ['B_OLD'])], lineOf)).toEqual([]);
  });

  test('reports a duplicate code with both lines', () => {
    const issues = checkRegistry('r.yaml', [entry(605, 'A'), entry(605, 'B')], lineOf);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'r.yaml', line: 20, entry: 'code 605', field: 'code' });
    expect(issues[0]?.message).toContain('line 10');
  });

  test('reports a name used by two codes, naming the owner', () => {
    const issues = checkRegistry('r.yaml', [entry(605, 'GROUP_NOT_EXIST'), entry(607, 'GROUP_NOT_EXIST')], lineOf);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('already the name of code 605');
    expect(issues[0]?.field).toBe('name');
  });

  test('reports an alias that is another code\'s name', () => {
    const issues = checkRegistry('r.yaml', [entry(1, 'A'), entry(2, 'B', ['A'])], lineOf);
    expect(issues.map((issue) => issue.field)).toEqual(['aliases.0.name']);
  });

  test('reports an alias equal to the code\'s own name', () => {
    const issues = checkRegistry('r.yaml', [entry(1, 'A', ['A'])], lineOf);
    expect(issues[0]?.message).toContain('listed twice');
  });
});

test.describe('checkRegistry with the SDK history', () => {
  const constant = (code: number, raised: boolean) => ({ code, declared: null, typed: false, raised, messages: [] });
  // LOCAL_DB moved from 55 to 800; 512 is raised only by the pinned version; 300 is never raised.
  const history = sdkHistoryAccessor({
    pinned: '2.0.0',
    versions: [
      { version: '1.0.0', constants: { LOCAL_DB: constant(55, true), LEGACY: constant(300, false) } },
      { version: '2.0.0', constants: { LOCAL_DB: constant(800, true), LEGACY: constant(300, false), SEND_TIMEOUT: constant(512, true) } },
    ],
  });
  const fromHistory = (code: number, name: string): RegistryEntry => {
    const { sdk: _sdk, ...rest } = entry(code, name);
    return rest;
  };

  test('a moved name may name its former code too; a number raised by some version needs no other source', () => {
    expect(checkRegistry('r.yaml', [fromHistory(55, 'LOCAL_DB'), entry(800, 'LOCAL_DB'), fromHistory(512, 'SEND_TIMEOUT')], lineOf, history)).toEqual([]);
  });

  test('a name no version gives the code, and an entry with no source, are reported', () => {
    const issues = checkRegistry('r.yaml', [fromHistory(300, 'LEGACY'), fromHistory(56, 'LOCAL_DB')], lineOf, history);
    expect(issues.map((issue) => [issue.entry, issue.field])).toEqual([
      ['code 300', 'sdk'],
      ['code 56', 'name'],
      ['code 56', 'sdk'],
    ]);
    expect(issues[1]?.message).toContain('no published agora-chat version names code 56 LOCAL_DB');
    expect(issues[0]?.message).toContain('needs a source');
  });

  test('without the history, or when no version gave the other code the name, a shared name is still a duplicate', () => {
    expect(checkRegistry('r.yaml', [entry(55, 'LOCAL_DB'), entry(800, 'LOCAL_DB')], lineOf)).toHaveLength(1);
    const issues = checkRegistry('r.yaml', [fromHistory(300, 'LEGACY'), entry(512, 'LEGACY')], lineOf, history);
    expect(issues.find((issue) => issue.field === 'name')?.message).toContain('duplicate name "LEGACY": already the name of code 300');
  });
});

test.describe('checkProseAgreement', () => {
  const files = (...paths: string[]) => paths.map((p) => ({ locale: p.split('/')[0] ?? '', fileName: p.split('/')[1] ?? '' }));

  test('accepts one prose file per code and locale', () => {
    expect(checkProseAgreement('c', 'r.yaml', [-1, 206], files('zh-cn/-1.mdx', 'zh-cn/206.mdx'), ['zh-cn'])).toEqual([]);
  });

  test('reports a code without prose in a locale, with the file to create', () => {
    const issues = checkProseAgreement('c', 'r.yaml', [206, 207], files('zh-cn/206.mdx'), ['zh-cn']);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('c/zh-cn/207.mdx');
  });

  test('reports prose for a code the registry lacks', () => {
    const issues = checkProseAgreement('c', 'r.yaml', [206], files('zh-cn/206.mdx', 'zh-cn/9999.mdx'), ['zh-cn']);
    expect(issues).toEqual([expect.objectContaining({ file: 'c/zh-cn/9999.mdx', entry: 'code 9999' })]);
  });

  test('reports files whose name is not a code, and unknown locale folders', () => {
    const issues = checkProseAgreement('c', 'r.yaml', [1], files('zh-cn/1.mdx', 'zh-cn/one.mdx', 'zh-cn/01.mdx', 'fr/1.mdx'), ['zh-cn']);
    expect(issues.map((issue) => issue.file).sort()).toEqual(['c/fr/1.mdx', 'c/zh-cn/01.mdx', 'c/zh-cn/one.mdx']);
  });
});
