/** Switches and places for social cards, read from the environment of the build. */
import path from 'node:path';

/** Written by the site (src/pages/cards/manifest.json.ts), read and removed by the card integration. */
export const CARD_MANIFEST = 'cards/manifest.json';

export function cardsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.ONE_TEAM_CARDS !== 'off';
}

export function cardCacheFolder(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.ONE_TEAM_CACHE_DIR ?? '.cache', 'cards');
}
