/**
 * What one build leaves for the next is never trusted blindly: Astro's content store and the card cache
 * are checked against the content folder given, and what a killed build left behind is cleared away.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, buildSite, copyOfFixture, environmentOfAUser, temporaryFolder } from '../support/build-site.ts';

/** The mean red, green and blue of the photo a built profile shows. */
async function publishedPhotoColour(dist: string, person: string): Promise<number[]> {
  const html = fs.readFileSync(path.join(dist, 'people', person, 'index.html'), 'utf8');
  const src = html.match(/<img src="\/(_astro\/[^"]+)"[^>]*class="avatar(?: astro-\w+)?"/)![1]!;
  const { channels } = await sharp(path.join(dist, src)).stats();
  return channels.slice(0, 3).map((c) => Math.round(c.mean));
}

describe('a build after another', () => {
  it('publishes the photo of the folder it was given, not the one an earlier build of a copy had', async () => {
    const first = copyOfFixture('org-elsewhere');
    const firstDist = path.join(temporaryFolder('first'), 'dist');
    expect((await buildSite(first, firstDist)).code).toBe(0);

    const second = copyOfFixture('org-elsewhere');
    await sharp({ create: { width: 300, height: 300, channels: 3, background: '#ff0000' } })
      .jpeg()
      .toFile(path.join(second, 'people/layla-haddad.jpg'));
    const secondDist = path.join(temporaryFolder('second'), 'dist');
    expect((await buildSite(second, secondDist)).code).toBe(0);

    const [red, green, blue] = await publishedPhotoColour(secondDist, 'layla-haddad');
    expect(red).toBeGreaterThan(200);
    expect(green! + blue!).toBeLessThan(60);
    expect((await publishedPhotoColour(firstDist, 'layla-haddad'))[0]).toBeLessThan(200);
  }, 120_000);

  it('builds a content folder that was renamed since the last build', async () => {
    const content = copyOfFixture('org-elsewhere');
    const dist = path.join(temporaryFolder('renamed'), 'dist');
    expect((await buildSite(content, dist)).code).toBe(0);
    const renamed = `${content}-renamed`;
    fs.renameSync(content, renamed);
    const again = await buildSite(renamed, dist);
    expect(again.code, again.output).toBe(0);
    expect(fs.readFileSync(path.join(dist, 'people/layla-haddad/index.html'), 'utf8')).toMatch(
      /class="avatar(?: astro-\w+)?"/,
    );
  }, 120_000);

  it('draws a card again when its cached copy was cut short', async () => {
    const content = copyOfFixture('org-elsewhere');
    const cache = temporaryFolder('card-cache');
    const dist = path.join(temporaryFolder('cards'), 'dist');
    expect((await buildSite(content, dist, { ONE_TEAM_CACHE_DIR: cache })).code).toBe(0);
    const cards = path.join(cache, 'cards');
    const cached = fs.readdirSync(cards).filter((n) => n.endsWith('.png'));
    expect(cached.length).toBeGreaterThan(5);
    for (const name of cached) fs.truncateSync(path.join(cards, name), 100);
    const again = await buildSite(content, dist, { ONE_TEAM_CACHE_DIR: cache });
    expect(again.output).toContain(`${cached.length} cards: ${cached.length} drawn`);
    const card = fs.readdirSync(path.join(dist, 'cards/people'))[0]!;
    expect(await sharp(path.join(dist, 'cards/people', card)).metadata()).toMatchObject({ width: 1200, height: 630 });
  }, 120_000);
});

describe('the output folder', () => {
  it('is left clean of what a killed build was writing, by the next build', async () => {
    const content = copyOfFixture('org-elsewhere');
    const dist = path.join(temporaryFolder('killed'), 'dist');
    const build = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...environmentOfAUser(), ONE_TEAM_CONTENT: content, ONE_TEAM_OUT_DIR: dist },
      detached: true,
      stdio: 'ignore',
    });
    const building = `${dist}.building-${build.pid}`;
    for (let attempt = 0; attempt < 200 && !fs.existsSync(building); attempt++)
      await new Promise((r) => setTimeout(r, 50));
    process.kill(-build.pid!, 'SIGKILL');
    await new Promise((resolve) => build.on('exit', resolve));
    expect(fs.existsSync(building)).toBe(true);

    expect((await buildSite(content, dist)).code).toBe(0);
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  }, 120_000);

  it('may sit beside the project under a name that starts with the project folder', async () => {
    const dist = `${PROJECT_ROOT}-out-${process.pid}/dist`;
    try {
      const result = await buildSite(copyOfFixture('org-elsewhere'), dist);
      expect(result.code, result.output).toBe(0);
      expect(fs.existsSync(path.join(dist, 'index.html'))).toBe(true);
    } finally {
      fs.rmSync(path.dirname(dist), { recursive: true, force: true });
    }
  }, 120_000);
});
