/**
 * A throw-away copy of the project with N synthetic codes added (in the OS temp folder, never
 * committed), for measuring how build time and output size grow with the number of codes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

export function createSyntheticSite(root: string, count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `errors-synthetic-${count}-`));
  for (const name of COPIED) cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

  const categories = (parse(readFileSync(path.join(root, 'content/categories.yaml'), 'utf8')) as { id: string }[]).map((category) => category.id);
  const registry: string[] = [];
  for (let index = 0; index < count; index++) {
    const code = 100_000 + index;
    const category = categories[index % categories.length] ?? 'general';
    registry.push(
      `- code: ${code}\n  name: SYNTHETIC_ERROR_${index}\n  category: ${category}\n  delivery: { via: onError }\n  official:\n    description: "合成错误 ${index}：用于基准测试的错误码。"\n`,
    );
    for (const [locale, title, cause] of [
      ['zh-cn', `合成错误 ${index}`, `用于基准测试的第 ${index} 个错误码，不会在 SDK 中出现。`],
      ['en', `Synthetic error ${index}`, `Benchmark code number ${index}; the SDK never raises it.`],
    ] as const) {
      mkdirSync(path.join(dir, 'content/codes', locale), { recursive: true });
      writeFileSync(path.join(dir, 'content/codes', locale, `${code}.mdx`), `---\ntitle: "${title}"\ncause: "${cause}"\n---\n`);
    }
  }
  const registryFile = path.join(dir, 'content/registry.yaml');
  writeFileSync(registryFile, `${readFileSync(registryFile, 'utf8')}\n${registry.join('\n')}`);
  return dir;
}

export function removeSyntheticSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
