/** One finding of the prose lint, and how it is printed: shared by the per-file rules and the cross-file checks. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.rule}  ${problem.message}`;
}

/** Without line and column: stable while the text around a problem is edited. */
export function formatProblemWithoutPosition(problem: Problem): string {
  return `${problem.file}  ${problem.rule}  ${problem.message}`;
}
