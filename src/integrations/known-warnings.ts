/**
 * Silences one warning Astro 7's own MDX output triggers in Vite 8 ("use astro:head-inject" is a
 * module-level directive Rolldown cannot keep). It repeats for every MDX file and buries warnings
 * that matter; every other warning still shows.
 */
import type { AstroIntegration } from 'astro';

type LogHandler = (level: string, log: { code?: string; message: string }) => void;

export function isKnownHarmlessWarning(log: { code?: string; message: string }): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject');
}

export function quietKnownWarnings(): AstroIntegration {
  return {
    name: 'one-team:known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onLog(level: string, log: { code?: string; message: string }, handler: LogHandler) {
                  if (!isKnownHarmlessWarning(log)) handler(level, log);
                },
              },
            },
          },
        });
      },
    },
  };
}
