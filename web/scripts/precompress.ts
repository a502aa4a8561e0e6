/**
 * Compresses a build's text files once, at build time: beside each `name` a `name.br` (brotli at its
 * best quality, which is too slow to do per request and need not be) and a `name.gz` (gzip level 9). The
 * server sends the copy the client accepts (src/server/static.ts); the service worker's precache list
 * was written before this step, so it names the plain files only. Tiny files are left alone: the
 * headers would cost more than the bytes saved.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;
/** Smaller than this: served as it is. */
export const PRECOMPRESS_MIN_BYTES = 512;

export interface Compressed {
  readonly file: string;
  readonly raw: number;
  readonly br: number;
  readonly gz: number;
}

/** Writes the .br and .gz copies of every text file under `dir` (not its dot-folders); returns their sizes. */
export function precompress(dir: string): Compressed[] {
  const out: Compressed[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      if (name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${name}` : name;
      const path = join(dir, rel);
      if (statSync(path).isDirectory()) {
        walk(rel);
        continue;
      }
      if (!TEXT.test(name)) continue;
      const bytes = readFileSync(path);
      if (bytes.byteLength < PRECOMPRESS_MIN_BYTES) continue;
      const br = brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      });
      const gz = gzipSync(bytes, { level: 9 });
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gz);
      out.push({ file: rel, raw: bytes.byteLength, br: br.byteLength, gz: gz.byteLength });
    }
  };
  walk('');
  return out;
}
