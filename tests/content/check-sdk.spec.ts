import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/source';

/** Runs scripts/check-sdk.ts, optionally on an altered copy of the registry or of the declared differences. */
function checkSdk(alter?: { registry?: (text: string) => string; differences?: (text: string) => string }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-sdk-'));
  try {
    const args = [path.join(ROOT, 'scripts/check-sdk.ts')];
    for (const [option, file] of [['registry', 'content/registry.yaml'], ['differences', 'content/sdk-differences.yaml']] as const) {
      const change = alter?.[option];
      if (!change) continue;
      const original = readFileSync(path.join(ROOT, file), 'utf8');
      const altered = change(original);
      expect(altered, `the ${option} alteration must change something`).not.toBe(original);
      const copy = path.join(dir, path.basename(file));
      writeFileSync(copy, altered);
      args.push(`--${option}`, copy);
    }
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the registry matches agora-chat', () => {
  const { status, output } = checkSdk();
  expect(status, output).toBe(0);
  expect(output).toContain('status.d.ts has 78 names for 77 codes');
  expect(output).toContain('registry: 77 codes, 77 from the SDK, 63 from the official table');
});

const alterations: { what: string; registry?: (text: string) => string; differences?: (text: string) => string; expected: string }[] = [
  {
    what: 'a code the SDK defines is missing',
    registry: (text) => text.replace(/- code: 1400\n(?:  .*\n)+/, ''),
    expected: 'status.d.ts: CONVERSATION_NOT_EXIST = 1400 is not documented',
  },
  {
    what: 'a name differs from the SDK (the official table\'s 607)',
    registry: (text) => text.replace('  name: GROUP_MEMBERS_LIMIT\n', '  name: GROUP_NOT_EXIST_607\n'),
    expected: 'code 607: status.d.ts names it GROUP_MEMBERS_LIMIT; the registry has name GROUP_NOT_EXIST_607 and no such alias',
  },
  {
    what: 'an alias the SDK does not have',
    registry: (text) => text.replace('    - name: WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR\n', '    - name: WEBIM_CONNECTION_USER_NOT_ASSIGN_ERROR\n'),
    expected: 'code 0: the registry attributes WEBIM_CONNECTION_USER_NOT_ASSIGN_ERROR to the SDK, but status.d.ts has no such member',
  },
  {
    what: 'a hidden code marked public',
    registry: (text) => text.replace('  name: GROUP_IS_DISABLED\n  category: group\n  sdk: hidden\n', '  name: GROUP_IS_DISABLED\n  category: group\n  sdk: public\n'),
    expected: 'code 608: GROUP_IS_DISABLED is @hidden in status.d.ts, but the registry says sdk: public',
  },
  {
    what: 'typeDeclared contradicting AgoraChat.Code',
    registry: (text) => text.replace(/(  name: MESSAGE_PARAMETER_ERROR\n(?:  .*\n)*?)  typeDeclared: false\n/, '$1'),
    expected: 'code 205: typeDeclared is true, but AgoraChat.Code lacks MESSAGE_PARAMETER_ERROR',
  },
  {
    what: 'an undeclared difference of the typings',
    differences: () => '[]\n',
    expected: 'AgoraChat.Code declares SERVER_GET_DNSLIST_FAILED, which status.d.ts lacks',
  },
  {
    what: 'a stale declared difference',
    differences: (text) => `${text}- name: NOT_A_REAL_CODE\n  code: 1\n  where: AgoraChat.Code\n  reason: stale\n`,
    expected: 'NOT_A_REAL_CODE is declared as a difference, but the SDK no longer differs there',
  },
];

for (const { what, registry, differences, expected } of alterations) {
  test(`fails when ${what}`, () => {
    const { status, output } = checkSdk({ ...(registry && { registry }), ...(differences && { differences }) });
    expect(status, output).toBe(1);
    expect(output).toContain(expected);
  });
}
