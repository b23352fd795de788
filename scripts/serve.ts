/**
 * `npm run dev` and `npm run preview`: Astro's live preview of the content, or a server for the last build,
 * on a port of your choosing. Telemetry stays off (scripts/run-astro.ts).
 */
import { readCommandLine, refuse } from '../src/lib/check/command-line.ts';
import { runAstro } from './run-astro.ts';

const mode = process.argv[2] === 'preview' ? 'preview' : 'dev';
const command = {
  name: `npm run ${mode}`,
  usage: `
npm run ${mode} [-- --port N] [-- --host]

${mode === 'dev' ? 'Serves a live preview of the content folder (ONE_TEAM_CONTENT, or src/content), drafts included; a saved\nchange shows on the next reload.' : 'Serves the last build (dist/), as your web server will.'}

  --port N    the port to listen on (4321 by default)
  --host      listen on every network address, not only this computer
  --help      show this`,
  options: { port: { type: 'string', default: '4321' }, host: { type: 'boolean', default: false } },
} as const;

const { values } = readCommandLine(command, process.argv.slice(3));
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  refuse(command, `--port must be a number from 1 to 65535, not "${values.port}"`);
process.exitCode = await runAstro([mode, '--port', String(port), ...(values.host ? ['--host'] : [])]);
