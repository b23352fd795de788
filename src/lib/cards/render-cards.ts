/**
 * Renders every card of a build: cards whose inputs have not changed are copied from the cache,
 * the rest are drawn on worker threads, one per core, and added to the cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardJobResult } from './card-worker.ts';
import type { CardSpec } from './card-specs.ts';
import { cardCacheKey } from './render-card.ts';

export interface CardRenderReport {
  cards: number;
  drawn: number;
  fromCache: number;
  seconds: number;
  threads: number;
  bytes: number;
}

export interface CardRenderOptions {
  /** The built site: cards are written to `<siteFolder>/<spec.path>`, photos read from it. */
  siteFolder: string;
  /** Kept between builds: `<key>.png` per card. */
  cacheFolder: string;
  threads?: number;
}

interface PendingCard {
  spec: CardSpec;
  key: string;
  photoFile?: string;
}

async function drawOnWorkers(pending: PendingCard[], threads: number, onDrawn: (card: PendingCard, png: Uint8Array) => void): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, pending.length) }, () => new Worker(new URL('./card-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= pending.length) return resolve();
              const id = next++;
              const card = pending[id]!;
              worker.postMessage({ id, spec: card.spec, ...(card.photoFile ? { photoFile: card.photoFile } : {}) } satisfies CardJob);
            };
            worker.on('message', (result: CardJobResult) => {
              if ('error' in result) return reject(new Error(`The card ${pending[result.id]!.spec.path} could not be drawn: ${result.error}`));
              onDrawn(pending[result.id]!, result.png);
              sendNext();
            });
            worker.on('error', reject);
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export async function renderCards(specs: readonly CardSpec[], options: CardRenderOptions): Promise<CardRenderReport> {
  const started = performance.now();
  const threads = options.threads ?? os.availableParallelism();
  fs.mkdirSync(options.cacheFolder, { recursive: true });
  let bytes = 0;
  const place = (spec: CardSpec, png: Uint8Array) => {
    const target = path.join(options.siteFolder, spec.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, png);
    bytes += png.byteLength;
  };

  const pending: PendingCard[] = [];
  for (const spec of specs) {
    const photoFile = 'photo' in spec && spec.photo ? path.join(options.siteFolder, spec.photo) : undefined;
    const key = cardCacheKey(spec, photoFile);
    const cached = path.join(options.cacheFolder, `${key}.png`);
    if (fs.existsSync(cached)) place(spec, fs.readFileSync(cached));
    else pending.push({ spec, key, ...(photoFile ? { photoFile } : {}) });
  }

  await drawOnWorkers(pending, threads, (card, png) => {
    fs.writeFileSync(path.join(options.cacheFolder, `${card.key}.png`), png);
    place(card.spec, png);
  });

  return { cards: specs.length, drawn: pending.length, fromCache: specs.length - pending.length, seconds: (performance.now() - started) / 1000, threads, bytes };
}
