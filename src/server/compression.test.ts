import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config/config.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { buildApp } from './app.ts';
import { COMPRESS_MIN_BYTES, chooseEncoding } from './compression.ts';

// Not the checked harness: the checker reads bodies as JSON, and these are compressed on purpose.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp(testConfig(), new MemoryStore());
});
afterAll(async () => app?.close());

const ASSESS = {
  age: 38,
  sex: 'male',
  evidence: [
    { id: 'pain_lower_back', state: 'present' },
    { id: 'pain_severity', state: 'present', value: 6 },
  ],
};

describe('choosing an encoding', () => {
  it('prefers brotli, honours q-values and refusals, and knows identity', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('deflate')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('compressed answers', () => {
  it('compresses a large answer with the coding asked for, and it reads back the same', async () => {
    const plain = await app.inject({ method: 'POST', url: '/api/v1/assess?view=full', payload: ASSESS });
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.byteLength).toBeGreaterThan(COMPRESS_MIN_BYTES);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/);
    expect(plain.headers.vary).toMatch(/accept-language/);

    const br = await app.inject({
      method: 'POST',
      url: '/api/v1/assess?view=full',
      payload: ASSESS,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/);
    const unpacked = brotliDecompressSync(br.rawPayload);
    expect(JSON.parse(unpacked.toString())).toEqual(plain.json());
    expect(br.rawPayload.byteLength).toBeLessThan(plain.rawPayload.byteLength / 3);
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.byteLength);

    const gz = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString()).openapi).toMatch(/^3\./);
  });

  it('leaves small answers, and clients that do not ask, alone', async () => {
    const small = await app.inject({ url: '/api/v1/health', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers.vary ?? '').not.toMatch(/accept-encoding/);
    expect(small.json()).toEqual({ status: 'ok' });
    const identity = await app.inject({
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.json().openapi).toMatch(/^3\./);
  });
});
