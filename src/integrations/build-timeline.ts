/** Records how long the build's own phases took and its peak memory, for `npm run bench`. Keep it last. */
import type { AstroIntegration } from 'astro';
import { recordBuildPhase } from '../lib/build/report-fs.ts';

export function buildTimeline(): AstroIntegration {
  const marks: Record<string, number> = {};
  return {
    name: 'one-team:build-timeline',
    hooks: {
      'astro:config:done': () => {
        marks.configured = performance.now();
      },
      'astro:build:start': () => {
        marks.started = performance.now();
      },
      'astro:build:generated': () => {
        marks.generated = performance.now();
      },
      'astro:build:done': () => {
        const seconds = (from: string, to: string) => ((marks[to] ?? 0) - (marks[from] ?? 0)) / 1000;
        recordBuildPhase('timeline', {
          contentSync: seconds('configured', 'started'),
          pages: seconds('started', 'generated'),
          // maxRSS is in kilobytes.
          peakMemoryMiB: process.resourceUsage().maxRSS / 1024,
        });
      },
    },
  };
}
