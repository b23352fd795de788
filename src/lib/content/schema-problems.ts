/** Turns a schema's complaints about one entry into content problems that point at the line of the field. */
import { describe } from '../../schemas/fields.ts';
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

/**
 * The line of a field at any depth (`outcomes.1.after`): the top field's line, then, within the lines
 * indented under it, each list item and key in turn. A value written inline (`[{ after: 4 }]`) has the
 * top field's line.
 */
export function lineOfPath(fileText: string, path: readonly PropertyKey[]): number | undefined {
  const [top, ...rest] = path;
  if (typeof top !== 'string') return undefined;
  const topLine = lineOfField(fileText, top);
  if (!topLine) return undefined;
  const lines = fileText.split(/\r?\n/);
  const indentOf = (line: string) => line.length - line.trimStart().length;
  // The field's block: the lines after it that are indented, or are list items under it.
  let end = topLine;
  while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) > 0 || lines[end]!.startsWith('-')))
    end++;
  let at = topLine;
  for (const part of rest) {
    if (typeof part === 'number') {
      const items = [];
      for (let i = at; i < end; i++) if (/^\s*- /.test(lines[i]!)) items.push(i);
      const itemIndent = items.length ? indentOf(lines[items[0]!]!) : 0;
      const sameLevel = items.filter((i) => indentOf(lines[i]!) === itemIndent);
      if (sameLevel[part] === undefined) return at;
      at = sameLevel[part]! + 1;
    } else if (typeof part === 'string') {
      const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`^\\s*(- )?['"]?${escaped}['"]?\\s*:`);
      const found = lines.slice(at - 1, end).findIndex((line, i) => (i > 0 || rest.length > 0) && pattern.test(line));
      if (found === -1) return at;
      at = at + found;
    }
  }
  return at;
}

export function problemsFromSchemaIssues(
  file: string,
  fileText: string,
  issues: readonly SchemaIssue[],
): ContentProblem[] {
  return issues.map((issue) => {
    // An unknown field is named where it stands: `quote.author`, not the quote as a whole.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys?.length ? [...issue.path, issue.keys[0]!] : issue.path;
    const field =
      issue.code === 'unrecognized_keys' && issue.keys?.length
        ? issue.keys.map((key) => [...issue.path, key].map(String).join('.')).join(', ')
        : issue.path.map(String).join('.');
    const line = lineOfPath(fileText, path);
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
    const path = problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const line = text ? lineOfPath(text, path) : undefined;
    return line ? { ...problem, line } : problem;
  });
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

interface RawIssue {
  code: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  keys?: string[];
  values?: unknown[];
}

/**
 * The words for a schema complaint that no field builder worded itself, so that no problem reads "Invalid
 * input" or "Unrecognized key": what was expected, what was found, and what to do. Passed to every parse
 * the validator makes; a field's own message always comes first.
 */
export function contentErrorMap(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const noun = NOUNS[issue.expected ?? ''] ?? issue.expected ?? 'something else';
      if (issue.input === undefined) return `is required → add it (${noun}); docs/content-model.md describes it`;
      return `must be ${noun}, found ${describe(issue.input)} → ${issue.expected === 'array' ? `write it as a list, e.g. [${typeof issue.input === 'string' ? issue.input : '…'}]` : `write ${noun} instead`}`;
    }
    case 'unrecognized_keys':
      return `${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')} is not a field here → remove it, or see docs/content-model.md for the fields`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} → add more`
        : `is too short, at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : ''} → write more`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} → keep ${issue.maximum}`
        : `is over ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''} → shorten it`;
    case 'invalid_value':
      return `must be one of: ${(issue.values ?? []).map(String).join(', ')}, found ${describe(issue.input)} → pick one of them`;
    case 'invalid_format':
      return `is not a valid ${issue.format ?? 'value'}, found ${describe(issue.input)} → correct it`;
    case 'invalid_union':
      return `is not any of the kinds of value this field takes, found ${describe(issue.input)} → see docs/content-model.md`;
    default:
      return `is not valid, found ${describe(issue.input)} → see docs/content-model.md for what it takes`;
  }
}
