/**
 * A photo as a phone writes it: 12 megapixels stored landscape with EXIF Orientation 6 (turn a quarter
 * clockwise to show it; the phone was held upright), a GPS position, and grain enough to weigh what a
 * real one does (about 6 MB at quality 95). Stored, its top half is red and its bottom half blue; shown
 * upright, red is on the right and blue on the left.
 */
import sharp from 'sharp';

export const PHONE_PHOTO = { width: 4032, height: 3024 } as const;

/** The JPEG's bytes; `scale` 2 makes the 48-megapixel kind (8064 × 6048). */
export async function phonePhoto(scale = 1): Promise<Buffer> {
  const width = PHONE_PHOTO.width * scale;
  const height = PHONE_PHOTO.height * scale;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 1;
  for (let row = 0; row < height; row++) {
    const red = row < height / 2;
    for (let column = 0; column < width; column++) {
      // A small linear congruential generator: the same grain every run, and fast.
      seed = (seed * 1_103_515_245 + 12_345) >>> 0;
      const grain = (seed >>> 24) % 48;
      const at = (row * width + column) * 3;
      pixels[at] = red ? 200 + grain : grain;
      pixels[at + 1] = grain;
      pixels[at + 2] = red ? grain : 200 + grain;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Phone', Model: 'Phone 15' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();
}
