import { expect, test } from '@playwright/test';
import { ui } from '../../src/i18n/ui';
import type { SdkHistory } from '../../src/schemas/sdk-history';
import { bothSidesSnippet, movedNames } from '../../src/snippets/upgrade-snippet';
import { diffView, rowText, type ViewLinks } from '../../src/upgrade/upgrade-view';
import { versionDiff } from '../../src/sdk/version-diff';

const constant = (code: number, raised: boolean, options: { messages?: string[]; typed?: boolean; declared?: 'public' | 'hidden' | null } = {}) => ({
  code,
  declared: options.declared === undefined ? ('public' as const) : options.declared,
  typed: options.typed ?? true,
  raised,
  messages: options.messages ?? [],
});

const fixture: SdkHistory = {
  pinned: '2.0.0',
  versions: [
    {
      version: '1.0.0',
      constants: {
        REC_AUDIO: constant(304, false, { typed: false }),
        GETROSTER: constant(12, true),
        ALREADY: constant(208, true),
        LOCAL_DB: constant(55, true),
        STATUS_OPEN: constant(100, false),
        STATUS_CLOSED: constant(101, false),
      },
    },
    {
      version: '2.0.0',
      constants: {
        DNS_FAILED: constant(304, true, { messages: ['get DNS failed'] }),
        GETROSTER: constant(12, false, { typed: false }),
        ALREADY: constant(208, true, { declared: null }),
        LOCAL_DB: constant(800, true),
        STATUS_OPEN: constant(100, false, { typed: false }),
        STATUS_CLOSED: constant(101, false, { typed: false }),
      },
    },
  ],
};

const links: ViewLinks = { codeHref: '/en/codes/{code}/#versions', otherNameHref: '/en/codes/other-names/#{name}', snippetHref: '/en/upgrade/#snippet-{name}', documented: [12, 55, 304, 800] };
const t = ui('en').upgradeRows;

test('a diff becomes one section per kind with rows of text, code and links', () => {
  const sections = diffView(versionDiff(fixture, '1.0.0', '2.0.0'), t, links);
  expect(sections.map((section) => section.kind)).toEqual(['renumbered', 'renamed', 'nowRaised', 'noLongerRaised', 'messageChanged', 'typingChanged']);
  const renumbered = sections.find((section) => section.kind === 'renumbered')?.rows[0];
  expect(renumbered && rowText(renumbered)).toBe('LOCAL_DB: 55 → 800; code that works on both sides');
  expect(renumbered?.parts).toContainEqual({ href: '/en/codes/800/#versions', text: '800' });
  expect(renumbered?.parts).toContainEqual({ href: '/en/upgrade/#snippet-LOCAL_DB', text: 'code that works on both sides' });
  const renamed = sections.find((section) => section.kind === 'renamed')?.rows[0];
  expect(renamed && rowText(renamed)).toBe('304 REC_AUDIO → DNS_FAILED');
  const message = sections.find((section) => section.kind === 'messageChanged')?.rows[0];
  expect(message && rowText(message)).toBe('304 DNS_FAILED: added get DNS failed');
});

test('typing changes are grouped by transition, counted per constant, and undocumented numbers link to the other names', () => {
  const sections = diffView(versionDiff(fixture, '1.0.0', '2.0.0'), t, links);
  const typing = sections.find((section) => section.kind === 'typingChanged');
  // REC_AUDIO is no typing change: 2.0.0 lacks the name (304 is renamed instead).
  expect(typing?.count).toBe(4);
  expect(typing?.rows.map(rowText)).toEqual(['AgoraChat.Code yes → no: 12 GETROSTER, 100 STATUS_OPEN, 101 STATUS_CLOSED', 'status.d.ts public → not declared: 208 ALREADY']);
  expect(typing?.rows[0]?.parts).toContainEqual({ href: '/en/codes/other-names/#STATUS_OPEN', text: '100 STATUS_OPEN', constant: true });
  expect(typing?.rows[0]?.parts).toContainEqual({ href: '/en/codes/12/#versions', text: '12 GETROSTER', constant: true });
  expect(typing?.heading).toBe('Constants with other typing');
  const both = diffView(versionDiff(fixture, '2.0.0', '1.0.0'), t, links).find((section) => section.kind === 'typingChanged');
  expect(both?.rows.map(rowText)).toContain('status.d.ts not declared → public: 208 ALREADY');
});

test('anchors mark the first row of each number, only when asked', () => {
  const diff = versionDiff(fixture, '1.0.0', '2.0.0');
  const anchored = diffView(diff, t, links, { anchors: true }).flatMap((section) => section.rows.flatMap((row) => row.anchors));
  expect(anchored).toEqual(['code-55', 'code-800', 'code-304', 'code-12', 'code-100', 'code-101', 'code-208']);
  expect(diffView(diff, t, links).flatMap((section) => section.rows.flatMap((row) => row.anchors))).toEqual([]);
  expect(diffView(versionDiff(fixture, '2.0.0', '2.0.0'), t, links)).toEqual([]);
});

test('moved names and the snippet that checks every number', () => {
  expect(movedNames(fixture)).toEqual([{ name: 'LOCAL_DB', numbers: [{ code: 55, versions: ['1.0.0'] }, { code: 800, versions: ['2.0.0'] }] }]);
  const miniCore = bothSidesSnippet({ name: 'LOCAL_DB', codes: [55, 800], delivery: { via: 'promise', api: 'getLocalConversations' }, comment: 'both', branch: '800: failed' });
  expect(miniCore).toContain('const LOCAL_DB_CODES: readonly number[] = [55, 800];');
  expect(miniCore).toContain("import MiniCore from 'agora-chat/miniCore/miniCore';");
  expect(miniCore).toContain('conn.localCache.getLocalConversations().catch((error: AgoraChat.ErrorEvent) => {\n  if (LOCAL_DB_CODES.includes(error.type)) {\n    // 800: failed\n  }\n});');
  const handler = bothSidesSnippet({ name: 'X', codes: [1, 2], delivery: { via: 'onError' }, comment: 'c', branch: 'b' });
  expect(handler).toContain("conn.addEventHandler('upgrade-safe', {\n  onError: (error) => {\n    if (X_CODES.includes(error.type)) {");
});
