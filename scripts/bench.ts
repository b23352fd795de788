/**
 * `npm run bench [-- --people N]`: builds the demo and a generated organisation of N people (5,000 by
 * default), and reports what the build and its search index cost. Figures belong in docs/performance.md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/lib/search-index.ts';
import { writeSyntheticOrganisation } from '../src/lib/synthetic-organisation.ts';

const { values } = parseArgs({ options: { people: { type: 'string', default: '5000' } } });
const peopleCount = Number(values.people);
if (!Number.isInteger(peopleCount) || peopleCount < 1) {
  console.error(`--people must be a whole number above 0, not "${values.people}"`);
  process.exit(2);
}

interface Measurement {
  site: string;
  pages: number;
  buildSeconds: number;
  indexSeconds: number;
  indexKiB: number;
  distMiB: number;
}

function folderBytes(folder: string): number {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function build(content: string, outDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ONE_TEAM_CONTENT: content, ONE_TEAM_OUT_DIR: outDir },
    });
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`the build of ${content} failed`))));
  });
}

async function measure(site: string, content: string): Promise<Measurement> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'one-team-bench-'));
  const dist = path.join(work, 'dist');
  process.stderr.write(`building ${site}…\n`);
  const buildSeconds = await build(content, dist);
  // Indexing is timed again on its own, on the finished site, so the figure is the indexer's alone.
  const index = await writeSearchIndex(dist, path.join(work, 'pagefind'));
  const pages = fs.readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  const measurement = {
    site,
    pages,
    buildSeconds,
    indexSeconds: index.seconds,
    indexKiB: index.indexBytes / 1024,
    distMiB: folderBytes(dist) / 1024 / 1024,
  };
  fs.rmSync(work, { recursive: true, force: true });
  return measurement;
}

const synthetic = path.join(os.tmpdir(), `one-team-synthetic-${peopleCount}`);
await writeSyntheticOrganisation(synthetic, peopleCount);
const results = [await measure('demo', path.resolve('src/content')), await measure(`${peopleCount} people`, synthetic)];

console.log(`\nOne Team benchmark, ${os.cpus().length} cores, Node ${process.version}\n`);
console.log('| site | pages | build s | pages/s | search index s | index KiB | dist MiB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.site} | ${r.pages} | ${r.buildSeconds.toFixed(1)} | ${(r.pages / r.buildSeconds).toFixed(0)} | ${r.indexSeconds.toFixed(2)} | ${r.indexKiB.toFixed(0)} | ${r.distMiB.toFixed(1)} |`,
  );
}
