/**
 * `npm run check`: validates the content folder with the same validator the build runs
 * (src/lib/content/validate-folder-fs.ts) and prints what it finds, without building the site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCommandLine } from '../src/lib/check/command-line.ts';
import { contentFolder } from '../src/lib/content/folder.ts';
import { staleReportMarkdown } from '../src/lib/content/freshness.ts';
import { formatContentProblems } from '../src/lib/content/problems.ts';
import { errorsIn, validateContentFolder } from '../src/lib/content/validate-folder-fs.ts';
import { today } from '../src/lib/site/dates.ts';

const command = {
  name: 'npm run check',
  usage: `
npm run check [-- --strict] [-- --stale-report FILE.md]

Checks every file of the content folder (ONE_TEAM_CONTENT, or src/content) without building the site, and
prints every problem at once, grouped by file, as "path:line  field  what is wrong → how to fix it". The
build stops on exactly these problems. Warnings (jargon, reading grade, pages past their review date,
aliases two glossary terms share) follow; they do not stop a build. Then each comms page's reading grade.

  --strict               warnings count as problems too
  --stale-report FILE    also write the pages past their review date to FILE, as a Markdown to-do list
  --help                 show this`,
  options: { strict: { type: 'boolean', default: false }, 'stale-report': { type: 'string' } },
} as const;

const { values } = readCommandLine(command);
const folder = contentFolder();
const started = performance.now();
const now = today();
const report = await validateContentFolder(folder, { today: now });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const relative = (file: string) =>
  path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file);

if (report.readingLevels.length) {
  console.log('Reading grade of each comms page (Flesch–Kincaid; lower is easier):');
  for (const level of [...report.readingLevels].sort((a, b) => b.grade - a.grade))
    console.log(`  ${level.grade.toFixed(1).padStart(5)}  ${relative(level.file)}`);
  console.log('');
}

if (values['stale-report']) {
  fs.writeFileSync(
    values['stale-report'],
    staleReportMarkdown(
      report.stalePages.map((p) => ({ ...p, file: relative(p.file) })),
      now,
    ),
  );
  console.log(
    `Wrote ${report.stalePages.length} page${report.stalePages.length === 1 ? '' : 's'} past review to ${values['stale-report']}.\n`,
  );
}

const errors = errorsIn(report.problems);
const warnings = report.problems.length - errors.length;
if (report.problems.length) console.error(formatContentProblems(report.problems));
if (errors.length || (values.strict && warnings)) {
  console.error(
    `\n${errors.length ? 'Fix each problem above' : 'With --strict, warnings count as problems: fix each one above'}, then run \`npm run check\` again. Every field is described in docs/content-model.md.`,
  );
  process.exit(1);
}
console.log(
  `${report.problems.length ? '\n' : ''}The content in ${folder} is valid${warnings ? `, with ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (checked in ${seconds} s).`,
);
