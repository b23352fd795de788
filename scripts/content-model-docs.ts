/** Rewrites the field tables in docs/content-model.md from the registry and the schemas: `npm run docs`. */
import fs from 'node:fs';
import { withEveryFieldTable } from '../src/lib/check/content-model-docs.ts';

const guide = new URL('../docs/content-model.md', import.meta.url);
fs.writeFileSync(guide, withEveryFieldTable(fs.readFileSync(guide, 'utf8')));
console.log('Updated docs/content-model.md');
