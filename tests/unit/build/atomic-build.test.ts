import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolders, removeLeftovers } from '../../../src/lib/build/atomic-build-fs.ts';

describe('an atomic build', () => {
  it('builds beside the output folder, or in the project when Astro would take the output folder for part of it', () => {
    expect(buildFolders('/srv/site/dist', '/srv/site', 7).building).toBe('/srv/site/dist.building-7');
    expect(buildFolders('/srv/intranet/dist', '/srv/site', 7).building).toBe('/srv/intranet/dist.building-7');
    expect(buildFolders('/srv/site-out/dist', '/srv/site', 7).building).toBe('/srv/site/.cache/build-7');
  });

  it('removes what killed builds left behind, and never the folder of a build still running', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'leftovers-'));
    const outDir = path.join(root, 'dist');
    const deadPid = 2 ** 22 + 12345; // above Linux's largest process id
    for (const name of [
      `dist.building-${deadPid}`,
      `dist.previous-${deadPid}`,
      `dist.building-${process.pid}`,
      'dist',
      'distant',
    ]) {
      fs.mkdirSync(path.join(root, name));
    }
    fs.mkdirSync(path.join(root, '.cache', `build-${deadPid}`), { recursive: true });
    expect(
      removeLeftovers(outDir, root)
        .map((p) => path.relative(root, p))
        .sort(),
    ).toEqual([`.cache/build-${deadPid}`, `dist.building-${deadPid}`, `dist.previous-${deadPid}`]);
    expect(fs.readdirSync(root).sort()).toEqual(['.cache', 'dist', `dist.building-${process.pid}`, 'distant']);
  });

  it('puts the last good output back when a build was killed while swapping it out', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'swapping-'));
    const deadPid = 2 ** 22 + 54321;
    fs.mkdirSync(path.join(root, `dist.previous-${deadPid}`));
    fs.writeFileSync(path.join(root, `dist.previous-${deadPid}`, 'index.html'), 'the last good build');
    removeLeftovers(path.join(root, 'dist'), root);
    expect(fs.readFileSync(path.join(root, 'dist/index.html'), 'utf8')).toBe('the last good build');
    expect(fs.readdirSync(root)).toEqual(['dist']);
  });
});
