/**
 * `npm run bench [-- --people N]`: builds the demo and a generated organisation of N people (5,000 by
 * default) three ways: cold (empty card cache), warm (cache kept), and with cards and search off, and the
 * floor (the same pages as plain Markdown in a minimal Astro site, plus Pagefind), and the writer's loop in
 * `npm run dev` (first page, edit to reload). Prints what each costs, as ratios measured in one run; the
 * figures belong in docs/performance.md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine, refuse } from '../src/lib/check/command-line.ts';
import { readBuildReport, type BuildPhaseFigures } from '../src/lib/build/report-fs.ts';
import { bytesIn, htmlFilesIn } from '../src/lib/build/site-files-fs.ts';
import { writeSyntheticOrganisation } from '../tests/support/synthetic-organisation.ts';
import { buildFloorSite, writeFloorSite, type FloorRun } from '../src/lib/build/floor-site-fs.ts';
import { measureDevLoop, type DevLoop } from '../src/lib/build/dev-loop-fs.ts';
import { mdxToMdast } from 'satteri';
import type { MdastNode } from '../src/lib/markdown/mdx.ts';
import { createTermMatcher } from '../src/lib/glossary/matcher.ts';
import { planTermLinks, type LinkableTerm } from '../src/lib/glossary/mentions.ts';

const command = {
  name: 'npm run bench',
  usage: `
npm run bench [-- --people N]

Builds the demo and a generated organisation of N people (5,000 by default) three ways, cold (empty card
cache), warm (cache kept) and without cards and search, against the floor (the same pages as plain Markdown
in a minimal Astro site, plus Pagefind), and times npm run dev (first page, ten edits); prints what each
costs, as ratios measured in this one run; the figures belong in docs/performance.md.

  --people N    the size of the generated organisation
  --help        show this`,
  options: { people: { type: 'string', default: '5000' } },
} as const;
const { values } = readCommandLine(command);
const peopleCount = Number(values.people);
if (!Number.isInteger(peopleCount) || peopleCount < 1)
  refuse(command, `--people must be a whole number above 0, not "${values.people}"`);

interface BuildRun {
  seconds: number;
  phases: Record<string, BuildPhaseFigures>;
}

function build(content: string, outDir: string, env: Record<string, string>): Promise<BuildRun> {
  const report = path.join(path.dirname(outDir), `report-${Date.now()}.jsonl`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ONE_TEAM_CONTENT: content,
        ONE_TEAM_OUT_DIR: outDir,
        ONE_TEAM_BUILD_REPORT: report,
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - started) / 1000, phases: readBuildReport(report) })
        : reject(new Error(`the build of ${content} failed:\n${output.slice(-4000)}`)),
    );
  });
}

/** `npm run check` over the folder, as a contributor runs it: its seconds, whatever it finds. */
function check(content: string): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/check.ts'], {
      stdio: 'ignore',
      env: { ...process.env, ONE_TEAM_CONTENT: content },
    });
    child.on('exit', () => resolve((performance.now() - started) / 1000));
  });
}

async function measure(site: string, content: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'one-team-bench-'));
  const dist = path.join(work, 'dist');
  const cache = { ONE_TEAM_CACHE_DIR: path.join(work, 'cache') };
  process.stderr.write(`${site}: cold build…\n`);
  const cold = await build(content, dist, cache);
  const pages = htmlFilesIn(dist).length;
  const distMiB = bytesIn(dist) / 1024 / 1024;
  process.stderr.write(`${site}: warm build…\n`);
  const warm = await build(content, dist, cache);
  process.stderr.write(`${site}: the floor, the same pages as plain Markdown in a minimal Astro site, and Pagefind…\n`);
  const floorFolder = path.join(work, 'floor');
  writeFloorSite(dist, floorFolder, path.resolve('node_modules'));
  const floor: FloorRun = await buildFloorSite(floorFolder);
  process.stderr.write(`${site}: build without cards and search…\n`);
  const bare = await build(content, dist, { ...cache, ONE_TEAM_CARDS: 'off', ONE_TEAM_SEARCH: 'off' });
  process.stderr.write(`${site}: npm run check…\n`);
  const checkSeconds = await check(content);
  process.stderr.write(`${site}: npm run dev, the first page and twelve edits…\n`);
  const dev: DevLoop = await measureDevLoop(process.cwd(), content, work);
  fs.rmSync(work, { recursive: true, force: true });
  return { site, pages, distMiB, cold, warm, bare, floor, checkSeconds, dev };
}

const synthetic = path.join(os.tmpdir(), `one-team-synthetic-${peopleCount}`);
await writeSyntheticOrganisation(synthetic, peopleCount);
const results = [await measure('demo', path.resolve('src/content')), await measure(`${peopleCount} people`, synthetic)];

/** Glossary linking alone at the scale it must handle: 2,000 terms, 5,000 bodies of a dozen paragraphs. */
function benchGlossaryLinking(termCount = 2000, pageCount = 5000) {
  const phrases = Array.from({ length: termCount }, (_, i) => [
    { termId: `t${i}`, phrase: `business term ${i}` },
    { termId: `t${i}`, phrase: `alias ${i}` },
  ]).flat();
  const matcher = createTermMatcher(phrases);
  const terms = new Map<string, LinkableTerm>(
    Array.from({ length: termCount }, (_, i) => [
      `t${i}`,
      { href: `/glossary/t${i}/`, definition: `Definition ${i}.` },
    ]),
  );
  const paragraph = (n: number) =>
    `Every month the team closes the books, checks each invoice and supplier, and reports on business term ${n} and alias ${n + 7} to the board, which reads the numbers before the meeting.`;
  const bodies = Array.from(
    { length: pageCount },
    (_, p) =>
      `# Page ${p}\n\n${Array.from({ length: 12 }, (_, i) => paragraph((p * 12 + i) % termCount)).join('\n\n')}`,
  );
  const started = performance.now();
  let linked = 0;
  for (const body of bodies) linked += planTermLinks(mdxToMdast(body) as unknown as MdastNode, matcher, terms).length;
  const seconds = (performance.now() - started) / 1000;
  return { termCount, pageCount, words: bodies[0]!.split(/\s+/).length, linked, seconds };
}

const f = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
console.log(`\nOne Team benchmark, ${os.availableParallelism()} cores, Node ${process.version}\n`);
console.log(
  '| site | pages | build s, cold | build s, warm | without cards & search s | cold ÷ bare | warm ÷ bare | pages/s (cold) | dist MiB |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.site} | ${r.pages} | ${f(r.cold.seconds)} | ${f(r.warm.seconds)} | ${f(r.bare.seconds)} | ${f(r.cold.seconds / r.bare.seconds, 2)} | ${f(r.warm.seconds / r.bare.seconds, 2)} | ${f(r.pages / r.cold.seconds, 0)} | ${f(r.distMiB)} |`,
  );
}
console.log(
  "\nThe floor: the same pages' text as plain Markdown in a minimal Astro site, built by the same Astro, plus Pagefind.",
);
console.log(
  '\n| site | pages/s warm | pages/s cold | pages/s floor | warm ÷ floor | cold ÷ floor | floor: build s | floor: search s |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const rate = (seconds: number, pages = r.pages) => pages / seconds;
  const floorRate = rate(r.floor.seconds, r.floor.pages);
  console.log(
    `| ${r.site} | ${f(rate(r.warm.seconds), 0)} | ${f(rate(r.cold.seconds), 0)} | ${f(floorRate, 0)} | ${f(rate(r.warm.seconds) / floorRate, 2)} | ${f(rate(r.cold.seconds) / floorRate, 2)} | ${f(r.floor.buildSeconds)} | ${f(r.floor.searchSeconds, 2)} |`,
  );
}
console.log('\n| site | npm run check s |');
console.log('| --- | ---: |');
for (const r of results) console.log(`| ${r.site} | ${f(r.checkSeconds, 2)} |`);
console.log(
  "\nnpm run dev: from starting it to the home page's first answer, and from saving an entry to the open page drawing it (twelve edits: a win's title, a story's title, a person's name and a glossary term in turn; the reload included).",
);
const medianOf = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
console.log(
  '\n| site | first page s | edit ms, min | edit ms, median | edit ms, max | median: win | story | person | glossary term |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const times = r.dev.edits.map((e) => e.milliseconds);
  const of = (collection: string) =>
    f(medianOf(r.dev.edits.filter((e) => e.collection === collection).map((e) => e.milliseconds)), 0);
  console.log(
    `| ${r.site} | ${f(r.dev.firstPageSeconds)} | ${f(Math.min(...times), 0)} | ${f(medianOf(times), 0)} | ${f(Math.max(...times), 0)} | ${of('wins')} | ${of('stories')} | ${of('people')} | ${of('glossary')} |`,
  );
}
console.log(
  '\n| site | build | content sync s | of which validation s | pages s | search index s | cards s | peak memory MiB |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  for (const [name, run] of [
    ['cold', r.cold],
    ['warm', r.warm],
    ['bare', r.bare],
  ] as const) {
    const t = run.phases.timeline;
    console.log(
      `| ${r.site} | ${name} | ${f(t?.contentSync)} | ${f(run.phases.validation?.seconds, 2)} | ${f(t?.pages)} | ${f(run.phases.search?.seconds, 2)} | ${f(run.phases.cards?.seconds)} | ${f(t?.peakMemoryMiB, 0)} |`,
    );
  }
}
// Cards are drawn while Astro generates pages: "card s" runs from the hand-over to the last card,
// "after pages s" is what the build waited for them at the end.
console.log(
  '\n| site | cards | cold: card s | cold: after pages s | ms per card | cards/s | KiB per card | warm: card s | search index s | index KiB |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const cards = r.cold.phases.cards;
  const search = r.cold.phases.search;
  console.log(
    `| ${r.site} | ${cards?.cards ?? '–'} | ${f(cards?.seconds, 2)} | ${f(cards?.waitedSeconds, 2)} | ${cards ? f((cards.seconds! * 1000) / cards.drawn!, 1) : '–'} | ${cards ? f(cards.drawn! / cards.seconds!, 0) : '–'} | ${cards ? f(cards.bytes! / cards.cards! / 1024, 1) : '–'} | ${f(r.warm.phases.cards?.seconds, 2)} | ${f(search?.seconds, 2)} | ${search ? f(search.indexBytes! / 1024, 0) : '–'} |`,
  );
}

const linking = benchGlossaryLinking();
console.log(
  `\nGlossary linking alone (parse and plan, as the pipelines do): ${linking.termCount} terms into ${linking.pageCount} bodies of about ${linking.words} words: ${f(linking.seconds, 2)} s, ${f((linking.seconds * 1000) / linking.pageCount, 2)} ms per body, ${linking.linked} text nodes linked.`,
);
