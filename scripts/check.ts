/**
 * `npm run check [-- --strict] [-- --stale-report FILE.md]`: validates every file of the content folder
 * without building the site. Prints every problem at once, grouped by file, each as
 * `path:line  field  what is wrong → how to fix it`; then warnings (jargon, reading level, pages past
 * their review date), which fail only with --strict; then each comms page's reading grade.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentReport } from '../src/lib/content/validate-fs.ts';
import { contentFolder } from '../src/lib/content/folder.ts';
import { formatContentProblems } from '../src/lib/content/problems.ts';
import { today } from '../src/lib/site/dates.ts';
import { staleReportMarkdown } from '../src/lib/organisation/freshness.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, 'stale-report': { type: 'string' } } });
const folder = contentFolder();
const started = performance.now();
const now = today();
const report = await checkContentReport(folder, { today: now });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const relative = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));

if (report.readingLevels.length) {
  console.log('Reading grade of each comms page (Flesch–Kincaid; lower is easier):');
  for (const level of [...report.readingLevels].sort((a, b) => b.grade - a.grade)) console.log(`  ${level.grade.toFixed(1).padStart(5)}  ${relative(level.file)}`);
  console.log('');
}

if (values['stale-report']) {
  fs.writeFileSync(values['stale-report'], staleReportMarkdown(report.stalePages.map((p) => ({ ...p, file: relative(p.file) })), now));
  console.log(`Wrote ${report.stalePages.length} page${report.stalePages.length === 1 ? '' : 's'} past review to ${values['stale-report']}.\n`);
}

const errors = report.problems.filter((p) => p.severity !== 'warning');
const warnings = report.problems.length - errors.length;
if (report.problems.length) console.error(formatContentProblems(report.problems));
if (errors.length || (values.strict && warnings)) {
  console.error(
    `\n${errors.length ? 'Fix each problem above' : 'With --strict, warnings count as problems: fix each one above'}, then run \`npm run check\` again. Every field is described in docs/content-model.md.`,
  );
  process.exit(1);
}
console.log(`${report.problems.length ? '\n' : ''}The content in ${folder} is valid${warnings ? `, with ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (checked in ${seconds} s).`);
