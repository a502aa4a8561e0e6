/**
 * The heavy jobs of the API — the doctor-visit PDF, the FHIR Bundle, the diary export and the diary
 * import — as plain data in, plain data out, so the same function runs in a worker thread (pool.ts,
 * worker.ts) or, for a store a worker cannot open (the in-memory one of tests), on the calling thread.
 * A job reads the store itself: a 20 MB diary is never read, parsed or turned into JSON on the thread
 * that answers requests. Answers are bytes, so they cross back to that thread without a copy.
 */
import type { Issue } from '../../contract/errors.ts';
import { type Diary, defaultProfile, diaryExportSchema } from '../../diary/model.ts';
import { buildFhirBundle } from '../../fhir/bundle.ts';
import { renderer, translationRenderers } from '../../i18n/catalogs.ts';
import { msg } from '../../i18n/message.ts';
import type { Period } from '../../insights/period.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { makeSummaryPdf } from '../../report/pdf/render.ts';
import { buildSummary } from '../../report/summary.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../store/collections.ts';
import type { Store } from '../../store/store.ts';
import { ApiError, apiError } from '../http-error.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../json-body.ts';
import { parseOrThrow } from '../parse.ts';
import { duplicateIds } from './duplicate-ids.ts';

export type Task =
  | {
      readonly kind: 'report.pdf';
      readonly userId: string;
      readonly period: Period;
      readonly paper: 'a4' | 'letter';
      readonly lang: string;
      readonly now: number;
    }
  | {
      readonly kind: 'fhir';
      readonly userId: string;
      readonly period: Period | undefined;
      readonly patientId: string;
      readonly lang: string;
      readonly now: number;
    }
  | { readonly kind: 'export'; readonly userId: string; readonly now: number }
  | { readonly kind: 'import'; readonly userId: string; readonly bytes: Uint8Array; readonly now: number };

export interface PdfDone {
  readonly bytes: Uint8Array;
  readonly uncovered: readonly string[];
  readonly from: string;
  readonly to: string;
}
export interface BytesDone {
  readonly bytes: Uint8Array;
}
export interface ImportDone {
  readonly imported: Record<CollectionName, number>;
}

export type Done<T extends Task> = T extends { kind: 'report.pdf' }
  ? PdfDone
  : T extends { kind: 'import' }
    ? ImportDone
    : BytesDone;

/** The caller's whole diary; a profile never saved reads as the defaults, as GET /api/v1/profile does. */
async function ownDiary(store: Store, userId: string): Promise<Diary> {
  const { profile, ...records } = await store.exportDiary(userId);
  return { ...records, profile: profile ?? defaultProfile() };
}

/** Bytes with an ArrayBuffer of their own (small Buffers share a pool, which must not be transferred). */
const utf8 = (text: string): Uint8Array => {
  const b = Buffer.from(text, 'utf8');
  return b.byteLength === b.buffer.byteLength
    ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
    : new Uint8Array(b);
};

/**
 * The export's JSON, written by the route's own serialiser (the API document's schema): nothing the
 * schema does not declare is sent. Loaded on first use, because the document needs every route.
 */
let exportSerialiser: Promise<(body: unknown) => string> | undefined;
function serialiseExport(): Promise<(body: unknown) => string> {
  exportSerialiser ??= import('./export-serialiser.ts').then((m) => m.exportSerialiser());
  return exportSerialiser;
}

/** Rejects what Fastify's own JSON parser rejects: "__proto__" keys and "constructor.prototype". */
function parseJsonSafely(text: string): unknown {
  if (text.trim() === '') throw apiError('invalid_json');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    throw apiError('invalid_json', msg('error.nestedTooDeep', { max: MAX_JSON_DEPTH }));
  try {
    return JSON.parse(text, (key, value) => {
      if (key === '__proto__') throw new SyntaxError('forbidden key');
      if (key === 'constructor' && value && typeof value === 'object' && 'prototype' in value)
        throw new SyntaxError('forbidden key');
      return value;
    });
  } catch {
    throw apiError('invalid_json');
  }
}

export async function runTask<T extends Task>(store: Store, task: T): Promise<Done<T>> {
  return (await run(store, task)) as Done<T>;
}

async function run(store: Store, task: Task): Promise<PdfDone | BytesDone | ImportDone> {
  switch (task.kind) {
    case 'report.pdf': {
      const diary = await ownDiary(store, task.userId);
      const summary = buildSummary(diary, task.period, task.now);
      const { pdf, uncovered } = await makeSummaryPdf(summary, {
        paper: task.paper,
        renderer: renderer(task.lang),
      });
      return { bytes: pdf, uncovered: uncovered.map((c) => c.label), from: summary.from, to: summary.to };
    }
    case 'fhir': {
      const diary = await ownDiary(store, task.userId);
      const bundle = buildFhirBundle(diary, getKnowledge(), task.period, {
        now: task.now,
        patientId: task.patientId,
        words: renderer(task.lang),
        // Every shipped translation as a designation with its language (docs/report.md).
        designations: translationRenderers(),
      });
      return { bytes: utf8(JSON.stringify(bundle)) };
    }
    case 'export': {
      const [diary, serialise] = await Promise.all([store.exportDiary(task.userId), serialiseExport()]);
      const body = {
        format: 'backease-diary' as const,
        version: 1 as const,
        exportedAt: new Date(task.now).toISOString(),
        ...diary,
        profile: diary.profile ?? defaultProfile(),
      };
      return { bytes: utf8(serialise(body)) };
    }
    case 'import': {
      const text = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString(
        'utf8',
      );
      const body = parseOrThrow(diaryExportSchema, parseJsonSafely(text));
      const duplicates = duplicateIds(body);
      if (duplicates.length > 0) throw new ApiError(duplicates);
      await store.importDiary(task.userId, body, task.now);
      const imported = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, body[c].length])) as Record<
        CollectionName,
        number
      >;
      return { imported };
    }
  }
}

/** An ApiError as data that crosses a thread (a worker's refusal of bad input); pool.ts makes it an ApiError again. */
export interface RefusalData {
  readonly issues: readonly Issue[];
}
export const refusalFrom = (error: ApiError): RefusalData => ({ issues: error.issues });
