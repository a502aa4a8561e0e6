/**
 * Answers compressed when the client asks (Accept-Encoding: br or gzip) and they are worth it: JSON and
 * text of at least COMPRESS_MIN_BYTES. Brotli at a middle quality (a fast setting: the best one costs
 * tens of times the CPU for a few per cent), gzip where brotli is not accepted. The work runs in libuv's
 * thread pool, not on the thread that answers requests. The web app's files are compressed once, when
 * they are built (web/scripts/build.ts), and served as they are (static.ts).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Below this, the bytes saved do not pay for the work and the headers. */
export const COMPRESS_MIN_BYTES = 1024;

const COMPRESSIBLE = /^(application\/(json|fhir\+json|problem\+json|javascript)|text\/)/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Coding = 'br' | 'gzip';

/** The coding the client prefers among the ones we make, or null ("identity", or q=0 for both). */
export function chooseEncoding(header: string | undefined): Coding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const weight = (c: Coding) => q.get(c) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

function addVary(reply: FastifyReply, value: string): void {
  const current = reply.getHeader('vary');
  if (!current) {
    reply.header('vary', value);
    return;
  }
  const list = String(current);
  if (
    !list
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(value)
  )
    reply.header('vary', `${list}, ${value}`);
}

/** The coding to compress this answer with, or null to send it as it is (deciding costs no copy). */
function codingFor(req: FastifyRequest, reply: FastifyReply, payload: unknown): Coding | null {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return null;
  // UTF-8 is never shorter than the string's length, so only short strings need counting. Size first:
  // most answers are small, and this is the cheapest test.
  const size =
    typeof payload !== 'string'
      ? payload.byteLength
      : payload.length >= COMPRESS_MIN_BYTES
        ? payload.length
        : Buffer.byteLength(payload);
  if (size < COMPRESS_MIN_BYTES) return null;
  if (reply.hasHeader('content-encoding')) return null;
  if (!COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return null;
  addVary(reply, 'accept-encoding');
  return req.method === 'HEAD' ? null : chooseEncoding(req.headers['accept-encoding']);
}

async function compress(payload: string | Buffer, coding: Coding): Promise<Buffer> {
  const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
  return coding === 'br'
    ? brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      })
    : gzipped(bytes, { level: 6 });
}

/** The onSend step that compresses an answer when it is worth it (app.ts runs it on every answer). */
export function compressAnswer(
  req: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (error: Error | null, payload?: unknown) => void,
): void {
  const coding = codingFor(req, reply, payload);
  if (!coding) {
    done(null, payload);
    return;
  }
  compress(payload as string | Buffer, coding).then(
    (out) => {
      reply.header('content-encoding', coding);
      reply.removeHeader('content-length');
      done(null, out);
    },
    (error: Error) => done(error),
  );
}
