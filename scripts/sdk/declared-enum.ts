/** Reads an `enum Code` from a declaration file of agora-chat (status.d.ts or Agora-chat.d.ts). */
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';

export interface DeclaredMember {
  name: string;
  value: number;
  hidden: boolean;
}

/** The members of the first `enum Code` in `source` (named `file` in errors), with values and @hidden tags; null when there is none. */
export function parseCodeEnum(file: string, source: string): DeclaredMember[] | null {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  let found: ts.EnumDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (!found && ts.isEnumDeclaration(node) && node.name.text === 'Code') found = node;
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!found) return null;
  return found.members.map((member) => {
    const name = member.name.getText(sourceFile);
    const init = member.initializer;
    let value = Number.NaN;
    if (init && ts.isNumericLiteral(init)) value = Number(init.text);
    else if (init && ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand)) {
      value = -Number(init.operand.text);
    }
    if (Number.isNaN(value)) throw new Error(`${file}: enum Code member ${name} has no numeric value`);
    const hidden = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'hidden');
    return { name, value, hidden };
  });
}

/** parseCodeEnum of the first of `files` that exists; null when none exists or none declares the enum. */
export function readCodeEnum(files: readonly string[]): { file: string; members: DeclaredMember[] } | null {
  for (const file of files) {
    if (!existsSync(file)) continue;
    const members = parseCodeEnum(file, readFileSync(file, 'utf8'));
    return members ? { file, members } : null;
  }
  return null;
}
