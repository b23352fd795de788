/**
 * Builds the site into a fresh folder and swaps it in only on success,
 * so a failed build never leaves a half-written dist/ behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildFolders, removeLeftovers, swapIn } from '../src/lib/build/atomic-build-fs.ts';
import { readCommandLine } from '../src/lib/check/command-line.ts';
import { runAstro } from './run-astro.ts';

readCommandLine({
  name: 'npm run build',
  usage: `
npm run build

Builds the site from the content folder (ONE_TEAM_CONTENT, or src/content) into dist/ (ONE_TEAM_OUT_DIR
moves it), drafts left out. The content is checked first, as npm run check does; on any problem the build
stops with the same lines, and the previous dist/ is left as it was.

  --help    show this`,
  options: {},
});

const outDir = path.resolve(process.env.ONE_TEAM_OUT_DIR ?? 'dist');
const projectRoot = path.resolve(import.meta.dirname, '..');
removeLeftovers(outDir, projectRoot);
const folders = buildFolders(outDir, projectRoot);

// Stopped with Ctrl-C or by CI: leave nothing half-written behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    fs.rmSync(folders.building, { recursive: true, force: true });
    process.exit(130);
  });
}

fs.rmSync(folders.building, { recursive: true, force: true });
const code = await runAstro(['build', '--outDir', folders.building]);

if (code !== 0) {
  fs.rmSync(folders.building, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(process.cwd(), outDir)}/ was left as it was.`);
  process.exit(code);
}

swapIn(folders, outDir);
console.log(`Built ${path.relative(process.cwd(), outDir)}/`);
