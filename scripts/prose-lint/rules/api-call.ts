/**
 * textlint rule `api-call`: an API of the SDK is written as a call, with parentheses
 * (docs/style.md §3): `conn.open()`, `recallMessage()`, not `conn.open` or `recallMessage`. Event
 * handlers (`onError`), callbacks given as options (`success`, `fail`), properties and constants
 * stay bare. The APIs are the methods that agora-chat's type declarations declare (the installed
 * package, `apis`) and every name our prose writes as a call somewhere (`calls`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TxtCodeNode } from '@textlint/ast-node-types';
import type { TextlintRuleModule } from '@textlint/types';

export interface ApiCallOptions {
  /** Names of the SDK's methods; defaults to those of the installed agora-chat. */
  apis?: string[];
  /** Names the prose writes as calls (`name()`), which are APIs too. */
  calls?: string[];
}

/** A bare name or member path, as an API is written: `open`, `conn.open`, `AC.message.create`. */
const NAME_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
/** A name written as a call: `conn.open()`, `reconnect(true)`. */
const CALL = /^(?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*)\(.*\)$/s;
/** Methods declared in a .d.ts: an indented `name(` or `name?(`, not a handler (`onError(`). */
const DECLARED_METHOD = /^\s+(?:static\s+)?([a-z][\w$]*)\??\(/gm;

let installed: string[] | undefined;

/** The methods declared by the installed agora-chat (its .d.ts files), read once. */
export function sdkApiNames(): string[] {
  if (installed) return installed;
  const directory = path.join(import.meta.dirname, '../../../node_modules/agora-chat');
  const names = new Set<string>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    for (const match of readFileSync(path.join(entry.parentPath, entry.name), 'utf8').matchAll(DECLARED_METHOD)) {
      const name = match[1] ?? '';
      if (!/^on[A-Z]/.test(name) && name !== 'constructor') names.add(name);
    }
  }
  installed = [...names].sort();
  return installed;
}

/** The name of each call in `spans` (`conn.open()` gives `open`). */
export function calledNames(spans: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const span of spans) {
    const name = CALL.exec(span)?.[1];
    if (name && !/^on[A-Z]/.test(name)) names.add(name);
  }
  return [...names].sort();
}

const rule: TextlintRuleModule<ApiCallOptions> = (context, options) => {
  const { Syntax, RuleError, report, getSource } = context;
  const apis = new Set([...(options?.apis ?? sdkApiNames()), ...(options?.calls ?? [])]);
  const document = getSource();
  return {
    [Syntax.Code](node: TxtCodeNode) {
      const span = node.value.trim();
      if (!NAME_PATH.test(span)) return;
      const name = span.split('.').at(-1) ?? '';
      if (!apis.has(name)) return;
      if (document[node.range[1]] === '(') return;
      report(node, new RuleError(`API \`${span}\` is written without parentheses: write \`${span}()\``));
    },
  };
};

export default rule;
