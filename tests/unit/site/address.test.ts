import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ADDRESS, normaliseBase, readSiteAddress } from '../../../src/lib/site/address-fs.ts';
import { findStrayFiles } from '../../../src/lib/content/files-fs.ts';

function siteFile(yaml: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'one-team-site-')), 'site.yaml');
  fs.writeFileSync(file, yaml);
  return file;
}

describe('the site address', () => {
  it('reads url and base from site.yaml', () => {
    expect(readSiteAddress(siteFile('url: https://intranet.example.com\nbase: /it/\n'), {})).toEqual({
      url: 'https://intranet.example.com',
      base: '/it/',
    });
  });

  it('lets ONE_TEAM_SITE and ONE_TEAM_BASE override it, however the base is slashed', () => {
    const file = siteFile('url: https://intranet.example.com\n');
    expect(readSiteAddress(file, { ONE_TEAM_SITE: 'https://other.example', ONE_TEAM_BASE: 'comms' })).toEqual({
      url: 'https://other.example',
      base: '/comms/',
    });
    expect(normaliseBase('/it')).toBe('/it/');
    expect(normaliseBase('')).toBe('/');
  });

  it('leaves a site.yaml it cannot use to the content check, which reports it with the rest', () => {
    expect(readSiteAddress(siteFile('url: intranet\n'), {})).toEqual(PLACEHOLDER_ADDRESS);
    expect(readSiteAddress(siteFile('url: [unclosed\n'), {})).toEqual(PLACEHOLDER_ADDRESS);
    expect(readSiteAddress('/nowhere/site.yaml', {})).toEqual(PLACEHOLDER_ADDRESS);
  });

  it('names the environment variable when an override is not an address', () => {
    expect(() =>
      readSiteAddress(siteFile('url: https://intranet.example.com\n'), { ONE_TEAM_SITE: 'intranet' }),
    ).toThrow(/ONE_TEAM_SITE="intranet" must be the full address the site is served from/);
  });
});

describe('files a collection folder would skip', () => {
  it('reports MDX profiles and unknown files, and accepts entries and their images', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'one-team-people-'));
    for (const name of ['ada.md', 'ada.jpg', 'bob.mdx', 'notes.txt']) fs.writeFileSync(path.join(folder, name), '');
    const problems = findStrayFiles(folder, 'people', ['.md']);
    expect(problems.map((p) => [path.basename(p.file), p.message])).toEqual(
      expect.arrayContaining([
        [
          'bob.mdx',
          'profiles are Markdown, not MDX (MDX can run code) → rename it to bob.md and remove any import or JSX',
        ],
        [
          'notes.txt',
          'is not read: people/ holds .md entries and their images → rename it or move it out of the folder',
        ],
      ]),
    );
    expect(problems).toHaveLength(2);
  });
});
