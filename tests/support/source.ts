import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The project root (tests run from it, but be explicit for fixture copies). */
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface SourceEntry {
  code: number;
  name: string;
  category: string;
  aliases?: { name: string; sdk: string }[];
  unreachable?: boolean;
  official?: {
    description: string;
    name?: string;
    corrections?: { original: string; corrected: string }[];
    differs?: Record<string, string>;
  };
  delivery: { via: string; api?: string };
  neverRaised?: boolean;
}

/** The registry as written in content/, read independently of the site's own loader. */
export function readRegistry(): SourceEntry[] {
  return parse(readFileSync(path.join(ROOT, 'content/registry.yaml'), 'utf8')) as SourceEntry[];
}

export interface SourceProse {
  title: string;
  cause?: string;
  fix?: string;
}

/** Front matter of content/codes/<locale>/<code>.mdx. */
export function readProse(locale: string, code: number): SourceProse {
  const text = readFileSync(path.join(ROOT, `content/codes/${locale}/${code}.mdx`), 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  if (frontMatter === undefined) throw new Error(`content/codes/${locale}/${code}.mdx has no front matter`);
  return parse(frontMatter) as SourceProse;
}

export function proseLocales(): string[] {
  return readdirSync(path.join(ROOT, 'content/codes'));
}
