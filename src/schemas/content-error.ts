/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface ContentIssue {
  /** Path relative to the project root, e.g. content/registry.yaml. */
  file: string;
  line?: number | undefined;
  /** The entry concerned, e.g. "code 206". */
  entry?: string;
  /** Dotted path of the field, e.g. "official.name". */
  field?: string;
  /** What is wrong, including the bad value. */
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const what = [issue.entry, issue.field && `field "${issue.field}"`].filter(Boolean).join(', ');
  return `${where}: ${what ? `${what}: ` : ''}${issue.message}`;
}

/** Thrown while loading content; its message lists every issue, one per line. */
export class ContentError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(`Invalid content:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}
