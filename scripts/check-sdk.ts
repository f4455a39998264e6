/**
 * npm run check:sdk: proves the registry is in sync with the installed agora-chat.
 *
 * - every member of the Code enum in status.d.ts is documented, under the SDK's name or as an alias
 *   of the same number, with the same @hidden status;
 * - every code and alias the registry attributes to the SDK exists there with that number;
 * - `typeDeclared` says truly whether AgoraChat.Code (Agora-chat.d.ts) declares the name;
 * - names AgoraChat.Code declares beyond status.d.ts are declared in content/sdk-differences.yaml.
 * Exits 1 on any difference not declared, printing each. Options: --registry FILE, --differences FILE.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { parse } from 'yaml';

const { values: options } = parseArgs({
  options: {
    registry: { type: 'string', default: 'content/registry.yaml' },
    differences: { type: 'string', default: 'content/sdk-differences.yaml' },
    sdk: { type: 'string', default: 'node_modules/agora-chat' },
  },
});

interface EnumMember {
  name: string;
  value: number;
  hidden: boolean;
}

/** The members of the first `enum Code` in a declaration file, with their values and @hidden tags. */
function readCodeEnum(file: string): EnumMember[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let found: ts.EnumDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (!found && ts.isEnumDeclaration(node) && node.name.text === 'Code') found = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`${file}: no enum Code`);
  return found.members.map((member) => {
    const name = member.name.getText(source);
    const init = member.initializer;
    let value = Number.NaN;
    if (init && ts.isNumericLiteral(init)) value = Number(init.text);
    else if (init && ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand)) {
      value = -Number(init.operand.text);
    }
    if (Number.isNaN(value)) throw new Error(`${file}: ${name} has no numeric value`);
    const hidden = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'hidden');
    return { name, value, hidden };
  });
}

interface RegistryEntry {
  code: number;
  name: string;
  sdk?: 'public' | 'hidden';
  typeDeclared?: boolean;
  aliases?: { name: string; sdk: 'public' | 'hidden' }[];
  official?: { name?: string };
}

interface DeclaredDifference {
  name: string;
  code: number;
  where: 'AgoraChat.Code';
  reason: string;
}

const readYaml = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

const sdkDir = options.sdk;
const installed = readYaml<{ version: string }>(path.join(sdkDir, 'package.json')).version;
const pinned = readYaml<{ devDependencies: Record<string, string> }>('package.json').devDependencies['agora-chat'];
const statusEnum = readCodeEnum(path.join(sdkDir, 'status.d.ts'));
const typedEnum = new Set(readCodeEnum(path.join(sdkDir, 'Agora-chat.d.ts')).map((member) => member.name));
const registry = readYaml<RegistryEntry[]>(options.registry);
const declared = readYaml<DeclaredDifference[]>(options.differences);

const problems: string[] = [];
const notes: string[] = [];

if (installed !== pinned) problems.push(`installed agora-chat is ${installed}, but package.json pins ${pinned}: run npm ci`);

const byCode = new Map(registry.map((entry) => [entry.code, entry]));
const statusByName = new Map(statusEnum.map((member) => [member.name, member]));

// Every status.d.ts member is documented, with the same name and visibility.
for (const member of statusEnum) {
  const entry = byCode.get(member.value);
  if (!entry) {
    problems.push(`status.d.ts: ${member.name} = ${member.value} is not documented (no registry entry for code ${member.value})`);
    continue;
  }
  const alias = entry.aliases?.find((candidate) => candidate.name === member.name);
  const declaredAs = entry.name === member.name ? entry.sdk : alias?.sdk;
  if (entry.name !== member.name && !alias) {
    problems.push(`code ${member.value}: status.d.ts names it ${member.name}; the registry has name ${entry.name} and no such alias`);
  } else if (declaredAs !== (member.hidden ? 'hidden' : 'public')) {
    problems.push(`code ${member.value}: ${member.name} is ${member.hidden ? '@hidden' : 'public'} in status.d.ts, but the registry says sdk: ${declaredAs ?? '(absent)'}`);
  }
}

// Everything the registry attributes to the SDK is there, with the same number.
for (const entry of registry) {
  const names = [
    ...(entry.sdk ? [entry.name] : []),
    ...(entry.aliases ?? []).map((alias) => alias.name),
  ];
  if (!entry.sdk && statusByName.get(entry.name)?.value === entry.code) {
    problems.push(`code ${entry.code}: ${entry.name} is in status.d.ts, but the registry has no "sdk" for it`);
  }
  for (const name of names) {
    const member = statusByName.get(name);
    if (!member) problems.push(`code ${entry.code}: the registry attributes ${name} to the SDK, but status.d.ts has no such member`);
    else if (member.value !== entry.code) problems.push(`code ${entry.code}: ${name} is ${member.value} in status.d.ts`);
  }
  if (entry.sdk) {
    const typeDeclared = entry.typeDeclared ?? true;
    if (typeDeclared !== typedEnum.has(entry.name)) {
      problems.push(
        `code ${entry.code}: typeDeclared is ${typeDeclared}, but AgoraChat.Code ${typedEnum.has(entry.name) ? 'declares' : 'lacks'} ${entry.name}`,
      );
    }
  }
  if (entry.official?.name && entry.official.name !== entry.name) {
    const owner = statusByName.get(entry.official.name);
    notes.push(
      `code ${entry.code}: the official table prints ${entry.official.name}${owner ? ` (${owner.value} in the SDK)` : ''}; the SDK's name is ${entry.name} (declared as official.name)`,
    );
  }
}

// Names the typed enum has beyond status.d.ts must be declared, and declarations must still hold.
const typedOnly = [...typedEnum].filter((name) => !statusByName.has(name));
for (const name of typedOnly) {
  const declaration = declared.find((difference) => difference.name === name);
  if (!declaration) problems.push(`Agora-chat.d.ts: AgoraChat.Code declares ${name}, which status.d.ts lacks; document it or declare it in ${options.differences}`);
  else notes.push(`${name} (${declaration.code}): only in ${declaration.where}; declared: ${declaration.reason.split('. ')[0]}.`);
}
for (const difference of declared) {
  if (!typedOnly.includes(difference.name)) problems.push(`${options.differences}: ${difference.name} is declared as a difference, but the SDK no longer differs there`);
}

const documented = registry.filter((entry) => entry.sdk).length;
console.log(`agora-chat ${installed}: status.d.ts has ${statusEnum.length} names for ${new Set(statusEnum.map((m) => m.value)).size} codes; AgoraChat.Code has ${typedEnum.size} names`);
console.log(`registry: ${registry.length} codes, ${documented} from the SDK, ${registry.filter((entry) => entry.official).length} from the official table, ${registry.filter((entry) => entry.typeDeclared === false).length} missing from AgoraChat.Code`);
for (const note of notes) console.log(`  declared: ${note}`);
if (problems.length > 0) {
  console.error(`\ncheck:sdk found ${problems.length} undeclared difference(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('check:sdk: the registry matches the SDK');
