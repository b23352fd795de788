/**
 * Arguments of the project's commands (`npm run check`, `new`, `build`, `bench`, `docs`, `dev`, `preview`):
 * `--help` prints the command's usage; a flag it does not know, or one missing its value, is one line on
 * stderr and exit code 2, never a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface Command<Options extends ParseArgsOptionsConfig> {
  /** As typed: `npm run check`. */
  name: string;
  /** What `--help` prints: the command line, then what it does and each flag. */
  usage: string;
  options: Options;
  allowPositionals?: boolean;
}

/** What went wrong, in one line, from node:util's parseArgs error. */
function mistakeIn(error: unknown, name: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = message.match(/'(-[^' ]+)/)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `${name}: we don't know what "${option}" is → see ${name} -- --help`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${name}: ${option} needs a value → see ${name} -- --help`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `${name}: we don't know what "${message.match(/argument '([^']*)'/)?.[1] ?? ''}" is → see ${name} -- --help`;
  }
  return `${name}: ${message.split('\n')[0]} → see ${name} -- --help`;
}

/** The parsed flags and words; for `--help` or a mistake it prints and ends the process. */
export function readCommandLine<Options extends ParseArgsOptionsConfig>(
  command: Command<Options>,
  args = process.argv.slice(2),
) {
  const options = { ...command.options, help: { type: 'boolean', short: 'h' } } as const;
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: command.allowPositionals ?? false, strict: true });
  } catch (error) {
    console.error(mistakeIn(error, command.name));
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(command.usage.trim());
    process.exit(0);
  }
  return parsed;
}

/** Stops the command with one line and exit code 2: for a value that is there but wrong. */
export function refuse(command: { name: string }, message: string): never {
  console.error(`${command.name}: ${message} → see ${command.name} -- --help`);
  process.exit(2);
}
