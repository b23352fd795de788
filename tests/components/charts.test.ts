/**
 * The chart components rendered with Astro's Container API. Vitest here runs without Astro's Vite plugins, so the
 * components are compiled by a Vite server of their own (Astro's config for Vite, the site's config file left out).
 */
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment } from 'parse5';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementsOf } from '../support/html-elements.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

let server: ViteDevServer;
let container: AstroContainer;
const components: Record<string, Component> = {};

beforeAll(async () => {
  const root = new URL('../..', import.meta.url).pathname;
  const config = await getViteConfig(
    { server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'silent' },
    { configFile: false, logLevel: 'silent', root },
  )({ mode: 'test', command: 'serve' });
  server = await createServer({ ...config, configFile: false });
  for (const name of ['LineChart', 'BarChart', 'Sparkline']) {
    const module = (await server.ssrLoadModule(`/src/components/charts/${name}.astro`)) as { default: Component };
    components[name] = module.default;
  }
  container = await AstroContainer.create();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const render = (name: string, props: Record<string, unknown>) => container.renderToString(components[name]!, { props });

interface Node {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
}

const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('');

function find(node: Node, name: string): Node[] {
  const found = node.nodeName === name ? [node] : [];
  return [...found, ...(node.childNodes ?? []).flatMap((child) => find(child, name))];
}

/** The table's caption and its rows, each as the text of its cells, header row first. */
function tableOf(html: string): { caption: string; rows: string[][] } {
  const [table] = find(parseFragment(html) as unknown as Node, 'table');
  return {
    caption: textOf(find(table!, 'caption')[0]!).trim(),
    rows: find(table!, 'tr').map((row) =>
      (row.childNodes ?? [])
        .filter((cell) => cell.nodeName === 'th' || cell.nodeName === 'td')
        .map((cell) => textOf(cell).trim()),
    ),
  };
}

const pulse = {
  title: 'IT understands our goals',
  description: 'The business agrees more often each wave.',
  categories: ['Mar 2026', 'Jun 2026', 'Sep 2026'],
  series: [
    { name: 'IT', values: [48, null, 63] },
    { name: 'Business', values: [52, 58, 64], emphasis: true },
  ],
  format: 'percent',
};

describe('a line chart', () => {
  it('is an image named by its own title and description', async () => {
    const elements = elementsOf(await render('LineChart', pulse));
    const svg = elements.find((element) => element.tag === 'svg')!;
    expect(svg.attributes.role).toBe('img');
    const [titleId, descriptionId] = svg.attributes['aria-labelledby']!.split(' ');
    expect(elements.find((element) => element.attributes.id === titleId)).toMatchObject({
      tag: 'title',
      text: pulse.title,
    });
    expect(elements.find((element) => element.attributes.id === descriptionId)).toMatchObject({
      tag: 'desc',
      text: pulse.description,
    });
  });

  it('gives screen readers exactly its figures in a table, "no data" where a wave is missing', async () => {
    const table = tableOf(await render('LineChart', { ...pulse, categoryLabel: 'Wave' }));
    expect(table).toEqual({
      caption: pulse.title,
      rows: [
        ['Wave', 'IT', 'Business'],
        ['Mar 2026', '48%', '52%'],
        ['Jun 2026', 'no data', '58%'],
        ['Sep 2026', '63%', '64%'],
      ],
    });
  });

  it('hides the table from sight only, and heads its rows and columns', async () => {
    const html = await render('LineChart', pulse);
    const elements = elementsOf(html);
    const hidden = elements.find((element) => element.attributes.class?.split(' ').includes('visually-hidden'));
    expect(hidden).toBeDefined();
    expect(html).toMatch(/class="visually-hidden[^"]*"[^>]*>\s*<table/);
    const headers = elements.filter((element) => element.tag === 'th').map((element) => element.attributes.scope);
    expect(headers).toEqual(['col', 'col', 'row', 'row', 'row']);
  });

  it('names each series at its end with its latest value', async () => {
    const html = await render('LineChart', pulse);
    const labels = elementsOf(html).filter((element) => element.attributes.class?.includes('end-label'));
    expect(labels).toHaveLength(2);
    expect(html).toMatch(/<tspan[^>]*class="name"[^>]*>Business<\/tspan>\s*<tspan[^>]*class="value"[^>]*>64%/);
  });

  it('gives two charts on one page different ids, or the ids the page chose', async () => {
    const ids = async (props: Record<string, unknown>) =>
      elementsOf(await render('LineChart', props))
        .map((element) => element.attributes.id)
        .filter(Boolean);
    const first = await ids(pulse);
    const second = await ids({ ...pulse, title: 'IT delivers what it promised' });
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    expect(await ids({ ...pulse, id: 'pulse-goals' })).toEqual([
      'pulse-goals',
      'pulse-goals-title',
      'pulse-goals-desc',
    ]);
  });

  it('ships no script and no colour of its own: the site’s tokens colour it in light and dark', async () => {
    const html = await render('LineChart', pulse);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(fill|stroke|color)="#/i);
  });

  it('can leave its title to the page’s heading', async () => {
    const html = await render('LineChart', { ...pulse, showCaption: false });
    expect(html).not.toContain('<figcaption');
    expect(tableOf(html).caption).toBe(pulse.title);
  });
});

describe('a bar chart', () => {
  const pace = {
    title: 'Running and changing',
    description: 'Change work passed a third of IT’s time in June.',
    categories: ['May 2026', 'Jun 2026'],
    series: [
      { name: 'Running', values: [700, 600] },
      { name: 'Changing', values: [300, 400], emphasis: true },
    ],
    mode: 'stacked-share',
    format: 'hours',
  };

  it('is an image named by its title and description, its figures and shares in a table', async () => {
    const html = await render('BarChart', pace);
    const svg = elementsOf(html).find((element) => element.tag === 'svg')!;
    expect(svg.attributes.role).toBe('img');
    expect(svg.attributes['aria-labelledby']).toMatch(/-title .*-desc$/);
    expect(tableOf(html).rows).toEqual([
      ['', 'Running', 'Changing'],
      ['May 2026', '700 hrs (70%)', '300 hrs (30%)'],
      ['Jun 2026', '600 hrs (60%)', '400 hrs (40%)'],
    ]);
  });

  it('names its fills in a legend above the chart, top part first, kept from screen readers', async () => {
    const html = await render('BarChart', pace);
    const legend = elementsOf(html).find((element) => element.attributes.class?.includes('legend'))!;
    expect(legend).toMatchObject({ tag: 'ul', attributes: { 'aria-hidden': 'true' } });
    expect(html.indexOf('class="legend')).toBeLessThan(html.indexOf('<svg'));
    const items = elementsOf(html).filter((element) => element.tag === 'li');
    expect(items.map((item) => item.text.trim())).toEqual(['Changing', 'Running']);
  });

  it('hatches with patterns of its own, so two charts on a page do not share them', async () => {
    const series = ['A', 'B', 'C'].map((name) => ({ name, values: [1, 2] }));
    const patternsOf = async (title: string) => {
      const elements = elementsOf(await render('BarChart', { ...pace, title, series }));
      const fills = elements.map((element) => element.attributes.fill).filter((fill) => fill?.startsWith('url('));
      const patterns = elements.filter((element) => element.tag === 'pattern').map((element) => element.attributes.id);
      for (const fill of fills) expect(patterns).toContain(fill!.slice(5, -1));
      return patterns;
    };
    const first = await patternsOf('Pace in 2026');
    const second = await patternsOf('Pace in 2025');
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });

  it('ships no script', async () => {
    expect(await render('BarChart', { ...pace, mode: 'grouped', format: 'count' })).not.toMatch(/<script/i);
  });
});

describe('a sparkline', () => {
  const finance = {
    label: 'Finance: agree that IT understands their goals',
    categories: ['Mar 2026', 'Jun 2026', 'Sep 2026'],
    values: [52, null, 64],
    reference: [50, 55, 58],
    referenceLabel: 'All departments',
    format: 'percent',
  };

  it('writes its latest value beside the line and gives screen readers a table instead of the picture', async () => {
    const html = await render('Sparkline', finance);
    const svg = elementsOf(html).find((element) => element.tag === 'svg')!;
    expect(svg.attributes['aria-hidden']).toBe('true');
    expect(html).toMatch(/class="value"[^>]*>64%/);
    expect(tableOf(html)).toEqual({
      caption: finance.label,
      rows: [
        ['', finance.label, 'All departments'],
        ['Mar 2026', '52%', '50%'],
        ['Jun 2026', 'no data', '55%'],
        ['Sep 2026', '64%', '58%'],
      ],
    });
    expect(html).not.toMatch(/<script/i);
  });

  it('says what it shows in words when the page gives one table for the whole set', async () => {
    const html = await render('Sparkline', { ...finance, table: false });
    const svg = elementsOf(html).find((element) => element.tag === 'svg')!;
    expect(svg.attributes).toMatchObject({
      role: 'img',
      'aria-label': `${finance.label}: 64% in Sep 2026, from 52% in Mar 2026`,
    });
    expect(html).not.toContain('<table');
  });
});
