/**
 * The OpenAPI 3.1 document, generated from the route declarations and their Zod schemas
 * (z.toJSONSchema: requests as `input`, where fields with defaults are optional; answers as `output`),
 * so what is documented is what is validated and sent. Fastify's answer serialisers are made from this
 * same document (fastifyResponseSchemas), and the tests check every answer against it.
 *
 * Besides what a route declares, every operation gets the statuses its declaration implies (route.ts
 * explains which): so a new route is documented completely without listing the generic errors.
 */
import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { SESSION_COOKIE } from './auth/sessions.ts';
import { exactCheck, withExactFastPath } from './exact-json.ts';
import type { AnyRoute, BodySchema, ResponseDoc, ResponseSchemas } from './route.ts';
import { ERROR_BODY, HEADERS, header, namedComponents, OPERATION_OUTCOME } from './routes/docs-schemas.ts';

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

export type OpenApiDocument = {
  readonly openapi: '3.1.0';
  readonly info: Json;
  readonly servers: readonly Json[];
  readonly tags: readonly Json[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, Json>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, Json>>;
    readonly headers: Readonly<Record<string, Json>>;
    readonly securitySchemes: Readonly<Record<string, Json>>;
  };
};

const SCHEMAS = '#/components/schemas/';

const TAGS: Readonly<Record<string, string>> = {
  Assessment: 'The public contract (contract/README.md): stateless, no account needed',
  Accounts: 'Sign-up, sign-in and sessions (an HttpOnly cookie; writes also send the CSRF token)',
  Diary: 'The signed-in person’s profile and records; someone else’s record is never found',
  'Data rights': 'Export everything, import it back, delete the account',
  Reports: 'The doctor-visit summary (PDF) and the FHIR R4 export, from the person’s own diary',
  Feedback: 'Reports of advice that seems wrong: no account needed, and none is linked',
};

const BODY_METHODS = new Set(['POST', 'PUT', 'DELETE']);

function isZod(s: BodySchema): s is z.ZodType {
  return s instanceof z.ZodType;
}

/** Every `$ref` to a schema component in a JSON value. */
function refsIn(json: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(json)) for (const v of json) refsIn(v, out);
  else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(SCHEMAS)) out.add(v.slice(SCHEMAS.length));
      else refsIn(v, out);
    }
  }
  return out;
}

/** Replaces refs to the given ids with their schemas (the inline schemas are not components). */
function inlined(json: unknown, table: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(json)) return json.map((v) => inlined(v, table));
  if (!json || typeof json !== 'object') return json;
  const ref = (json as Json).$ref;
  if (typeof ref === 'string' && ref.startsWith(SCHEMAS) && ref.slice(SCHEMAS.length) in table)
    return inlined(table[ref.slice(SCHEMAS.length)], table);
  return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, inlined(v, table)]));
}

function closure(roots: Iterable<string>, schemaOf: (name: string) => unknown): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    todo.push(...refsIn(schemaOf(name)));
  }
  return seen;
}

/** One Zod schema's place in an operation: what it is for decides the JSON Schema (`io`). */
interface Use {
  readonly schema: BodySchema;
  readonly io: Io;
}

function usesOf(route: AnyRoute): Use[] {
  const uses: Use[] = [];
  for (const s of [route.params, route.query, route.docBody ?? route.body])
    if (s) uses.push({ schema: s, io: 'input' });
  for (const r of Object.values(route.responses) as ResponseDoc[])
    if (r.schema) uses.push({ schema: r.schema, io: 'output' });
  uses.push({ schema: route.errorFormat === 'fhir' ? OPERATION_OUTCOME : ERROR_BODY, io: 'output' });
  return uses;
}

/**
 * The JSON Schemas of every schema the routes use, in both forms. Named schemas become components (a
 * request form `<name>Write` where it differs from the answer form); the others are inlined where used.
 */
function convertSchemas(routes: readonly AnyRoute[]) {
  const named = namedComponents();
  const nameOf = new Map([...named].map(([name, s]) => [s, name]));
  const inlineId = new Map<z.ZodType, string>();
  // What the operations use directly, in each form: names of components, and ids of inline schemas.
  const roots: Record<Io, Set<string>> = { input: new Set(), output: new Set() };
  for (const { schema, io } of routes.flatMap(usesOf)) {
    if (!isZod(schema)) {
      roots[io].add(schema.$ref.slice(SCHEMAS.length));
      continue;
    }
    let id = nameOf.get(schema) ?? inlineId.get(schema);
    if (!id) {
      id = `__inline${inlineId.size}`;
      inlineId.set(schema, id);
    }
    roots[io].add(id);
  }

  const registry = z.registry<{ id: string }>();
  for (const [name, s] of named) registry.add(s, { id: name });
  for (const [s, id] of inlineId) registry.add(s, { id });
  const convert = (io: Io, rename: (id: string) => string): Record<string, Json> => {
    const { schemas } = z.toJSONSchema(registry, {
      io,
      unrepresentable: 'any',
      uri: (id) => `${SCHEMAS}${rename(id)}`,
    });
    if ('__shared' in schemas)
      throw new Error('A schema of the API is recursive or has a Zod id: give it a name with named().');
    const out: Record<string, Json> = {};
    for (const [id, s] of Object.entries(schemas)) {
      const { $schema: _s, $id: _i, ...rest } = s as Json;
      out[id] = rest;
    }
    // Inline schemas nested in another schema are written out there too.
    const inlines = Object.fromEntries([...inlineId.values()].map((id) => [rename(id), out[id]]));
    return Object.fromEntries(Object.entries(out).map(([id, s]) => [id, inlined(s, inlines) as Json]));
  };

  const output = convert('output', (id) => id);
  const firstInput = convert('input', (id) => id);
  const schemaOf = (forms: Record<string, Json>) => (name: string) => forms[name];
  // The components each form needs: those used directly, and those any of them refers to.
  const isComponent = (id: string) => !id.startsWith('__inline');
  const answered = new Set([...closure(roots.output, schemaOf(output))].filter(isComponent));
  const sent = new Set([...closure(roots.input, schemaOf(firstInput))].filter(isComponent));
  // A request form differs when its own schema does, or when it refers to a form that differs.
  const differs = new Set([...named.keys()].filter((n) => !isDeepEqual(output[n], firstInput[n])));
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of named.keys()) {
      if (!differs.has(n) && [...refsIn(firstInput[n])].some((r) => differs.has(r))) {
        differs.add(n);
        grew = true;
      }
    }
  }
  const writeName = (n: string) => (differs.has(n) && answered.has(n) ? `${n}Write` : n);
  const input = convert('input', writeName);

  const components: Record<string, Json> = {};
  for (const n of answered) components[n] = output[n] as Json;
  for (const n of sent) components[writeName(n)] ??= input[n] as Json;
  const forms = { input, output };
  const schemaFor = (s: BodySchema, io: Io): Json => {
    if (!isZod(s)) return { ...s };
    const name = nameOf.get(s);
    if (name) return { $ref: `${SCHEMAS}${io === 'input' ? writeName(name) : name}` };
    return forms[io][inlineId.get(s) as string] as Json;
  };
  return {
    schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
    schemaFor,
  };
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fastify `:id` to OpenAPI `{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, '{$1}');
}

function parameters(route: AnyRoute, schemaFor: (s: BodySchema, io: Io) => Json): Json[] {
  const out: Json[] = [];
  for (const [schema, where] of [
    [route.params, 'path'],
    [route.query, 'query'],
  ] as const) {
    if (!schema) continue;
    const js = schemaFor(schema, 'input');
    const required = new Set((js.required as string[] | undefined) ?? []);
    for (const [name, s] of Object.entries((js.properties ?? {}) as Record<string, Json>)) {
      const { description, ...rest } = s;
      out.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: rest,
        ...(description ? { description } : {}),
      });
    }
  }
  return out;
}

function security(route: AnyRoute): Json[] {
  if (route.access === 'public') return [];
  const signedIn = route.method === 'GET' ? { session: [] } : { session: [], csrf: [] };
  return route.access === 'user' ? [signedIn] : [signedIn, {}];
}

/** The error statuses that follow from the declaration itself, with when they happen. */
function impliedErrors(route: AnyRoute): Map<number, string> {
  const m = new Map<number, string>();
  const hasBody = BODY_METHODS.has(route.method);
  if (hasBody || route.params || route.query || route.body || route.docBody) {
    const what = [
      hasBody ? 'a body that is not valid JSON (`invalid_json`)' : '',
      route.params ? 'an id in the path that is not a UUID (`invalid_value`)' : '',
      route.query ? 'an unknown, repeated or invalid query parameter' : '',
      route.body || route.docBody ? 'a body that breaks the schema' : '',
    ].filter(Boolean);
    m.set(400, `Invalid input: ${what.join(', ')}. The issues name each problem.`);
  }
  if (route.access === 'user') m.set(401, 'Not signed in (`unauthenticated`): no session, or it ended.');
  if (route.access !== 'public' && route.method !== 'GET')
    m.set(403, '`csrf_failed`: signed in, but the X-CSRF-Token header is missing or wrong.');
  if (hasBody) {
    m.set(413, '`payload_too_large`: the body is larger than the server accepts.');
    m.set(415, '`unsupported_media_type`: a body that is not application/json.');
  }
  m.set(429, '`rate_limited`: too many requests from this address (the per-process flood guard).');
  m.set(500, '`internal_error`: something failed on our side; nothing sent was stored.');
  // Every route with a session reads it from the database; public routes that use it declare 503.
  if (route.access !== 'public')
    m.set(503, '`database_unavailable`: the database did not answer in time; nothing sent was stored.');
  return m;
}

function responses(route: AnyRoute, schemaFor: (s: BodySchema, io: Io) => Json): Json {
  const implied = impliedErrors(route);
  const statuses = [...new Set([...Object.keys(route.responses).map(Number), ...implied.keys()])].sort(
    (a, b) => a - b,
  );
  const errorContent =
    route.errorFormat === 'fhir'
      ? { 'application/fhir+json': { schema: schemaFor(OPERATION_OUTCOME, 'output') } }
      : { 'application/json': { schema: schemaFor(ERROR_BODY, 'output') } };
  const out: Json = {};
  for (const status of statuses) {
    const declared = route.responses[status];
    if (status < 400) {
      if (!declared) continue;
      out[status] = {
        description: declared.description,
        ...(declared.headers ? { headers: declared.headers } : {}),
        ...(declared.schema
          ? {
              content: {
                [declared.contentType ?? 'application/json']: {
                  schema: schemaFor(declared.schema, 'output'),
                },
              },
            }
          : {}),
      };
      continue;
    }
    // An error answer may declare a body of its own: the error body with more beside it.
    if (declared?.schema && !extendsErrorBody(declared.schema))
      throw new Error(`${route.method} ${route.url} ${status}: an error body must extend the Error body.`);
    const headers = {
      ...(status === 429 ? { 'Retry-After': header('RetryAfter') } : {}),
      ...declared?.headers,
    };
    out[status] = {
      description: [implied.get(status), declared?.description].filter(Boolean).join(' '),
      ...(Object.keys(headers).length ? { headers } : {}),
      content: declared?.schema
        ? { 'application/json': { schema: schemaFor(declared.schema, 'output') } }
        : errorContent,
    };
  }
  return out;
}

/** A Zod object whose `error` field is the error body's: what clients read first is always there. */
function extendsErrorBody(s: BodySchema): boolean {
  const shape = isZod(s) ? (s as unknown as { shape?: Record<string, unknown> }).shape : undefined;
  return shape?.error === (ERROR_BODY as unknown as { shape: Record<string, unknown> }).shape.error;
}

function operationId(route: AnyRoute): string {
  const path = openApiPath(route.url);
  return `${route.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? '').toUpperCase())}`;
}

export function buildOpenApi(routes: readonly AnyRoute[]): OpenApiDocument {
  const { schemas, schemaFor } = convertSchemas(routes);
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    if (!(route.tag in TAGS))
      throw new Error(`${route.method} ${route.url}: tag ${route.tag} has no description.`);
    const path = openApiPath(route.url);
    const bodySchema = route.docBody ?? route.body;
    const params = parameters(route, schemaFor);
    paths[path] ??= {};
    (paths[path] as Record<string, Json>)[route.method.toLowerCase()] = {
      tags: [route.tag],
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      operationId: operationId(route),
      security: security(route),
      ...(params.length ? { parameters: params } : {}),
      ...(bodySchema
        ? {
            requestBody: {
              required: !(isZod(bodySchema) && bodySchema.safeParse(undefined).success),
              content: { 'application/json': { schema: schemaFor(bodySchema, 'input') } },
            },
          }
        : {}),
      responses: responses(route, schemaFor),
    };
  }
  const usedTags = new Set(routes.map((r) => r.tag));
  return {
    openapi: '3.1.0',
    info: {
      title: 'BackEase API',
      version: '1',
      description:
        'Self-care and triage for back pain, and a symptom diary. Errors are ' +
        '{"error":{"code","message","issues"}} with the codes of the catalogue (FHIR answers: an ' +
        'OperationOutcome with the same codes). Writes with a session cookie need the X-CSRF-Token ' +
        'header. Not a diagnosis: in an emergency call your local number.',
      license: { name: 'UNLICENSED: proprietary, all rights reserved', identifier: 'LicenseRef-UNLICENSED' },
    },
    servers: [{ url: '/', description: 'The server that serves this document (the API and the web app)' }],
    tags: Object.entries(TAGS)
      .filter(([name]) => usedTags.has(name))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas,
      headers: HEADERS,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: `Set by sign-up and sign-in (HttpOnly); named __Host-${SESSION_COOKIE} behind TLS`,
        },
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CSRF-Token',
          description:
            'The csrfToken of sign-up, sign-in or GET /api/v1/auth/session; every write with a session',
        },
      },
    },
  };
}

/** The id under which the document's components are known to Fastify's serialisers. */
const SHARED_SCHEMA_ID = 'backease-openapi';

/**
 * Keywords that only validate or describe. The serialiser needs none of them, and they cost: to pick a
 * branch of an anyOf (every nullable field) fast-json-stringify validates the value against it, date-time
 * regular expressions included.
 */
const NOT_FOR_SERIALISING = new Set([
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'propertyNames',
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  'contentMediaType',
  'contentEncoding',
]);

const mapValues = (o: unknown, f: (v: unknown) => unknown) =>
  Object.fromEntries(Object.entries(o as Json).map(([k, v]) => [k, f(v)]));

/**
 * A schema as the serialiser needs it: its shape (types, properties, required, items, enum, const,
 * $ref, additionalProperties) without the keywords that only validate, and an anyOf of bare types as a
 * list of types. Walks the schema's structure, so a property named "format" stays a property.
 */
export function serialiserSchema(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (NOT_FOR_SERIALISING.has(k)) continue;
    if (k === 'properties' || k === 'patternProperties' || k === '$defs')
      out[k] = mapValues(v, serialiserSchema);
    else if (k === 'items' || k === 'additionalProperties' || k === 'not')
      out[k] = Array.isArray(v) ? v.map(serialiserSchema) : serialiserSchema(v);
    else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf' || k === 'prefixItems')
      out[k] = (v as unknown[]).map(serialiserSchema);
    else out[k] = v;
  }
  const options = out.anyOf as Json[] | undefined;
  const bare = (o: Json) => Object.keys(o).length === 1 && typeof o.type === 'string';
  if (options && Object.keys(out).length === 1 && options.every(bare))
    return { type: [...new Set(options.map((o) => o.type))] };
  return out;
}

/** The document's components as one schema the serialisers' `$ref`s point into. */
function sharedSchema(doc: OpenApiDocument): Json {
  return {
    $id: SHARED_SCHEMA_ID,
    components: { schemas: mapValues(doc.components.schemas, serialiserSchema) },
  };
}

type Serialiser = (body: unknown) => string;
const serialisers = new WeakMap<OpenApiDocument, { shared: Json; bySchema: Map<string, Serialiser> }>();

/** The schema a serialiser schema's `$ref` names in the shared document. */
function resolveShared(shared: Json, ref: string): unknown {
  // Inside the shared document its own references are relative ("#/components/…").
  const prefix = '#/components/schemas/';
  const at = ref.indexOf(prefix);
  if (at < 0 || (at > 0 && ref.slice(0, at) !== SHARED_SCHEMA_ID)) throw new Error(`unexpected $ref ${ref}`);
  const found = (shared.components as { schemas: Json }).schemas[ref.slice(at + prefix.length)];
  if (!found) throw new Error(`unknown $ref ${ref}`);
  return found;
}

/**
 * Fastify's serialiser compiler for the document's answers: one fast-json-stringify function per
 * distinct schema, shared by every route and every app of the process (the error body alone is the
 * answer of some 250 statuses), so an app starts in milliseconds, not in a second. In front of each,
 * the exact-JSON fast path (exact-json.ts): when an answer already is what its schema describes,
 * the native JSON.stringify writes the same bytes several times faster, as one flat string.
 */
export function serialiserCompiler(doc: OpenApiDocument): (route: { schema: unknown }) => Serialiser {
  let cache = serialisers.get(doc);
  if (!cache) {
    cache = { shared: sharedSchema(doc), bySchema: new Map() };
    serialisers.set(doc, cache);
  }
  const { shared, bySchema } = cache;
  return ({ schema }) => {
    const key = JSON.stringify(schema);
    let serialise = bySchema.get(key);
    if (!serialise) {
      serialise = withExactFastPath(
        schema,
        (ref) => resolveShared(shared, ref),
        schemaSerialiser(doc, schema),
      );
      bySchema.set(key, serialise);
    }
    return serialise;
  };
}

/** fast-json-stringify's serialiser of one answer schema alone, without the fast path (tests compare). */
export function schemaSerialiser(doc: OpenApiDocument, schema: unknown): Serialiser {
  const shared = serialisers.get(doc)?.shared ?? sharedSchema(doc);
  return fastJson(schema as fastJson.Schema, {
    schema: { [SHARED_SCHEMA_ID]: shared as unknown as fastJson.Schema },
  });
}

/** The exact-JSON check of one answer schema (exact-json.ts), or null when it has none. */
export function answerCheck(doc: OpenApiDocument, schema: unknown): ((value: unknown) => boolean) | null {
  const shared = serialisers.get(doc)?.shared ?? sharedSchema(doc);
  return exactCheck(schema, (ref) => resolveShared(shared, ref));
}

function toShared(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(toShared);
  if (!json || typeof json !== 'object') return json;
  return Object.fromEntries(
    Object.entries(json).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${SHARED_SCHEMA_ID}${v}` : toShared(v),
    ]),
  );
}

/**
 * The serialiser schemas of one route: every documented JSON answer, by status. Answers the handler
 * encodes itself (PDF, FHIR text) are left out: Fastify sends those bytes as they are.
 */
export function fastifyResponseSchemas(doc: OpenApiDocument, route: AnyRoute): ResponseSchemas {
  const op = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()] as
    | { responses: Record<string, { content?: Record<string, { schema: Json }> }> }
    | undefined;
  if (!op) throw new Error(`${route.method} ${route.url} is not in the document.`);
  const out: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    if (route.responses[Number(status)]?.encoded) continue;
    const [content] = Object.values(r.content ?? {});
    if (content) out[status] = toShared(serialiserSchema(content.schema));
  }
  return out;
}
