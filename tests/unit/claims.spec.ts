import { expect, test } from '@playwright/test';
import { claimProblems, countClaims, uncitedStatements } from '../../scripts/sdk/claims.ts';

const page = (body: string) => `---\ntitle: T\n---\n${body}`;

test('paragraphs and list items about the SDK outside a claim are uncited, each at its first line', () => {
  const found = uncitedStatements(
    'content/codes/en/1.mdx',
    page('## What the SDK does\n\n- the SDK rejects\n- `send()` rejects,\n  on two lines\n\n<Claim id="1-x" locale="en" />\n\n```ts\nconn.open();\n```\n\nThe SDK retries.\n\nThe server limits nothing by default.\n'),
  );
  expect(found.map((statement) => [statement.line, statement.text])).toEqual([
    [6, '- the SDK rejects'],
    [7, '- `send()` rejects, on two lines'],
    [16, 'The SDK retries.'],
  ]);
});

test('only blocks that name the SDK, an API or a code count; imports, components and claims do not', () => {
  const found = uncitedStatements(
    'content/guide/en.mdx',
    page(
      [
        "import DeliveredCodes from '../../src/components/DeliveredCodes.astro';",
        '',
        'Read this guide from the top.',
        '',
        '<DeliveredCodes via="onError" locale="en" />',
        '',
        'The SDK calls it once.',
        '',
        '`conn.open()` rejects.',
        '',
        '- <Claim id="guide-a" locale="en" />',
        '',
        'Codes such as `206` arrive here.',
      ].join('\n'),
    ),
  );
  expect(found.map((statement) => statement.text)).toEqual(['The SDK calls it once.', '`conn.open()` rejects.', 'Codes such as `206` arrive here.']);
});

test('claims are counted by evidence, and readings are checked against the code they cite', () => {
  const claims = [
    { id: '1-a', code: 1, test: 'tests/sdk/login.spec.ts' },
    { id: '1-b', code: 1, read: { version: '1.4.0', file: 'Agora-chat.js', excerpt: 'not login' } },
    { id: '1-c', code: 1, read: { version: '1.3.1', file: 'Agora-chat.js', excerpt: 'old text' } },
    { id: '1-d', code: 1 },
  ];
  expect(countClaims(claims)).toEqual({ claims: 4, run: 1, read: 2, withoutEvidence: 1 });
  const options = { file: 'proofs.yaml', installed: '1.4.0', recordedFile: 'readings.json' };
  expect(claimProblems(claims, { ...options, readInstalled: () => 'x not login y', recorded: [{ version: '1.3.1', file: 'Agora-chat.js', excerpt: 'old text' }] })).toEqual([
    'proofs.yaml: claim "1-d" has no evidence: give it "test" or "read"',
  ]);
  expect(claimProblems(claims.slice(1, 3), { ...options, readInstalled: () => undefined, recorded: [] })).toEqual([
    'proofs.yaml: claim "1-b" reads Agora-chat.js, which agora-chat 1.4.0 does not have',
    'proofs.yaml: claim "1-c" reads agora-chat 1.3.1 Agora-chat.js, but readings.json does not record that reading: run npm run sdk:history',
  ]);
});

test('blocks after a "not about the SDK" line, up to the next blank line, carry its reason', () => {
  const found = uncitedStatements(
    'content/guide/en.mdx',
    page('{/* not about the SDK: our own module */}\nCall `login()` of the module.\n- `conn.close();` removed: 2 logins\n\nThe SDK retries.\n'),
  );
  expect(found.map((statement) => [statement.text, statement.exempt])).toEqual([
    ['Call `login()` of the module.', 'our own module'],
    ['- `conn.close();` removed: 2 logins', 'our own module'],
    ['The SDK retries.', undefined],
  ]);
});
