import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../support/link-check.ts';
import { PROJECT_ROOT, htmlFilesIn } from '../support/build-site.ts';
import { elementsOf } from '../support/html-elements.ts';
import { PAGE_SCRIPT } from '../../src/lib/site/page-script.ts';

// The demo site that `npm test` built just before vitest started.
const dist = path.join(PROJECT_ROOT, 'dist');
const ORIGIN = 'https://intranet.northwind.example';

/** Pages whose purpose is interaction: they may load the code for it. */
const INTERACTIVE = new Set(['search/index.html', 'people/index.html']);
const CONTENT_BUDGET_BYTES = 50 * 1024;

describe('the built demo site', () => {
  it('has no broken links, assets or anchors, and loads nothing from another host', () => {
    expect(checkBuiltSite(dist, ORIGIN, '/')).toEqual([]);
  });

  it('catches a broken link, a missing anchor and a script from another host', () => {
    const broken = fs.mkdtempSync(path.join(PROJECT_ROOT, 'node_modules/.cache-linkcheck-'));
    try {
      fs.writeFileSync(
        path.join(broken, 'index.html'),
        '<a href="/gone/">x</a><a href="#nowhere">y</a><h2 id="here">h</h2><a href="#here">z</a><script src="https://cdn.example.com/x.js"></script>',
      );
      expect(checkBuiltSite(broken, ORIGIN, '/').map((p) => p.problem)).toEqual([
        'loads https://cdn.example.com/x.js from another host',
        'links to /gone/, which is not in the site',
        'links to #nowhere, but index.html has no element with id "nowhere"',
      ]);
    } finally {
      fs.rmSync(broken, { recursive: true, force: true });
    }
  });

  it('keeps content pages within 50 KB of HTML and CSS, with no script but the inline theme memory', () => {
    const pages = htmlFilesIn(dist).filter((file) => !file.endsWith('digest.html'));
    for (const file of pages) {
      const name = path.relative(dist, file);
      const html = fs.readFileSync(file, 'utf8');
      const elements = elementsOf(html);
      const css = elements
        .filter((e) => e.tag === 'link' && e.attributes.rel === 'stylesheet')
        .reduce((total, e) => total + fs.statSync(path.join(dist, e.attributes.href!)).size, 0);
      const scripts = elements.filter((e) => e.tag === 'script');
      if (INTERACTIVE.has(name)) continue;
      // The one script is the reader's light/dark choice: inline, loading nothing.
      expect(
        scripts.map((s) => ({ src: s.attributes.src, text: s.text })),
        name,
      ).toEqual([{ src: undefined, text: PAGE_SCRIPT }]);
      // The glossary lists every term on one page and the people directory everyone; budgets are for content pages.
      if (name === 'glossary/index.html') continue;
      expect(Buffer.byteLength(html) + css, name).toBeLessThanOrEqual(CONTENT_BUDGET_BYTES);
    }
  });

  it('keeps the theme script under 1 KB', () => {
    expect(Buffer.byteLength(PAGE_SCRIPT)).toBeLessThan(1024);
  });

  it('sizes every image, and loads images lazily unless they open the page', () => {
    for (const file of htmlFilesIn(dist).filter((f) => !f.endsWith('digest.html'))) {
      for (const image of elementsOf(fs.readFileSync(file, 'utf8')).filter((e) => e.tag === 'img')) {
        const where = `${path.relative(dist, file)} ${image.attributes.src}`;
        expect(image.attributes.width, where).toBeDefined();
        expect(image.attributes.height, where).toBeDefined();
        expect(['lazy', 'eager'], where).toContain(image.attributes.loading);
      }
    }
  });
});
