/**
 * `npm run check`: validates every file of the content folder without building the site and prints
 * every problem at once, grouped by file, each as `path:line  field  what is wrong → how to fix it`.
 */
import { checkContentFolder } from '../src/lib/content-check.ts';
import { contentFolder } from '../src/lib/content-folder.ts';
import { formatContentProblems } from '../src/lib/content-problems.ts';

const folder = contentFolder();
const started = performance.now();
const problems = await checkContentFolder(folder);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

const errors = problems.filter((p) => p.severity !== 'warning');
if (problems.length) console.error(formatContentProblems(problems));
if (errors.length) {
  console.error(`\nFix each line above, then run \`npm run check\` again. Every field is described in docs/content-model.md.`);
  process.exit(1);
}
console.log(`${problems.length ? '\n' : ''}The content in ${folder} is valid (checked in ${seconds} s).`);
