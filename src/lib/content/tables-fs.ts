/**
 * The month-by-month tables of a content folder (TABLES in registry.ts: `pulse/`, `pace/`), checked by the
 * one validator beside the entries: each CSV file read with csv-parse, its first line held to the row
 * schema's columns, each row to the schema, the ids it names to their collections, and a row's key once
 * per file. A problem names the file, the line and column of the cell, the column, and the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { closestMatch } from './closest-match.ts';
import { isInside, realFolder } from './files-fs.ts';
import { withoutByteOrderMark } from './frontmatter.ts';
import type { ContentProblem } from './problems.ts';
import { notInCollectionMessage } from './references.ts';
import { TABLES, TABLE_NAMES, type TableName, type TableSpec } from './registry.ts';
import { fieldMeta, referenceFields } from './schema-fields.ts';
import { contentErrorMap, lineOfField } from './schema-problems.ts';
import { readYaml, yamlMistake } from './yaml.ts';

export interface TableRow {
  /** 1-based line of the row in its file. */
  line: number;
  /** The row after its schema: counts as numbers. */
  fields: Record<string, unknown>;
}

export interface ValidatedTable {
  table: TableName;
  /** The month the file is named for, YYYY-MM: the entry's id. */
  id: string;
  file: string;
  rows: TableRow[];
}

export interface TablesCheck {
  tables: Record<TableName, ValidatedTable[]>;
  /** Each table's ids file as written (pulse's questions: id → wording), in file order. */
  ids: Record<TableName, Record<string, string>>;
  problems: ContentProblem[];
}

const MONTH_FILE = /^\d{4}-(0[1-9]|1[0-2])\.csv$/i;

/** The columns of a table's files, in the order its first line lists them. */
export function columnsOf(spec: TableSpec): string[] {
  return Object.keys(spec.row.shape);
}

interface Cell {
  value: string;
  column: number;
}

/**
 * The cells of one record as they stand in its raw text, with the 1-based column each starts at: csv-parse
 * gives the values, and the raw text (after any skipped blank lines) says where they are.
 */
function cellsOf(record: readonly string[], raw: string, delimiter: string): Cell[] {
  const text = raw.replace(/^(\r?\n)+/, '');
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === delimiter && !quoted) starts.push(i + 1);
  }
  return record.map((value, index) => {
    const start = starts[index] ?? 0;
    const blank = /^[ \t]*/.exec(text.slice(start))![0].length;
    return { value, column: start + blank + 1 };
  });
}

interface ParsedRecord {
  line: number;
  cells: Cell[];
}

/**
 * The character between cells, read from the line of column names: a comma, or the semicolon a spreadsheet set
 * to a European locale saves "CSV" with, or a tab.
 */
function delimiterOf(text: string): string {
  const header = text.split('\n').find((line) => line.trim() !== '') ?? '';
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  return header.includes('\t') ? '\t' : ',';
}

/** The first line holding U+FFFD, which is what a file saved in another encoding (Windows-1252) reads as. */
export function replacementLine(text: string): number | undefined {
  const at = text.indexOf('\uFFFD');
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}

/** The line a quote is opened on and never closed, which csv-parse reports only as the end of the file. */
function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedOn: number | undefined;
  for (const char of text) {
    if (char === '\n') line++;
    else if (char === '"') openedOn = openedOn === undefined ? line : undefined;
  }
  return openedOn;
}

function readRecords(file: string, written: string): ParsedRecord[] | ContentProblem {
  // Windows line ends, as a spreadsheet saves them, read as any other: csv-parse would count lines twice.
  const text = written.replace(/\r\n?/g, '\n');
  const delimiter = delimiterOf(text);
  try {
    const parsed = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as Array<{ record: string[]; raw: string; info: { lines: number } }>;
    // A row of nothing but separators is what a spreadsheet leaves below the data: a blank line, skipped.
    const filled = parsed.filter(({ record }) => record.some((cell) => cell !== ''));
    return filled.map(({ record, raw, info }) => {
      // `lines` is where the record ends; a quoted cell may have carried it over several lines.
      const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
      return { line: info.lines - (body.match(/\n/g)?.length ?? 0), cells: cellsOf(record, raw, delimiter) };
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line =
      error.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : (error as CsvError & { lines?: number }).lines;
    const reason =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quote " is opened and never closed'
        : error.message.replace(/^[^:]*:\s*/, '').split('\n')[0];
    return {
      file,
      ...(line ? { line } : {}),
      field: '',
      message: `is not a CSV file that can be read (${reason}) → close the quote, or save the sheet again as CSV (comma separated)`,
    };
  }
}

/** What a file of `table` holds, for messages: its first line and what a row is. */
function layoutOf(name: TableName): string {
  return columnsOf(TABLES[name]).join(',');
}

function headerProblems(file: string, name: TableName, header: readonly Cell[]): ContentProblem[] {
  const columns = columnsOf(TABLES[name]);
  const written = header.map((cell) => cell.value);
  const problems: ContentProblem[] = [];
  if (!written.some((value) => columns.includes(value) || closestMatch(value, columns))) {
    return [
      {
        file,
        line: 1,
        field: '',
        message: `does not start with the line of column names → make the first line ${layoutOf(name)}`,
      },
    ];
  }
  header.forEach((cell, index) => {
    if (columns.includes(cell.value)) {
      if (written.indexOf(cell.value) !== index)
        problems.push({
          file,
          line: 1,
          column: cell.column,
          field: cell.value,
          message: 'is named twice in the first line → keep one column of each name',
        });
      return;
    }
    const suggestion = closestMatch(cell.value, columns);
    problems.push({
      file,
      line: 1,
      column: cell.column,
      field: cell.value || `column ${index + 1}`,
      message: `${cell.value ? `"${cell.value}"` : 'an unnamed column'} is not a column of ${name}/ files → ${
        suggestion ? `did you mean "${suggestion}"?` : `remove it (columns: ${columns.join(', ')})`
      }`,
    });
  });
  // A column named "did you mean" above is not said again to be missing.
  const suggested = new Set(written.map((value) => closestMatch(value, columns)));
  for (const column of columns.filter((c) => !written.includes(c) && !suggested.has(c))) {
    problems.push({
      file,
      line: 1,
      field: column,
      message: `the column is missing → the first line is ${layoutOf(name)}`,
    });
  }
  return problems;
}

/** Words a spreadsheet's summing row starts with, in the languages of the organisations One Team serves. */
const TOTAL_WORDS = /^(grand )?(total|totals|sum|gesamt|summe|totaal|totale|somme|suma|totalt|yhteensä|razem)$/i;

/** A row that adds the others up: the site adds them itself, and would count them twice. */
function totalRowProblem(
  file: string,
  line: number,
  cells: readonly Cell[],
  spec: TableSpec,
): ContentProblem | undefined {
  const cell = cells.find((c) => TOTAL_WORDS.test(c.value));
  if (!cell) return undefined;
  return {
    file,
    line,
    column: cell.column,
    field: '',
    message: `"${cell.value}" looks like a row of totals → delete the row; the site adds up each ${spec.key.at(-1)} itself`,
  };
}

interface RowContext {
  file: string;
  name: TableName;
  idsOf: (collection: string) => ReadonlySet<string>;
  /** The ids file's ids, for the column it names; undefined when the table has none or it is unreadable. */
  ids?: ReadonlySet<string>;
}

/**
 * What is wrong with the ids a row names, in the cells that are otherwise well formed: entries of other
 * collections, or the table's own ids file.
 */
function rowReferenceProblems(
  context: RowContext,
  written: Record<string, string>,
  wrong: ReadonlySet<string>,
): Map<string, string> {
  const spec: TableSpec = TABLES[context.name];
  const found = new Map<string, string>();
  for (const { path: at, target } of referenceFields(spec.row)) {
    const column = at[0]!;
    const value = written[column]!.normalize('NFC');
    if (wrong.has(column)) continue;
    const allowed = fieldMeta(spec.row.shape[column]!).alsoAllowed ?? [];
    const known = context.idsOf(target);
    if (known.has(value) || allowed.includes(value)) continue;
    const message = notInCollectionMessage(value, target, [...known, ...allowed]);
    // `it` is not in departments/: say that the column takes it as well, rather than list it among them.
    found.set(
      column,
      allowed.length
        ? message.replace(` is not in ${target}/`, ` is neither ${allowed.join(', ')} nor an id in ${target}/`)
        : message,
    );
  }
  if (spec.ids && context.ids && !wrong.has(spec.ids.column)) {
    const value = written[spec.ids.column]!;
    if (!context.ids.has(value)) {
      const suggestion = closestMatch(value, context.ids);
      found.set(
        spec.ids.column,
        `"${value}" is not in ${context.name}/${spec.ids.file} → ${
          suggestion
            ? `did you mean "${suggestion}"?`
            : `add it there with its wording, or use one of: ${[...context.ids].join(', ')}`
        }`,
      );
    }
  }
  return found;
}

function checkTableFile(context: RowContext & { month: string }): {
  table: ValidatedTable;
  problems: ContentProblem[];
} {
  const { file, name } = context;
  const table: ValidatedTable = { table: name, id: context.month, file, rows: [] };
  let text: string;
  try {
    text = withoutByteOrderMark(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      table,
      problems: [{ file, field: '', message: `cannot be read (${reason}) → save it as a CSV text file` }],
    };
  }
  const notUtf8 = replacementLine(text);
  if (notUtf8)
    return {
      table,
      problems: [
        {
          file,
          line: notUtf8,
          field: '',
          message:
            'is not saved as UTF-8, so its letters would show as � → save it again as "CSV UTF-8" (Excel) or with the UTF-8 encoding',
        },
      ],
    };
  const records = readRecords(file, text);
  if (!Array.isArray(records)) return { table, problems: [records] };
  const [header, ...rows] = records;
  if (!header || rows.length === 0) {
    return {
      table,
      problems: [
        {
          file,
          ...(header ? { line: 1 } : {}),
          field: '',
          message: `holds no rows → the first line is ${layoutOf(name)}, then one line per row`,
        },
      ],
    };
  }
  // Empty columns at the right, as a spreadsheet saves them, are not columns; names are read as written in any case.
  const known = columnsOf(TABLES[name]);
  const headerCells = header.cells
    .slice(0, header.cells.findLastIndex((cell) => cell.value !== '') + 1)
    .map((cell) => ({ ...cell, value: known.find((c) => c.toLowerCase() === cell.value.toLowerCase()) ?? cell.value }));
  const problems = headerProblems(file, name, headerCells);
  if (problems.length) return { table, problems };

  const columns = headerCells.map((cell) => cell.value);
  const spec: TableSpec = TABLES[name];
  const rowsByKey = new Map<string, number>();
  for (const { line, cells: written } of rows) {
    // Cells past the last column are allowed only empty, as a spreadsheet leaves them.
    const cells =
      written.length > columns.length && written.slice(columns.length).every((c) => c.value === '')
        ? written.slice(0, columns.length)
        : written;
    const total = totalRowProblem(file, line, cells, spec);
    if (total) {
      problems.push(total);
      continue;
    }
    if (cells.length !== columns.length) {
      problems.push({
        file,
        line,
        field: '',
        message: `has ${cells.length} cell${cells.length === 1 ? '' : 's'}, the first line names ${columns.length} columns → write one value for each of ${columns.join(', ')}`,
      });
      continue;
    }
    const values = Object.fromEntries(columns.map((column, index) => [column, cells[index]!.value]));
    const columnOf = (field: string) => cells[columns.indexOf(field)]?.column;
    const at = (field: string) => {
      const column = columnOf(field);
      return { file, line, ...(column ? { column } : {}), field };
    };
    const parsed = spec.row.safeParse(values, { error: contentErrorMap as never });
    const issues = parsed.success ? [] : parsed.error.issues;
    const wrong = new Set(issues.map((issue) => String(issue.path[0] ?? '')));
    // Every mistake in the row at once: a misspelt team is said even when its hours are wrong too.
    const references = rowReferenceProblems(context, values, wrong);
    const rowProblems = [
      ...issues.map((issue) => ({ ...at(String(issue.path[0] ?? '')), message: issue.message })),
      ...[...references].map(([field, message]) => ({ ...at(field), message })),
    ].sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
    problems.push(...rowProblems);
    if (!parsed.success || references.size > 0) continue;
    const fields = parsed.data as Record<string, unknown>;
    const key = spec.key.map((column) => String(fields[column])).join('\0');
    const earlier = rowsByKey.get(key);
    if (earlier !== undefined) {
      const naming = spec.key.map((column) => `${column} "${String(fields[column])}"`).join(' and ');
      problems.push({
        ...at(spec.key[spec.key.length - 1]!),
        message: `repeats the row on line ${earlier} (${naming}) → keep one row for each ${spec.key.join(' and ')}`,
      });
      continue;
    }
    rowsByKey.set(key, line);
    table.rows.push({ line, fields });
  }
  return { table, problems };
}

/** A table's ids file (pulse/questions.yaml): id → wording, each id a slug, each wording plain text. */
function checkIdsFile(
  folder: string,
  name: TableName,
  needed: boolean,
): { ids?: Record<string, string>; problems: ContentProblem[] } {
  const spec: TableSpec = TABLES[name];
  if (!spec.ids) return { problems: [] };
  const file = path.join(folder, name, spec.ids.file);
  if (!fs.existsSync(file)) {
    return {
      problems: needed
        ? [
            {
              file,
              field: '',
              message: `is missing, and the rows name each ${spec.ids.column} by its id → create ${name}/${spec.ids.file} with one line per ${spec.ids.column}, e.g. it-makes-a-difference: IT makes a critical difference to my work.`,
            },
          ]
        : [],
    };
  }
  const text = withoutByteOrderMark(fs.readFileSync(file, 'utf8'));
  const notUtf8 = replacementLine(text);
  if (notUtf8)
    return {
      problems: [
        {
          file,
          line: notUtf8,
          field: '',
          message: 'is not saved as UTF-8, so its letters would show as � → save it again with the UTF-8 encoding',
        },
      ],
    };
  let written: unknown;
  try {
    written = readYaml(text) ?? {};
  } catch (error) {
    const { line, reason, fix } = yamlMistake(error, text);
    return {
      problems: [{ file, ...(line ? { line } : {}), field: '', message: `is not valid YAML (${reason}): ${fix}` }],
    };
  }
  const parsed = spec.ids.schema.safeParse(written, { error: contentErrorMap as never });
  if (parsed.success) return { ids: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      const line = field ? lineOfField(text, field) : undefined;
      return { file, ...(line ? { line } : {}), field, message: issue.message };
    }),
  };
}

/** Files in a table's folder that are not its months or its ids file, said rather than passed over. */
function strayFileProblem(folder: string, name: TableName, file: string): ContentProblem {
  const spec: TableSpec = TABLES[name];
  const base = path.basename(file);
  const holds = `one CSV file per month, named like 2026-03.csv${spec.ids ? `, and ${spec.ids.file}` : ''}`;
  if (fs.statSync(file).isDirectory())
    return { file, field: '', message: `is a folder; ${name}/ holds ${holds} → move its files up into ${name}/` };
  const month = /^\d{4}-(\d{2})\.csv$/i.exec(base)?.[1];
  if (month)
    return {
      file,
      field: '',
      message: `is named for month ${month}, which no year has → name it YYYY-MM.csv with a month from 01 to 12`,
    };
  if (path.extname(base).toLowerCase() === '.csv')
    return {
      file,
      field: '',
      message: 'is not named for its month → rename it YYYY-MM.csv, e.g. 2026-03.csv',
    };
  return { file, field: '', message: `is not read: ${name}/ holds ${holds} → rename it or move it out of the folder` };
}

/**
 * Every table of the content folder; `idsOf` gives a collection's entry ids, for the rows that name them
 * (a pace row's team, a pulse row's department).
 */
export function checkTables(folder: string, idsOf: (collection: string) => ReadonlySet<string>): TablesCheck {
  const check: TablesCheck = {
    tables: Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as TablesCheck['tables'],
    ids: Object.fromEntries(TABLE_NAMES.map((name) => [name, {}])) as TablesCheck['ids'],
    problems: [],
  };
  const root = realFolder(folder);
  for (const name of TABLE_NAMES) {
    const tableFolder = path.join(folder, name);
    if (!fs.existsSync(tableFolder)) continue;
    const spec: TableSpec = TABLES[name];
    const names = fs
      .readdirSync(tableFolder)
      .filter((base) => !base.startsWith('.'))
      .sort();
    const months = names.filter((base) => MONTH_FILE.test(base));
    const idsFile = checkIdsFile(folder, name, months.length > 0);
    check.problems.push(...idsFile.problems);
    check.ids[name] = idsFile.ids ?? {};
    for (const base of names) {
      const file = path.join(tableFolder, base);
      if (base === spec.ids?.file) continue;
      if (!MONTH_FILE.test(base) || !fs.statSync(file).isFile()) {
        check.problems.push(strayFileProblem(folder, name, file));
        continue;
      }
      if (!isInside(fs.realpathSync(file), root)) {
        check.problems.push({
          file,
          field: '',
          message: 'is a link to a file outside the content folder → copy the file itself into the folder',
        });
        continue;
      }
      const { table, problems } = checkTableFile({
        file,
        name,
        month: base.slice(0, 7),
        idsOf,
        ...(idsFile.ids ? { ids: new Set(Object.keys(idsFile.ids)) } : {}),
      });
      check.tables[name].push(table);
      check.problems.push(...problems);
    }
  }
  return check;
}
