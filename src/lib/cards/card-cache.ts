/**
 * The card cache: cards are kept by a hash of what shows on them, with a note of the hash of their bytes,
 * and a card read back is used only if its bytes are a whole PNG with that hash; anything else (a file cut
 * short, overwritten, or left half-written by a killed build) is removed and the card drawn again. Cards
 * no build has used for a month are removed, so the cache follows the organisation instead of growing
 * with every edit. A month, not "this build only", because one checkout may build several organisations.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

const digestFile = (cachedFile: string) => `${cachedFile}.sha256`;
const digestOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Keeps a card, its bytes first under a temporary name, so that no reader ever sees half a file. */
export function writeCachedCard(cachedFile: string, bytes: Buffer): void {
  const partial = `${cachedFile}.${process.pid}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.writeFileSync(digestFile(cachedFile), digestOf(bytes));
  fs.renameSync(partial, cachedFile);
}

/**
 * The cached card's bytes if they are whole and the ones written; otherwise undefined, and the entry is gone.
 * Read without blocking: a warm build reads every card (1,420 cards, 48 MB at 1,000 people) while its pages are
 * being rendered, and reading them synchronously held those pages up (0.3 s of the main thread).
 */
export async function readCachedCard(cachedFile: string): Promise<Buffer | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(cachedFile);
  } catch {
    return undefined;
  }
  const recorded = await fs.promises.readFile(digestFile(cachedFile), 'utf8').then(
    (text) => text.trim(),
    () => '',
  );
  const whole =
    bytes.length > PNG_SIGNATURE.length + PNG_END.length &&
    bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE) &&
    bytes.subarray(bytes.length - PNG_END.length).equals(PNG_END);
  if (whole && recorded === digestOf(bytes)) return bytes;
  await fs.promises.rm(cachedFile, { force: true });
  await fs.promises.rm(digestFile(cachedFile), { force: true });
  return undefined;
}

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
    // Half-written cards of builds that were stopped: gone once they are a day old.
    if (name.endsWith('.partial') && fs.statSync(path.join(cacheFolder, name)).mtimeMs < now.getTime() - 86_400_000) {
      fs.rmSync(path.join(cacheFolder, name), { force: true });
      continue;
    }
    if (!name.endsWith('.png')) continue;
    const file = path.join(cacheFolder, name);
    if (fs.statSync(file).mtimeMs < oldest) {
      fs.rmSync(file, { force: true });
      fs.rmSync(digestFile(file), { force: true });
      removed++;
    }
  }
  return removed;
}
