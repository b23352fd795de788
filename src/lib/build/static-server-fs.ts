/**
 * Serves a built site from a folder under its base path on a free loopback port, as a plain static host would:
 * for the browser tests and `npm run screenshots`.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
};

export interface StaticSite {
  url: (pathname?: string) => string;
  close: () => Promise<void>;
}

export async function serveStatic(folder: string, base = '/'): Promise<StaticSite> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
    const candidates =
      relative === undefined ? [] : [path.join(folder, relative), path.join(folder, relative, 'index.html')];
    const file = candidates.find(
      (candidate) => candidate.startsWith(folder) && fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
    );
    if (!file) {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      response.end(
        fs.existsSync(path.join(folder, '404.html')) ? fs.readFileSync(path.join(folder, '404.html')) : 'Not found',
      );
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (pathname = '') => `http://127.0.0.1:${port}${base}${pathname.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
