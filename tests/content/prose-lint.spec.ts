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
