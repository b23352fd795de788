/**
 * Figures a build's phases record about themselves (search index, cards), written as JSON lines to
 * the file named by ONE_TEAM_BUILD_REPORT, so `npm run bench` can report them without parsing logs.
 */
import fs from 'node:fs';

export type BuildPhaseFigures = Record<string, number>;

export function recordBuildPhase(
  phase: string,
  figures: BuildPhaseFigures,
  env: Record<string, string | undefined> = process.env,
): void {
  const file = env.ONE_TEAM_BUILD_REPORT;
  if (file) fs.appendFileSync(file, `${JSON.stringify({ phase, ...figures })}\n`);
}

export function readBuildReport(file: string): Record<string, BuildPhaseFigures> {
  if (!fs.existsSync(file)) return {};
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const { phase, ...figures } = JSON.parse(line) as { phase: string } & BuildPhaseFigures;
        return [phase, figures];
      }),
  );
}
