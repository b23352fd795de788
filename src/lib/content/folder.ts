/** Where the organisation's content lives: ONE_TEAM_CONTENT, or src/content by default. */
import path from 'node:path';

export function contentFolder(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const configured = env.ONE_TEAM_CONTENT?.trim();
  return path.resolve(cwd, configured ? configured : 'src/content');
}

export function siteConfigFile(folder = contentFolder()): string {
  return path.join(folder, 'site.yaml');
}
