/**
 * The prose the lint reads, cut into units: one front-matter field, one MDX body, one category
 * label, one interface string. Each unit knows its file, the line and column where its text
 * starts, its locale and, for code pages, its code.
 *
 * Also collected: the statements of content/sdk-proofs.yaml.
 *
 * Not prose, so never collected: `keywords` (search data, contract 2), the official row (it lives
 * in content/registry.yaml, which is not read here), and non-string fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { locales, type Locale } from '../../src/i18n/locales.ts';

export interface ProseUnit {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column of the first character of `text` in the file. */
  line: number;
  column: number;
  locale: Locale;
  /** Where the text sits: `title`, `confusable[0].difference`, `body`, `label.en`, `fixHint`, … */
  field: string;
  /** The error code, for content/codes/<locale>/<code>.mdx. */
  code?: number;
  /** Markdown: code spans in backticks are code, not prose. */
  text: string;
}

/** Front-matter fields that are data for search, not prose. */
const SEARCH_DATA_FIELDS = new Set(['keywords']);

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/** The locale named by a path segment (`codes/en/1.mdx`, `intro/zh-cn.mdx`, `guide/en/x.mdx`). */
function localeOfPath(relative: string): Locale | undefined {
  const segments = relative.split('/').map((segment) => segment.replace(/\.mdx?$/, ''));
  return segments.reverse().find(isLocale);
}

function listMdx(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every string scalar of a YAML node, with its dotted path and own key, skipping search data. */
function* yamlStrings(node: YamlNode | null, at: string, key: string): Generator<{ field: string; node: YamlNode; value: string; key: string }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (SEARCH_DATA_FIELDS.has(name)) continue;
      yield* yamlStrings(pair.value as YamlNode | null, at ? `${at}.${name}` : name, name);
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) yield* yamlStrings(item as YamlNode | null, `${at}[${index}]`, '');
  } else if (isScalar(node) && typeof node.value === 'string') {
    yield { field: at, node, value: node.value, key };
  }
}

/** Where a scalar's text starts: after its opening quote, or on the line after a block indicator. */
function scalarStart(node: YamlNode, source: string): number {
  const start = node.range?.[0] ?? 0;
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) return start + 1;
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    const lineEnd = source.indexOf('\n', start);
    const bodyStart = lineEnd === -1 ? start : lineEnd + 1;
    return bodyStart + (/^[ \t]*/.exec(source.slice(bodyStart))?.[0].length ?? 0);
  }
  return start;
}

function yamlUnits(
  source: string,
  file: string,
  lineOffset: number,
  localeOf: (field: string, key: string) => Locale | undefined,
  code?: number,
): ProseUnit[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, keepSourceTokens: true });
  const units: ProseUnit[] = [];
  for (const { field, node, value, key } of yamlStrings(document.contents as YamlNode | null, '', '')) {
    const locale = localeOf(field, key);
    if (!locale) continue;
    const { line, col } = lineCounter.linePos(scalarStart(node, source));
    units.push({ file, line: line + lineOffset, column: col, locale, field, text: value, ...(code === undefined ? {} : { code }) });
  }
  return units;
}

/** An MDX file: its front matter's string fields and its body. */
function mdxUnits(root: string, absolute: string): ProseUnit[] {
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const locale = localeOfPath(path.relative(path.join(root, 'content'), absolute).split(path.sep).join('/'));
  if (!locale) throw new Error(`${file}: cannot tell its locale; put the file under a folder or name it after one of ${locales.join(', ')}`);
  const codeMatch = /^content\/codes\/[^/]+\/(-?\d+)\.mdx$/.exec(file);
  const code = codeMatch ? Number(codeMatch[1]) : undefined;
  const text = readFileSync(absolute, 'utf8');
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const units = frontMatter ? yamlUnits(frontMatter[1] ?? '', file, 1, () => locale, code) : [];
  const bodyStart = frontMatter ? frontMatter[0].length : 0;
  // MDX's import/export lines are code, not prose: blank them (keeping line numbers).
  const body = text.slice(bodyStart).replace(/^(?:import|export)\s.*$/gm, '');
  if (body.trim()) {
    const line = text.slice(0, bodyStart).split('\n').length;
    units.push({ file, line, column: 1, locale, field: 'body', text: body, ...(code === undefined ? {} : { code }) });
  }
  return units;
}

/** content/categories.yaml: every string under a locale key (`label.en`, `description.zh-cn`). */
function categoryUnits(root: string): ProseUnit[] {
  const file = 'content/categories.yaml';
  const source = readFileSync(path.join(root, file), 'utf8');
  return yamlUnits(source, file, 0, (_field, key) => (isLocale(key) ? key : undefined));
}

/**
 * content/sdk-proofs.yaml: each proof's `statement` in each locale (shown on its code's page). Not tied
 * to the code for the zh/en parity check: a statement is one claim, checked against its test.
 */
function proofUnits(root: string): ProseUnit[] {
  const file = 'content/sdk-proofs.yaml';
  const source = readFileSync(path.join(root, file), 'utf8');
  return yamlUnits(source, file, 0, (field, key) => (/^\[\d+\]\.statement\./.test(field) && isLocale(key) ? key : undefined));
}

/** The variable of src/i18n/ui.ts that holds each locale's strings. */
const UI_VARIABLES: Record<string, Locale> = { zhCn: 'zh-cn', en: 'en' };

/** src/i18n/ui.ts: every string literal and template (its `${…}` shown as `{…}`) of the locale objects. */
function uiUnits(root: string): ProseUnit[] {
  const file = 'src/i18n/ui.ts';
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const units: ProseUnit[] = [];
  const found = new Set<Locale>();

  const collect = (node: ts.Node, field: string, locale: Locale): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      // A template's `${…}` is code, shown as {…}; the strings inside it are units of their own.
      const text = ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((span) => `{…}${span.literal.text}`).join('') : node.text;
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source) + 1);
      units.push({ file, line: line + 1, column: character + 1, locale, field, text });
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) collect(span.expression, field, locale);
      return;
    }
    if (ts.isPropertyAssignment(node)) {
      collect(node.initializer, field ? `${field}.${node.name.getText(source)}` : node.name.getText(source), locale);
      return;
    }
    ts.forEachChild(node, (child) => collect(child, field, locale));
  };

  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const locale = UI_VARIABLES[node.name.text];
      if (locale && ts.isObjectLiteralExpression(node.initializer)) {
        found.add(locale);
        collect(node.initializer, '', locale);
      }
    }
    ts.forEachChild(node, visit);
  });
  const missing = locales.filter((locale) => !found.has(locale));
  if (missing.length) throw new Error(`${file}: found no strings object for ${missing.join(', ')} (expected the variables ${Object.keys(UI_VARIABLES).join(', ')})`);
  return units;
}

/** All prose of the project at `root`. */
export function collectProse(root: string): ProseUnit[] {
  return [...listMdx(path.join(root, 'content')).flatMap((file) => mdxUnits(root, file)), ...categoryUnits(root), ...proofUnits(root), ...uiUnits(root)];
}
