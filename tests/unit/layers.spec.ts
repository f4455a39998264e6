/**
 * The layout of src/ tells its architecture: each folder's README says which folders it may import
 * ("May import: …"), and no import runs back up. No module, in src/ or scripts/, imports itself
 * through a circle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/source';

const SRC = path.join(ROOT, 'src');
/** Folders that may import any folder of src/: Astro's routes, and the collections' entry point. */
const TOP = new Set(['pages', '(root)']);
const EXTENSIONS = ['', '.ts', '.astro', '.json', '.mjs', '.d.ts', '/index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|astro|mjs)$/.test(name) ? [full] : [];
  });
}

/** The project files a module imports through relative specifiers (static, side-effect and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((match) => match[2] ?? '');
  return specifiers.flatMap((specifier) => {
    // A Vite query (`?raw`) loads the same file another way.
    const base = path.resolve(path.dirname(file), specifier.replace(/\?.*$/, ''));
    const found = EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (!found) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${specifier}`);
    return [found];
  });
}

/** The folder of src/ a file belongs to ("(root)" for src/content.config.ts), or undefined outside src/. */
function folderOf(file: string): string | undefined {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..')) return undefined;
  const parts = relative.split(path.sep);
  return parts.length === 1 ? '(root)' : parts[0];
}

/** "May import: a, b." (or "nothing.") of each folder's README. */
function allowedImports(): Map<string, Set<string>> {
  const rules = new Map<string, Set<string>>();
  for (const name of readdirSync(SRC)) {
    const readme = path.join(SRC, name, 'README.md');
    if (!existsSync(readme)) continue;
    const line = /^May import: (.*)\.$/m.exec(readFileSync(readme, 'utf8'))?.[1];
    if (line === undefined) throw new Error(`src/${name}/README.md has no "May import: …." line`);
    rules.set(name, new Set(line === 'nothing' ? [] : line.split(/,\s*/)));
  }
  return rules;
}

type Graph = Map<string, string[]>;

/** Imports from one folder of src/ into another that its rule does not allow. */
export function upwardImports(graph: Graph, rules: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (from === undefined) {
        continue;
      }
      if (to === undefined) {
        // src/ reads content and package.json, never the Node tools or the tests.
        if (/^(scripts|tests)\//.test(path.relative(ROOT, target))) problems.push(`${path.relative(ROOT, file)} imports ${path.relative(ROOT, target)}`);
        continue;
      }
      if (from === to || TOP.has(from)) continue;
      if (!rules.get(from)?.has(to)) problems.push(`${path.relative(ROOT, file)} (${from}) imports ${path.relative(ROOT, target)} (${to})`);
    }
  }
  return problems;
}

/** Every import circle, each as the files around it (Tarjan's strongly connected components). */
export function importCircles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) circles.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return circles;
}

const projectGraph = (): Graph =>
  new Map([...sourceFiles(SRC), ...sourceFiles(path.join(ROOT, 'scripts'))].map((file) => [file, importsOf(file)]));

test('every folder of src/ but pages/ has a README that says what it may import', () => {
  const folders = readdirSync(SRC).filter((name) => statSync(path.join(SRC, name)).isDirectory() && name !== 'pages');
  const rules = allowedImports();
  expect(folders.filter((folder) => !rules.has(folder))).toEqual([]);
  // Every folder a rule names exists: a typo would silently allow nothing.
  const named = [...rules.values()].flatMap((allowed) => [...allowed]);
  expect(named.filter((folder) => !folders.includes(folder))).toEqual([]);
});

test('no import in src/ runs from a lower layer up to a higher one', () => {
  const graph = projectGraph();
  expect(graph.size).toBeGreaterThan(100);
  expect(upwardImports(graph, allowedImports())).toEqual([]);
});

test('no import circle in src/ or scripts/', () => {
  expect(importCircles(projectGraph()).map((circle) => circle.map((file) => path.relative(ROOT, file)))).toEqual([]);
});

test('the checks catch a planted upward import and a planted circle', () => {
  const at = (relative: string) => path.join(ROOT, relative);
  const rules = new Map([
    ['schemas', new Set<string>()],
    ['sdk', new Set(['schemas'])],
  ]);
  const upward: Graph = new Map([[at('src/schemas/registry.ts'), [at('src/sdk/sdk-history.ts')]]]);
  expect(upwardImports(upward, rules)).toEqual(['src/schemas/registry.ts (schemas) imports src/sdk/sdk-history.ts (sdk)']);
  const intoTools: Graph = new Map([[at('src/sdk/sdk-history.ts'), [at('scripts/sdk/extract.ts')]]]);
  expect(upwardImports(intoTools, rules)).toHaveLength(1);
  const allowed: Graph = new Map([[at('src/sdk/sdk-history.ts'), [at('src/schemas/sdk-history.ts'), at('content/sdk-history.json')]]]);
  expect(upwardImports(allowed, rules)).toEqual([]);

  const circle: Graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  expect(importCircles(circle).map((found) => [...found].sort())).toEqual([['a', 'b', 'c']]);
  expect(importCircles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
});
