/** Files of a built site folder: its pages, and how much it all weighs. */
import fs from 'node:fs';
import path from 'node:path';

export function filesIn(folder: string, keep: (name: string) => boolean = () => true): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function htmlFilesIn(folder: string): string[] {
  return filesIn(folder, (name) => name.endsWith('.html'));
}

export function bytesIn(folder: string, keep?: (name: string) => boolean): number {
  return filesIn(folder, keep).reduce((total, file) => total + fs.statSync(file).size, 0);
}
