import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTables } from '../../../src/lib/content/tables-fs.ts';
import { missingTeamWarnings } from '../../../src/lib/content/table-warnings.ts';

const KNOWN: Record<string, string[]> = { departments: ['finance', 'operations'], teams: ['platform', 'service-desk'] };
const idsOf = (collection: string) => new Set(KNOWN[collection] ?? []);

/** A content folder holding only the given files; returns the check of its tables and where it lies. */
function tablesOf(files: Record<string, string>) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tables-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  const check = checkTables(folder, idsOf);
  const lines = check.problems.map(
    (p) =>
      `${path.relative(folder, p.file)}${p.line ? `:${p.line}` : ''}${p.column ? `:${p.column}` : ''}  ${p.field ? `${p.field}  ` : ''}${p.message}`,
  );
  return { check, lines };
}

const QUESTIONS = 'it-makes-a-difference: IT makes a critical difference to my work.\n';
const PULSE_HEADER = 'question,group,responses,agree\n';
const PACE_HEADER = 'team,runHours,changeHours,incidents,delivered,planned\n';

describe('a pulse wave', () => {
  it('is read into rows with counts as numbers, each with its line', () => {
    const { check, lines } = tablesOf({
      'pulse/questions.yaml': QUESTIONS,
      'pulse/2026-03.csv': `\ufeff${PULSE_HEADER}it-makes-a-difference,it,84,63\r\n\r\nit-makes-a-difference,finance,38,17\r\n`,
    });
    expect(lines).toEqual([]);
    expect(check.ids.pulse).toEqual({ 'it-makes-a-difference': 'IT makes a critical difference to my work.' });
    expect(check.tables.pulse).toEqual([
      expect.objectContaining({
        id: '2026-03',
        rows: [
          { line: 2, fields: { question: 'it-makes-a-difference', group: 'it', responses: 84, agree: 63 } },
          { line: 4, fields: { question: 'it-makes-a-difference', group: 'finance', responses: 38, agree: 17 } },
        ],
      }),
    ]);
  });

  it('names the line, the column and the cell of every wrong value, with a fix', () => {
    const { lines } = tablesOf({
      'pulse/questions.yaml': QUESTIONS,
      'pulse/2026-06.csv':
        PULSE_HEADER +
        [
          'it-makes-a-difference,finanse,40,20',
          'it-makes-a-diference,it,40,20',
          'it-makes-a-difference,operations,30,31',
          'it-makes-a-difference,it,-3,2',
          'it-makes-a-difference,finance,n/a,2',
          'it-makes-a-difference,operations,12,2',
          'it-makes-a-difference,operations,12,3',
          'it-makes-a-difference,finance,12',
        ].join('\n'),
    });
    expect(lines).toEqual([
      'pulse/2026-06.csv:2:23  group  "finanse" is neither it nor an id in departments/ → did you mean "finance"?',
      'pulse/2026-06.csv:3:1  question  "it-makes-a-diference" is not in pulse/questions.yaml → did you mean "it-makes-a-difference"?',
      "pulse/2026-06.csv:4:37  agree  is 31, more than the 30 who answered → agree counts people within responses; check both figures in the survey tool's export",
      'pulse/2026-06.csv:5:26  responses  must be a whole number, 0 or more, found "-3" → e.g. 48',
      'pulse/2026-06.csv:6:31  responses  must be a whole number, 0 or more, found "n/a" → e.g. 48',
      'pulse/2026-06.csv:8:23  group  repeats the row on line 7 (question "it-makes-a-difference" and group "operations") → keep one row for each question and group',
      'pulse/2026-06.csv:9  has 3 cells, the first line names 4 columns → write one value for each of question, group, responses, agree',
    ]);
  });

  it('takes the columns in any order, and says which one is misspelt or missing', () => {
    expect(
      tablesOf({
        'pulse/questions.yaml': QUESTIONS,
        'pulse/2026-03.csv': 'group,question,agree,responses\nit,it-makes-a-difference,3,9\n',
      }).lines,
    ).toEqual([]);
    expect(
      tablesOf({
        'pulse/questions.yaml': QUESTIONS,
        'pulse/2026-03.csv': 'question,group,respones\nit-makes-a-difference,it,9\n',
      }).lines,
    ).toEqual([
      'pulse/2026-03.csv:1:16  respones  "respones" is not a column of pulse/ files → did you mean "responses"?',
      'pulse/2026-03.csv:1  agree  the column is missing → the first line is question,group,responses,agree',
    ]);
  });

  it('needs questions.yaml to say what its question ids mean', () => {
    expect(tablesOf({ 'pulse/2026-03.csv': `${PULSE_HEADER}it-makes-a-difference,it,9,3\n` }).lines).toEqual([
      'pulse/questions.yaml  is missing, and the rows name each question by its id → create pulse/questions.yaml with one line per question, e.g. it-makes-a-difference: IT makes a critical difference to my work.',
    ]);
    expect(tablesOf({ 'pulse/questions.yaml': 'It Matters: Does IT matter?\nclear: ""\n' }).lines).toEqual([
      'pulse/questions.yaml:1  It Matters  "It Matters" is not a question id → use lowercase words joined by hyphens, e.g. it-makes-a-difference',
      'pulse/questions.yaml:2  clear  must not be empty → e.g. IT makes a critical difference to how I do my work.',
    ]);
  });

  it('says what is wrong with a file that is not a readable wave', () => {
    expect(
      tablesOf({
        'pulse/questions.yaml': QUESTIONS,
        'pulse/2026-03.csv': `${PULSE_HEADER}it-makes-a-difference,"it,9,3\n`,
        'pulse/2026-04.csv': PULSE_HEADER,
        'pulse/march.csv': PULSE_HEADER,
        'pulse/2026-13.csv': PULSE_HEADER,
        'pulse/results.xlsx': 'PK',
      }).lines,
    ).toEqual([
      'pulse/2026-03.csv:2  is not a CSV file that can be read (a quote " is opened and never closed) → close the quote, or save the sheet again as CSV (comma separated)',
      'pulse/2026-04.csv:1  holds no rows → the first line is question,group,responses,agree, then one line per row',
      'pulse/2026-13.csv  is named for month 13, which no year has → name it YYYY-MM.csv with a month from 01 to 12',
      'pulse/march.csv  is not named for its month → rename it YYYY-MM.csv, e.g. 2026-03.csv',
      'pulse/results.xlsx  is not read: pulse/ holds one CSV file per month, named like 2026-03.csv, and questions.yaml → rename it or move it out of the folder',
    ]);
  });
});

describe('a month of pace', () => {
  it('takes hours with decimals, counts as whole numbers, and teams that exist', () => {
    const { check, lines } = tablesOf({
      'pace/2026-10.csv': `${PACE_HEADER}platform,620.5,380,14,9,11\nservice-desk,1700,400,49,5,5\n`,
    });
    expect(lines).toEqual([]);
    expect(check.tables.pace[0]!.rows.map((row) => row.fields.runHours)).toEqual([620.5, 1700]);
  });

  it('refuses an unknown team with the closest one, and a count with decimals', () => {
    expect(
      tablesOf({ 'pace/2026-10.csv': `${PACE_HEADER}platfrom,620,380,14,9,11\nplatform,620,380,1.5,9,11\n` }).lines,
    ).toEqual([
      'pace/2026-10.csv:2:1  team  "platfrom" is not in teams/ → did you mean "platform"?',
      'pace/2026-10.csv:3:18  incidents  must be a whole number, 0 or more, found "1.5" → e.g. 14',
    ]);
  });
});

describe('a table saved by a spreadsheet in a European locale', () => {
  it('is read with semicolons between cells, and says how to write decimals and thousands', () => {
    const { check, lines } = tablesOf({
      'pace/2026-10.csv':
        'team;runHours;changeHours;incidents;delivered;planned\nplatform;620;380;14;9;11\nservice-desk;37,5;1.240;3;2;2\n',
    });
    expect(check.tables.pace[0]!.rows).toHaveLength(1);
    expect(lines).toEqual([
      'pace/2026-10.csv:3:14  runHours  must be a number of hours, 0 or more, found "37,5" → write the decimal with a point: 37.5',
      'pace/2026-10.csv:3:19  changeHours  must be a number of hours, 0 or more written without separators, found "1.240" → write 1240',
    ]);
    expect(
      tablesOf({
        'pace/2026-10.csv': 'team;runHours;changeHours;incidents;delivered;planned\nplatform;620;380;14;9;11\n',
      }).check.tables.pace[0]!.rows[0]!.fields,
    ).toEqual({ team: 'platform', runHours: 620, changeHours: 380, incidents: 14, delivered: 9, planned: 11 });
  });
});

describe('what a spreadsheet leaves in an export', () => {
  it('skips rows and columns left empty, and reads column names in any case', () => {
    const { check, lines } = tablesOf({
      'pulse/questions.yaml': QUESTIONS,
      'pulse/2026-03.CSV': 'Question,Group,Responses,Agree,,\nit-makes-a-difference,it,9,3,,\n,,,,,\n,,,\n',
    });
    expect(lines).toEqual([]);
    expect(check.tables.pulse[0]!.rows).toEqual([
      { line: 2, fields: { question: 'it-makes-a-difference', group: 'it', responses: 9, agree: 3 } },
    ]);
  });

  it('refuses a row of totals, which the site would count twice', () => {
    expect(
      tablesOf({
        'pulse/questions.yaml': QUESTIONS,
        'pulse/2026-03.csv': `${PULSE_HEADER}it-makes-a-difference,it,9,3\nTotal,,9,3\n`,
      }).lines,
    ).toEqual([
      'pulse/2026-03.csv:3:1  "Total" looks like a row of totals → delete the row; the site adds up each group itself',
    ]);
  });

  it('refuses a file saved in another encoding than UTF-8, rather than publish garbled letters', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tables-'));
    fs.mkdirSync(path.join(folder, 'pace'));
    // "Kühlhaus" in Windows-1252: ü is the single byte 0xFC.
    fs.writeFileSync(
      path.join(folder, 'pace/2026-10.csv'),
      Buffer.concat([
        Buffer.from(`${PACE_HEADER}platform,1,2,3,4,5\n# K`),
        Buffer.from([0xfc]),
        Buffer.from('hlhaus\n'),
      ]),
    );
    expect(checkTables(folder, idsOf).problems.map((p) => [p.line, p.message])).toEqual([
      [
        3,
        'is not saved as UTF-8, so its letters would show as � → save it again as "CSV UTF-8" (Excel) or with the UTF-8 encoding',
      ],
    ]);
  });

  it('says how to write a share, a thousands separator and a decimal comma as a count or hours', () => {
    expect(
      tablesOf({
        'pulse/questions.yaml': QUESTIONS,
        'pulse/2026-03.csv': `${PULSE_HEADER}it-makes-a-difference,it,42,50%\n`,
        'pace/2026-10.csv': `${PACE_HEADER}platform,"1,550",2,3,4,5\n`,
      }).lines,
    ).toEqual([
      'pulse/2026-03.csv:2:29  agree  must be a whole number, 0 or more, found "50%" → write how many people, not a share: 50% of the responses',
      'pace/2026-10.csv:2:10  runHours  must be a number of hours, 0 or more written plainly, found "1,550" → write 1550 if that is thousands, or 1.55 for a decimal',
    ]);
  });
});

describe('a team missing from a month of pace', () => {
  it('is a warning on that month, naming the month it last reported', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tables-'));
    fs.mkdirSync(path.join(folder, 'pace'));
    fs.writeFileSync(
      path.join(folder, 'pace/2026-09.csv'),
      `${PACE_HEADER}platform,1,2,3,4,5\nservice-desk,1,2,3,4,5\n`,
    );
    fs.writeFileSync(path.join(folder, 'pace/2026-10.csv'), `${PACE_HEADER}platform,1,2,3,4,5\n`);
    const warnings = missingTeamWarnings(checkTables(folder, idsOf).tables.pace);
    expect(warnings.map((w) => [path.basename(w.file), w.field, w.severity, w.message])).toEqual([
      [
        '2026-10.csv',
        'team',
        'warning',
        "service-desk has no row this month (it had one in 2026-09) → IT's totals for 2026-10 leave it out and the page says so; add its row if it was forgotten",
      ],
    ]);
  });
});
