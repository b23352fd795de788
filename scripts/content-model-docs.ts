/** Rewrites the field tables in docs/content-model.md from the registry and the schemas: `npm run docs`. */
import fs from 'node:fs';
import { readCommandLine } from '../src/lib/check/command-line.ts';
import { withEveryFieldTable } from '../src/lib/check/content-model-docs.ts';

readCommandLine({
  name: 'npm run docs',
  usage: `
npm run docs

Rewrites the field tables in docs/content-model.md from the schemas and the registry, and adds a section
for any collection, group of fields or MDX component the guide does not describe yet.

  --help    show this`,
  options: {},
});

const guide = new URL('../docs/content-model.md', import.meta.url);
fs.writeFileSync(guide, withEveryFieldTable(fs.readFileSync(guide, 'utf8')));
console.log('Updated docs/content-model.md');
