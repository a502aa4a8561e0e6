/**
 * The diary API: the profile, and the five collections with create, read, replace, delete and listing by
 * date range. Every query is scoped by the signed-in user's id (the store's ids are per user), so an id
 * belonging to someone else is simply not found: 404, and their record is untouched.
 */

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { errorBodySchema } from '../../contract/error-body.ts';
import { issue } from '../../contract/errors.ts';
import { defaultProfile, idSchema, isoDateTime } from '../../diary/model.ts';
import { msg } from '../../i18n/message.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionDef,
  type CollectionName,
  type CollectionRecords,
} from '../../store/collections.ts';
import {
  type Cursor,
  MAX_PAGE,
  type Tombstone,
  type TombstoneCursor,
  type Versioned,
} from '../../store/store.ts';
import { ApiError, apiError } from '../http-error.ts';
import { parseOrThrow } from '../parse.ts';
import { type AnyRoute, created, noContent, ok, route } from '../route.ts';
import { named, PROFILE } from './docs-schemas.ts';

/** The name of a collection's record schema in the OpenAPI components. */
export const COMPONENT_NAMES: Readonly<Record<CollectionName, string>> = {
  episodes: 'Episode',
  checkIns: 'CheckIn',
  remedySessions: 'RemedySession',
  assessments: 'SavedAssessment',
  doctorQuestions: 'DoctorQuestion',
};

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

const cursorShape = z.tuple([z.number().int().min(-8.64e15).max(8.64e15), z.string().min(1).max(64)]);

export function decodeCursor(raw: string): Cursor {
  try {
    const [at, id] = cursorShape.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { at, id };
  } catch {
    throw apiError('invalid_value', msg('error.badCursor'), 'cursor');
  }
}

export const listQuerySchema = z
  .object({
    from: isoDateTime.optional().describe('Only records at or after this time'),
    to: isoDateTime.optional().describe('Only records before this time (exclusive)'),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
    cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
  })
  .strict();

const idParams = z.object({ id: idSchema }).strict();

/** The documented body of POST: the record, with the id optional (the server makes one). */
function newRecordSchema(record: z.ZodType): z.ZodType {
  const { shape } = record as unknown as z.ZodObject<{ id: z.ZodType }>;
  return z.strictObject({ ...shape, id: shape.id.optional() });
}

/**
 * A record body with its id filled in when it has none: POST makes a new one, PUT takes the path's.
 * Anything else (an id already there, or a body that is not an object) is left for the record schema,
 * which stays the only authority.
 */
export function withIdFilledIn(body: unknown, id: () => string): unknown {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && !('id' in body)
    ? { ...body, id: id() }
    : body;
}

/** A record's version, as answers carry it and writes name it (docs/sync.md). */
const versionSchema = z
  .number()
  .int()
  .min(1)
  .max(2_147_483_647)
  .describe('The record’s version: 1 when created, one more at every change');

const deleteBodySchema = z
  .object({ version: versionSchema.describe('The version you are deleting (as you last read it)') })
  .strict();

/** A record schema's fields plus `version`, which the record schemas themselves do not have. */
function withVersion(record: z.ZodType, version: z.ZodType): z.ZodType {
  const { shape } = record as unknown as z.ZodObject<z.ZodRawShape>;
  return z.strictObject({ ...shape, version });
}

/** The record as answers carry it: its fields and its version. */
function stored<T>(v: Versioned<T>): T & { version: number } {
  return { ...v.record, version: v.version };
}

const TOMBSTONE = named(
  'Tombstone',
  z
    .object({
      collection: z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]),
      id: idSchema,
      version: versionSchema.describe('The deletion’s version: one more than the record’s last'),
      deletedAt: isoDateTime.describe('When it was deleted'),
    })
    .describe('A deleted record: enough for another device to learn of the deletion'),
);

function tombstoneBody(t: Tombstone) {
  return {
    collection: t.collection,
    id: t.id,
    version: t.version,
    deletedAt: new Date(t.deletedAt).toISOString(),
  };
}

/**
 * A body with its `version` taken out: the version is sync's, the rest is the record, which the record
 * schema alone validates. Anything that is not an object is left whole for the record schema to refuse.
 */
function splitVersion(body: unknown): { record: unknown; version: unknown } {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !('version' in body))
    return { record: body, version: undefined };
  const { version, ...record } = body as Record<string, unknown>;
  return { record, version };
}

/** The version a PUT names, if it names one (then it must be a version). */
function namedVersion(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  return parseOrThrow(z.object({ version: versionSchema }), { version: raw }).version;
}

/** The 409 of a write that named a version that is not the current one, with what is there now. */
function versionConflict<T>(
  noun: string,
  named: number | undefined,
  current: Versioned<T> | null,
  deleted: Tombstone | null,
): ApiError {
  const detail = current
    ? named === undefined
      ? msg('error.versionMissing', { noun: msg(noun), current: current.version })
      : msg('error.staleVersion', { noun: msg(noun), version: named, current: current.version })
    : deleted
      ? msg('error.deletedSince', { noun: msg(noun), current: deleted.version })
      : msg('error.noSuchVersion', { noun: msg(noun) });
  return new ApiError(
    [issue('version_conflict', 'version', detail)],
    {},
    {
      current: current ? stored(current) : null,
      deleted: deleted ? tombstoneBody(deleted) : null,
    },
  );
}

function collectionRoutes<C extends CollectionName>(def: CollectionDef<C>): AnyRoute[] {
  const base = `/api/v1/${def.segment}`;
  const tag = 'Diary';
  const noun = `record.${def.name}`;
  const component = COMPONENT_NAMES[def.name];
  named(component, def.schema);
  const record = named(`Stored${component}`, withVersion(def.schema, versionSchema));
  const change = named(
    `${component}Change`,
    withVersion(
      def.schema,
      versionSchema
        .optional()
        .describe('The version this change is based on (as you last read it); leave it out to create'),
    ),
  );
  const conflict = named(
    `${component}VersionConflict`,
    errorBodySchema.extend({
      current: record.nullable().describe('The record as stored now; null when it is not there'),
      deleted: TOMBSTONE.nullable().describe('Its deletion, when it was deleted'),
    }),
  );
  const page = named(
    `${component}Page`,
    z.object({
      items: z.array(record),
      nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null at the end'),
    }),
  );
  // Without an id in the body, the server makes one.
  const withId = z.preprocess((b) => withIdFilledIn(b, randomUUID), def.schema);
  const notFound = () => apiError('not_found', msg('error.noSuchRecord', { noun: msg(noun) }), 'id');
  return [
    route({
      method: 'GET',
      url: base,
      tag,
      summary: `List my ${def.noun}s, newest first, by date range and page`,
      access: 'user',
      query: listQuerySchema,
      responses: {
        200: { description: 'One page, each record with its version', schema: page },
        400: { description: 'Also `from` after `to`, or a cursor this server did not give out.' },
      },
      handler: async ({ query, signedIn, deps }) => {
        const from = query.from === undefined ? undefined : Date.parse(query.from);
        const to = query.to === undefined ? undefined : Date.parse(query.to);
        if (from !== undefined && to !== undefined && from > to) {
          throw apiError('invalid_value', msg('error.fromAfterTo'), 'from');
        }
        const found = await deps.store.listEntries(signedIn.user.id, def.name, {
          limit: query.limit,
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(query.cursor === undefined ? {} : { after: decodeCursor(query.cursor) }),
        });
        return ok({
          items: found.items.map(stored),
          nextCursor: found.next ? encodeCursor(found.next) : null,
        });
      },
    }),
    route({
      method: 'POST',
      url: base,
      tag,
      summary: `Add a ${def.noun} (the server makes the id if the body has none)`,
      access: 'user',
      body: withId as z.ZodType<CollectionRecords[C], unknown>,
      docBody: named(`${component}New`, newRecordSchema(def.schema)),
      responses: {
        201: { description: 'Created, at version 1', schema: record },
        409: {
          description:
            '`conflict`: you already have a record with this id (PUT changes it), or had one and deleted it.',
        },
      },
      handler: async ({ body, signedIn, deps }) => {
        const r = await deps.store.putEntry(signedIn.user.id, def.name, body, deps.now(), {
          createOnly: true,
        });
        if (r.outcome === 'conflict') {
          const detail = r.current ? 'error.alreadyExists' : 'error.deletedAlready';
          throw apiError('conflict', msg(detail, { noun: msg(noun) }), 'id');
        }
        return created(stored({ record: body, version: r.version }));
      },
    }),
    route({
      method: 'GET',
      url: `${base}/:id`,
      tag,
      summary: `One ${def.noun}, with its version`,
      access: 'user',
      params: idParams,
      responses: {
        200: { description: 'The record', schema: record },
        404: { description: `\`not_found\`: you have no ${def.noun} with this id.` },
      },
      handler: async ({ params, signedIn, deps }) => {
        const found = await deps.store.getEntry(signedIn.user.id, def.name, params.id);
        if (!found) throw notFound();
        return ok(stored(found));
      },
    }),
    route({
      method: 'PUT',
      url: `${base}/:id`,
      tag,
      summary: `Create a ${def.noun}, or change the version you name (used by offline sync)`,
      description:
        'Without `version` the record must be new; with it, the stored record must still be at that ' +
        'version (or be the deletion of that version, to bring the record back). Sending exactly what is ' +
        'stored is always 200, so a retry does no harm. See docs/sync.md.',
      access: 'user',
      params: idParams,
      docBody: change,
      responses: {
        200: {
          description: 'Changed (or already exactly this): the record at its new version',
          schema: record,
        },
        201: { description: 'Created (or brought back after a deletion)', schema: record },
        400: { description: 'Also an id in the body that differs from the path’s.' },
        409: {
          description:
            '`version_conflict`: the record has changed (or was deleted) since the version you name, or ' +
            'exists when you named none. `current` is what is stored now.',
          schema: conflict,
        },
      },
      handler: async ({ params, rawBody, signedIn, deps }) => {
        const split = splitVersion(rawBody);
        const record = parseOrThrow(
          def.schema,
          withIdFilledIn(split.record, () => params.id),
        );
        const version = namedVersion(split.version);
        if (record.id !== params.id) {
          throw apiError('invalid_value', msg('error.idMismatch'), 'id');
        }
        const r = await deps.store.putEntry(signedIn.user.id, def.name, record, deps.now(), { version });
        if (r.outcome === 'conflict') throw versionConflict(noun, version, r.current, r.deleted);
        const body = stored({ record, version: r.version });
        return r.outcome === 'created' ? created(body) : ok(body);
      },
    }),
    route({
      method: 'DELETE',
      url: `${base}/:id`,
      tag,
      summary: `Delete the version you name of a ${def.noun}`,
      description:
        'Leaves a tombstone (GET /api/v1/deleted) so your other devices learn of the deletion. Deleting ' +
        'what is deleted already is 204.',
      access: 'user',
      params: idParams,
      body: deleteBodySchema,
      responses: {
        204: { description: 'Deleted (now or before)' },
        404: { description: `\`not_found\`: you have no ${def.noun} with this id, and had none.` },
        409: {
          description:
            '`version_conflict`: the record has changed since the version you name; `current` is it now.',
          schema: conflict,
        },
      },
      handler: async ({ params, body, signedIn, deps }) => {
        const r = await deps.store.deleteEntry(
          signedIn.user.id,
          def.name,
          params.id,
          body.version,
          deps.now(),
        );
        if (r.outcome === 'not_found') throw notFound();
        if (r.outcome === 'conflict') throw versionConflict(noun, body.version, r.current, null);
        return noContent();
      },
    }),
  ];
}

function encodeTombstoneCursor(c: TombstoneCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.collection, c.id])).toString('base64url');
}

const tombstoneCursorShape = z.tuple([
  z.number().int().min(-8.64e15).max(8.64e15),
  z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]),
  z.string().min(1).max(64),
]);

function decodeTombstoneCursor(raw: string): TombstoneCursor {
  try {
    const [at, collection, id] = tombstoneCursorShape.parse(
      JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')),
    );
    return { at, collection, id };
  } catch {
    throw apiError('invalid_value', msg('error.badCursor'), 'cursor');
  }
}

const deletedRoute = route({
  method: 'GET',
  url: '/api/v1/deleted',
  tag: 'Diary',
  summary: 'My deleted records (tombstones), newest first, for sync',
  description:
    'A device that holds one of these records, unchanged, removes it; one that changed it asks the person ' +
    '(docs/sync.md). Kept until the account is deleted.',
  access: 'user',
  query: z
    .object({
      limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(500),
      cursor: z.string().max(300).optional().describe('nextCursor of the previous page'),
    })
    .strict(),
  responses: {
    200: {
      description: 'One page',
      schema: named(
        'TombstonePage',
        z.object({
          items: z.array(TOMBSTONE),
          nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null at the end'),
        }),
      ),
    },
    400: { description: 'Also a cursor this server did not give out.' },
  },
  handler: async ({ query, signedIn, deps }) => {
    const found = await deps.store.listTombstones(signedIn.user.id, {
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { after: decodeTombstoneCursor(query.cursor) }),
    });
    return ok({
      items: found.items.map(tombstoneBody),
      nextCursor: found.next ? encodeTombstoneCursor(found.next) : null,
    });
  },
});

const profileRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/v1/profile',
    tag: 'Diary',
    summary: 'My profile (age, sex, conditions and medicines as findings); defaults until set',
    access: 'user',
    responses: { 200: { description: 'The profile', schema: PROFILE } },
    handler: async ({ signedIn, deps }) =>
      ok((await deps.store.getProfile(signedIn.user.id)) ?? defaultProfile()),
  }),
  route({
    method: 'PUT',
    url: '/api/v1/profile',
    tag: 'Diary',
    summary: 'Replace my profile',
    access: 'user',
    body: PROFILE,
    responses: { 200: { description: 'The stored profile', schema: PROFILE } },
    handler: async ({ body, signedIn, deps }) => {
      await deps.store.putProfile(signedIn.user.id, body, deps.now());
      return ok(body);
    },
  }),
];

export const diaryRoutes: readonly AnyRoute[] = [
  ...profileRoutes,
  ...COLLECTION_NAMES.flatMap((c) => collectionRoutes(COLLECTIONS[c] as CollectionDef<typeof c>)),
  deletedRoute,
];
