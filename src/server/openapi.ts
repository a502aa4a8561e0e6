/**
 * The OpenAPI 3.1 document, generated from the route declarations and the Zod schemas that validate the
 * requests (z.toJSONSchema), so what is documented is what is enforced.
 */
import { z } from 'zod';
import { diaryExportSchema, profileSchema } from '../diary/model.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../store/collections.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './auth/sessions.ts';
import type { AnyRoute, DocSchema } from './route.ts';
import { COMPONENT_NAMES } from './routes/diary.ts';
import { STATIC_COMPONENTS } from './routes/docs-schemas.ts';

type Json = Record<string, unknown>;

function isZod(s: DocSchema): s is z.ZodType {
  return s instanceof z.ZodType;
}

/** JSON Schema of a Zod schema as a request (`input`: defaults optional) or a response (`output`). */
export function jsonSchema(schema: DocSchema, io: 'input' | 'output'): Json {
  if (!isZod(schema)) return { ...schema };
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

function components(): Json {
  const schemas: Json = { ...STATIC_COMPONENTS };
  for (const c of COLLECTION_NAMES) {
    const name = COMPONENT_NAMES[c];
    const record = jsonSchema(COLLECTIONS[c].schema, 'input');
    schemas[name] = record;
    // POST accepts the same record without an id (the server makes one).
    schemas[`${name}New`] = {
      ...record,
      required: ((record.required as string[] | undefined) ?? []).filter((k) => k !== 'id'),
    };
  }
  schemas.Profile = jsonSchema(profileSchema, 'input');
  schemas.DiaryExport = jsonSchema(diaryExportSchema, 'input');
  return {
    schemas,
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
    },
  };
}

/** Fastify `:id` to OpenAPI `{id}`. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, '{$1}');
}

function parameters(route: AnyRoute): Json[] {
  const out: Json[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const js = jsonSchema(schema, 'input');
    const props = (js.properties ?? {}) as Record<string, Json>;
    const required = new Set((js.required as string[] | undefined) ?? []);
    for (const [name, s] of Object.entries(props)) {
      const { description, ...rest } = s;
      out.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: rest,
        ...(description ? { description } : {}),
      });
    }
  };
  add(route.params, 'path');
  add(route.query, 'query');
  if (route.access !== 'public' && route.method !== 'GET') {
    out.push({
      name: 'X-CSRF-Token',
      in: 'header',
      required: route.access === 'user',
      schema: { type: 'string' },
      description: 'The csrfToken of GET /api/v1/auth/session; required on every write with a session',
    });
  }
  return out;
}

export function buildOpenApi(routes: readonly AnyRoute[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = openApiPath(route.url);
    const bodySchema = route.docBody ?? route.body;
    const operation: Json = {
      tags: [route.tag],
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      operationId: `${route.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      ...(route.access === 'user' ? { security: [{ session: [] }] } : {}),
      parameters: parameters(route),
      ...(bodySchema
        ? {
            requestBody: {
              required: !(isZod(bodySchema) && bodySchema.safeParse(undefined).success),
              content: { 'application/json': { schema: jsonSchema(bodySchema, 'input') } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema
              ? {
                  content: {
                    [r.contentType ?? 'application/json']: { schema: jsonSchema(r.schema, 'output') },
                  },
                }
              : {}),
          },
        ]),
      ),
    };
    paths[path] ??= {};
    (paths[path] as Record<string, Json>)[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'BackEase API',
      version: '1',
      description:
        'Self-care and triage for back pain, and a symptom diary. Errors are ' +
        '{"error":{"code","message","issues"}} with the codes of the catalogue. Writes with a session ' +
        `cookie need the ${CSRF_HEADER} header. Not a diagnosis: in an emergency call your local number.`,
    },
    paths,
    components: components(),
  };
}
