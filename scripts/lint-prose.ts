/**
 * npm run lint:prose: lints our prose in both languages against docs/style.md and
 * docs/terminology.yaml (see scripts/prose-lint/). Prints one line per problem,
 * `file:line:column  rule  message`, on stdout (the summary goes to stderr), and exits 1 if there is any.
 * Options: --root DIR (a copy of the project, as the tests use); --no-positions prints
 * `file  rule  message`, the form of tests/content/prose-lint.known.txt.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, formatProblemWithoutPosition, lintProse } from './prose-lint/lint.ts';

const { values: options } = parseArgs({
  options: { root: { type: 'string', default: '.' }, positions: { type: 'boolean', default: true } },
  allowNegative: true,
});

const started = performance.now();
const problems = await lintProse(path.resolve(options.root));
for (const problem of problems) console.log(options.positions ? formatProblem(problem) : formatProblemWithoutPosition(problem));
const byRule = Object.entries(Object.groupBy(problems, (problem) => problem.rule)).map(([rule, list]) => `${rule} ${list?.length ?? 0}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(problems.length ? `${problems.length} prose problems (${byRule.join(', ')}) in ${seconds} s` : `prose lint: no problems (${seconds} s)`);
process.exitCode = problems.length ? 1 : 0;
