import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui';
import type { SdkHistory } from '../../src/schemas/sdk-history';
import { codeVersions, versionNotes } from '../../src/sdk/code-versions';
import { ContentError } from '../../src/schemas/content-error';
import { parseSdkHistory, sdkHistoryAccessor } from '../../src/sdk/sdk-history-query';

const constant = (code: number, raised: boolean, messages: string[] = []) => ({ code, declared: 'public' as const, typed: true, raised, messages });

/** Four versions: 304 renamed in 2.0.0, LOCAL_DB moving 55 -> 800 and back, 12 raised only in 1.0.0. */
const fixture: SdkHistory = {
  pinned: '2.0.0',
  versions: [
    { version: '1.0.0', constants: { REC_AUDIO: constant(304, false), GETROSTER: constant(12, true, ['get chat token fail']) } },
    { version: '1.1.0-1', constants: { REC_AUDIO: constant(304, false), GETROSTER: constant(12, false), LOCAL_DB: constant(55, true, ['db failed']) } },
    { version: '1.1.0', constants: { REC_AUDIO: constant(304, false), GETROSTER: constant(12, false), LOCAL_DB: constant(800, true) } },
    {
      version: '2.0.0',
      constants: { DNS_FAILED: constant(304, true, ['DNS hosts resolution failed', 'get DNS failed']), GETROSTER: constant(12, false), LOCAL_DB: constant(800, true, ['x']) },
    },
  ],
};
const history = sdkHistoryAccessor(fixture);

test.describe('the SDK history accessor', () => {
  test('names, defining and raising versions per number', () => {
    expect(history.sdkVersions).toEqual(['1.0.0', '1.1.0-1', '1.1.0', '2.0.0']);
    expect(history.pinnedVersion).toBe('2.0.0');
    expect(history.namesOf(304)).toEqual(['DNS_FAILED']);
    expect(history.namesOf(304, '1.0.0')).toEqual(['REC_AUDIO']);
    expect(history.versionsDefining(55)).toEqual(['1.1.0-1']);
    expect(history.versionsRaising(12)).toEqual(['1.0.0']);
    expect(history.versionsRaising(304)).toEqual(['2.0.0']);
    expect(history.codeOf('LOCAL_DB', '1.1.0-1')).toBe(55);
    expect(history.codeOf('LOCAL_DB')).toBe(800);
    expect(() => history.namesOf(1, '3.0.0')).toThrow('the SDK history has no agora-chat 3.0.0');
  });

  test('messagesOf defaults to the pinned version and sorts', () => {
    expect(history.messagesOf(304)).toEqual(['DNS hosts resolution failed', 'get DNS failed']);
    expect(history.messagesOf(12, '1.0.0')).toEqual(['get chat token fail']);
    expect(history.messagesOf(12)).toEqual([]);
  });

  test('meaningsOf splits runs at a rename and at a gap', () => {
    expect(history.meaningsOf(304)).toEqual([
      { names: ['REC_AUDIO'], versions: ['1.0.0', '1.1.0-1', '1.1.0'], raisedIn: [] },
      { names: ['DNS_FAILED'], versions: ['2.0.0'], raisedIn: ['2.0.0'] },
    ]);
    expect(history.meaningsOf(800).map((meaning) => meaning.versions)).toEqual([['1.1.0', '2.0.0']]);
    expect(history.rangesOf(['1.0.0', '1.1.0-1', '2.0.0'])).toEqual([
      { from: '1.0.0', to: '1.1.0-1' },
      { from: '2.0.0', to: '2.0.0' },
    ]);
  });

  test('codeVersions finds where a name the number had lives in other versions', () => {
    const facts = codeVersions(55, history);
    expect(facts.inPinned).toBe(false);
    expect(facts.elsewhere).toEqual([{ name: 'LOCAL_DB', code: 800, ranges: [{ from: '1.1.0', to: '2.0.0' }] }]);
    expect(codeVersions(800, history).elsewhere).toEqual([{ name: 'LOCAL_DB', code: 55, ranges: [{ from: '1.1.0-1', to: '1.1.0-1' }] }]);
  });

  test('versionNotes words it in each language, including a code no longer raised', () => {
    const notes = (code: number, locale: 'en' | 'zh-cn', unreachable = false) =>
      versionNotes(codeVersions(code, history), { unreachable, versionCount: 4, pinned: '2.0.0', t: ui(locale) });
    expect(notes(12, 'en').sentences).toEqual([
      'agora-chat has 4 published versions; this number exists in 1.0.0–2.0.0 (all of them).',
      'The SDK raises it in 1.0.0.',
      'No code path of agora-chat 2.0.0 raises it: it survives only in the enum.',
    ]);
    expect(notes(12, 'en').rows).toEqual([{ versions: '1.0.0–2.0.0', names: ['GETROSTER'], raised: 'Only 1.0.0' }]);
    expect(notes(55, 'zh-cn').sentences).toContain('agora-chat 2.0.0 没有这个错误码。');
    expect(notes(55, 'zh-cn').elsewhere[0]?.text).toBe('在 1.1.0–2.0.0 中，LOCAL_DB 是错误码 800。');
    expect(notes(304, 'en', true).rows.map((row) => row.raised)).toEqual(['No', 'A code path, never reached']);
  });
});

test.describe('parseSdkHistory', () => {
  const failure = (data: unknown, pinned?: string): string => {
    try {
      parseSdkHistory(data, 'content/sdk-history.json', pinned);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as Error).message;
    }
    throw new Error('expected a ContentError');
  };

  test('accepts the fixture', () => {
    expect(parseSdkHistory(fixture, 'f.json', '2.0.0').versions).toHaveLength(4);
  });

  test('names the file and the field of a bad value', () => {
    const broken = structuredClone(fixture);
    (broken.versions[0]?.constants.GETROSTER as { code: unknown }).code = '12';
    expect(failure(broken)).toContain('content/sdk-history.json: field "versions.0.constants.GETROSTER.code": must be an integer, got "12"');
  });

  test('rejects versions out of semver order, unsorted messages, an unlisted pin and a pin package.json does not have', () => {
    const unordered = structuredClone(fixture);
    unordered.versions.reverse();
    expect(failure(unordered)).toContain('field "versions.1.version": must come after 2.0.0');
    const unsorted = structuredClone(fixture);
    const dns = unsorted.versions[3]?.constants.DNS_FAILED;
    if (dns) dns.messages = ['get DNS failed', 'DNS hosts resolution failed'];
    expect(failure(unsorted)).toContain('field "versions.3.constants.DNS_FAILED.messages": must be sorted and without duplicates');
    expect(failure({ ...fixture, pinned: '9.0.0' })).toContain('field "pinned": must be one of the listed versions, got "9.0.0"');
    expect(failure(fixture, '1.1.0')).toContain('field "pinned": is 2.0.0, but package.json pins agora-chat 1.1.0: run npm run sdk:history');
  });
});
