/** Problems found in content, and how they are shown: one line each, grouped by file, paths relative to the project. */
import path from 'node:path';
import { AstroError } from 'astro/errors';

export interface ContentProblem {
  /** Absolute or project-relative path of the file at fault. */
  file: string;
  /** 1-based line of the field in the file, when known. */
  line?: number;
  /** 1-based column, for problems in the text itself. */
  column?: number;
  /** Dotted path of the field, e.g. `outcomes.0.after`; empty for the file as a whole. */
  field: string;
  /** What is wrong, ending with "→ how to fix it" where a fix can be named. */
  message: string;
  /** A warning is worth fixing but does not stop a build or fail `npm run check`. */
  severity?: 'warning';
}

function formatGroup(problems: readonly ContentProblem[], cwd: string): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    const relative = path.isAbsolute(problem.file) ? path.relative(cwd, problem.file) : problem.file;
    // Content kept outside the project reads better as the full path than as ../../…
    const file = relative.startsWith('..') ? problem.file : relative;
    const fileProblems = byFile.get(file);
    if (fileProblems) fileProblems.push(problem);
    else byFile.set(file, [problem]);
  }
  const blocks = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, fileProblems]) =>
      fileProblems
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
        .map(
          (p) =>
            `${file}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}  ${p.field ? `${p.field}  ` : ''}${p.message}`,
        )
        .join('\n'),
    );
  return blocks.join('\n\n');
}

/** Problems first, grouped by file; then warnings, which never stop a build, the same way. */
export function formatContentProblems(problems: readonly ContentProblem[], cwd = process.cwd()): string {
  const warnings = problems.filter((p) => p.severity === 'warning');
  const errors = problems.filter((p) => p.severity !== 'warning');
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  return [
    errors.length
      ? `${count(errors.length, 'problem', 'problems')} in the content:\n\n${formatGroup(errors, cwd)}`
      : '',
    warnings.length
      ? `${count(warnings.length, 'warning', 'warnings')} (these do not stop a build):\n\n${formatGroup(warnings, cwd)}`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Thrown when content is invalid; Astro shows its message and hint without a stack trace. */
export class ContentError extends AstroError {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      formatContentProblems(problems),
      'Fix each line above, then build again. The fields are described in docs/content-model.md.',
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The fault is in the content, not the code: a stack trace would only bury the list above.
    this.stack = '';
  }
}
