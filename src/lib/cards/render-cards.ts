/**
 * Renders every card of a build: cards whose inputs have not changed are copied from the cache,
 * the rest are drawn on worker threads, one per core, and added to the cache. Cards can be added in
 * batches while the drawing runs, so the build can start it before all its inputs exist.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardJobResult } from './card-worker.ts';
import { cardPhotoPath, type CardSpec } from './card-specs.ts';
import { cardCacheKey } from './render-card.ts';
import { markCardUsed, pruneUnusedCards, readCachedCard, writeCachedCard } from './card-cache.ts';

export interface CardRenderReport {
  cards: number;
  drawn: number;
  fromCache: number;
  /** From the first card added to the last one written. */
  seconds: number;
  /** How long `finish` waited for cards still being drawn. */
  waitedSeconds: number;
  threads: number;
  bytes: number;
  /** Cached cards removed because no build used them for a month. */
  pruned: number;
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

/** One build's card drawing: `add` as often as cards become known, then `finish` once. */
export class CardDrawing {
  private readonly options: CardRenderOptions;
  private readonly threads: number;
  private readonly started = performance.now();
  private readonly pending: PendingCard[] = [];
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly inFlight = new Map<number, PendingCard>();
  /** Cards being read from the cache and placed, each either placed or queued for drawing when it settles. */
  private readonly placing: Promise<void>[] = [];
  private nextJobId = 0;
  private failure: Error | undefined;
  private whenDrained: (() => void) | undefined;
  private cards = 0;
  private drawn = 0;
  private bytes = 0;

  constructor(options: CardRenderOptions) {
    this.options = options;
    this.threads = Math.max(1, options.threads ?? os.availableParallelism());
    fs.mkdirSync(options.cacheFolder, { recursive: true });
  }

  /** Places the cards found in the cache and queues the others for drawing; returns at once. */
  add(specs: readonly CardSpec[]): void {
    for (const spec of specs) {
      this.cards++;
      const photo = cardPhotoPath(spec);
      const photoFile = photo ? path.join(this.options.siteFolder, photo) : undefined;
      const key = cardCacheKey(spec, photoFile);
      const cached = path.join(this.options.cacheFolder, `${key}.png`);
      this.placing.push(
        this.fromCacheOrQueued({ spec, key, ...(photoFile ? { photoFile } : {}) }, cached).catch((error: unknown) =>
          this.fail(error instanceof Error ? error : new Error(String(error))),
        ),
      );
    }
  }

  /** The card from the cache when it is there and whole; otherwise queued for a worker to draw. */
  private async fromCacheOrQueued(card: PendingCard, cached: string): Promise<void> {
    const bytes = await readCachedCard(cached);
    if (bytes) {
      await this.place(card.spec, bytes);
      markCardUsed(cached);
      return;
    }
    this.pending.push(card);
    this.startWorkers();
    this.dispatch();
  }

  /** Waits for every card added so far, stops the workers and says what was done. */
  async finish(): Promise<CardRenderReport> {
    const waitStarted = performance.now();
    try {
      await Promise.all(this.placing);
      if (!this.failure && (this.pending.length || this.inFlight.size))
        await new Promise<void>((resolve) => (this.whenDrained = resolve));
      // The files of the cards drawn while waiting.
      await Promise.all(this.placing);
    } finally {
      await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
    if (this.failure) throw this.failure;
    const pruned = pruneUnusedCards(this.options.cacheFolder);
    const now = performance.now();
    return {
      cards: this.cards,
      drawn: this.drawn,
      fromCache: this.cards - this.drawn,
      seconds: (now - this.started) / 1000,
      waitedSeconds: (now - waitStarted) / 1000,
      threads: this.workers.length,
      bytes: this.bytes,
      pruned,
    };
  }

  private async place(spec: CardSpec, png: Uint8Array): Promise<void> {
    const target = path.join(this.options.siteFolder, spec.path);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(target, png);
    this.bytes += png.byteLength;
  }

  private startWorkers(): void {
    while (this.workers.length < this.threads && this.workers.length < this.inFlight.size + this.pending.length) {
      const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
      worker.on('message', (result: CardJobResult) => this.received(worker, result));
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private dispatch(): void {
    while (!this.failure && this.idle.length && this.pending.length) {
      const worker = this.idle.pop()!;
      const card = this.pending.shift()!;
      const id = this.nextJobId++;
      this.inFlight.set(id, card);
      worker.postMessage({
        id,
        spec: card.spec,
        ...(card.photoFile ? { photoFile: card.photoFile } : {}),
      } satisfies CardJob);
    }
    if (!this.pending.length && !this.inFlight.size) this.whenDrained?.();
  }

  private received(worker: Worker, result: CardJobResult): void {
    const card = this.inFlight.get(result.id)!;
    this.inFlight.delete(result.id);
    if ('error' in result)
      return this.fail(new Error(`The card ${card.spec.path} could not be drawn: ${result.error}`));
    try {
      writeCachedCard(path.join(this.options.cacheFolder, `${card.key}.png`), Buffer.from(result.png));
      this.drawn++;
    } catch (error) {
      return this.fail(error instanceof Error ? error : new Error(String(error)));
    }
    // Placed before the card counts as done, so that `finish` waits for the file in the site.
    this.placing.push(
      this.place(card.spec, result.png).catch((error: unknown) =>
        this.fail(error instanceof Error ? error : new Error(String(error))),
      ),
    );
    this.idle.push(worker);
    this.dispatch();
  }

  /** Kept until `finish`, so a failure while the build is still busy elsewhere is reported by the build. */
  private fail(error: Error): void {
    this.failure ??= error;
    this.whenDrained?.();
  }
}

export async function renderCards(specs: readonly CardSpec[], options: CardRenderOptions): Promise<CardRenderReport> {
  const drawing = new CardDrawing(options);
  drawing.add(specs);
  return drawing.finish();
}
