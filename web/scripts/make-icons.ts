/**
 * Draws the app icons (web/public/icons/*.png and icon.svg): a stack of four rounded vertebrae on the
 * brand colour. Written as plain PNG with node:zlib so no image tool is needed. Run once after a design
 * change: `node web/scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0b, 0x4f, 0x6c];
const WHITE = [0xff, 0xff, 0xff];
const out = fileURLToPath(new URL('../public/icons/', import.meta.url));

/** Vertebrae as rounded rectangles in a 0..1 square: [x, y, w, h]. */
const BONES = [
  [0.34, 0.16, 0.32, 0.13],
  [0.31, 0.33, 0.38, 0.14],
  [0.29, 0.51, 0.42, 0.15],
  [0.27, 0.7, 0.46, 0.15],
] as const;

function inRoundRect(px: number, py: number, [x, y, w, h]: readonly number[], r: number): boolean {
  const [rx, ry, rw, rh] = [x as number, y as number, w as number, h as number];
  if (px < rx || px > rx + rw || py < ry || py > ry + rh) return false;
  const cx = Math.min(Math.max(px, rx + r), rx + rw - r);
  const cy = Math.min(Math.max(py, ry + r), ry + rh - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** maskable: full-bleed background with the drawing inside the central 80% safe zone. */
function png(size: number, maskable: boolean): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const scale = maskable ? 0.8 : 1;
  const corner = maskable ? 0 : 0.18;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const inBg = inRoundRect(u, v, [0, 0, 1, 1], corner);
      const su = (u - 0.5) / scale + 0.5;
      const sv = (v - 0.5) / scale + 0.5;
      const bone = BONES.some((b) => inRoundRect(su, sv, b, 0.05));
      const rgb = bone ? WHITE : BRAND;
      const i = y * (size * 4 + 1) + 1 + x * 4;
      raw[i] = rgb[0] as number;
      raw[i + 1] = rgb[1] as number;
      raw[i + 2] = rgb[2] as number;
      raw[i + 3] = inBg ? 255 : 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg(): string {
  const rects = BONES.map(
    ([x, y, w, h]) =>
      `<rect x="${x * 100}" y="${y * 100}" width="${w * 100}" height="${h * 100}" rx="5" fill="#fff"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><title>BackEase</title><rect width="100" height="100" rx="18" fill="#0b4f6c"/>${rects}</svg>\n`;
}

mkdirSync(out, { recursive: true });
writeFileSync(`${out}icon-192.png`, png(192, false));
writeFileSync(`${out}icon-512.png`, png(512, false));
writeFileSync(`${out}maskable-512.png`, png(512, true));
writeFileSync(`${out}icon.svg`, svg());
console.log('icons written to web/public/icons/');
