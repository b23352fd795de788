/** Splits an entry file into its frontmatter fields and body, the way Astro reads it (js-yaml), and names its id. */
import { slug } from 'github-slugger';
import type { ContentProblem } from './problems.ts';
import { readYaml, yamlMistake } from './yaml.ts';

/**
 * The id of an entry: its file name without extension, as a slug ("Ada Okafor.md" → "ada-okafor"), in
 * Unicode's composed form, so that "José" typed on a Mac (decomposed) and on Windows is one id.
 */
export function entryIdOf(fileName: string): string {
  return slug(fileName.replace(/\.[^.]+$/, '').normalize('NFC'));
}

export interface Frontmatter {
  data: Record<string, unknown>;
  /** The text after the closing `---`. */
  body: string;
}

/** The fields between a first line of `---` and the next line that is `---` (only spaces may follow). */
const FRONTMATTER = /^---\r?\n((?:[\s\S]*?\r?\n)?)---[ \t]*(?:\r?\n|$)/;

/** Editors on Windows may start a file with a byte-order mark; it is not part of the text. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads the YAML between the opening `---` lines; a problem, with its line, when it cannot. */
export function readFrontmatter(file: string, fileText: string): Frontmatter | ContentProblem {
  const text = withoutByteOrderMark(fileText);
  const match = text.match(FRONTMATTER);
  if (!match) {
    return {
      file,
      line: 1,
      field: '',
      message: 'has no frontmatter → start the file with a line of ---, the fields, and another line of ---',
    };
  }
  // YAML's "? key" makes a field whose name is itself a list or group: no field is named like that.
  const complexKey = match[1]!.split(/\r?\n/).findIndex((line) => /^\s*\?(\s|$)/.test(line));
  if (complexKey !== -1) {
    return {
      file,
      line: complexKey + 2,
      field: '',
      message:
        'a line starts with "?", which YAML reads as a field named by a list or group → write one "field: value" per line',
    };
  }
  try {
    const data = readYaml(match[1]!) ?? {};
    if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
      return {
        file,
        line: 2,
        field: '',
        message: 'the frontmatter is not a list of fields → write one "field: value" per line',
      };
    }
    return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
  } catch (error) {
    const { line, reason, fix } = yamlMistake(error, match[1]!);
    return {
      file,
      // The YAML starts on the file's second line, after the opening ---.
      ...(line ? { line: line + 1 } : {}),
      field: '',
      message: `the frontmatter is not valid YAML (${reason}): ${fix}`,
    };
  }
}
