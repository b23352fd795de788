/**
 * A build that replaces the last good output only when it succeeds: it is written to a folder of its own
 * and swapped in at the end. Folders a killed build left behind (its process gone) are removed first.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BuildFolders {
  /** Where this build writes. */
  building: string;
  /** Where the last good output waits while the new one moves in. */
  previous: string;
}

/** Whether `file` is `folder` or inside it, by path, not by the text of the path. */
function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The folders of one build. Beside the output folder, as a rule; but Astro treats an output folder whose
 * path merely starts with the project's (`/work/site-out/dist` for `/work/site`) as inside the project,
 * and its prerendered pages then cannot find the project's packages, so such a build is made in the
 * project's own `.cache/` and moved out at the end.
 */
export function buildFolders(outDir: string, projectRoot: string, pid = process.pid): BuildFolders {
  const misread = outDir.startsWith(projectRoot) && !isWithin(outDir, projectRoot);
  const building = misread ? path.join(projectRoot, '.cache', `build-${pid}`) : `${outDir}.building-${pid}`;
  return { building, previous: `${outDir}.previous-${pid}` };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what builds killed half-way left beside the output folder or in `.cache/`; returns what it
 * removed. A build killed while swapping may have moved the last good output aside and not yet put the
 * new one in place: that output is put back first.
 */
export function removeLeftovers(outDir: string, projectRoot: string): string[] {
  if (!fs.existsSync(outDir) && fs.existsSync(path.dirname(outDir))) {
    const aside = fs
      .readdirSync(path.dirname(outDir))
      .filter(
        (name) => name.startsWith(`${path.basename(outDir)}.previous-`) && !isRunning(Number(name.split('-').at(-1))),
      );
    if (aside[0]) fs.renameSync(path.join(path.dirname(outDir), aside[0]), outDir);
  }
  const places: Array<[string, RegExp]> = [
    [
      path.dirname(outDir),
      new RegExp(`^${path.basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)-(\\d+)$`),
    ],
    [path.join(projectRoot, '.cache'), /^build-(\d+)$/],
  ];
  const removed: string[] = [];
  for (const [folder, pattern] of places) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      const match = name.match(pattern);
      const pid = Number(match?.at(-1));
      if (!match || isRunning(pid)) continue;
      fs.rmSync(path.join(folder, name), { recursive: true, force: true });
      removed.push(path.join(folder, name));
    }
  }
  return removed;
}

/** A folder moved, or copied and removed where it has to cross from one disk to another. */
function move(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/** Puts the new build in place of the old one; if it cannot, the old one stays. */
export function swapIn({ building, previous }: BuildFolders, outDir: string): void {
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  const hadOutput = fs.existsSync(outDir);
  if (hadOutput) fs.renameSync(outDir, previous);
  try {
    move(building, outDir);
  } catch (error) {
    fs.rmSync(outDir, { recursive: true, force: true });
    if (hadOutput) fs.renameSync(previous, outDir);
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}
