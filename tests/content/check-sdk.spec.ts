import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { ROOT } from '../support/source';

type Alter = (text: string) => string;

/**
 * The extractor's reading of the installed SDK, saved once for the tests that break a copy of the
 * registry (each would otherwise re-read the same bundle). The unaltered check extracts afresh.
 */
let extractedFile: string | undefined;
function savedExtraction(): string {
  if (extractedFile) return extractedFile;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/sdk/extract.ts'), path.join(ROOT, 'node_modules/agora-chat')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, result.stderr).toBe(0);
  extractedFile = path.join(mkdtempSync(path.join(tmpdir(), 'check-sdk-extracted-')), 'extracted.json');
  writeFileSync(extractedFile, result.stdout);
  return extractedFile;
}

test.afterAll(() => {
  if (extractedFile) rmSync(path.dirname(extractedFile), { recursive: true, force: true });
  extractedFile = undefined;
});

/**
 * Runs scripts/check-sdk.ts, optionally on an altered copy of the registry, the declared differences, the
 * SDK history, the claims, the recorded readings or the uncited allowance; `pages` alters a copy of
 * content/codes and content/guide.
 */
function checkSdk(alter?: { registry?: Alter; differences?: Alter; history?: Alter; proofs?: Alter; readings?: Alter; uncited?: Alter; pages?: (root: string) => void }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-sdk-'));
  try {
    const args = [path.join(ROOT, 'scripts/check-sdk.ts')];
    const files = [
      ['registry', 'content/registry.yaml'],
      ['differences', 'content/sdk-differences.yaml'],
      ['history', 'content/sdk-history.json'],
      ['proofs', 'content/sdk-proofs.yaml'],
      ['readings', 'content/sdk-readings.json'],
      ['uncited', 'content/uncited-claims.txt'],
    ] as const;
    for (const [option, file] of files) {
      const change = alter?.[option];
      if (!change) continue;
      const original = readFileSync(path.join(ROOT, file), 'utf8');
      const altered = change(original);
      expect(altered, `the ${option} alteration must change something`).not.toBe(original);
      const copy = path.join(dir, path.basename(file));
      writeFileSync(copy, altered);
      args.push(`--${option}`, copy);
    }
    if (alter?.pages) {
      const root = path.join(dir, 'root');
      for (const folder of ['content/codes', 'content/guide']) cpSync(path.join(ROOT, folder), path.join(root, folder), { recursive: true });
      alter.pages(root);
      args.push('--root', root);
    }
    if (alter) args.push('--extracted', savedExtraction());
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
  expect(output).toContain('registry: 83 codes, 77 from the SDK, 63 from the official table');
  expect(output).toContain('content/sdk-history.json: 138 constants of 1.4.0 match the installed package');
  expect(output).toContain('documented but not raised by 1.4.0: 12, 27, 55');
});

/** Edits the 1.4.0 column of the SDK history (JSON text) with `change`. */
const pinnedColumn = (change: (constants: Record<string, { code: number; raised: boolean; typed: boolean; declared: string | null; messages: string[] }>) => void) => (text: string) => {
  const history = JSON.parse(text) as { versions: { version: string; constants: Parameters<typeof change>[0] }[] };
  const pinned = history.versions.find((entry) => entry.version === '1.4.0');
  if (!pinned) throw new Error('the history has no 1.4.0');
  change(pinned.constants);
  return JSON.stringify(history);
};

test('fails when the pinned column of the SDK history disagrees with the installed package, naming each field', () => {
  const { status, output } = checkSdk({
    history: pinnedColumn((constants) => {
      const timeout = constants.MESSAGE_SEND_TIMEOUT;
      const busy = constants.SERVER_BUSY;
      const roster = constants.WEBIM_CONNCTION_GETROSTER_ERROR;
      const hidden = constants.GROUP_IS_DISABLED;
      const dns = constants.SERVER_GET_DNSLIST_FAILED;
      if (!timeout || !busy || !roster || !hidden || !dns) throw new Error('fixture constants missing');
      timeout.messages = ['send message timed out'];
      busy.code = 5000;
      roster.raised = true;
      hidden.declared = 'public';
      dns.typed = false;
      delete constants.WEBIM_USER_ALREADY_LOGIN;
    }),
  });
  expect(status, output).toBe(1);
  for (const expected of [
    'sdk-history.json 1.4.0: MESSAGE_SEND_TIMEOUT.messages is ["send message timed out"], but the installed package gives ["send message timeout"]',
    'SERVER_BUSY.code is 5000, but the installed package gives 500',
    'WEBIM_CONNCTION_GETROSTER_ERROR.raised is true, but the installed package gives false',
    'GROUP_IS_DISABLED.declared is "public", but the installed package gives "hidden"',
    'SERVER_GET_DNSLIST_FAILED.typed is false, but the installed package gives true',
    'WEBIM_USER_ALREADY_LOGIN is not recorded, but the installed package has it (208)',
  ]) {
    expect(output).toContain(expected);
  }
});

const alterations: { what: string; registry?: Alter; differences?: Alter; history?: Alter; expected: string }[] = [
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
    what: 'a name of the typings is neither documented nor declared',
    registry: (text) => text.replace(/- code: 304\n(?:  .*\n)+/, ''),
    expected: 'AgoraChat.Code declares SERVER_GET_DNSLIST_FAILED, which status.d.ts lacks',
  },
  {
    what: 'typeDeclared is true for a name the typings give another number (55 is 800 in 1.4.0)',
    registry: (text) => text.replace(/(  name: LOCAL_DB_OPERATION_FAILED\n  category: local-db\n)  typeDeclared: false\n/, '$1'),
    expected: 'code 55: typeDeclared is true, but AgoraChat.Code declares LOCAL_DB_OPERATION_FAILED as 800',
  },
  {
    what: 'a number a published version raises has no entry',
    registry: (text) => text.replace(/- code: 512\n(?:  .*\n)+/, ''),
    expected: 'code 512: agora-chat 1.4.0 raises it, but the registry has no entry for it',
  },
  {
    what: 'a code is called unreachable that the pinned bundle has no path for',
    registry: (text) => text.replace(/(- code: 27\n(?:  .*\n)*?  delivery: .*\n)/, '$1  unreachable: true\n'),
    expected: 'code 27: the registry says unreachable, but agora-chat 1.4.0 has no code path raising it',
  },
  {
    what: 'the SDK history is pinned to another version',
    history: (text) => text.replace('"pinned": "1.4.0"', '"pinned": "1.3.1"'),
    expected: 'sdk-history.json: pinned is 1.3.1, but package.json pins 1.4.0: run npm run sdk:history',
  },
  {
    what: 'a stale declared difference',
    differences: (text) => text.replace(/^\[\]$/m, '- name: NOT_A_REAL_CODE\n  code: 1\n  where: AgoraChat.Code\n  reason: stale'),
    expected: 'NOT_A_REAL_CODE is declared as a difference, but the SDK no longer differs there',
  },
];

for (const { what, registry, differences, history, expected } of alterations) {
  test(`fails when ${what}`, () => {
    const { status, output } = checkSdk({ ...(registry && { registry }), ...(differences && { differences }), ...(history && { history }) });
    expect(status, output).toBe(1);
    expect(output).toContain(expected);
  });
}

test.describe('claims and their evidence', () => {
  const claims = parse(readFileSync(path.join(ROOT, 'content/sdk-proofs.yaml'), 'utf8')) as { id: string; test?: string; read?: unknown }[];
  const allowed = readFileSync(path.join(ROOT, 'content/uncited-claims.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[1]), 0);
  /** A claim of the file to replace its evidence with something else. */
  const FIRST_TEST = /\n {2}test: tests\/sdk\/[\w-]+\.spec\.ts\n/;

  test('check:sdk prints the claims, by evidence, and the uncited statements', () => {
    const { status, output } = checkSdk();
    expect(status, output).toBe(0);
    const run = claims.filter((claim) => claim.test).length;
    const read = claims.filter((claim) => claim.read).length;
    expect(output).toContain(`claims: ${claims.length}, proven by running: ${run}, proven by reading: ${read}, without evidence: 0; uncited statements about the SDK in pages: ${allowed} `);
  });

  test('a claim without evidence fails', () => {
    const { status, output } = checkSdk({ proofs: (text) => text.replace(FIRST_TEST, '\n') });
    expect(status).toBe(1);
    expect(output).toMatch(/sdk-proofs\.yaml: claim "[^"]+" has no evidence: give it "test" or "read"/);
    expect(output).toContain('without evidence: 1;');
  });

  test('a reading is found again in the installed bundle, or the check fails', () => {
    const reading = (excerpt: string) => (text: string) =>
      text.replace(FIRST_TEST, `\n  read:\n    version: "1.4.0"\n    file: Agora-chat.js\n    excerpt: ${JSON.stringify(excerpt)}\n`);
    const found = checkSdk({ proofs: reading('send message timeout') });
    expect(found.status, found.output).toBe(0);
    // The planted reading replaces the first test: one more claim proven by reading than the real list has.
    expect(found.output).toContain(`proven by reading: ${claims.filter((claim) => claim.read).length + 1},`);
    const missing = checkSdk({ proofs: reading('no SDK prints this sentence') });
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/claim "[^"]+": agora-chat 1\.4\.0 Agora-chat\.js does not contain "no SDK prints this sentence"/);
  });

  test('a reading of another version must be recorded by sdk:history', () => {
    const oldReading = (text: string) => text.replace(FIRST_TEST, '\n  read:\n    version: "1.3.1"\n    file: Agora-chat.js\n    excerpt: "not login"\n');
    const unrecorded = checkSdk({ proofs: oldReading });
    expect(unrecorded.status).toBe(1);
    expect(unrecorded.output).toMatch(/reads agora-chat 1\.3\.1 Agora-chat\.js, but content\/sdk-readings\.json does not record that reading: run npm run sdk:history/);
    const recorded = checkSdk({
      proofs: oldReading,
      readings: (text) => {
        // Adds the reading to those sdk:history recorded (the list may already hold readings of other versions).
        const data = JSON.parse(text) as { readings: { version: string; file: string; excerpt: string }[] };
        data.readings.push({ version: '1.3.1', file: 'Agora-chat.js', excerpt: 'not login' });
        return `${JSON.stringify(data, null, 2)}\n`;
      },
    });
    expect(recorded.status, recorded.output).toBe(0);
  });

  test('a statement about the SDK planted in a page body outside a claim fails, naming its line', () => {
    const { status, output } = checkSdk({
      pages: (root) => appendFileSync(path.join(root, 'content/codes/en/605.mdx'), '\nThe SDK retries this call three times.\n'),
    });
    expect(status).toBe(1);
    expect(output).toMatch(/content\/codes\/en\/605\.mdx: 1 statement\(s\) about the SDK outside claim records, content\/uncited-claims\.txt allows 0: .*content\/codes\/en\/605\.mdx:\d+/);
  });

  test('front matter naming a channel fails when its code has no claim, naming the page and field', () => {
    const { status, output } = checkSdk({
      pages: (root) => {
        const file = path.join(root, 'content/codes/en/1101.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^fix: "/m, 'fix: "`onError` gets this error as well. '));
      },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/codes\/en\/1101\.mdx: fix names `onError` \(what the SDK does\), but code 1101 has no claim/);
  });

  test('the allowance of uncited statements may only go down', () => {
    // An allowance above a file's real count (here 1 for a page with none) must be lowered.
    const { status, output } = checkSdk({ uncited: (text) => `${text.trimEnd()}\ncontent/codes/en/605.mdx 1\n` });
    expect(status).toBe(1);
    expect(output).toMatch(/uncited-claims\.txt: content\/codes\/en\/605\.mdx allows 1 uncited statement\(s\) but has 0: lower the count/);
  });

  test('a block declared not about the SDK is listed with its reason, not counted as uncited', () => {
    const { status, output } = checkSdk({
      pages: (root) => appendFileSync(path.join(root, 'content/codes/en/605.mdx'), '\n{/* not about the SDK: a planted note on our own tooling */}\nThe SDK retries this call three times.\n'),
    });
    expect(status, output).toBe(0);
    expect(output).toContain('not about the SDK: content/codes/en/605.mdx:');
    expect(output).toContain('a planted note on our own tooling');
  });

  test('a claim without a code must be shown by a page', () => {
    const orphan = (text: string) => `${text}\n- id: guide-orphan-claim\n  statement: { zh-cn: "孤立的说法。", en: "An orphan claim." }\n  test: tests/sdk/login.spec.ts\n`;
    const { status, output } = checkSdk({ proofs: orphan });
    expect(status).toBe(1);
    expect(output).toContain('claim "guide-orphan-claim" has no code and no page shows it with <Claim id="guide-orphan-claim" />');
    const shown = checkSdk({
      proofs: orphan,
      pages: (root) => appendFileSync(path.join(root, 'content/guide/en.mdx'), '\n<Claim id="guide-orphan-claim" locale="en" />\n'),
    });
    expect(shown.output).not.toContain('guide-orphan-claim');
  });
});
