/** Content-Security-Policy hashes of inline scripts and stylesheets, so a page may run or apply them. */
import { createHash } from 'node:crypto';

export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
