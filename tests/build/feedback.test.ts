import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfFixture, temporaryFolder, urlsIn } from '../support/build-site.ts';
import { checkAndBuild } from '../support/check-and-build.ts';

const FORM = 'https://forms.fjordline.example/page-feedback?page={url}&title={title}';
const EDITOR = 'https://git.fjordline.example/it/intranet/-/edit/main/content/';

function writeFeedback(content: string, id: string, frontmatter: string) {
  fs.mkdirSync(path.join(content, 'feedback'), { recursive: true });
  fs.writeFileSync(path.join(content, 'feedback', `${id}.md`), `---\n${frontmatter.trim()}\n---\n`);
}

/** The content folder with site.yaml naming the form and the editor, and two "you said, we did" entries. */
function organisationThatListens(): string {
  const content = copyOfFixture('org-elsewhere');
  fs.appendFileSync(path.join(content, 'site.yaml'), `feedback: ${FORM}\neditUrl: ${EDITOR}\n`);
  writeFeedback(
    content,
    'paper-slips-get-lost',
    `
said: Cooks said paper order slips got lost between the pass and the stove.
did: We put a tablet at every station, showing each order until it is cooked.
date: 2026-09-20
departments: [kitchens]
initiative: tablets-rollout
win: tablets-in-every-kitchen
`,
  );
  writeFeedback(
    content,
    'routes-arrive-late',
    `
said: Drivers said the route sheet arrived after they had left the depot.
did: We are building a route planner that sends each route to the driver's phone.
date: 2026-10-02
departments: [logistics]
initiative: route-planner
win: route-planning
`,
  );
  return content;
}

const read = (dist: string, route: string) => fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8');

/** The href of the link whose text is `text`, HTML entities in it undone. */
function hrefOf(html: string, text: string): string | undefined {
  const anchor = [...html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].find((m) => m[2]!.trim() === text);
  return anchor?.[1]!.replaceAll('&amp;', '&');
}

describe('an organisation that reports back and asks for feedback, its content kept outside the project', () => {
  let dist: string;
  beforeAll(async () => {
    dist = path.join(temporaryFolder('feedback'), 'dist');
    const result = await buildSite(organisationThatListens(), dist, { ONE_TEAM_TODAY: '2026-11-23' });
    expect(result.code, result.output).toBe(0);
  }, 120_000);

  it('lists every "you said, we did" on /feedback/, newest first, with its departments and initiative linked', () => {
    const html = read(dist, 'feedback');
    const routes = html.indexOf('Drivers said the route sheet');
    const slips = html.indexOf('Cooks said paper order slips');
    expect(routes).toBeGreaterThan(-1);
    expect(slips).toBeGreaterThan(routes);
    expect(html).toContain('We put a tablet at every station');
    const urls = urlsIn(html);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/departments/kitchens/',
        '/departments/logistics/',
        '/initiatives/tablets-rollout/',
        '/initiatives/route-planner/',
        '/wins/tablets-in-every-kitchen/',
      ]),
    );
  });

  it('links no win that is still a draft', () => {
    expect(urlsIn(read(dist, 'feedback'))).not.toContain('/wins/route-planning/');
  });

  it("shows a department's own entries on its hub, and not another's", () => {
    const kitchens = read(dist, 'departments/kitchens');
    expect(kitchens).toContain('You said, we did');
    expect(kitchens).toContain('Cooks said paper order slips');
    expect(kitchens).not.toContain('Drivers said the route sheet');
  });

  it('shows the entries that led to an initiative on its page', () => {
    expect(read(dist, 'initiatives/tablets-rollout')).toContain('Cooks said paper order slips');
  });

  it('links every page to the feedback form, with its full address and title filled in', () => {
    expect(hrefOf(read(dist, 'people/sam-lee'), 'Tell us')).toBe(
      'https://forms.fjordline.example/page-feedback?page=https%3A%2F%2Fintranet.example.org%2Fpeople%2Fsam-lee%2F&title=Sam%20Lee',
    );
    expect(hrefOf(read(dist, 'feedback'), 'Tell us')).toContain(
      'page=https%3A%2F%2Fintranet.example.org%2Ffeedback%2F',
    );
  });

  it("offers to edit a profile's own file, by its path in the content folder", () => {
    expect(hrefOf(read(dist, 'people/sam-lee'), 'Suggest an edit')).toBe(`${EDITOR}people/sam-lee.md`);
    expect(hrefOf(read(dist, 'wins/tablets-in-every-kitchen'), 'Suggest an edit')).toBe(
      `${EDITOR}wins/tablets-in-every-kitchen.mdx`,
    );
  });

  it('offers no edit on a page not made from one file', () => {
    expect(hrefOf(read(dist, ''), 'Suggest an edit')).toBeUndefined();
    expect(hrefOf(read(dist, 'feedback'), 'Suggest an edit')).toBeUndefined();
  });

  it('links "You said, we did" from the footer of every page', () => {
    expect(hrefOf(read(dist, ''), 'You said, we did')).toBe('/feedback/');
  });
});

describe('an organisation whose site.yaml names no form and no editor', () => {
  it('shows neither link', async () => {
    const dist = path.join(temporaryFolder('no-feedback'), 'dist');
    const result = await buildSite(copyOfFixture('org-elsewhere'), dist);
    expect(result.code, result.output).toBe(0);
    const profile = read(dist, 'people/sam-lee');
    expect(profile).not.toContain('Was this page useful?');
    expect(profile).not.toContain('Suggest an edit');
  }, 120_000);
});

describe('a "you said, we did" naming a department that does not exist', () => {
  it('stops npm run check and the build with the same line, suggesting the closest department', async () => {
    const content = organisationThatListens();
    const file = path.join(content, 'feedback', 'paper-slips-get-lost.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('departments: [kitchens]', 'departments: [kitchen]'));
    const { check, build } = await checkAndBuild(content);
    const expected = `${file}:5  departments.0  "kitchen" is not in departments/ → did you mean "kitchens"?`;
    expect(check.code).toBe(1);
    expect(check.lines).toContain(expected);
    expect(build.code).not.toBe(0);
    expect(build.lines).toContain(expected);
  }, 120_000);
});
