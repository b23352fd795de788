/**
 * The floor a One Team build is measured against in `npm run bench`: the same pages' text as plain Markdown
 * in a minimal Astro site (one layout, no integrations), built by the same Astro, plus Pagefind over its
 * output: what any Astro site with search costs for these pages on this machine, in this run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFilesIn } from './site-files-fs.ts';

export interface FloorRun {
  pages: number;
  /** Astro's build of the Markdown pages. */
  buildSeconds: number;
  /** Pagefind over the built pages. */
  searchSeconds: number;
  seconds: number;
}

/** A built page's readable text: its title and the words of its main content, tags and scripts gone. */
export function pageText(html: string): { title: string; text: string } {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
  const text = main
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/(p|h[1-6]|li|dt|dd|tr|div|section)>/g, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
  return { title, text };
}

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
<body><main><slot /></main></body></html>
`;

/** Writes the floor site for the pages of `dist` into `folder` (emptied first); returns how many pages. */
export function writeFloorSite(dist: string, folder: string, nodeModules: string): number {
  fs.rmSync(folder, { recursive: true, force: true });
  const pages = path.join(folder, 'src/pages');
  fs.mkdirSync(path.join(folder, 'src/layouts'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'src/layouts/Page.astro'), LAYOUT);
  fs.writeFileSync(path.join(folder, 'astro.config.mjs'), 'export default {};\n');
  fs.writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }\n');
  fs.symlinkSync(nodeModules, path.join(folder, 'node_modules'), 'dir');
  const layout = path.join(folder, 'src/layouts/Page.astro');
  let count = 0;
  for (const file of htmlFilesIn(dist).filter((f) => f.endsWith(`${path.sep}index.html`))) {
    const route = path.relative(dist, path.dirname(file));
    const { title, text } = pageText(fs.readFileSync(file, 'utf8'));
    const target = path.join(pages, route === '' ? 'index.md' : `${route}.md`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // The text as Markdown, escaped so that it is read as words, not as markup.
    const body = text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
    fs.writeFileSync(
      target,
      `---\ntitle: ${JSON.stringify(title)}\nlayout: ${JSON.stringify(layout)}\n---\n\n${body}\n`,
    );
    count++;
  }
  return count;
}

function astroBuild(folder: string): Promise<void> {
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--silent'], {
      cwd: folder,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the floor site did not build:\n${errors.slice(-3000)}`)),
    );
  });
}

/** Builds the floor site in `folder` and indexes it with Pagefind, timing each. */
export async function buildFloorSite(folder: string): Promise<FloorRun> {
  const started = performance.now();
  await astroBuild(folder);
  const built = performance.now();
  const dist = path.join(folder, 'dist');
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: dist });
  await index!.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  await pagefind.close();
  const done = performance.now();
  return {
    pages: htmlFilesIn(dist).length,
    buildSeconds: (built - started) / 1000,
    searchSeconds: (done - built) / 1000,
    seconds: (done - started) / 1000,
  };
}
