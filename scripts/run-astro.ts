/** Runs the Astro CLI with telemetry off, since no request may leave the intranet. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

export function runAstro(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin, ...args], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runAstro(process.argv.slice(2));
}
