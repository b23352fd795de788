/**
 * Keeps glossary links current in `npm run dev`. Terms are linked while each body is turned into HTML
 * (src/lib/glossary/link-plugins.ts); when a term file changes, the glossary is read again and every
 * MDX module is compiled again on its next request, so open pages show the new links after a reload.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentFolder } from '../lib/content/folder.ts';
import { forgetGlossary } from '../lib/glossary/terms-fs.ts';

export function glossaryLinks(): AstroIntegration {
  return {
    name: 'one-team:glossary-links',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const onChange = (file: string) => {
          if (path.dirname(path.resolve(file)) !== path.join(contentFolder(), 'glossary')) return;
          forgetGlossary();
          for (const environment of Object.values(server.environments)) {
            for (const module of environment.moduleGraph.idToModuleMap.values()) {
              if (module.id?.endsWith('.mdx')) environment.moduleGraph.invalidateModule(module);
            }
          }
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
