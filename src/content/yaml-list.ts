import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ContentError, type ContentIssue } from '../schemas/content-error';

/** One item of a YAML list, with where it stands in the file. */
export interface YamlListItem {
  data: Record<string, unknown>;
  /** Line (1-based) where the item, or one of its fields, starts. */
  lineOf: (fieldPath?: readonly PropertyKey[]) => number;
}

/**
 * Reads a YAML file whose top level is a list of mappings. Unlike Astro's `file()` loader, which
 * logs and carries on, any syntax error, duplicate key or non-mapping item throws, naming the line.
 */
export function readYamlList(file: string, root = process.cwd()): YamlListItem[] {
  const text = readFileSync(path.resolve(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({ file, line: lineAt(error.pos[0]), message: `YAML: ${error.message.split('\n')[0]}` })),
    );
  }
  if (!isSeq(doc.contents)) {
    throw new ContentError([{ file, line: 1, message: 'must be a YAML list of entries ("- key: value")' }]);
  }
  return doc.contents.items.map((node, index) => {
    const itemLine = lineAt((node as Node).range?.[0] ?? 0);
    if (!isMap(node)) {
      throw new ContentError([{ file, line: itemLine, message: `entry #${index + 1} must be a mapping of fields` }]);
    }
    return {
      data: node.toJSON() as Record<string, unknown>,
      lineOf: (fieldPath = []) => {
        // Walk down to the deepest node that exists, so a missing field points at its parent.
        for (let depth = fieldPath.length; depth > 0; depth--) {
          const found = doc.getIn([index, ...fieldPath.slice(0, depth)], true) as Node | undefined;
          if (found?.range) return lineAt(found.range[0]);
        }
        return itemLine;
      },
    };
  });
}

/** Validates every item against `schema`; all failures are reported together. */
export function parseYamlList<Schema extends z.ZodType>(
  file: string,
  items: readonly YamlListItem[],
  schema: Schema,
  label: (data: Record<string, unknown>) => string,
): z.infer<Schema>[] {
  const issues: ContentIssue[] = [];
  const parsed: z.infer<Schema>[] = [];
  for (const item of items) {
    const result = schema.safeParse(item.data);
    if (result.success) {
      parsed.push(result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      // An unknown key is reported at the key itself, so the line points at the typo.
      const fieldPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      issues.push({ file, line: item.lineOf(fieldPath), entry: label(item.data), field: fieldPath.join('.'), message: issue.message });
    }
  }
  if (issues.length > 0) throw new ContentError(issues);
  return parsed;
}

interface YamlListLoaderOptions<Schema extends z.ZodType> {
  /** Path of the YAML file, relative to the project root. */
  file: string;
  schema: Schema;
  /** Id of an entry in the collection. */
  id: (entry: z.infer<Schema>) => string;
  /** How an entry is named in error messages, e.g. "code 206". */
  label: (data: Record<string, unknown>) => string;
  /** Checks across entries (uniqueness, agreement with other files); returns what is wrong. */
  check?: (entries: z.infer<Schema>[], items: readonly YamlListItem[], root: string) => ContentIssue[];
}

export function yamlListLoader<Schema extends z.ZodType>(options: YamlListLoaderOptions<Schema>): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = path.resolve(root, options.file);
      const sync = async () => {
        const items = readYamlList(options.file, root);
        const entries = parseYamlList(options.file, items, options.schema, options.label);
        const issues = options.check?.(entries, items, root) ?? [];
        if (issues.length > 0) throw new ContentError(issues);
        store.clear();
        for (const entry of entries) {
          const id = options.id(entry);
          const data = await parseData({ id, data: entry as Record<string, unknown>, filePath: options.file });
          store.set({ id, data, filePath: options.file });
        }
      };
      await sync();
      watcher?.add(absolute);
      watcher?.on('change', (changed) => {
        if (changed === absolute) void sync();
      });
    },
  };
}
