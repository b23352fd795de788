/**
 * YAML as every content file is read: js-yaml, as Astro reads frontmatter, but with the core schema, so a
 * date stays the text that was written. YAML's own timestamps roll "2026-02-30" over to 2 March without a
 * word; the schemas read dates from text and refuse days that are not in the calendar.
 */
import yaml from 'js-yaml';

export function readYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** Where js-yaml says a problem is, and what it is. */
export function yamlMistake(error: unknown): { line?: number; column?: number; reason: string } {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return { ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}), reason };
}
