/** Rewrites the field tables in docs/content-model.md from the schemas: `npm run docs`. */
import fs from 'node:fs';
import { withCurrentFieldTables } from '../src/lib/content/schema-fields.ts';

const guide = new URL('../docs/content-model.md', import.meta.url);
fs.writeFileSync(guide, withCurrentFieldTables(fs.readFileSync(guide, 'utf8')));
console.log('Updated docs/content-model.md');
