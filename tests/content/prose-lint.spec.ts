import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseDocument } from 'yaml';
import { ProjectFixture } from '../support/fixture';
import { ROOT } from '../support/source';

/**
 * npm run lint:prose (scripts/lint-prose.ts). One copy of the content gets one planted error of each
 * kind the lint must catch, plus text it must leave alone (search keywords, code spans, the official
 * row); the lint's report on the copy must be the report on the real content plus exactly the planted
 * errors, each at its file and line. The real content's report must be the known list
 * (tests/content/prose-lint.known.txt, empty once the editorial pass is done).
 */
interface Problem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const PROBLEM_LINE = /^(\S+):(\d+):\d+ {2}(\S+) {2}(.*)$/;

function lint(root: string): { status: number | null; problems: Problem[]; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/lint-prose.ts'), '--root', root], { encoding: 'utf8', timeout: 120_000 });
  const problems = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = PROBLEM_LINE.exec(line);
      if (!match) throw new Error(`unexpected lint output line: ${line}\n${result.stderr}`);
      const [, file = '', number = '', rule = '', message = ''] = match;
      return { file, line: Number(number), rule, message };
    });
  return { status: result.status, problems, stderr: result.stderr };
}

const withoutPosition = (problem: Problem) => `${problem.file}  ${problem.rule}  ${problem.message}`;

/** Problems of `after` that `before` does not have (compared without positions: plants shift lines). */
function added(before: readonly Problem[], after: readonly Problem[]): Problem[] {
  const remaining = before.map(withoutPosition);
  return after.filter((problem) => {
    const index = remaining.indexOf(withoutPosition(problem));
    if (index === -1) return true;
    remaining.splice(index, 1);
    return false;
  });
}

let real: ReturnType<typeof lint>;
test.beforeAll(() => {
  real = lint(ROOT);
});

test('the real content: the report is the known list', () => {
  const known = readFileSync(path.join(ROOT, 'tests/content/prose-lint.known.txt'), 'utf8').split('\n').filter(Boolean);
  expect(real.problems.map(withoutPosition).sort(), 'regenerate with: npm run --silent lint:prose -- --no-positions > tests/content/prose-lint.known.txt').toEqual([...known].sort());
  expect(real.status).toBe(known.length ? 1 : 0);
});

test('each kind of planted error is reported at its file and line, and nothing else', () => {
  const fixture = new ProjectFixture();
  try {
    /** Appends a paragraph to a prose file's body; returns its line. */
    const append = (file: string, paragraph: string): number => {
      const text = fixture.read(file).replace(/\n*$/, '\n');
      fixture.write(file, `${text}\n${paragraph}\n`);
      return text.split('\n').length + 1;
    };
    const setTitle = (file: string, title: string): number => {
      fixture.edit(file, /^title: .*$/m, `title: ${JSON.stringify(title)}`);
      return 2;
    };
    const zh = (code: number) => `content/codes/zh-cn/${code}.mdx`;
    const en = (code: number) => `content/codes/en/${code}.mdx`;

    const planted: { file: string; line: number; rule: string; message: RegExp }[] = [];

    // A banned term in our prose.
    planted.push({ file: zh(204), line: append(zh(204), '服务器返回了错误。'), rule: 'terminology', message: /^服务器 => 服务端/ });
    // Half-width punctuation in a Chinese sentence.
    planted.push({ file: zh(206), line: append(zh(206), '用户已登录,请稍后再试。'), rule: 'punctuation', message: /half-width "," in a Chinese sentence/ });
    // Interface strings are prose too (src/i18n/ui.ts), with their lines.
    fixture.edit('src/i18n/ui.ts', /skipToContent: '[^']*'/, "skipToContent: '跳到,正文'");
    const uiLine = fixture.read('src/i18n/ui.ts').split('\n').findIndex((line) => line.includes("'跳到,正文'")) + 1;
    planted.push({ file: 'src/i18n/ui.ts', line: uiLine, rule: 'punctuation', message: /half-width "," in a Chinese sentence/ });
    // A code span glued to a word (zh carries the same span, so parity holds).
    append(zh(207), '先设置 `ext` 字段。');
    planted.push({ file: en(207), line: append(en(207), 'Set the t`ext` field first.'), rule: 'code-span-boundary', message: /code span `ext` is glued to the word before it/ });
    // A message in single quotes instead of a code span.
    planted.push({ file: en(206), line: append(en(206), "The server answers 'busy'."), rule: 'quoted-code', message: /^'busy' in quotes/ });
    // Two codes with the same title in one language.
    planted.push({ file: en(1300), line: setTitle(en(1300), 'Thread unavailable'), rule: 'unique-title', message: /is also the title of code 1301/ });
    planted.push({ file: en(1301), line: setTitle(en(1301), 'Thread unavailable'), rule: 'unique-title', message: /is also the title of code 1300/ });
    // Titles that break their language's pattern.
    planted.push({ file: zh(204), line: setTitle(zh(204), '没查到用户'), rule: 'title-pattern', message: /an absence is written "X 不存在"/ });
    planted.push({ file: en(204), line: setTitle(en(204), 'Failed to find the user'), rule: 'title-pattern', message: /a failure is written "X failed"/ });
    // zh and en not carrying the same code spans and numbers.
    const parityLine = append(en(605), 'Retry `conn.getGroupInfo()` after 42 seconds.');
    planted.push({ file: en(605), line: parityLine, rule: 'zh-en-parity', message: /^code span `conn\.getGroupInfo\(\)` \(body\) is in the en prose of code 605 but not in its zh-cn prose/ });
    planted.push({ file: en(605), line: parityLine, rule: 'zh-en-parity', message: /^number 42 \(body\) is in the en prose of code 605 but not in its zh-cn prose/ });

    // The statements of content/sdk-proofs.yaml are prose too.
    fixture.edit('content/sdk-proofs.yaml', /(statement:\n {4}zh-cn: ")/, '$1服务器拒绝了请求；');
    const proofsText = readFileSync(path.join(ROOT, 'content/sdk-proofs.yaml'), 'utf8');
    const firstStatementLine = proofsText.slice(0, proofsText.search(/statement:\n {4}zh-cn: "/)).split('\n').length + 1;
    planted.push({ file: 'content/sdk-proofs.yaml', line: firstStatementLine, rule: 'terminology', message: /^服务器 => 服务端/ });
    // Causes longer than the limit (en, in characters) or than two sentences (zh).
    fixture.edit(en(1102), /^(cause: ".*)\."$/m, '$1, while the server was busy with a long queue of requests from many other users of the same app, all of whom were adding the same reaction to the same message at the very same moment in time."');
    planted.push({ file: en(1102), line: 3, rule: 'cause-length', message: /^the cause is \d+ characters long; at most 240/ });
    fixture.edit(zh(1102), /^(cause: ".*。)"$/m, '$1稍后重试。仍失败时联系技术支持。"');
    planted.push({ file: zh(1102), line: 3, rule: 'cause-length', message: /^the cause has 3 sentences; at most 2/ });
    // More title shapes: a leading gerund (en), 当前用户 as the subject (zh).
    planted.push({ file: en(1100), line: setTitle(en(1100), 'Publishing the presence failed'), rule: 'title-pattern', message: /not a gerund/ });
    planted.push({ file: zh(1101), line: setTitle(zh(1101), '当前用户已添加 Reaction'), rule: 'title-pattern', message: /the subject is 用户/ });
    // An API of the SDK without its parentheses, in both languages (so parity holds).
    planted.push({ file: zh(1200), line: append(zh(1200), '先调用 `conn.getSupportedLanguages`。'), rule: 'api-call', message: /^API `conn\.getSupportedLanguages` is written without parentheses/ });
    planted.push({ file: en(1200), line: append(en(1200), 'Call `conn.getSupportedLanguages` first.'), rule: 'api-call', message: /^API `conn\.getSupportedLanguages` is written without parentheses/ });
    // A list of error codes without the serial comma (zh carries the same numbers).
    append(zh(1201), '错误码 401、404 和 502 也可能出现。');
    planted.push({ file: en(1201), line: append(en(1201), 'Error codes 401, 404 and 502 may appear too.'), rule: 'serial-comma', message: /^list "401, 404 and 502" has no comma before "and"/ });
    // A time with its unit as a symbol, in both languages.
    planted.push({ file: zh(1204), line: append(zh(1204), '等待 30 s 后重试。'), rule: 'time-unit', message: /^"30 s": write the unit of a time in Chinese/ });
    planted.push({ file: en(1204), line: append(en(1204), 'Retry after 30 s.'), rule: 'time-unit', message: /^"30 s": spell the unit of a time in words/ });
    // A version range in another form than the style guide's, in both languages.
    planted.push({ file: zh(1303), line: append(zh(1303), '1.2.1 起支持该功能。'), rule: 'version-range', message: /^"1\.2\.1 起": an open end is written/ });
    planted.push({ file: en(1303), line: append(en(1303), 'This works in 1.2.1 or later.'), rule: 'version-range', message: /^"or later": an open end is written "1\.3\.1 and later"/ });
    // Straight quotes in English prose (the guide has no zh-en parity to keep).
    const quoteLine = append('content/guide/en.mdx', 'The server calls it "busy".');
    const straightQuote = { file: 'content/guide/en.mdx', line: quoteLine, rule: 'straight-quote', message: /^""": quote with curly quotation marks/ };
    planted.push(straightQuote, straightQuote);

    // Not prose, so never reported: search keywords, code spans, the verbatim official row.
    const withKeywords = parseDocument(/^---\n([\s\S]*?)\n---/.exec(fixture.read(zh(205)))?.[1] ?? '');
    withKeywords.set('keywords', [...((withKeywords.toJS() as { keywords?: string[] }).keywords ?? []), '服务器', '管理后台', 'Token']);
    fixture.write(zh(205), fixture.read(zh(205)).replace(/^---\n[\s\S]*?\n---/, `---\n${withKeywords.toString().trimEnd()}\n---`));
    append(zh(205), '监听 `chat-room` 事件。');
    append(en(205), 'Listen for the `chat-room` event.');
    fixture.edit('content/registry.yaml', /(- code: 204\n[\s\S]*?description: ")/, '$1服务器,管理后台(Token)');

    const result = lint(fixture.dir);
    const report = added(real.problems, result.problems);
    expect(result.status).toBe(1);
    for (const expected of planted) {
      expect(
        report.some((problem) => problem.file === expected.file && problem.line === expected.line && problem.rule === expected.rule && expected.message.test(problem.message)),
        `${expected.file}:${expected.line} ${expected.rule} ${expected.message} in\n${report.map(withoutPosition).join('\n')}`,
      ).toBe(true);
    }
    expect(report.map(withoutPosition), 'only the planted errors are new').toHaveLength(planted.length);
  } finally {
    fixture.dispose();
  }
});

test('a bad terminology list fails the lint, naming the file, line and field', () => {
  const fixture = new ProjectFixture();
  try {
    fixture.edit('docs/terminology.yaml', '"/(?<!应用|DNS )服务器/"', '"/(?<!应用|DNS 服务器/"');
    const result = lint(fixture.dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/docs\/terminology\.yaml:\d+: field "\d+\.avoid\.zh-cn\.0": is not a valid regular expression/);
  } finally {
    fixture.dispose();
  }
});

test('a variant that no longer catches its example fails the lint', () => {
  const fixture = new ProjectFixture();
  try {
    fixture.edit('docs/terminology.yaml', 'zh-cn: [Token, TOKEN, 令牌]', 'zh-cn: [TOKEN, 令牌]');
    const result = lint(fixture.dir);
    expect(added(real.problems, result.problems).map(withoutPosition)).toEqual([
      'docs/terminology.yaml  terminology-example  term "token": the zh-cn example "Token 已过期" should be reported by its variants',
    ]);
  } finally {
    fixture.dispose();
  }
});
