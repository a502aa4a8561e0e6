/**
 * The diary API: the profile, and the five collections with create, read, replace, delete and listing by
 * date range. Every query is scoped by the signed-in user's id (the store's ids are per user), so an id
 * belonging to someone else is simply not found: 404, and their record is untouched.
 */

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defaultProfile, idSchema, isoDateTime } from '../../diary/model.ts';
import { msg } from '../../i18n/message.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionDef,
  type CollectionName,
  type CollectionRecords,
} from '../../store/collections.ts';
import { type Cursor, MAX_PAGE } from '../../store/store.ts';
import { apiError } from '../http-error.ts';
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

function collectionRoutes<C extends CollectionName>(def: CollectionDef<C>): AnyRoute[] {
  const base = `/api/v1/${def.segment}`;
  const tag = 'Diary';
  const component = COMPONENT_NAMES[def.name];
  const record = named(component, def.schema);
  const page = named(
    `${component}Page`,
    z.object({
      items: z.array(record),
      nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null at the end'),
    }),
  );
  // Without an id in the body, the server makes one.
  const withId = z.preprocess((b) => withIdFilledIn(b, randomUUID), def.schema);
  return [
    route({
      method: 'GET',
      url: base,
      tag,
      summary: `List my ${def.noun}s, newest first, by date range and page`,
      access: 'user',
      query: listQuerySchema,
      responses: {
        200: { description: 'One page', schema: page },
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
        return ok({ items: [...found.items], nextCursor: found.next ? encodeCursor(found.next) : null });
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
        201: { description: 'Created', schema: record },
        409: { description: '`conflict`: you already have a record with this id; PUT replaces it.' },
      },
      handler: async ({ body, signedIn, deps }) => {
        const outcome = await deps.store.putEntry(signedIn.user.id, def.name, body, deps.now(), 'create');
        if (outcome === 'exists') {
          throw apiError('conflict', msg('error.alreadyExists', { noun: msg(`record.${def.name}`) }), 'id');
        }
        return created(body);
      },
    }),
    route({
      method: 'GET',
      url: `${base}/:id`,
      tag,
      summary: `One ${def.noun}`,
      access: 'user',
      params: idParams,
      responses: {
        200: { description: 'The record', schema: record },
        404: { description: `\`not_found\`: you have no ${def.noun} with this id.` },
      },
      handler: async ({ params, signedIn, deps }) => {
        const found = await deps.store.getEntry(signedIn.user.id, def.name, params.id);
        if (!found)
          throw apiError('not_found', msg('error.noSuchRecord', { noun: msg(`record.${def.name}`) }), 'id');
        return ok(found);
      },
    }),
    route({
      method: 'PUT',
      url: `${base}/:id`,
      tag,
      summary: `Create or replace a ${def.noun} (idempotent; used by offline sync)`,
      access: 'user',
      params: idParams,
      docBody: record,
      responses: {
        200: { description: 'Replaced', schema: record },
        201: { description: 'Created', schema: record },
        400: { description: 'Also an id in the body that differs from the path’s.' },
      },
      handler: async ({ params, rawBody, signedIn, deps }) => {
        const record = parseOrThrow(
          def.schema,
          withIdFilledIn(rawBody, () => params.id),
        );
        if (record.id !== params.id) {
          throw apiError('invalid_value', msg('error.idMismatch'), 'id');
        }
        const outcome = await deps.store.putEntry(signedIn.user.id, def.name, record, deps.now());
        return outcome === 'created' ? created(record) : ok(record);
      },
    }),
    route({
      method: 'DELETE',
      url: `${base}/:id`,
      tag,
      summary: `Delete a ${def.noun}`,
      access: 'user',
      params: idParams,
      responses: {
        204: { description: 'Deleted' },
        404: { description: `\`not_found\`: you have no ${def.noun} with this id.` },
      },
      handler: async ({ params, signedIn, deps }) => {
        if (!(await deps.store.deleteEntry(signedIn.user.id, def.name, params.id))) {
          throw apiError('not_found', msg('error.noSuchRecord', { noun: msg(`record.${def.name}`) }), 'id');
        }
        return noContent();
      },
    }),
  ];
}

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
];
