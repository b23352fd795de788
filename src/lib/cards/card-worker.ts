/** A worker thread that draws cards it is sent, one at a time, keeping fonts and Satori warm between them. */
import { parentPort } from 'node:worker_threads';
import type { CardSpec } from './card-specs.ts';
import { renderCardPng } from './render-card.ts';

export interface CardJob {
  id: number;
  spec: CardSpec;
  photoFile?: string;
}

export type CardJobResult = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', async (job: CardJob) => {
  try {
    const png = await renderCardPng(job.spec, job.photoFile);
    parentPort!.postMessage({ id: job.id, png: new Uint8Array(png) } satisfies CardJobResult);
  } catch (error) {
    parentPort!.postMessage({
      id: job.id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies CardJobResult);
  }
});
