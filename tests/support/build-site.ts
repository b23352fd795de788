/** Runs the real production build (scripts/build.ts) on a content folder, as a user would with ONE_TEAM_CONTENT. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures');

export interface BuildResult {
  code: number;
  output: string;
}

/** Vitest exports its own import.meta.env (BASE_URL, DEV, MODE…) to process.env; a real build must not inherit it. */
export function environmentOfAUser(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

export function buildSite(content: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...environmentOfAUser(),
        ONE_TEAM_CONTENT: content,
        ONE_TEAM_OUT_DIR: outDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}

export function temporaryFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `one-team-${prefix}-`));
}

/** A copy of a fixture organisation, to break one file in without touching the original. */
export function copyOfFixture(name: string): string {
  const copy = path.join(temporaryFolder(name), 'content');
  fs.cpSync(path.join(FIXTURES, name), copy, { recursive: true });
  return copy;
}

export { htmlFilesIn } from '../../src/lib/build/site-files-fs.ts';

/** Every href, src and srcset URL in a page. */
export function urlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) urls.push(match[1]!);
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    urls.push(...match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  }
  return urls.map((url) => url.replaceAll('&amp;', '&'));
}

/** The file a root-relative URL is served from, as a static host would resolve it. */
export function fileForUrl(dist: string, base: string, url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url, 'http://site.test').pathname);
  if (!pathname.startsWith(base)) return undefined;
  const relative = pathname.slice(base.length);
  const candidates = [path.join(dist, relative), path.join(dist, relative, 'index.html')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}
