/** The glossary read straight from the content folder, for steps that run outside Astro's content layer. */
import fs from 'node:fs';
import path from 'node:path';
import { glossarySchema } from '../../schemas/index.ts';
import { entryIdOf, readFrontmatter } from '../content/validate-fs.ts';
import type { GlossaryTermData } from './mentions.ts';

export interface GlossarySourceTerm {
  id: string;
  data: GlossaryTermData & { definition: string };
}

/** Terms that fail validation are left out here: the build reports them before this is used. */
export function readGlossary(contentFolder: string): GlossarySourceTerm[] {
  const folder = path.join(contentFolder, 'glossary');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => {
      const full = path.join(folder, file);
      const frontmatter = readFrontmatter(full, fs.readFileSync(full, 'utf8'));
      if ('message' in frontmatter) return [];
      const parsed = glossarySchema.safeParse(frontmatter.data);
      return parsed.success ? [{ id: entryIdOf(file), data: parsed.data }] : [];
    });
}
