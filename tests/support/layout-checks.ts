/**
 * Layout checks run inside a page in the browser: sideways scrolling, text boxes laid over one another, the
 * phone header's height and WCAG 2.2 target sizes (SC 2.5.8). Each returns one line per problem, naming the
 * elements by a CSS selector and their text, so the failure says what to fix.
 */
import type { Page } from 'playwright-core';

/** How far two text boxes may overlap, in CSS px, before it counts: rounding and glyph overhang reach about 1. */
const TEXT_OVERLAP_ALLOWED = 2;
/** WCAG 2.2 SC 2.5.8 Target Size (Minimum): 24 by 24 CSS px, or a 24 px circle clear of other targets. */
const TARGET_SIZE = 24;
/** The header may take at most this much of a phone's height, so the page's own content shows first. */
export const PHONE_HEADER_MOST = 64;
/** Below this width the header must fit within PHONE_HEADER_MOST. */
export const PHONE_WIDTH_BELOW = 900;

interface Described {
  selector: string;
  text: string;
}

/** What measureLayout finds; `reach` is how far past the window's edge (the right, or left if right-to-left). */
interface Measurement {
  viewportWidth: number;
  scrollWidth: number;
  /** The widest box that reaches past the edge, outside any box that scrolls or clips it. */
  widest?: Described & { width: number; reach: number };
  /** Where the overflow starts: boxes past the edge whose parent is not, text past the edge of a box that is not. */
  spills: Array<Described & { width: number; reach: number; what: 'box' | 'text' }>;
  /** Pairs of elements whose lines of text lie over each other, and by how much. */
  overlaps: Array<{ first: Described; second: Described; width: number; height: number }>;
  header?: Described & { height: number };
  /** Targets under 24 by 24 px, not in a sentence, and the target too close to them. */
  smallTargets: Array<Described & { width: number; height: number; near: Described }>;
}

/**
 * Measures the loaded page. Runs in the browser, so it is self-contained: playwright sends its source text,
 * and nothing from this module's scope is there.
 */
function measureLayout({ textOverlapAllowed, targetSize }: { textOverlapAllowed: number; targetSize: number }) {
  type Box = { left: number; top: number; right: number; bottom: number };
  const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  const viewportWidth = window.innerWidth;
  const rightToLeft = getComputedStyle(document.documentElement).direction === 'rtl';
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (element: Element) => {
    let found = styles.get(element);
    if (!found) styles.set(element, (found = getComputedStyle(element)));
    return found;
  };
  const intersect = (a: Box, b: Box): Box => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  const boxOf = (rect: DOMRect): Box => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });

  const part = (element: Element) => {
    if (element.id) return `${element.localName}#${CSS.escape(element.id)}`;
    const classes = [...element.classList].filter((name) => !name.startsWith('astro-')).slice(0, 2);
    return element.localName + classes.map((name) => `.${CSS.escape(name)}`).join('');
  };
  /** A selector a developer can paste into the inspector: up to three ancestors, or up to one with an id. */
  const selectorOf = (element: Element) => {
    const parts = [part(element)];
    for (let up = element.parentElement; up && up !== document.body && parts.length < 4 && !parts[0]!.includes('#');) {
      parts.unshift(part(up));
      up = up.parentElement;
    }
    return parts.join(' > ');
  };
  const textOf = (element: Element) => {
    const field = element as HTMLInputElement;
    const text =
      element.textContent?.trim() ||
      element.getAttribute('aria-label') ||
      (typeof field.value === 'string' && field.value) ||
      element.getAttribute('placeholder') ||
      element.getAttribute('title') ||
      '';
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > 50 ? `${oneLine.slice(0, 49)}…` : oneLine;
  };
  const describe = (element: Element) => ({ selector: selectorOf(element), text: textOf(element) });

  /**
   * Where an element's content is cut off by the overflow of its own box and its ancestors'. The body and
   * the root do not count: their overflow is the page's, which is what the sideways check measures.
   */
  const contentClips = new Map<Element, Box>();
  const clipOfBox = (element: Element): Box => {
    const position = style(element).position;
    if (position === 'fixed') return EVERYWHERE;
    // An absolutely positioned box escapes the overflow of every ancestor up to its containing block.
    const holder = position === 'absolute' ? (element as HTMLElement).offsetParent : element.parentElement;
    return holder ? clipOfContent(holder) : EVERYWHERE;
  };
  const clipOfContent = (element: Element): Box => {
    let clip = contentClips.get(element);
    if (clip) return clip;
    clip = clipOfBox(element);
    if (element !== document.body && element !== document.documentElement) {
      const { overflowX, overflowY } = style(element);
      const rect = element.getBoundingClientRect();
      const padding = {
        left: rect.left + element.clientLeft,
        top: rect.top + element.clientTop,
        right: rect.left + element.clientLeft + element.clientWidth,
        bottom: rect.top + element.clientTop + element.clientHeight,
      };
      clip = intersect(clip, {
        left: overflowX === 'visible' ? -Infinity : padding.left,
        right: overflowX === 'visible' ? Infinity : padding.right,
        top: overflowY === 'visible' ? -Infinity : padding.top,
        bottom: overflowY === 'visible' ? Infinity : padding.bottom,
      });
    }
    contentClips.set(element, clip);
    return clip;
  };

  /** Hidden from sight though laid out: visually-hidden text, closed popovers and tooltips, closed <details>. */
  const hiddenFromSight = new Map<Element, boolean>();
  const isHiddenFromSight = (element: Element): boolean => {
    let hidden = hiddenFromSight.get(element);
    if (hidden !== undefined) return hidden;
    const own = style(element);
    const rect = element.getBoundingClientRect();
    hidden =
      own.display === 'none' ||
      own.visibility !== 'visible' ||
      Number(own.opacity) === 0 ||
      /inset\(\s*(50|100)%/.test(own.clipPath) ||
      (own.overflow !== 'visible' && (rect.width <= 1 || rect.height <= 1)) ||
      element.matches('.term-tip, [popover]:not(:popover-open), [hidden], template, script, style, noscript') ||
      (element.parentElement?.matches('details:not([open])') === true && element.localName !== 'summary') ||
      (element.parentElement ? isHiddenFromSight(element.parentElement) : false);
    hiddenFromSight.set(element, hidden);
    return hidden;
  };

  // Sideways scrolling.
  const scrollWidth = document.documentElement.scrollWidth;
  const spills: Measurement['spills'] = [];
  let widest: Measurement['widest'];
  if (scrollWidth > viewportWidth) {
    const reachOf = (box: Box) => (rightToLeft ? -box.left : box.right - viewportWidth);
    const sticksOut = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && reachOf(intersect(boxOf(rect), clipOfBox(element))) > 0.5;
    };
    for (const element of document.body.querySelectorAll('*')) {
      if (style(element).position === 'fixed' || !sticksOut(element)) continue;
      const width = Math.round(element.getBoundingClientRect().width);
      const reach = Math.round(reachOf(intersect(boxOf(element.getBoundingClientRect()), clipOfBox(element))));
      if (!widest || width > widest.width) widest = { ...describe(element), width, reach };
      // Where the overflow starts: a box sticking out of a parent that itself fits.
      if (element.parentElement && !sticksOut(element.parentElement))
        spills.push({ ...describe(element), width, reach, what: 'box' });
    }
    // Text can stick out of a box that fits: a long address or word that does not wrap.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || sticksOut(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const reach = Math.max(
        0,
        ...[...range.getClientRects()].map((rect) => reachOf(intersect(boxOf(rect), clipOfContent(parent)))),
      );
      if (reach > 0.5)
        spills.push({
          ...describe(parent),
          width: Math.round(parent.clientWidth),
          reach: Math.round(reach),
          what: 'text',
        });
    }
  }

  // Text boxes laid over one another: every line of every text node, trimmed to its line height (a tight
  // line-height lets glyph boxes of neighbouring lines touch without anything looking wrong), clipped to
  // what its scroll containers show, grouped by the element that holds the text.
  const lines: Array<Box & { owner: Element }> = [];
  const textWalker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = textWalker.nextNode(); node; node = textWalker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || !node.textContent?.trim() || owner.closest('select, textarea') || isHiddenFromSight(owner)) continue;
    const lineHeight = parseFloat(style(owner).lineHeight);
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      const trim = Number.isFinite(lineHeight) && rect.height > lineHeight ? (rect.height - lineHeight) / 2 : 0;
      const line = intersect(
        { left: rect.left, right: rect.right, top: rect.top + trim, bottom: rect.bottom - trim },
        clipOfContent(owner),
      );
      if (line.right - line.left > textOverlapAllowed && line.bottom - line.top > textOverlapAllowed)
        lines.push({ ...line, owner });
    }
  }
  lines.sort((a, b) => a.top - b.top);
  const overlapping = new Map<string, Measurement['overlaps'][number]>();
  const ids = new Map<Element, number>();
  const idOf = (element: Element) => ids.get(element) ?? (ids.set(element, ids.size), ids.size - 1);
  for (let i = 0; i < lines.length; i += 1) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length && lines[j]!.top < a.bottom - textOverlapAllowed; j += 1) {
      const b = lines[j]!;
      if (a.owner === b.owner) continue;
      const shared = intersect(a, b);
      const width = shared.right - shared.left;
      const height = shared.bottom - shared.top;
      if (width <= textOverlapAllowed || height <= textOverlapAllowed) continue;
      const key = [idOf(a.owner), idOf(b.owner)].sort((x, y) => x - y).join(' ');
      const known = overlapping.get(key);
      if (!known || width * height > known.width * known.height)
        overlapping.set(key, {
          first: describe(a.owner),
          second: describe(b.owner),
          width: Math.round(width),
          height: Math.round(height),
        });
    }
  }

  // The site header: the site's own, or the first header in the body.
  const headerElement = document.querySelector('header.site-header') ?? document.querySelector('body header');
  const header = headerElement
    ? { ...describe(headerElement), height: Math.round(headerElement.getBoundingClientRect().height * 10) / 10 }
    : undefined;

  // Target sizes (WCAG 2.2 SC 2.5.8), with its spacing and inline exceptions.
  const TARGETS = 'a[href], button, summary, input:not([type="hidden"]), select, textarea';
  const targets: Array<{ element: Element; box: Box }> = [];
  for (const element of document.querySelectorAll(TARGETS)) {
    if ((element as HTMLButtonElement).disabled || element.closest('[inert]') || isHiddenFromSight(element)) continue;
    let box = boxOf(element.getBoundingClientRect());
    if (box.right - box.left <= 0 || box.bottom - box.top <= 0 || box.right <= 0 || box.bottom <= 0) continue;
    // A checkbox's or radio button's label works it too, so the two together are the target.
    for (const label of (element as HTMLInputElement).labels ?? []) {
      if (isHiddenFromSight(label)) continue;
      const around = label.getBoundingClientRect();
      box = {
        left: Math.min(box.left, around.left),
        top: Math.min(box.top, around.top),
        right: Math.max(box.right, around.right),
        bottom: Math.max(box.bottom, around.bottom),
      };
    }
    targets.push({ element, box });
  }
  /** SC 2.5.8's inline exception: a link in a sentence, its size set by the line-height of the text around it. */
  const isInSentence = (element: Element) => {
    if (style(element).display !== 'inline') return false;
    let block = element.parentElement;
    while (block && ['inline', 'contents'].includes(style(block).display)) block = block.parentElement;
    if (!block) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!/[\p{L}\p{N}]/u.test(node.textContent ?? '') || parent.closest(TARGETS) || isHiddenFromSight(parent))
        continue;
      return true;
    }
    return false;
  };
  const centre = (box: Box) => ({ x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 });
  const radius = targetSize / 2;
  const undersized = targets.filter(
    ({ element, box }) =>
      (box.right - box.left < targetSize - 0.05 || box.bottom - box.top < targetSize - 0.05) && !isInSentence(element),
  );
  const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);
  const smallTargets: Measurement['smallTargets'] = [];
  for (const small of undersized) {
    const { x, y } = centre(small.box);
    // The spacing exception: a 24 px circle on the target's centre touches no other target, nor the circle of
    // another undersized one.
    const near =
      targets.find(({ element, box }) => {
        if (related(element, small.element)) return false;
        const dx = Math.max(box.left - x, 0, x - box.right);
        const dy = Math.max(box.top - y, 0, y - box.bottom);
        return Math.hypot(dx, dy) < radius;
      }) ??
      undersized.find(({ element, box }) => {
        if (related(element, small.element)) return false;
        const other = centre(box);
        return Math.hypot(other.x - x, other.y - y) < targetSize;
      });
    if (!near) continue;
    smallTargets.push({
      ...describe(small.element),
      width: Math.round((small.box.right - small.box.left) * 10) / 10,
      height: Math.round((small.box.bottom - small.box.top) * 10) / 10,
      near: describe(near.element),
    });
  }

  return {
    viewportWidth,
    scrollWidth,
    widest,
    spills,
    overlaps: [...overlapping.values()],
    header,
    smallTargets,
  } satisfies Measurement;
}

const named = ({ selector, text }: Described) => (text ? `${selector} "${text}"` : selector);

/** At most this many problems of one kind per page are listed, with a count of the rest. */
const LISTED = 8;

function listed(lines: string[]): string[] {
  return lines.length > LISTED ? [...lines.slice(0, LISTED), `… and ${lines.length - LISTED} more like these`] : lines;
}

/**
 * Everything wrong with the layout of the page as loaded, one line each, prefixed with `where`. The header's
 * height counts only below PHONE_WIDTH_BELOW.
 */
export async function layoutProblems(page: Page, where: string): Promise<string[]> {
  const measured = await page.evaluate(measureLayout, {
    textOverlapAllowed: TEXT_OVERLAP_ALLOWED,
    targetSize: TARGET_SIZE,
  });
  const problems: string[] = [];
  if (measured.scrollWidth > measured.viewportWidth) {
    const widest = measured.widest
      ? `; widest: ${named(measured.widest)}, ${measured.widest.width} px wide, ${measured.widest.reach} px past the edge`
      : '';
    // The same component often spills the same way many times over: one line for each, with how often.
    const alike = new Map<string, { line: string; reach: number; times: number }>();
    for (const spill of measured.spills) {
      const line = `${spill.what === 'text' ? 'text of ' : ''}${named(spill)}`;
      const known = alike.get(line) ?? { line, reach: 0, times: 0 };
      alike.set(line, { line, reach: Math.max(known.reach, spill.reach), times: known.times + 1 });
    }
    const spills = [...alike.values()]
      .sort((a, b) => b.reach - a.reach)
      .slice(0, 3)
      .map(({ line, reach, times }) => `${line} sticks out up to ${reach} px${times > 1 ? ` (${times} times)` : ''}`);
    problems.push(
      `${where}: scrolls sideways, ${measured.scrollWidth} px wide in a ${measured.viewportWidth} px window${widest}` +
        (spills.length ? ` (starts at: ${spills.join('; ')})` : ''),
    );
  }
  problems.push(
    ...listed(
      measured.overlaps.map(
        ({ first, second, width, height }) =>
          `${where}: text overlaps (${width}×${height} px): ${named(first)} and ${named(second)}`,
      ),
    ),
  );
  if (measured.viewportWidth < PHONE_WIDTH_BELOW) {
    if (!measured.header) problems.push(`${where}: has no header.site-header nor any header`);
    else if (measured.header.height > PHONE_HEADER_MOST)
      problems.push(
        `${where}: header ${measured.header.selector} is ${measured.header.height} px tall, more than ${PHONE_HEADER_MOST} px`,
      );
  }
  problems.push(
    ...listed(
      measured.smallTargets.map(
        (target) =>
          `${where}: target ${named(target)} is ${target.width}×${target.height} px, under ${TARGET_SIZE}×${TARGET_SIZE}, ` +
          `and its ${TARGET_SIZE} px circle touches ${named(target.near)}`,
      ),
    ),
  );
  return problems;
}
