/** Runs one of the project's command-line scripts over a content folder, as `npm run` would, without a terminal. */
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './build-site.ts';

export function runScript(script: string, args: readonly string[], content: string) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ONE_TEAM_CONTENT: content, NO_COLOR: '1' },
    encoding: 'utf8',
    input: '',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
