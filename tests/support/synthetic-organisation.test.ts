import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCounts, writeSyntheticOrganisation } from './synthetic-organisation.ts';

function snapshotOf(folder: string): Record<string, number> {
  return Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [
        path.relative(folder, path.join(e.parentPath, e.name)),
        fs.statSync(path.join(e.parentPath, e.name)).size,
      ]),
  );
}

describe('a synthetic organisation', () => {
  it('has N people, N/10 wins, N/5 terms and N/50 pillars', () => {
    expect(syntheticCounts(5000)).toMatchObject({ people: 5000, wins: 500, glossary: 1000, strategy: 100 });
  });

  it('is the same every time for the same size', async () => {
    const [a, b] = [fs.mkdtempSync(path.join(os.tmpdir(), 'syn-a-')), fs.mkdtempSync(path.join(os.tmpdir(), 'syn-b-'))];
    await writeSyntheticOrganisation(a, 60);
    await writeSyntheticOrganisation(b, 60);
    const snapshot = snapshotOf(a);
    expect(snapshotOf(b)).toEqual(snapshot);
    expect(Object.keys(snapshot).filter((f) => f.startsWith('people/') && f.endsWith('.md'))).toHaveLength(60);
    expect(fs.readFileSync(path.join(a, 'people/person-7.md'), 'utf8')).toBe(
      fs.readFileSync(path.join(b, 'people/person-7.md'), 'utf8'),
    );
  });
});
