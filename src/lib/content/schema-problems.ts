/** Turns a schema's complaints about one entry into content problems that point at the line of the field. */
import type { ContentProblem } from './problems.ts';

interface SchemaIssue {
  code?: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/** The 1-based line where a top-level frontmatter field is written, if it is. */
export function lineOfField(fileText: string, field: string): number | undefined {
  const lines = fileText.split(/\r?\n/);
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^['"]?${escaped}['"]?\\s*:`);
  const index = lines.findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}

export function problemsFromSchemaIssues(
  file: string,
  fileText: string,
  issues: readonly SchemaIssue[],
): ContentProblem[] {
  return issues.map((issue) => {
    const field =
      issue.code === 'unrecognized_keys' && issue.keys?.length
        ? issue.keys.join(', ')
        : issue.path.map(String).join('.');
    const topField = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : issue.path[0];
    const line = typeof topField === 'string' ? lineOfField(fileText, topField) : undefined;
    return { file, ...(line ? { line } : {}), field, message: issue.message };
  });
}

/** Adds the line of the field to problems found without one (references, manager loops), reading each file once. */
export function withFieldLines<P extends { file: string; line?: number; field: string }>(
  problems: readonly P[],
  readFile: (file: string) => string | undefined,
): P[] {
  const texts = new Map<string, string | undefined>();
  return problems.map((problem) => {
    if (problem.line || !problem.field) return problem;
    if (!texts.has(problem.file)) texts.set(problem.file, readFile(problem.file));
    const text = texts.get(problem.file);
    const line = text ? lineOfField(text, problem.field.split('.')[0]!) : undefined;
    return line ? { ...problem, line } : problem;
  });
}
