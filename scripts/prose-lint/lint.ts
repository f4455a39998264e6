/**
 * The prose lint: textlint (with its Markdown plugin) over every unit of prose, with
 * textlint-rule-prh for the terminology list and small rules of ours, then the checks that
 * need more than one file (unique titles, the same code spans and numbers in zh and en).
 */
import { TextlintKernel, type TextlintKernelRule } from '@textlint/kernel';
import markdownPlugin from '@textlint/textlint-plugin-markdown';
import prhRule from 'textlint-rule-prh';
import type { Locale } from '../../src/i18n/locales.ts';
import type { TerminologyEntry } from '../../src/schemas/terminology.ts';
import { crossFileProblems } from './cross-checks.ts';
import codeSpanRule from './rules/code-span.ts';
import documentTitleRule from './rules/document-title.ts';
import punctuationRule from './rules/punctuation.ts';
import quotedCodeRule from './rules/quoted-code.ts';
import titlePatternRule from './rules/title-pattern.ts';
import apiCallRule, { calledNames } from './rules/api-call.ts';
import causeLengthRule from './rules/cause-length.ts';
import serialCommaRule from './rules/serial-comma.ts';
import { straightQuoteRule, timeUnitRule, versionRangeRule } from './rules/wording.ts';
import { collectProse, type ProseUnit } from './sources.ts';
import { loadTerminology, prhDictionary } from './terminology.ts';
import type { Problem } from './problem.ts';

export { formatProblem, formatProblemWithoutPosition, type Problem } from './problem.ts';

/** Both packages are CommonJS with `exports.default`: Node's ESM import hands over `module.exports`. */
const unwrap = <T,>(module: T): T =>
  typeof module === 'object' && module !== null && 'default' in module ? (module as { default: T }).default : module;

const kernel = new TextlintKernel();
const plugins = [{ pluginId: 'markdown', plugin: unwrap(markdownPlugin) }];

/** The prh dictionary of each locale, built once per list. */
const dictionaries = new WeakMap<readonly TerminologyEntry[], Map<Locale, string>>();
function dictionary(entries: readonly TerminologyEntry[], locale: Locale): string {
  const byLocale = dictionaries.get(entries) ?? new Map<Locale, string>();
  dictionaries.set(entries, byLocale);
  const cached = byLocale.get(locale) ?? prhDictionary(entries, locale);
  byLocale.set(locale, cached);
  return cached;
}

/** Where the lint finds each code's title and cause, and the APIs the prose writes as calls. */
export interface LintContext {
  /** The lines where a code title starts (each a paragraph of its own). */
  titleLines?: readonly number[];
  /** The lines where a code cause starts (each a paragraph of its own). */
  causeLines?: readonly number[];
  /** Names that our prose writes as calls somewhere (`name()`): APIs besides the SDK's declared methods. */
  calls?: readonly string[];
}

function rulesFor(entries: readonly TerminologyEntry[], locale: Locale, { titleLines = [], causeLines = [], calls = [] }: LintContext): TextlintKernelRule[] {
  const english = locale === 'en';
  return [
    // checkEmphasis/checkHeader/checkLink: our prose's emphasis, headings and link texts are prose too.
    { ruleId: 'terminology', rule: unwrap(prhRule), options: { ruleContents: [dictionary(entries, locale)], checkEmphasis: true, checkHeader: true, checkLink: true } },
    { ruleId: 'punctuation', rule: punctuationRule, options: { locale } },
    { ruleId: 'code-span-boundary', rule: codeSpanRule },
    { ruleId: 'quoted-code', rule: quotedCodeRule },
    { ruleId: 'document-title', rule: documentTitleRule, options: { locale } },
    { ruleId: 'title-pattern', rule: titlePatternRule, options: { locale, titleLines: [...titleLines] } },
    { ruleId: 'cause-length', rule: causeLengthRule, options: { locale, causeLines: [...causeLines] } },
    { ruleId: 'api-call', rule: apiCallRule, options: { calls: [...calls] } },
    { ruleId: 'time-unit', rule: timeUnitRule, options: { locale } },
    { ruleId: 'version-range', rule: versionRangeRule, options: { locale } },
    { ruleId: 'straight-quote', rule: straightQuoteRule, options: { locale } },
    ...(english ? [{ ruleId: 'serial-comma', rule: serialCommaRule }] : []),
  ];
}

/**
 * Lints `text` as Markdown with the rules of `locale`; positions are relative to `text`.
 * `where`: the lines of code titles and causes, and the names written as calls.
 */
export async function lintText(text: string, locale: Locale, entries: readonly TerminologyEntry[], where: LintContext = {}) {
  const result = await kernel.lintText(text, { ext: '.md', plugins, rules: rulesFor(entries, locale, where) });
  return result.messages;
}

/** Every example of the terminology list must behave: `wrong` reported, `right` not. */
async function exampleProblems(entries: readonly TerminologyEntry[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const example of entry.examples) {
      const check = async (text: string | undefined, shouldReport: boolean) => {
        if (text === undefined) return;
        const reported = (await lintText(text, example.locale, entries)).some((message) => message.ruleId === 'terminology');
        if (reported !== shouldReport) {
          problems.push({
            file: 'docs/terminology.yaml',
            line: 1,
            column: 1,
            rule: 'terminology-example',
            message: `term "${entry[example.locale]}": the ${example.locale} example "${text}" should ${shouldReport ? '' : 'not '}be reported by its variants`,
          });
        }
      };
      await check(example.wrong, true);
      await check(example.right, false);
    }
  }
  return problems;
}

const isTitle = (unit: ProseUnit) => unit.code !== undefined && unit.field === 'title';
const isCause = (unit: ProseUnit) => unit.code !== undefined && unit.field === 'cause';

/**
 * Lints the units of one file and locale as one Markdown document (one textlint run per file, not
 * per field: that is what keeps the lint at a few seconds), each unit a block of its own, and maps
 * each message back to the unit's place in the file.
 */
async function lintUnits(units: readonly ProseUnit[], entries: readonly TerminologyEntry[], calls: readonly string[]): Promise<Problem[]> {
  const [first] = units;
  if (!first) return [];
  const startLines: number[] = [];
  let line = 1;
  for (const unit of units) {
    startLines.push(line);
    line += unit.text.split('\n').length + 1;
  }
  const text = units.map((unit) => unit.text).join('\n\n');
  const titleLines = startLines.filter((_start, index) => isTitle(units[index] as ProseUnit));
  const causeLines = startLines.filter((_start, index) => isCause(units[index] as ProseUnit));
  const messages = await lintText(text, first.locale, entries, { titleLines, causeLines, calls });
  return messages.map((message) => {
    const { line: messageLine, column: messageColumn } = message.loc.start;
    const index = startLines.findLastIndex((start) => start <= messageLine);
    const unit = units[index] as ProseUnit;
    const lineInUnit = messageLine - (startLines[index] ?? 1) + 1;
    return {
      file: unit.file,
      line: unit.line + lineInUnit - 1,
      column: lineInUnit === 1 ? unit.column + messageColumn - 1 : messageColumn,
      rule: message.ruleId,
      message: message.ruleId === 'terminology' ? `${message.message} (docs/terminology.yaml)` : message.message,
    };
  });
}

/** Lints the prose of the project at `root`; returns the problems sorted by file and line. */
export async function lintProse(root: string): Promise<Problem[]> {
  const entries = loadTerminology(root);
  const units = collectProse(root);
  const problems: Problem[] = [...(await exampleProblems(entries))];
  const calls = calledNames(units.flatMap((unit) => [...unit.text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '')));
  const byFileAndLocale = Map.groupBy(units, (unit) => `${unit.file}\u0000${unit.locale}`);
  for (const group of byFileAndLocale.values()) problems.push(...(await lintUnits(group, entries, calls)));
  problems.push(...crossFileProblems(units));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
