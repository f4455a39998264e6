/**
 * The guide's handler module keeps its comments in every locale, as consecutive whole-line
 * comments `// <locale>: text`. `localizeSource` keeps one locale's lines (as `// text`, with their
 * indentation) and drops the others, so each guide page shows, and offers for download, the module
 * with comments in its own language. Every run of such lines must hold each locale exactly once,
 * so that no comment is missing in a language.
 */
const TAGGED = /^(\s*)\/\/ ([a-z]{2}(?:-[a-z]+)?): (.*)$/;

export class LocalizedCommentError extends Error {}

export function localizeSource(source: string, locale: string, allLocales: readonly string[]): string {
  if (!allLocales.includes(locale)) throw new LocalizedCommentError(`unknown locale "${locale}"; the locales are ${allLocales.join(', ')}`);
  const lines = source.split('\n');
  const out: string[] = [];
  let run: { first: number; tags: string[] } | undefined;
  const closeRun = (): void => {
    if (!run) return;
    const missing = allLocales.filter((tag) => !run?.tags.includes(tag));
    const twice = run.tags.filter((tag, index) => run?.tags.indexOf(tag) !== index);
    if (missing.length > 0) throw new LocalizedCommentError(`line ${run.first}: the comment has no ${missing.join(', ')} line`);
    if (twice.length > 0) throw new LocalizedCommentError(`line ${run.first}: the comment has two ${twice.join(', ')} lines`);
    run = undefined;
  };
  lines.forEach((line, index) => {
    const match = TAGGED.exec(line);
    if (!match) {
      closeRun();
      out.push(line);
      return;
    }
    const [, indent = '', tag = '', text = ''] = match;
    if (!allLocales.includes(tag)) throw new LocalizedCommentError(`line ${index + 1}: unknown locale "${tag}"`);
    run ??= { first: index + 1, tags: [] };
    run.tags.push(tag);
    if (tag === locale) out.push(`${indent}// ${text}`);
  });
  closeRun();
  return out.join('\n');
}
