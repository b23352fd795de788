/**
 * Hands the card list from the route that computes it (src/pages/cards/manifest.json.ts) to the card
 * integration the moment the route is rendered, so cards are drawn while Astro is still generating the
 * other pages. Both run in the build's process, but the route is bundled by Vite into a module graph of
 * its own, so the two meet on globalThis.
 */
import type { CardSpec } from './card-specs.ts';

type CardSpecListener = (specs: CardSpec[]) => void;

const LISTENER = Symbol.for('one-team.card-spec-listener');
const registry = globalThis as typeof globalThis & { [LISTENER]?: CardSpecListener };

/** Called by the card integration when a build starts; the returned function stops listening. */
export function listenForCardSpecs(listener: CardSpecListener): () => void {
  registry[LISTENER] = listener;
  return () => {
    if (registry[LISTENER] === listener) delete registry[LISTENER];
  };
}

/** Called by the manifest route; outside a build (the dev server) nobody listens and nothing happens. */
export function handOverCardSpecs(specs: CardSpec[]): void {
  registry[LISTENER]?.(specs);
}
