import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, buildSite, fileForUrl, htmlFilesIn, temporaryFolder, urlsIn } from '../support/build-site.ts';
import { checkBuiltSite } from '../support/link-check.ts';
import { openSearch } from '../support/search-in-node.ts';

// A different organisation, kept outside src/, served under /it/: the situation of most adopters.
const BASE = '/it/';
const SITE = 'https://intranet.fjordline.example';
let dist: string;
let buildOutput: string;

const page = (route: string) =>
  fs.readFileSync(path.join(dist, route, route.endsWith('.xml') ? '' : 'index.html'), 'utf8');

beforeAll(async () => {
  dist = path.join(temporaryFolder('elsewhere'), 'dist');
  const result = await buildSite(path.join(FIXTURES, 'org-elsewhere'), dist, {
    ONE_TEAM_BASE: '/it',
    ONE_TEAM_SITE: SITE,
    ONE_TEAM_TODAY: '2026-11-23',
  });
  buildOutput = result.output;
  expect(result.code, result.output).toBe(0);
}, 120_000);

describe('a content folder outside src/, built under /it/', () => {
  it('renders a page of every type', () => {
    const routes = [
      '',
      'people',
      'people/layla-haddad',
      'people/olga-petrova',
      'teams',
      'teams/core-it',
      'departments',
      'departments/kitchens',
      'strategy',
      'strategy/connected-kitchens',
      'wins',
      'wins/2026-09',
      'wins/tablets-in-every-kitchen',
      'glossary',
      'glossary/covers',
      'stories',
      'stories/a-day-in-the-kitchens',
      'pulse',
      'pace',
    ];
    for (const route of routes) expect(fs.existsSync(path.join(dist, route, 'index.html')), route).toBe(true);
    expect(fs.existsSync(path.join(dist, '404.html'))).toBe(true);
  });

  it('shows names written in Arabic and Cyrillic script as they were written', () => {
    expect(page('people/layla-haddad')).toContain('<h1');
    expect(page('people/layla-haddad')).toMatch(/<h1[^>]*>ليلى حداد<\/h1>/);
    expect(page('teams/core-it')).toContain('Ольга Петрова');
  });

  it('gives every page exactly one h1', () => {
    for (const file of htmlFilesIn(dist))
      expect(fs.readFileSync(file, 'utf8').match(/<h1[\s>]/g), file).toHaveLength(1);
  });

  it('keeps every internal link and asset under the base path, and each one resolves', () => {
    for (const file of htmlFilesIn(dist)) {
      const html = fs.readFileSync(file, 'utf8');
      for (const url of urlsIn(html).filter((u) => u.startsWith('/'))) {
        expect(url.startsWith(BASE), `${path.relative(dist, file)} links to ${url}`).toBe(true);
        expect(
          fileForUrl(dist, BASE, url),
          `${path.relative(dist, file)} links to ${url}, which is not in dist/`,
        ).toBeDefined();
      }
    }
  });

  it('passes the built-site check under the base path: links, anchors, assets, no other hosts', () => {
    expect(checkBuiltSite(dist, SITE, BASE)).toEqual([]);
  });

  it('says politely when a page is past its review date, and names who to ask; not before', () => {
    expect(page('strategy/connected-kitchens')).toMatch(
      /<p class="review-note[^"]*"[^>]*>Last reviewed 1\. Mai 2026 — this page may be out of date\. If something here looks wrong, ask <a href="\/it\/people\/layla-haddad\/"/,
    );
    expect(page('stories/a-day-in-the-kitchens')).not.toContain('<p class="review-note');
    expect(page('teams/core-it')).not.toContain('<p class="review-note');
  });

  it('leaves drafts out of the production build', () => {
    expect(fs.existsSync(path.join(dist, 'wins/route-planning'))).toBe(false);
    expect(page('wins')).not.toContain('Route planning unfinished');
    expect(fs.readFileSync(path.join(dist, 'rss.xml'), 'utf8')).not.toContain('Route planning unfinished');
  });

  it('publishes a feed of wins and stories with absolute URLs under the base path', () => {
    const feed = fs.readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<link>${SITE}/it/wins/tablets-in-every-kitchen/</link>`);
    expect(feed).toContain(`<link>${SITE}/it/stories/a-day-in-the-kitchens/</link>`);
    expect(fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`${SITE}/it/people/sam-lee/</loc>`);
  });

  it('renders the MDX components Person, Metric and Callout', () => {
    const story = page('stories/a-day-in-the-kitchens');
    expect(story).toMatch(/<a class="person-mention[^"]*"[^>]* href="\/it\/people\/sam-lee\/"/);
    const pillar = page('strategy/connected-kitchens');
    expect(pillar).toMatch(/<aside class="callout tip[\s"]/);
    expect(page('wins/tablets-in-every-kitchen')).toMatch(/14 → 1/);
  });

  it('links a department to the IT people and teams who serve it, its wins and its terms', () => {
    const kitchens = page('departments/kitchens');
    for (const link of [
      '/it/people/layla-haddad/',
      '/it/people/olga-petrova/',
      '/it/teams/core-it/',
      '/it/wins/tablets-in-every-kitchen/',
      '/it/glossary/covers/',
    ]) {
      expect(kitchens).toContain(`href="${link}"`);
    }
  });

  it("lists a person's manager, reports, and the wins and stories they appear in", () => {
    const olga = page('people/olga-petrova');
    expect(olga).toContain('href="/it/people/layla-haddad/"');
    expect(olga).toContain('href="/it/people/sam-lee/"');
    expect(olga).toContain('href="/it/wins/tablets-in-every-kitchen/"');
    expect(olga).toContain('href="/it/stories/a-day-in-the-kitchens/"');
  });

  it('neutralises HTML a contributor puts in their profile', () => {
    const profile = page('people/layla-haddad');
    const body = profile.slice(profile.indexOf('What I do for you'));
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/onerror/i);
    expect(body).not.toMatch(/(href|src)="\s*javascript:/i);
    expect(body).not.toMatch(/<iframe/i);
    expect(body).not.toMatch(/data:image/);
    expect(body).not.toMatch(/position:fixed/);
    expect(body).toContain('<b>but harmless</b>');
    expect(body).toMatch(/<a href="https:\/\/elsewhere.example\/" rel="noopener noreferrer">/);
  });

  it('draws an initials avatar for people without a photo and optimises photos', () => {
    expect(page('people/olga-petrova')).toMatch(
      /class="avatar initials[^"]*"[^>]*>(<span class="letters[^"]*"[^>]*>)?\s*ОП\s*</,
    );
    expect(page('people/layla-haddad')).toMatch(
      /<img[^>]+src="\/it\/_astro\/layla-haddad\.[^"]+\.webp"[^>]+alt="ليلى حداد"/,
    );
  });

  it('gives a person without a photo their initials avatar as the picture in search results', async () => {
    const [olga] = await (await openSearch(dist, BASE)).search('Ольга Петрова');
    expect(olga?.meta.image).toBe('/it/people/olga-petrova/avatar.svg');
    expect(fs.readFileSync(path.join(dist, 'people/olga-petrova/avatar.svg'), 'utf8')).toContain('>ОП</text>');
  });

  it("shows the organisation's logo and accent colour from site.yaml on every page", () => {
    const home = page('');
    expect(home).toMatch(/<a class="brand" href="\/it\/"[^>]*><img src="\/it\/_astro\/logo\.[^"]+\.svg"/);
    expect(home).toMatch(
      /<html lang="de-DE" style="--accent: #7a1f5c; --accent-on-light: #7a1f5c; --accent-on-dark: #[0-9a-f]{6};/,
    );
    expect(home).toContain('<title>Fjordline IT</title>');
  });

  it('gives every page a social card: an absolute 1200×630 PNG under the base path, with alt text', async () => {
    // The monthly digests are email bodies, not pages to share.
    for (const file of htmlFilesIn(dist).filter((f) => !f.endsWith('digest.html'))) {
      const html = fs.readFileSync(file, 'utf8');
      const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
      expect(image, file).toMatch(new RegExp(`^${SITE}/it/cards/.+\\.png$`));
      expect(html, file).toMatch(/<meta property="og:image:alt" content="[^"]+"/);
      expect(html, file).toContain('<meta name="twitter:card" content="summary_large_image">');
      expect(html, file).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, file).toMatch(/<meta property="og:description" content="[^"]+"/);
      const png = fileForUrl(dist, BASE, new URL(image!).pathname);
      expect(png, `${file} points at ${image}`).toBeDefined();
      const { width, height } = await sharp(png!).metadata();
      expect([width, height]).toEqual([1200, 630]);
    }
    expect(page('people/layla-haddad')).toContain(
      '<meta property="og:image:alt" content="ليلى حداد, Head of IT, Core IT">',
    );
    expect(page('wins/tablets-in-every-kitchen')).toContain(
      `<meta property="og:image" content="${SITE}/it/cards/wins/tablets-in-every-kitchen.png">`,
    );
    expect(fs.existsSync(path.join(dist, 'cards/manifest.json'))).toBe(false);
  });

  it('publishes its own pulse and pace: its question, its departments and team, its figures in its locale', () => {
    const text = (route: string) =>
      page(route)
        .replace(/<[^>]+>/g, ' ')
        .replaceAll('&#39;', "'")
        .replace(/\s+/g, ' ');
    const pulse = text('pulse');
    // April: IT 9 of 12 (75%), the business (14 + 11) of (40 + 25) = 38%; October: 75% and 33 of 66 = 50%.
    expect(pulse).toContain(
      '25 points between IT (75%) and the business (50%) agreeing that “IT macht für meine Arbeit einen entscheidenden Unterschied.”',
    );
    expect(pulse).toContain('narrowed by 12 points since April 2026');
    expect(pulse).toContain('Kitchens');
    expect(page('pulse')).toContain('<svg');
    expect(text('departments/kitchens')).toMatch(/What .+ says about IT.*50% agree ?, up 15 points · IT 75%/);
    const pace = text('pace');
    // October: 280.5 of 400 hours keeping things running.
    expect(pace).toContain("70% of IT's time went to keeping things running in Oktober 2026");
    expect(pace).toContain('3 of 3 planned changes delivered · 9 incidents');
    expect(page('pace')).toContain(`<meta property="og:image" content="${SITE}/it/cards/pace.png">`);
  });

  it("dates pages in the organisation's locale and warns only about the content's own page past review", () => {
    expect(page('stories/a-day-in-the-kitchens')).toContain('20. Oktober 2026');
    expect(buildOutput.match(/\[WARN\].*/g)).toEqual(['[WARN] [one-team:content] ']);
    expect(buildOutput).toMatch(
      /1 warning \(these do not stop a build\):\n\n.*connected-kitchens\.mdx:9 {2}reviewBy {2}was due for review on 2026-11-01/,
    );
  });
});
