/**
 * Checks across files: no two codes share a title in one language, and the zh and en prose of a
 * code carry the same code spans and numbers (a span or number in one language only is a fact
 * missing or wrong in the other).
 */
import type { AnyTxtNode, TxtCodeNode, TxtStrNode } from '@textlint/ast-node-types';
import { parse } from '@textlint/markdown-to-ast';
import { locales } from '../../src/i18n/locales.ts';
import type { Problem } from './problem.ts';
import type { ProseUnit } from './sources.ts';

/** A token of a code's prose that both languages must carry, where it was found. */
interface Token {
  kind: 'code span' | 'number';
  value: string;
  unit: ProseUnit;
  line: number;
  column: number;
}

/** Numbers as written: 206, 1.4.0, 15 (a range 1302–1304 gives two). */
const NUMBER = /\d+(?:\.\d+)*/g;

function at(unit: ProseUnit, line: number, column: number): Pick<Token, 'line' | 'column'> {
  return { line: unit.line + line - 1, column: line === 1 ? unit.column + column : column + 1 };
}

/** The code spans and numbers of one unit; code blocks are not compared (snippets are generated). */
export function tokensOf(unit: ProseUnit): Token[] {
  const tokens: Token[] = [];
  const visit = (node: AnyTxtNode): void => {
    if (node.type === 'Code') {
      const code = node as TxtCodeNode;
      tokens.push({ kind: 'code span', value: code.value, unit, ...at(unit, code.loc.start.line, code.loc.start.column) });
    } else if (node.type === 'Str') {
      const { value } = node as TxtStrNode;
      for (const match of value.matchAll(NUMBER)) {
        const before = value.slice(0, match.index);
        const lines = before.split('\n');
        const line = node.loc.start.line + lines.length - 1;
        const column = lines.length > 1 ? (lines.at(-1)?.length ?? 0) : node.loc.start.column + before.length;
        tokens.push({ kind: 'number', value: match[0], unit, ...at(unit, line, column) });
      }
    } else if (node.type !== 'CodeBlock' && 'children' in node && Array.isArray(node.children)) {
      for (const child of node.children as AnyTxtNode[]) visit(child);
    }
  };
  visit(parse(unit.text) as AnyTxtNode);
  return tokens;
}

function duplicateTitles(units: readonly ProseUnit[]): Problem[] {
  const byTitle = new Map<string, ProseUnit[]>();
  for (const unit of units) {
    if (unit.code === undefined || unit.field !== 'title') continue;
    const key = `${unit.locale}\u0000${unit.text.trim().toLowerCase()}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), unit]);
  }
  return [...byTitle.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((unit) => ({
        file: unit.file,
        line: unit.line,
        column: unit.column,
        rule: 'unique-title',
        message: `title "${unit.text}" is also the title of code ${group
          .filter((other) => other !== unit)
          .map((other) => other.code)
          .join(', ')}: titles must tell codes apart`,
      })),
    );
}

function parityProblems(units: readonly ProseUnit[]): Problem[] {
  const byCode = new Map<number, ProseUnit[]>();
  for (const unit of units) {
    if (unit.code === undefined) continue;
    byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
  }
  const problems: Problem[] = [];
  for (const [code, codeUnits] of byCode) {
    const tokens = new Map(locales.map((locale) => [locale, codeUnits.filter((unit) => unit.locale === locale).flatMap(tokensOf)]));
    for (const locale of locales) {
      for (const other of locales) {
        if (other === locale) continue;
        const otherValues = new Set((tokens.get(other) ?? []).map((token) => `${token.kind}\u0000${token.value}`));
        const reported = new Set<string>();
        for (const token of tokens.get(locale) ?? []) {
          const key = `${token.kind}\u0000${token.value}`;
          if (otherValues.has(key) || reported.has(key)) continue;
          reported.add(key);
          const shown = token.kind === 'code span' ? `\`${token.value}\`` : token.value;
          problems.push({
            file: token.unit.file,
            line: token.line,
            column: token.column,
            rule: 'zh-en-parity',
            message: `${token.kind} ${shown} (${token.unit.field}) is in the ${locale} prose of code ${code} but not in its ${other} prose`,
          });
        }
      }
    }
  }
  return problems;
}

export function crossFileProblems(units: readonly ProseUnit[]): Problem[] {
  return [...duplicateTitles(units), ...parityProblems(units)];
}
