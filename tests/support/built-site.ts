import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './source';

export const DIST = path.join(ROOT, 'dist');

/** Every HTML file of the built site, as paths relative to dist/. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export function readBuilt(file: string): string {
  return readFileSync(path.join(DIST, file), 'utf8');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

/** Text content of an HTML fragment (tags dropped, entities decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase();
      if (lower in entities) return entities[lower] ?? whole;
      if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
      return whole;
    });
}

export interface BuiltSnippet {
  page: string;
  /** The error code the snippet is about (code pages), if any. */
  code: number | undefined;
  text: string;
}

/** Every TypeScript code block of the built site: snippets of code pages and examples in prose. */
export function builtTypeScriptBlocks(): BuiltSnippet[] {
  const blocks: BuiltSnippet[] = [];
  for (const page of builtPages()) {
    const html = readBuilt(page);
    const codeOfPage = /data-snippet-code="(-?\d+)"/.exec(html)?.[1];
    for (const match of html.matchAll(/<pre class="language-ts"[^>]*>([\s\S]*?)<\/pre>/g)) {
      blocks.push({ page, code: codeOfPage === undefined ? undefined : Number(codeOfPage), text: htmlToText(match[1] ?? '') });
    }
  }
  return blocks;
}
