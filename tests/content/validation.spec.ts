import { expect, test } from '@playwright/test';
import { ProjectFixture } from '../support/fixture';

/**
 * Each rule of the content model, proved by breaking a copy of the content and checking that
 * loading it fails with a message naming the file, the field and the bad value.
 * `astro sync` runs the same loaders and schemas as `astro build`, in a fraction of the time.
 */
const REGISTRY = 'content/registry.yaml';

interface BrokenCase {
  rule: string;
  breakIt: (fixture: ProjectFixture) => void;
  expected: (string | RegExp)[];
}

const cases: BrokenCase[] = [
  {
    rule: 'codes are integers',
    breakIt: (f) => f.edit(REGISTRY, '- code: 500\n', '- code: 500.5\n'),
    expected: [/content\/registry\.yaml:\d+: code 500\.5, field "code": must be an integer, got 500\.5/],
  },
  {
    rule: 'codes are unique',
    breakIt: (f) => f.edit(REGISTRY, '- code: 1301\n', '- code: 1300\n'),
    expected: [/content\/registry\.yaml:\d+: code 1300, field "code": duplicate code 1300: already defined at line \d+/],
  },
  {
    rule: 'names are unique unless declared as aliases',
    breakIt: (f) => f.edit(REGISTRY, 'name: REQUEST_TIMEOUT\n', 'name: REQUEST_ABORT\n'),
    expected: [/content\/registry\.yaml:\d+: code -1, field "name": duplicate name "REQUEST_ABORT": already the name of code -4 \(line \d+\)/],
  },
  {
    rule: 'an alias may not repeat another code\'s name',
    breakIt: (f) => f.edit(REGISTRY, 'name: WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR\n', 'name: SERVER_BUSY\n'),
    expected: [/content\/registry\.yaml:\d+: code 500, field "name": duplicate name "SERVER_BUSY": already an alias of code 0/],
  },
  {
    rule: 'names are SCREAMING_SNAKE_CASE',
    breakIt: (f) => f.edit(REGISTRY, 'name: SERVER_BUSY\n', 'name: Server_Busy\n'),
    expected: [/content\/registry\.yaml:\d+: code 500, field "name": must be SCREAMING_SNAKE_CASE like SERVER_BUSY, got "Server_Busy"/],
  },
  {
    rule: 'categories are known',
    breakIt: (f) => f.edit(REGISTRY, /(- code: 1300\n  name: THREAD_NOT_EXIST\n  category:) thread/, '$1 threads'),
    expected: [/content\/registry\.yaml:\d+: code 1300, field "category": must be a category id from content\/categories\.yaml \(.*thread.*\), got "threads"/],
  },
  {
    rule: 'unknown registry fields are rejected, not dropped',
    breakIt: (f) => f.edit(REGISTRY, '  name: SERVER_BUSY\n', '  name: SERVER_BUSY\n  categroy: message\n'),
    expected: [/content\/registry\.yaml:\d+: code 500, field "categroy": unknown field "categroy"; allowed fields: code, name, category/],
  },
  {
    rule: 'a note on what differs from the official row needs every locale',
    breakIt: (f) => f.edit(REGISTRY, /(- code: 40\n(?:  .*\n)*?    differs:\n      zh-cn: .*\n)      en: .*\n/, '$1'),
    expected: [/content\/registry\.yaml:\d+: code 40, field "official\.differs\.en"/],
  },
  {
    rule: 'the registry is valid YAML',
    breakIt: (f) => f.edit(REGISTRY, '  name: SERVER_BUSY\n', '  name: SERVER_BUSY\n   bad indent: [\n'),
    expected: [/content\/registry\.yaml:\d+: YAML: /],
  },
  {
    rule: 'the SDK history follows its schema',
    breakIt: (f) => f.edit('content/sdk-history.json', /("WEBIM_USER_ALREADY_LOGIN": \{\s*"code": )208/, '$1"208"'),
    expected: [/content\/sdk-history\.json: field "versions\.12\.constants\.WEBIM_USER_ALREADY_LOGIN\.code": must be an integer, got "208"/],
  },
  {
    rule: 'an entry without sdk or official needs a published version that raises its number, under its name',
    breakIt: (f) => f.edit(REGISTRY, '- code: 512\n', '- code: 513\n'),
    expected: [
      /content\/registry\.yaml:\d+: code 513, field "name": no published agora-chat version names code 513 MESSAGE_SEND_TIMEOUT/,
      /content\/registry\.yaml:\d+: code 513, field "sdk": needs a source: "sdk" \(status\.d\.ts declares it\), "official"/,
    ],
  },
  {
    rule: 'titles are not empty',
    breakIt: (f) => f.edit('content/codes/zh-cn/206.mdx', /title: .*\n/, 'title: "  "\n'),
    expected: ['prose → zh-cn/206', 'title: must not be empty', 'content/codes/zh-cn/206.mdx'],
  },
  {
    rule: 'unknown prose fields are rejected',
    breakIt: (f) => f.edit('content/codes/zh-cn/206.mdx', /title: /, 'tittle: '),
    expected: ['content/codes/zh-cn/206.mdx', 'unknown field "tittle"; allowed fields: title, cause, fix'],
  },
  {
    rule: 'keywords are unique, non-empty words',
    breakIt: (f) => f.edit('content/codes/zh-cn/206.mdx', /keywords: .*\n/, 'keywords: ["顶号", "顶号"]\n'),
    expected: ['content/codes/zh-cn/206.mdx', 'keywords: must not repeat a word'],
  },
  {
    rule: 'keywords are not empty strings',
    breakIt: (f) => f.edit('content/codes/zh-cn/206.mdx', /keywords: .*\n/, 'keywords: ["  "]\n'),
    expected: ['content/codes/zh-cn/206.mdx', 'keywords.0: must not be empty'],
  },
  {
    rule: 'every registry code has prose',
    breakIt: (f) => f.remove('content/codes/zh-cn/207.mdx'),
    expected: ['content/registry.yaml: code 207: has no prose in locale "zh-cn": create content/codes/zh-cn/207.mdx'],
  },
  {
    rule: 'every prose file has a registry entry',
    breakIt: (f) => f.write('content/codes/zh-cn/9999.mdx', '---\ntitle: 不存在\n---\n'),
    expected: ['content/codes/zh-cn/9999.mdx: code 9999: prose for code 9999, which has no entry in content/registry.yaml'],
  },
  {
    rule: 'prose file names are codes',
    breakIt: (f) => f.write('content/codes/zh-cn/206-old.mdx', '---\ntitle: 旧\n---\n'),
    expected: ['content/codes/zh-cn/206-old.mdx: file name "206-old.mdx" must be an error code followed by .mdx'],
  },
  {
    rule: 'categories have a label in every locale',
    breakIt: (f) => f.edit('content/categories.yaml', 'label: { zh-cn: 子区, en: Thread }', 'label: { en: Thread }'),
    expected: [/content\/categories\.yaml:\d+: category "thread", field "label\.zh-cn": /],
  },
  {
    rule: 'SDK proof ids are unique',
    breakIt: (f) => f.edit('content/sdk-proofs.yaml', '- id: 17-http-500\n', '- id: 17-http-400\n'),
    expected: [/content\/sdk-proofs\.yaml:\d+: proof "17-http-400", field "id": duplicate id "17-http-400"/],
  },
  {
    rule: 'SDK proof ids start with their code',
    breakIt: (f) => f.edit('content/sdk-proofs.yaml', '- id: 208-open-twice\n', '- id: 209-open-twice\n'),
    expected: [/content\/sdk-proofs\.yaml:\d+: proof "209-open-twice", field "id": must start with its code, "208-", got "209-open-twice"/],
  },
  {
    rule: 'an SDK claim without evidence fails the build',
    breakIt: (f) => f.edit('content/sdk-proofs.yaml', '  test: tests/sdk/rest-errors.spec.ts\n\n- id: 17-other-status\n', '\n- id: 17-other-status\n'),
    expected: [/content\/sdk-proofs\.yaml:\d+: proof "17-http-500", field "test": needs its evidence: either "test" \(a harness test that proves it\) or "read" \(a bundle reading\), not both and not neither/],
  },
  {
    rule: 'a bundle reading names a .js file of the package and a real excerpt',
    breakIt: (f) =>
      f.edit('content/sdk-proofs.yaml', '  test: tests/sdk/rest-errors.spec.ts\n\n- id: 17-other-status\n', '  read: { version: "1.4.0", file: ../etc/passwd, excerpt: "x" }\n\n- id: 17-other-status\n'),
    expected: [
      /content\/sdk-proofs\.yaml:\d+: proof "17-http-500", field "read\.file": must be a \.js file inside the package/,
      /content\/sdk-proofs\.yaml:\d+: proof "17-http-500", field "read\.excerpt": must be at least 8 characters/,
    ],
  },
  {
    rule: 'a symptom the registry names must be an id of content/symptoms.yaml',
    breakIt: (f) => f.edit('content/registry.yaml', '  symptoms: [messages-not-received]\n', '  symptoms: [no-messages]\n'),
    expected: [/content\/registry\.yaml:\d+: code 31, field "symptoms\.0": must be a symptom id from content\/symptoms\.yaml \(cannot-log-in, .*\), got "no-messages"/],
  },
  {
    rule: 'a symptom has only the known fields',
    breakIt: (f) => f.edit('content/symptoms.yaml', '- id: cannot-log-in\n  order: 1\n', '- id: cannot-log-in\n  order: 1\n  titel: x\n'),
    expected: [/content\/symptoms\.yaml:\d+: symptom "cannot-log-in", field "titel": unknown field "titel"; allowed fields: id, order, title/],
  },
  {
    rule: 'a claim without a code has a guide- id',
    breakIt: (f) => f.edit('content/sdk-proofs.yaml', '- id: 17-http-500\n  code: 17\n', '- id: 17-http-500\n'),
    expected: [/content\/sdk-proofs\.yaml:\d+: proof "17-http-500", field "id": must start with a claim without a code, "guide-", got "17-http-500"/],
  },
];

test.describe('invalid content fails with a precise message', () => {
  for (const { rule, breakIt, expected } of cases) {
    test(rule, () => {
      const fixture = new ProjectFixture();
      try {
        breakIt(fixture);
        const { status, output } = fixture.astro('sync');
        expect(status, output).not.toBe(0);
        for (const pattern of expected) {
          if (typeof pattern === 'string') expect(output).toContain(pattern);
          else expect(output).toMatch(pattern);
        }
      } finally {
        fixture.dispose();
      }
    });
  }
});

test('npm run build fails on invalid content, and builds nothing', () => {
  const fixture = new ProjectFixture();
  try {
    fixture.edit(REGISTRY, '- code: 1301\n', '- code: 1300\n');
    const { status, output } = fixture.astro('build');
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/content\/registry\.yaml:\d+: code 1300, field "code": duplicate code 1300/);
    expect(output).not.toContain('page(s) built');
  } finally {
    fixture.dispose();
  }
});

test('the untouched fixture syncs cleanly (the failures above are caused by the edits)', () => {
  const fixture = new ProjectFixture();
  try {
    const { status, output } = fixture.astro('sync');
    expect(status, output).toBe(0);
  } finally {
    fixture.dispose();
  }
});
