/**
 * Vitest global setup: the test run gets a temporary folder of its own (TMPDIR, inherited by the test
 * workers, the builds they start and the browser), removed when the run ends, so runs leave nothing behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function useTemporaryFolderOfThisRun(): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'one-team-tests-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    fs.rmSync(folder, { recursive: true, force: true });
  };
}
