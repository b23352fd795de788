// Issue #16: the tool radar had 120 px of empty space above it, names drawn over each other ("Dropbox" over
// "Documents"), no key to its colours, and names 5 px tall on a phone.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { LAPTOP, PHONE, siteInBrowser } from '../support/built-demo.ts';

const site = siteInBrowser();
const toolCount = fs.readdirSync(path.join(PROJECT_ROOT, 'src/content/tools')).filter((f) => f.endsWith('.md')).length;

interface Drawn {
  text: string;
  /** A tool's name, or a ring's or a sector's name or number. */
  kind: 'tool' | 'heading';
  /** The size the text is drawn at, in CSS px. */
  size: number;
  box: { left: number; top: number; right: number; bottom: number };
}

/** Every piece of text the radar shows, as the reader sees it. */
function drawnText(page: Page): Promise<Drawn[]> {
  return page.locator('.tool-radar .picture svg').evaluate((svg: SVGSVGElement) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')]
      .map((text) => ({ text, box: text.getBoundingClientRect() }))
      .filter(({ text, box }) => text.checkVisibility() && box.width > 0)
      .map(({ text, box }) => {
        const kind = text.closest('a.tool') ? 'tool' : 'heading';
        return {
          text: text.textContent!.trim(),
          kind,
          size: parseFloat(getComputedStyle(text).fontSize) * scale,
          box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        } as const;
      });
  });
}

describe('the tool radar', () => {
  it('writes every word on the radar at 12 px or more, on a phone and on a laptop', async () => {
    for (const viewport of [PHONE, LAPTOP]) {
      const page = await site.open('tools/', viewport);
      const drawn = await drawnText(page);
      expect(drawn.length).toBeGreaterThan(0);
      expect(
        drawn.filter((text) => text.size < 12).map((text) => `${text.text} at ${text.size.toFixed(1)} px`),
      ).toEqual([]);
      await page.context().close();
    }
  });

  it('names every tool beside its dot on a laptop, with no name over another or over a dot', async () => {
    const page = await site.open('tools/', LAPTOP);
    const drawn = await drawnText(page);
    expect(drawn.filter((text) => text.kind === 'tool')).toHaveLength(toolCount);
    const dots = await page.locator('.tool-radar a.tool').evaluateAll((tools) =>
      tools.map((tool) => ({
        tool: tool.getAttribute('data-tool')!,
        box: tool.querySelector('.dot')!.getBoundingClientRect().toJSON() as DOMRect,
      })),
    );
    const overlap = (a: Drawn['box'], b: Drawn['box']) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const clashes: string[] = [];
    for (const [index, one] of drawn.entries()) {
      for (const other of drawn.slice(index + 1))
        if (overlap(one.box, other.box)) clashes.push(`"${one.text}" and "${other.text}"`);
      for (const dot of dots) if (overlap(one.box, dot.box)) clashes.push(`"${one.text}" and the dot of ${dot.tool}`);
    }
    expect(clashes).toEqual([]);
    await page.context().close();
  });

  it('lists every tool by kind under the radar on a phone, where the names would be too small to draw', async () => {
    const page = await site.open('tools/', PHONE);
    const list = page.getByRole('list', { name: 'The tools on the radar, by kind' });
    expect(await list.isVisible()).toBe(true);
    expect(await list.getByRole('link').count()).toBe(toolCount);
    expect((await drawnText(page)).filter((text) => text.kind === 'tool')).toEqual([]);
    await page.context().close();
  });

  it('starts and ends the picture at its rings and names, with no empty band above or below', async () => {
    const page = await site.open('tools/', LAPTOP);
    const { picture, drawing } = await page.locator('.tool-radar .picture svg').evaluate((svg) => {
      const boxes = [...svg.querySelectorAll('path, text, circle')]
        .map((shape) => shape.getBoundingClientRect())
        .filter((box) => box.width > 0);
      return {
        picture: svg.getBoundingClientRect().toJSON() as DOMRect,
        drawing: { top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) },
      };
    });
    expect(drawing.top - picture.top).toBeLessThan(16);
    expect(picture.bottom - drawing.bottom).toBeLessThan(16);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keys each dot colour to its ring in words, in the ${colorScheme} colour scheme`, async () => {
      const page = await site.open('tools/', LAPTOP, colorScheme);
      const key = page.getByRole('list', { name: 'Key' });
      for (const ring of ['Adopt', 'Trial', 'Assess', 'Hold']) {
        const entry = key.getByRole('listitem').filter({ hasText: ring });
        const keyed = await entry.locator('circle').evaluate((dot) => getComputedStyle(dot).fill);
        const drawn = await page
          .locator(`.tool-radar a.tool .dot.ring-${ring.toLowerCase()}`)
          .first()
          .evaluate((dot) => getComputedStyle(dot).fill);
        expect(keyed, ring).toBe(drawn);
      }
      expect(await key.getByRole('listitem').filter({ hasText: 'moved ring' }).count()).toBe(1);
      await page.context().close();
    });
  }
});
