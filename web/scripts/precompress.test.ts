import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PRECOMPRESS_MIN_BYTES, precompress } from './precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'backease-precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes .br and .gz copies that decompress to the file, for text files big enough to gain', () => {
    const js = 'export const words = "back pain, spasm, heat, stretch";\n'.repeat(40);
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'assets', 'index-1.js'), js);
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>x</p>'.repeat(100)}`);
    writeFileSync(join(dir, 'tiny.js'), 'x'.repeat(PRECOMPRESS_MIN_BYTES - 1));
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(4096));
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}'.padEnd(4096));
    const made = precompress(dir);
    expect(made.map((m) => m.file).sort()).toEqual(['assets/index-1.js', 'index.html']);
    const br = readFileSync(join(dir, 'assets', 'index-1.js.br'));
    expect(brotliDecompressSync(br).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'assets', 'index-1.js.gz'))).toString()).toBe(js);
    expect(br.byteLength).toBeLessThan(js.length / 10);
    for (const f of ['tiny.js.br', 'icon.png.br', '.vite/manifest.json.br'])
      expect(existsSync(join(dir, f))).toBe(false);
  });
});
