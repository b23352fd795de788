/**
 * YAML as every content file is read: js-yaml, as Astro reads frontmatter, but with the core schema, so a
 * date stays the text that was written. YAML's own timestamps roll "2026-02-30" over to 2 March without a
 * word; the schemas read dates from text and refuse days that are not in the calendar.
 */
import yaml from 'js-yaml';

export function readYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export interface YamlMistake {
  /** 1-based, within the YAML text. */
  line?: number;
  reason: string;
  fix: string;
}

/** The last line at or before `from` (0-based) where a quote or bracket is opened and not closed. */
function openedOn(lines: readonly string[], from: number, opener: 'quote' | 'bracket'): number | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const line = lines[i]!.replace(/\s#.*$/, '');
    const open =
      opener === 'quote'
        ? (line.match(/"/g) ?? []).length % 2 === 1 || (line.match(/'/g) ?? []).length % 2 === 1
        : (line.match(/[[{]/g) ?? []).length > (line.match(/[\]}]/g) ?? []).length;
    if (open) return i;
  }
  return undefined;
}

/**
 * Where a YAML mistake is and how to put it right, from js-yaml's error. A quote or bracket left open is
 * only noticed where the text ends; the line that opened it is the one to fix, so that one is named.
 */
export function yamlMistake(error: unknown, text: string): YamlMistake {
  const mark = (error as { mark?: { line: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  const lines = text.split(/\r?\n/);
  const at = mark?.line;
  if (/within a (double|single) quoted scalar/.test(reason) && at !== undefined) {
    const opened = openedOn(lines, at, 'quote');
    return {
      line: (opened ?? at) + 1,
      reason,
      fix: 'a quote opened on this line is never closed → close it, or remove it',
    };
  }
  if (/flow collection|flow mapping|missed comma/.test(reason) && at !== undefined) {
    const opened = openedOn(lines, at, 'bracket');
    return {
      line: (opened ?? at) + 1,
      reason,
      fix: 'a [ or { opened on this line is never closed → close it with ] or }',
    };
  }
  const fix = /duplicated mapping key/.test(reason)
    ? 'a field is written twice → keep one of them'
    : /tab characters/.test(reason)
      ? 'the line is indented with a tab → indent with spaces'
      : 'check quotes and indentation → quote text containing ": " or starting with @, # or [';
  return { ...(at !== undefined ? { line: at + 1 } : {}), reason, fix };
}
