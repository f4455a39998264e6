/**
 * Finds the enum constants a bundle raises, and the literal `message` strings it raises them with.
 *
 * Minified builds read the enum as `<x>.C.<NAME>` (plugins `<x>.E.<NAME>`, 1.0.x `<x>.<NAME>`), so
 * every property read named like an enum member counts as a read. A read raises the constant when
 * its value becomes an error's type: the `type` of an object literal (or its `code`, beside a
 * `message`: the upload-error callback), a variable that such a `type` then takes, or an assignment
 * to `.type`. Comparisons, switch cases, lists, logging and telemetry (`{code, codeDesc}`) do not.
 */
import ts from 'typescript';

/** Constant name → the literal messages raised with it (empty when only computed messages are). */
export type Raised = Map<string, Set<string>>;

const unwrap = (node: ts.Node): ts.Node => {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (ts.isParenthesizedExpression(parent)) current = parent;
    else if (ts.isConditionalExpression(parent) && parent.condition !== current) current = parent;
    else if (ts.isBinaryExpression(parent) && parent.right === current && isFallback(parent.operatorToken.kind)) current = parent;
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.CommaToken && parent.right === current) current = parent;
    else return current;
  }
};

const isFallback = (kind: ts.SyntaxKind) =>
  kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken || kind === ts.SyntaxKind.AmpersandAmpersandToken;

const propertyName = (property: ts.ObjectLiteralElementLike): string | undefined =>
  property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;

const propertyOf = (object: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined =>
  object.properties.find((property): property is ts.PropertyAssignment => ts.isPropertyAssignment(property) && propertyName(property) === name);

/** The string literals an expression can evaluate to directly (branches of ?:, right side of || and ??). */
export function literalStrings(expression: ts.Expression): string[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
  if (ts.isParenthesizedExpression(expression)) return literalStrings(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...literalStrings(expression.whenTrue), ...literalStrings(expression.whenFalse)];
  if (ts.isBinaryExpression(expression) && isFallback(expression.operatorToken.kind)) return literalStrings(expression.right);
  return [];
}

const messagesOf = (object: ts.ObjectLiteralExpression): string[] => {
  const message = propertyOf(object, 'message');
  return message ? literalStrings(message.initializer) : [];
};

const enclosingFunction = (node: ts.Node): ts.Node => {
  let current = node.parent;
  while (current.parent && !ts.isFunctionLike(current)) current = current.parent;
  return current;
};

/** Object literals under `scope` whose `type` is the identifier `variable`. */
function objectsTyped(scope: ts.Node, variable: string): ts.ObjectLiteralExpression[] {
  const found: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const type = propertyOf(node, 'type');
      if (type && ts.isIdentifier(type.initializer) && type.initializer.text === variable) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

/**
 * Where the error's message is a property read (`message: B.status.reason || ""`), the literals
 * assigned to that property next to the type variable (`rt = C.X, B.status.reason = "…"`, or in the
 * same `case` clause): the message that goes with this constant.
 */
function reasonsBeside(assignment: ts.BinaryExpression, object: ts.ObjectLiteralExpression): string[] {
  const message = propertyOf(object, 'message')?.initializer;
  const source = message && ts.isBinaryExpression(message) && isFallback(message.operatorToken.kind) ? message.left : message;
  if (!source || !ts.isPropertyAccessExpression(source)) return [];
  const target = source.getText();
  let scope: ts.Node = assignment;
  while (ts.isBinaryExpression(scope.parent) && scope.parent.operatorToken.kind === ts.SyntaxKind.CommaToken) scope = scope.parent;
  if (ts.isParenthesizedExpression(scope.parent)) scope = scope.parent;
  if (ts.isExpressionStatement(scope.parent) && ts.isCaseOrDefaultClause(scope.parent.parent)) scope = scope.parent.parent;
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.getText() === target
    ) {
      found.push(...literalStrings(node.right));
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

/** The messages raised with an enum read, or null when the read does not raise its constant. */
function classify(read: ts.PropertyAccessExpression): string[] | null {
  const value = unwrap(read);
  const parent = value.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === value && ts.isObjectLiteralExpression(parent.parent)) {
    const name = propertyName(parent);
    const object = parent.parent;
    if (name === 'type') return messagesOf(object);
    if (name === 'code' && propertyOf(object, 'message')) return messagesOf(object);
    return null;
  }
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === value) {
    if (ts.isPropertyAccessExpression(parent.left) && parent.left.name.text === 'type') return [];
    if (ts.isIdentifier(parent.left)) {
      const objects = objectsTyped(enclosingFunction(parent), parent.left.text);
      if (objects.length === 0) return null;
      return objects.flatMap((object) => [...messagesOf(object), ...reasonsBeside(parent, object)]);
    }
  }
  return null;
}

/** The constants of `enumNames` that the JavaScript `source` raises, with their literal messages. */
export function findRaised(file: string, source: string, enumNames: ReadonlySet<string>): Raised {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const raised: Raised = new Map();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && enumNames.has(node.name.text) && node.expression.kind !== ts.SyntaxKind.ThisKeyword) {
      const messages = classify(node);
      if (messages) {
        const set = raised.get(node.name.text) ?? new Set<string>();
        for (const message of messages) set.add(message);
        raised.set(node.name.text, set);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return raised;
}
