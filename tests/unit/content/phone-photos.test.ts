/** A profile photo straight off a phone is taken; one past the limits is refused with every reason at once. */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { validateContentFolder } from '../../../src/lib/content/validate-folder-fs.ts';
import { copyOfFixture } from '../../support/build-site.ts';
import { phonePhoto } from '../../support/phone-photo.ts';

// Before the fixture's review dates, so that only the problems each test makes show up.
const TODAY = { today: new Date('2026-06-01T00:00:00Z') };

/** Problems after replacing Layla's photo with `photo`, as `file:line  field  message`. */
async function problemsWithPhoto(photo: Buffer): Promise<string[]> {
  const folder = copyOfFixture('org-elsewhere');
  fs.writeFileSync(path.join(folder, 'people/layla-haddad.jpg'), photo);
  const { problems } = await validateContentFolder(folder, TODAY);
  return problems.map((p) => `${path.relative(folder, p.file)}${p.line ? `:${p.line}` : ''}  ${p.field}  ${p.message}`);
}

describe('a profile photo from a phone', () => {
  it('is taken as the phone saved it: 12 megapixels, over 5 MB, turned by EXIF and with a GPS position', async () => {
    const photo = await phonePhoto();
    const { width, height, orientation, exif } = await sharp(photo).metadata();
    expect({ width, height, orientation, hasExif: Boolean(exif) }).toEqual({
      width: 4032,
      height: 3024,
      orientation: 6,
      hasExif: true,
    });
    expect(photo.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(await problemsWithPhoto(photo)).toEqual([]);
  });

  it('is taken at 48 megapixels (8064 × 6048)', async () => {
    const photo = await sharp({ create: { width: 8064, height: 6048, channels: 3, background: '#a86' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await problemsWithPhoto(photo)).toEqual([]);
  });

  it('over 50 MB and over 100 megapixels is refused for both reasons in one run', async () => {
    const picture = await sharp({ create: { width: 12_000, height: 9_000, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    // Bytes after the picture's end, as some editors leave: the picture still opens, the file is 51 MB.
    const photo = Buffer.concat([picture, Buffer.alloc(51 * 1024 * 1024 - picture.length)]);
    expect(await problemsWithPhoto(photo)).toEqual([
      'people/layla-haddad.md:5  photo  "./layla-haddad.jpg" is 51 MB, at most 50 MB is allowed → save it again as JPEG at its phone\'s own size (up to 48 megapixels is fine)',
      'people/layla-haddad.md:5  photo  "./layla-haddad.jpg" is 12000 × 9000 pixels (108 megapixels), at most 100 megapixels are allowed → save it again as JPEG at its phone\'s own size (up to 48 megapixels is fine)',
    ]);
  });

  it('over 50 MB and unreadable is refused for both reasons in one run', async () => {
    expect(await problemsWithPhoto(Buffer.alloc(50.5 * 1024 * 1024))).toEqual([
      'people/layla-haddad.md:5  photo  "./layla-haddad.jpg" is 50.5 MB, at most 50 MB is allowed → save it again as JPEG at its phone\'s own size (up to 48 megapixels is fine)',
      'people/layla-haddad.md:5  photo  "./layla-haddad.jpg" is not an image that can be read → save it again as JPEG or PNG',
    ]);
  });
});
