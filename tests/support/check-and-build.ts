/** Runs `npm run check` and the real build over one content folder, for tests that hold the two to one verdict. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT, buildSite, temporaryFolder } from './build-site.ts';

/** The `path:line  field  what → fix` lines of a command's output, in the order printed. */
export function problemLines(output: string, content: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(content));
}

export async function checkAndBuild(content: string) {
  const check = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ONE_TEAM_CONTENT: content, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const dist = path.join(temporaryFolder('agree'), 'dist');
  const build = await buildSite(content, dist);
  const checkOutput = `${check.stdout}${check.stderr}`;
  return {
    check: { code: check.status, lines: problemLines(checkOutput, content), output: checkOutput },
    build: { code: build.code, lines: problemLines(build.output, content), output: build.output },
    dist,
  };
}
