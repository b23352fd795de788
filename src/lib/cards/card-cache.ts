/**
 * The card cache's housekeeping: a card read from the cache is marked as used, and cards no build has
 * used for a month are removed, so the cache follows the organisation instead of growing with every
 * edit. A month, not "this build only", because one checkout may build several organisations.
 */
import fs from 'node:fs';
import path from 'node:path';

export const UNUSED_CARD_DAYS = 30;

export function markCardUsed(cachedFile: string, now = new Date()): void {
  fs.utimesSync(cachedFile, now, now);
}

/** Removes the cached cards not used for `days` days; returns how many it removed. */
export function pruneUnusedCards(cacheFolder: string, { days = UNUSED_CARD_DAYS, now = new Date() } = {}): number {
  if (!fs.existsSync(cacheFolder)) return 0;
  const oldest = now.getTime() - days * 24 * 60 * 60 * 1000;
  let removed = 0;
  for (const name of fs.readdirSync(cacheFolder)) {
    if (!name.endsWith('.png')) continue;
    const file = path.join(cacheFolder, name);
    if (fs.statSync(file).mtimeMs < oldest) {
      fs.rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
