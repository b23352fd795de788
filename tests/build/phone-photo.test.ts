/**
 * A profile photo straight off a phone (12 megapixels, 6.5 MB, stored on its side with EXIF Orientation 6,
 * a GPS position) comes out of the build upright, small, and without its camera data, on the person's
 * page and on their social card; the original file is not published.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyOfFixture, fileForUrl, temporaryFolder, urlsIn } from '../support/build-site.ts';
import { phonePhoto } from '../support/phone-photo.ts';

let dist: string;
let original: Buffer;

beforeAll(async () => {
  const content = copyOfFixture('org-elsewhere');
  original = await phonePhoto();
  fs.writeFileSync(path.join(content, 'people/layla-haddad.jpg'), original);
  dist = path.join(temporaryFolder('phone-photo'), 'dist');
  const result = await buildSite(content, dist, { ONE_TEAM_TODAY: '2026-11-23' });
  expect(result.code, result.output).toBe(0);
}, 120_000);

function filesBelow(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The pictures Layla's page shows of her: every src and srcset file naming her photo. */
function photosOnHerPage(): string[] {
  const html = fs.readFileSync(path.join(dist, 'people/layla-haddad/index.html'), 'utf8');
  const urls = urlsIn(html).filter((url) => url.includes('layla-haddad') && /\.(jpe?g|webp|avif|png)$/.test(url));
  return [...new Set(urls)].map((url) => fileForUrl(dist, '/', url)!);
}

/**
 * Where the photo's red and its blue lie, as the mean position of each: shown upright the blue half is on
 * the left and the red on the right, level with each other; on its side, red sits above blue.
 */
async function redAndBlue(file: string) {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sums = { red: { x: 0, y: 0, n: 0 }, blue: { x: 0, y: 0, n: 0 } };
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * 3;
      const [r, g, b] = [data[at]!, data[at + 1]!, data[at + 2]!];
      const colour = r > 150 && g < 90 && b < 90 ? sums.red : b > 150 && r < 90 && g < 90 ? sums.blue : undefined;
      if (colour) Object.assign(colour, { x: colour.x + x, y: colour.y + y, n: colour.n + 1 });
    }
  }
  expect(sums.red.n, `red in ${file}`).toBeGreaterThan(0);
  expect(sums.blue.n, `blue in ${file}`).toBeGreaterThan(0);
  const mean = ({ x, y, n }: { x: number; y: number; n: number }) => ({ x: x / n, y: y / n });
  return { red: mean(sums.red), blue: mean(sums.blue), size: Math.min(info.width, info.height) };
}

async function expectUpright(file: string) {
  const { red, blue, size } = await redAndBlue(file);
  expect(blue.x, `blue left of red in ${file}`).toBeLessThan(red.x - size / 10);
  expect(Math.abs(blue.y - red.y), `blue level with red in ${file}`).toBeLessThan(size / 20);
}

describe('a phone photo in a profile, once built', () => {
  it('is shown upright on the person page and on their card', async () => {
    const shown = photosOnHerPage();
    expect(shown.length).toBeGreaterThan(0);
    for (const file of shown) await expectUpright(file);
    await expectUpright(path.join(dist, 'cards/people/layla-haddad.png'));
  });

  it('is published only in small copies, never as the original file', () => {
    const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const originalDigest = digest(original);
    const pictures = filesBelow(dist).filter((file) => /\.(jpe?g|webp|avif|png)$/i.test(file));
    for (const file of pictures) {
      expect(fs.statSync(file).size, file).toBeLessThan(500 * 1024);
      expect(digest(fs.readFileSync(file)), file).not.toBe(originalDigest);
    }
    for (const file of photosOnHerPage()) expect(fs.statSync(file).size, file).toBeLessThan(50 * 1024);
  });

  it('carries no EXIF, GPS position, XMP or IPTC data into the site', async () => {
    const ofHer = filesBelow(dist).filter((file) => path.basename(file).startsWith('layla-haddad'));
    expect(ofHer).toEqual(
      expect.arrayContaining([...photosOnHerPage(), path.join(dist, 'cards/people/layla-haddad.png')]),
    );
    for (const file of ofHer) {
      const { exif, xmp, iptc, orientation } = await sharp(file).metadata();
      expect({ exif, xmp, iptc, orientation }, file).toEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        orientation: undefined,
      });
    }
  });
});
