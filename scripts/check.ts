/**
 * `npm run check`: validates the content folder with the same validator the build runs
 * (src/lib/content/validate-folder-fs.ts) and prints what it finds, without building the site. Given files,
 * it still validates the whole folder, and prints only those files' problems and the ones they cause.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCommandLine } from '../src/lib/check/command-line.ts';
import { findNamedPath } from '../src/lib/check/named-files-fs.ts';
import { problemsOfFiles, type NamedFile } from '../src/lib/check/problems-of-files.ts';
import { contentFolder } from '../src/lib/content/folder.ts';
import { staleReportMarkdown } from '../src/lib/content/freshness.ts';
import { formatContentProblems } from '../src/lib/content/problems.ts';
import { COLLECTION_NAMES } from '../src/lib/content/registry.ts';
import { errorsIn, validateContentFolder } from '../src/lib/content/validate-folder-fs.ts';
import { today } from '../src/lib/site/dates.ts';

const command = {
  name: 'npm run check',
  usage: `
npm run check [-- FILE…] [-- --strict] [-- --grades] [-- --stale-report FILE.md]

Checks every file of the content folder (ONE_TEAM_CONTENT, or src/content) without building the site, and
prints every problem at once, grouped by file, as "path:line  field  what is wrong → how to fix it". The
build stops on exactly these problems. Warnings (jargon, reading grade, pages past their review date,
aliases two glossary terms share) follow; they do not stop a build.

Name your own files to see only their problems: npm run check -- src/content/people/your-name.md
The whole folder is still checked, and problems in other files that name your file's id (a reference to it,
say) are shown too; the rest of the folder's problems are counted in one line.

  FILE…                  only these files (or folders) of the content folder: a path from here, from the
                         content folder, or absolute
  --strict               warnings count as problems too
  --grades               also list each comms page's reading grade (Flesch–Kincaid; lower is easier)
  --stale-report FILE    also write the pages past their review date to FILE, as a Markdown to-do list
  --help                 show this`,
  options: {
    strict: { type: 'boolean', default: false },
    grades: { type: 'boolean', default: false },
    'stale-report': { type: 'string' },
  },
  allowPositionals: true,
} as const;

const { values, positionals } = readCommandLine(command);
const folder = contentFolder();
const relative = (file: string) =>
  path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file) || '.';
const named = positionals.map((given) => {
  const found = findNamedPath(given, folder);
  if (!('mistake' in found)) return found;
  // One line that already says what to do: no "see --help" after it, and no stack trace.
  console.error(`${command.name}: ${found.mistake}`);
  process.exit(2);
});

const started = performance.now();
const now = today();
const report = await validateContentFolder(folder, { today: now });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

const entries = COLLECTION_NAMES.flatMap((name) => report.entries[name]);
const namedFiles: NamedFile[] = named.map(({ file, isFolder }) => ({
  file,
  isFolder,
  ids: entries.filter((e) => e.file === file || (isFolder && e.file.startsWith(`${file}${path.sep}`))).map((e) => e.id),
}));
const { shown, rest } = named.length
  ? problemsOfFiles(report.problems, namedFiles)
  : { shown: report.problems, rest: [] };

const isNamed = (file: string) =>
  !named.length || named.some((n) => file === n.file || (n.isFolder && file.startsWith(`${n.file}${path.sep}`)));
const grades = report.readingLevels.filter((level) => isNamed(level.file));
if (values.grades && grades.length) {
  console.log('Reading grade of each comms page (Flesch–Kincaid; lower is easier):');
  for (const level of [...grades].sort((a, b) => b.grade - a.grade))
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

const count = (n: number, one: string) => `${n || 'no'} ${one}${n === 1 ? '' : 's'}`;
const what = named.length === 1 ? relative(named[0]!.file) : named.length ? `The ${named.length} files you named` : '';
const again = named.length ? `npm run check -- ${positionals.join(' ')}` : 'npm run check';
const errors = errorsIn(shown);
const warnings = shown.length - errors.length;
// Said last, after the verdict on the named files, so that the folder's other problems read as not theirs.
const restLine = (say: (line: string) => void) => {
  if (!named.length) return;
  const restErrors = errorsIn(rest).length;
  const restWarnings = rest.length - restErrors;
  say(
    rest.length
      ? `The rest of the folder has ${count(restErrors, 'error')} and ${count(restWarnings, 'warning')}: npm run check lists them.`
      : 'The rest of the folder has no problems.',
  );
};

if (shown.length) console.error(formatContentProblems(shown));
if (errors.length || (values.strict && warnings)) {
  console.error(
    `\n${errors.length ? 'Fix each problem above' : 'With --strict, warnings count as problems: fix each one above'}, then run \`${again}\` again. Every field is described in docs/content-model.md.`,
  );
  restLine(console.error);
  process.exit(1);
}
const valid = named.length
  ? `${what} ${named.length === 1 ? 'is' : 'are'} valid (the whole folder checked in ${seconds} s).`
  : `The content in ${relative(folder)} is valid (checked in ${seconds} s).`;
console.log(
  `${shown.length ? '\n' : ''}${valid}${warnings ? ` ${count(warnings, 'warning')}, none of them errors: they do not stop a build.` : ''}`,
);
restLine(console.log);
