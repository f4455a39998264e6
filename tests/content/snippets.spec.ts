import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ts from 'typescript';
import { builtTypeScriptBlocks } from '../support/built-site';
import { readRuntimeStatusCodes } from '../support/sdk-runtime';
import { proseLocales, readRegistry, ROOT } from '../support/source';

/**
 * Every TypeScript block on the built site must compile under --strict against the installed
 * agora-chat typings, and every constant a code page compares with must be that page's code in
 * the SDK's runtime enum.
 */
const blocks = builtTypeScriptBlocks();
const codePageBlocks = blocks.filter((block) => block.code !== undefined);

// The SDK's own .d.ts files do not type-check on their own (presence.d.ts references a missing
// export), so library files are skipped, as in any project using the SDK; our snippets are not.
const compilerOptions: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
};

function compile(sources: Record<string, string>): Map<string, string[]> {
  // Inside the project, so that module resolution finds node_modules/agora-chat.
  const dir = path.join(ROOT, 'test-results', `snippets-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const files = Object.entries(sources).map(([name, text]) => {
      const file = path.join(dir, `${name}.ts`);
      writeFileSync(file, text);
      return file;
    });
    const program = ts.createProgram(files, compilerOptions);
    const byFile = new Map<string, string[]>(Object.keys(sources).map((name) => [name, []]));
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const name = diagnostic.file ? path.basename(diagnostic.file.fileName, '.ts') : '(global)';
      const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
      const list = byFile.get(name) ?? [];
      list.push(`line ${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
      byFile.set(name, list);
    }
    return byFile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('every code has a snippet on its page, in every locale', () => {
  const codes = readRegistry().map((entry) => entry.code).sort((a, b) => a - b);
  for (const locale of proseLocales()) {
    const inLocale = codePageBlocks.filter((block) => (locale === 'zh-cn' ? !block.page.startsWith('en/') : block.page.startsWith(`${locale}/`)));
    expect(inLocale.map((block) => block.code).sort((a, b) => (a ?? 0) - (b ?? 0)), locale).toEqual(codes);
  }
});

test('the upgrade page\'s snippet for a constant that changed number compares with every number it had', () => {
  const history = JSON.parse(readFileSync(path.join(ROOT, 'content/sdk-history.json'), 'utf8')) as { versions: { constants: Record<string, { code: number }> }[] };
  const numbersOf = (name: string) => [...new Set(history.versions.flatMap((entry) => entry.constants[name]?.code ?? []))].sort((a, b) => a - b);
  for (const page of ['upgrade/index.html', 'en/upgrade/index.html']) {
    const lists = blocks
      .filter((block) => block.page === page)
      .map((block) => /const ([A-Z0-9_]+)_CODES: readonly number\[\] = \[([-\d, ]+)\];/.exec(block.text))
      .map((match) => ({ name: match?.[1] ?? '', codes: (match?.[2] ?? '').split(', ').map(Number) }));
    // LOCAL_DB_OPERATION_FAILED is 55 in some versions and 800 in others: the snippet checks both.
    expect(lists, page).toContainEqual({ name: 'LOCAL_DB_OPERATION_FAILED', codes: [55, 800] });
    for (const list of lists) expect(list.codes, `${page}: ${list.name}`).toEqual(numbersOf(list.name));
  }
});

test('every TypeScript block compiles with tsc --strict against agora-chat', () => {
  // The error-handling guide's examples are included, in both languages.
  for (const page of ['guide/index.html', 'en/guide/index.html']) expect(blocks.filter((block) => block.page === page).length, page).toBeGreaterThanOrEqual(2);
  // And the upgrade page's snippets, that work on both sides of a renumbering.
  for (const page of ['upgrade/index.html', 'en/upgrade/index.html']) expect(blocks.filter((block) => block.page === page).length, page).toBeGreaterThanOrEqual(1);
  const sources = Object.fromEntries(blocks.map((block, index) => [`block${index}`, block.text]));
  const diagnostics = compile(sources);
  const failures = blocks.flatMap((block, index) =>
    (diagnostics.get(`block${index}`) ?? []).map((message) => `${block.page}: ${message}`),
  );
  expect(failures).toEqual([]);
  expect(diagnostics.get('(global)') ?? []).toEqual([]);
});

test('the compile check does catch a wrong constant and a type error', () => {
  const good = codePageBlocks.find((block) => block.code === 500)?.text ?? '';
  expect(good).toContain('statusCode.SERVER_BUSY');
  const diagnostics = compile({
    misspelt: good.replace('statusCode.SERVER_BUSY', 'statusCode.SERVER_BUZY'),
    wrongType: `${good}\nconst n: string = statusCode.SERVER_BUSY;\n`,
  });
  expect(diagnostics.get('misspelt')?.join()).toContain("Property 'SERVER_BUZY' does not exist");
  expect(diagnostics.get('wrongType')?.join()).toContain('is not assignable to type');
});

test('each code page compares error.type with the constant whose runtime value is that code', () => {
  const runtime = readRuntimeStatusCodes();
  expect(runtime.SERVER_BUSY).toBe(500); // the bundle loaded
  const mismatches = codePageBlocks.flatMap((block) => {
    const compared = [...block.text.matchAll(/(?:error\??|result)\.type === (statusCode\.)?([A-Z0-9_]+)/g)];
    if (compared.length === 0) return [`${block.page}: compares error.type with nothing`];
    return compared.flatMap(([, viaEnum, name = '']) => {
      const problems: string[] = [];
      // A former number (55): the pinned SDK has no constant for the code, so the snippet declares the number.
      const former = new RegExp(`const ${name}: number = (-?\\d+);`).exec(block.text)?.[1];
      if (former !== undefined) {
        if (Number(former) !== block.code) problems.push(`${block.page}: ${name} is declared as ${former}, not ${block.code}`);
        const owner = Object.entries(runtime).find(([, value]) => value === block.code)?.[0];
        if (owner) problems.push(`${block.page}: declares the number ${former}, but the runtime enum has it as ${owner}`);
        return problems;
      }
      if (runtime[name] !== block.code) problems.push(`${block.page}: ${name} is ${runtime[name]} at runtime, not ${block.code}`);
      if (!viaEnum) {
        // A literal constant (the miniCore build has no enum): its number must be the page's code too.
        const literal = new RegExp(`const ${name} = (-?\\d+) satisfies AgoraChat\\.Code\\.${name};`).exec(block.text)?.[1];
        if (Number(literal) !== block.code) problems.push(`${block.page}: ${name} is declared as ${literal}, not ${block.code}`);
      }
      return problems;
    });
  });
  expect(mismatches).toEqual([]);
});
