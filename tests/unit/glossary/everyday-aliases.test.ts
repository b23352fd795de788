/**
 * Aliases that are everyday words ("call", "connection") linked the wrong sense on every page: a term keeps
 * them as `unlinkedAliases` (shown, searched, never linked), and `npm run check` points out the ones left
 * in `aliases`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { alsoWritten } from '../../../src/lib/glossary/a-to-z.ts';
import { isEverydayWord } from '../../../src/lib/glossary/common-words-fs.ts';
import { glossaryMatcher, termsMentioned } from '../../../src/lib/glossary/mentions.ts';
import type { MdastNode } from '../../../src/lib/markdown/mdx.ts';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';
import { copyOfFixture } from '../../support/build-site.ts';

const integration = {
  id: 'integration',
  data: { term: 'Integration', aliases: ['data feed'], unlinkedAliases: ['connection'], autolink: true },
};

describe('aliases that are everyday words', () => {
  it('does not link an unlinked alias, and lists it with the others', () => {
    const matcher = glossaryMatcher([integration]);
    const mentioned = (text: string) => [...termsMentioned(mdxToMdast(text) as unknown as MdastNode, matcher, true)];
    expect(mentioned('The Wi-Fi connection dropped again.')).toEqual([]);
    expect(mentioned('The data feed from the bank arrives at six.')).toEqual(['integration']);
    expect(alsoWritten(integration)).toEqual(['data feed', 'connection']);
  });

  it('knows an everyday word from a phrase, a term of the trade, or an abbreviation in capitals', () => {
    expect(['call', 'Connection', 'close'].map(isEverydayWord)).toEqual([true, true, true]);
    expect(['data feed', 'accruals', 'PO', 'cross-docking'].map(isEverydayWord)).toEqual([false, false, false, false]);
  });

  it('has check warn about an everyday alias on an English site, with the field to move it to', async () => {
    const folder = copyOfFixture('org-elsewhere');
    const term = path.join(folder, 'glossary', 'wifi.md');
    fs.writeFileSync(
      term,
      fs.readFileSync(term, 'utf8').replace('aliases: [wireless]', 'aliases: [wireless, network]'),
    );
    const site = path.join(folder, 'site.yaml');
    const asWritten = fs.readFileSync(site, 'utf8');
    const warningsAbout = async () =>
      (await validateContentFolder(folder)).problems.filter((p) => p.file === term && p.field === 'aliases');

    fs.writeFileSync(site, asWritten.replace(/^locale: .*$/m, 'locale: en-GB'));
    const warning = (await warningsAbout()).find((p) => p.message.includes('"network"'));
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/"network" is an everyday word.*→ move it to unlinkedAliases/);

    // The word list is English: a German site's aliases are not judged by it.
    fs.writeFileSync(site, asWritten.replace(/^locale: .*$/m, 'locale: de-DE'));
    expect(await warningsAbout()).toEqual([]);
  });
});
