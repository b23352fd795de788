import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText, writeFloorSite } from '../../../src/lib/build/floor-site-fs.ts';

describe("the benchmark's floor", () => {
  it("takes a page's title and the words of its main content, without scripts, drawings or furniture", () => {
    const html =
      '<html><head><title>Wins · Example IT</title><script>x()</script></head><body><header>Menu</header><main><h1>Wins</h1><p>Close in <b>four</b> days &amp; more.</p><svg><text>50%</text></svg></main><footer>Contact</footer></body></html>';
    expect(pageText(html)).toEqual({ title: 'Wins · Example IT', text: 'Wins\n\nClose in four days more.' });
  });

  it('writes one Markdown page per built page, at the same address, its text escaped as words', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'floor-dist-'));
    for (const route of ['', 'people/ada']) {
      fs.mkdirSync(path.join(dist, route), { recursive: true });
      fs.writeFileSync(
        path.join(dist, route, 'index.html'),
        '<title>T</title><main><p>A *star* &lt;tag&gt;</p></main>',
      );
    }
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'floor-')), 'site');
    expect(writeFloorSite(dist, folder, path.resolve('node_modules'))).toBe(2);
    const ada = fs.readFileSync(path.join(folder, 'src/pages/people/ada.md'), 'utf8');
    expect(ada).toContain('title: "T"');
    expect(ada).toContain('A \\*star\\*');
    expect(fs.existsSync(path.join(folder, 'src/pages/index.md'))).toBe(true);
  });
});
