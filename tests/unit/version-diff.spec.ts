import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { SdkHistory } from '../../src/schemas/sdk-history';
import {
  changeCounts,
  numbersIn,
  parseVersionChoice,
  previousVersion,
  releaseDiffs,
  versionDiff,
  versionsChanging,
  type DiffHistory,
} from '../../src/sdk/version-diff';
import { parseSdkHistory } from '../../src/sdk/sdk-history-query';
import { ROOT } from '../support/source';

const constant = (code: number, raised: boolean, messages: string[] = [], typed = true) => ({ code, declared: 'public' as const, typed, raised, messages });

/** Three versions: 304 renamed, LOCAL_DB moving 55 -> 800, 12 no longer raised, 208 new, 9 removed, typing and messages changing. */
const fixture: SdkHistory = {
  pinned: '2.0.0',
  versions: [
    {
      version: '1.0.0',
      constants: { REC_AUDIO: constant(304, false), GETROSTER: constant(12, true, ['get chat token fail']), OLD: constant(9, true), LOCAL_DB: constant(55, true, ['db']) },
    },
    {
      version: '1.1.0-1',
      constants: { REC_AUDIO: constant(304, false), GETROSTER: constant(12, false), LOCAL_DB: constant(800, true, ['db']), ALREADY: constant(208, true) },
    },
    {
      version: '2.0.0',
      constants: { DNS_FAILED: constant(304, true, ['get DNS failed']), GETROSTER: constant(12, false, [], false), LOCAL_DB: constant(800, true, ['db', 'x']), ALREADY: constant(208, true) },
    },
  ],
};

test.describe('the version diff on a fixture', () => {
  test('every kind of change, from 1.0.0 to 2.0.0', () => {
    const diff = versionDiff(fixture, '1.0.0', '2.0.0');
    expect(diff.new).toEqual([{ code: 208, names: ['ALREADY'], raised: true }]);
    expect(diff.removed).toEqual([{ code: 9, names: ['OLD'], raised: true }]);
    // 55 and 800 are not new or removed: their only name moved.
    expect(diff.renumbered).toEqual([{ name: 'LOCAL_DB', from: 55, to: 800 }]);
    expect(diff.renamed).toEqual([{ code: 304, from: ['REC_AUDIO'], to: ['DNS_FAILED'] }]);
    expect(diff.nowRaised).toEqual([{ code: 304, names: ['DNS_FAILED'] }]);
    expect(diff.noLongerRaised).toEqual([{ code: 12, names: ['GETROSTER'] }]);
    expect(diff.messageChanged).toEqual([
      { code: 12, names: ['GETROSTER'], added: [], removed: ['get chat token fail'] },
      { code: 304, names: ['DNS_FAILED'], added: ['get DNS failed'], removed: [] },
    ]);
    expect(diff.typingChanged).toEqual([{ code: 12, name: 'GETROSTER', from: { declared: 'public', typed: true }, to: { declared: 'public', typed: false } }]);
    expect(changeCounts(diff).total).toBe(9);
    expect([...numbersIn(diff)].sort((a, b) => a - b)).toEqual([9, 12, 55, 208, 304, 800]);
  });

  test('the reverse direction swaps new and removed, and the same version has no change', () => {
    const back = versionDiff(fixture, '2.0.0', '1.0.0');
    expect(back.new.map((change) => change.code)).toEqual([9]);
    expect(back.removed.map((change) => change.code)).toEqual([208]);
    expect(back.renumbered).toEqual([{ name: 'LOCAL_DB', from: 800, to: 55 }]);
    expect(changeCounts(versionDiff(fixture, '1.1.0-1', '1.1.0-1')).total).toBe(0);
  });

  test('release diffs, predecessors and the versions that changed a code', () => {
    expect(releaseDiffs(fixture).map((diff) => `${diff.from}>${diff.to}`)).toEqual(['1.0.0>1.1.0-1', '1.1.0-1>2.0.0']);
    expect(previousVersion(fixture, '1.0.0')).toBeUndefined();
    expect(previousVersion(fixture, '2.0.0')).toBe('1.1.0-1');
    expect(versionsChanging(fixture, 800)).toEqual(['1.1.0-1', '2.0.0']);
    expect(versionsChanging(fixture, 304)).toEqual(['2.0.0']);
    expect(() => versionDiff(fixture, '1.0.0', '9.9.9')).toThrow('the SDK history has no agora-chat 9.9.9');
  });

  test('the URL choice keeps only published versions', () => {
    const versions = ['1.0.0', '1.1.0-1', '2.0.0'];
    expect(parseVersionChoice('?from=1.0.0&to=2.0.0', versions)).toEqual({ from: '1.0.0', to: '2.0.0' });
    expect(parseVersionChoice('?from=%20&to=9.9', versions)).toEqual({ from: undefined, to: undefined });
    expect(parseVersionChoice('?from=%E0%A4%A&to=1.1.0-1&to=2.0.0', versions)).toEqual({ from: undefined, to: '1.1.0-1' });
    expect(parseVersionChoice('?from=<script>', versions)).toEqual({ from: undefined, to: undefined });
  });
});

/** content/sdk-history.json as the build reads it. */
const history: DiffHistory = parseSdkHistory(JSON.parse(readFileSync(path.join(ROOT, 'content/sdk-history.json'), 'utf8')), 'content/sdk-history.json');

test.describe('the version diff on the real SDK history', () => {
  test('LOCAL_DB_OPERATION_FAILED moved from 55 to 800, and back in 1.3.0', () => {
    expect(versionDiff(history, '1.2.1', '1.4.0').renumbered).toEqual([{ name: 'LOCAL_DB_OPERATION_FAILED', from: 55, to: 800 }]);
    expect(versionDiff(history, '1.2.2-2', '1.2.2-3').renumbered).toEqual([{ name: 'LOCAL_DB_OPERATION_FAILED', from: 55, to: 800 }]);
    expect(versionDiff(history, '1.2.2-3', '1.3.0').renumbered).toEqual([{ name: 'LOCAL_DB_OPERATION_FAILED', from: 800, to: 55 }]);
    expect(versionDiff(history, '1.3.0', '1.3.1').renumbered).toEqual([{ name: 'LOCAL_DB_OPERATION_FAILED', from: 55, to: 800 }]);
    // Only moved: neither number is listed as new or removed.
    const upgrade = versionDiff(history, '1.2.1', '1.4.0');
    expect(upgrade.new.map((change) => change.code)).not.toContain(800);
    expect(upgrade.removed.map((change) => change.code)).not.toContain(55);
    // 55 is new in 1.2.1, defined but not raised yet.
    expect(versionDiff(history, '1.2.0', '1.2.1').new).toEqual([{ code: 55, names: ['LOCAL_DB_OPERATION_FAILED'], raised: false }]);
  });

  test("304 changed meaning at 1.3.1: a legacy message constant became SERVER_GET_DNSLIST_FAILED, now raised", () => {
    const diff = versionDiff(history, '1.3.0', '1.3.1');
    expect(diff.renamed).toEqual([{ code: 304, from: ['WEBIM_MESSAGE_REC_AUDIO'], to: ['SERVER_GET_DNSLIST_FAILED'] }]);
    expect(diff.nowRaised).toContainEqual({ code: 304, names: ['SERVER_GET_DNSLIST_FAILED'] });
    expect(releaseDiffs(history).filter((release) => release.renamed.some((change) => change.code === 304)).map((release) => release.to)).toEqual(['1.3.1']);
  });

  test('208, 222, 223 and 512 are new in 1.4.0, and raised', () => {
    const diff = versionDiff(history, '1.3.1', '1.4.0');
    expect(diff.new.map((change) => change.code)).toEqual([208, 222, 223, 512]);
    expect(diff.new.every((change) => change.raised)).toBe(true);
    expect(diff.removed).toEqual([]);
  });

  test('12 is raised up to 1.2.1 and no longer from 1.2.2-1; 27 no longer from 1.4.0', () => {
    const stops = (code: number) => releaseDiffs(history).filter((diff) => diff.noLongerRaised.some((change) => change.code === code)).map((diff) => diff.to);
    expect(stops(12)).toEqual(['1.2.2-1']);
    expect(stops(27)).toEqual(['1.4.0']);
    expect(versionDiff(history, '1.2.1', '1.4.0').noLongerRaised.map((change) => change.code)).toEqual(expect.arrayContaining([12, 27]));
    expect(versionDiff(history, '1.2.2-1', '1.4.0').noLongerRaised.map((change) => change.code)).not.toContain(12);
  });

  test('the versions that changed 800 and 304, for the code pages', () => {
    expect(versionsChanging(history, 800)).toEqual(expect.arrayContaining(['1.2.2-3', '1.3.0', '1.3.1']));
    expect(versionsChanging(history, 304)).toContain('1.3.1');
  });

  test('every release diff lists each number at most once per kind', () => {
    for (const diff of releaseDiffs(history)) {
      for (const list of [diff.new, diff.removed, diff.renamed, diff.nowRaised, diff.noLongerRaised, diff.messageChanged]) {
        const codes = list.map((change) => change.code);
        expect(new Set(codes).size, `${diff.to}`).toBe(codes.length);
      }
    }
  });
});
