/**
 * The document generator: components named and referenced, request forms where defaults make them
 * differ, the statuses a declaration implies, and the serialiser's form of a schema.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiDocument } from './app.ts';
import { buildOpenApi, fastifyResponseSchemas, serialiserSchema } from './openapi.ts';
import { ok, route } from './route.ts';
import { named } from './routes/docs-schemas.ts';

const doc = apiDocument();
type Op = {
  security: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
};
const op = (path: string, method: string) => doc.paths[path]?.[method] as unknown as Op;

describe('the API document', () => {
  it('refers to named schemas, in their request form where defaults make it differ', () => {
    expect(op('/api/v1/profile', 'put').requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/ProfileWrite',
    });
    const answer = op('/api/v1/profile', 'get').responses['200']?.content?.['application/json'];
    expect(answer).toEqual({ schema: { $ref: '#/components/schemas/Profile' } });
    const { schemas } = doc.components;
    // Answered: every field is there. Sent: fields with defaults may be left out.
    expect(schemas.Profile?.required).toEqual(['age', 'sex', 'evidence', 'country', 'language']);
    expect(schemas.ProfileWrite?.required).toBeUndefined();
    expect(schemas.CheckInWrite?.required).toEqual(['id', 'at', 'pain']);
    expect(schemas.CheckInNew?.required).toEqual(['at', 'pain']);
    // No defaults, one form.
    expect(schemas.DoctorQuestionWrite).toBeUndefined();
    // A component that refers to one with a request form has one too.
    expect(JSON.stringify(schemas.DiaryExportWrite)).toContain('#/components/schemas/ProfileWrite');
    expect(JSON.stringify(schemas.DiaryExport)).not.toContain('Write');
  });

  it('never requires a field with a default in what is sent, and always has it in what is answered', () => {
    const { schemas } = doc.components;
    /** Every object schema in a schema, following refs to components once. */
    const objects = (schema: unknown, seen = new Set<string>()): Record<string, unknown>[] => {
      if (!schema || typeof schema !== 'object') return [];
      const o = schema as Record<string, unknown>;
      const ref = typeof o.$ref === 'string' ? o.$ref.split('/').pop() : undefined;
      if (ref) {
        if (seen.has(ref)) return [];
        seen.add(ref);
        return objects(schemas[ref], seen);
      }
      return [
        o,
        ...Object.values(o).flatMap((v) => (Array.isArray(v) ? v : [v]).flatMap((x) => objects(x, seen))),
      ];
    };
    const defaulted = (o: Record<string, unknown>) =>
      Object.entries((o.properties ?? {}) as Record<string, { default?: unknown }>)
        .filter(([, p]) => p && typeof p === 'object' && 'default' in p)
        .map(([name]) => name);
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, o] of Object.entries(methods) as [string, Op][]) {
        for (const obj of objects(o.requestBody)) {
          for (const name of defaulted(obj)) {
            expect(
              (obj.required as string[] | undefined) ?? [],
              `${method} ${path} sends ${name}`,
            ).not.toContain(name);
            checked++;
          }
        }
        for (const obj of objects(o.responses['200'] ?? o.responses['201'])) {
          for (const name of defaulted(obj)) {
            expect(obj.required, `${method} ${path} answers ${name}`).toContain(name);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('has every component it refers to, and refers to every component it has', () => {
    const text = JSON.stringify(doc);
    const referred = new Set([...text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]));
    expect([...referred].sort()).toEqual(Object.keys(doc.components.schemas).sort());
  });

  it('gives the statuses a declaration implies, and the documented headers', () => {
    const statuses = (path: string, method: string) => Object.keys(op(path, method).responses);
    expect(statuses('/api/v1/health', 'get')).toEqual(['200', '429', '500']);
    expect(statuses('/api/v1/ready', 'get')).toEqual(['200', '429', '500', '503']);
    expect(statuses('/api/v1/checkins/{id}', 'get')).toEqual([
      '200',
      '400',
      '401',
      '404',
      '429',
      '500',
      '503',
    ]);
    expect(statuses('/api/v1/checkins/{id}', 'delete')).toEqual([
      '204',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '429',
      '500',
      '503',
    ]);
    // A version conflict's answer is the error body with the current record beside it.
    expect(op('/api/v1/checkins/{id}', 'put').responses['409']?.content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/CheckInVersionConflict' } },
    });
    expect(op('/api/v1/health', 'get').security).toEqual([]);
    expect(op('/api/v1/auth/signout', 'post').security).toEqual([{ session: [], csrf: [] }, {}]);
    expect(op('/api/v1/auth/signup', 'post').responses['201']?.headers).toEqual({
      'Set-Cookie': { $ref: '#/components/headers/SetSessionCookie' },
    });
    expect(op('/api/v1/episodes', 'get').responses['429']?.headers).toEqual({
      'Retry-After': { $ref: '#/components/headers/RetryAfter' },
    });
    for (const path of ['/api/v1/export', '/api/v1/report.pdf', '/api/v1/fhir'])
      expect(op(path, 'get').responses['200']?.headers, path).toHaveProperty('Content-Disposition');
    expect(Object.keys(op('/api/v1/fhir', 'get').responses['401']?.content ?? {})).toEqual([
      'application/fhir+json',
    ]);
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    expect(doc.info.license).toEqual({
      name: expect.stringMatching(/^UNLICENSED/),
      identifier: expect.any(String),
    });
  });

  it('has the components that inline schemas refer to, and only the components some operation needs', () => {
    const thing = named('TestThing', z.object({ n: z.number().default(1) }));
    named('TestUnused', z.object({ x: z.string() }));
    const list = route({
      method: 'POST',
      url: '/api/v1/things',
      tag: 'Assessment',
      summary: 'things',
      access: 'public',
      body: z.object({ things: z.array(thing) }),
      responses: { 200: { description: 'ok', schema: z.object({ things: z.array(thing) }) } },
      handler: async () => ok({ things: [{ n: 1 }] }),
    });
    const built = buildOpenApi([list]);
    expect(Object.keys(built.components.schemas).sort()).toEqual(['Error', 'TestThing', 'TestThingWrite']);
    const things = built.paths['/api/v1/things']?.post as unknown as Op;
    expect(JSON.stringify(things.requestBody)).toContain('"#/components/schemas/TestThingWrite"');
    expect(JSON.stringify(things.responses['200'])).toContain('"#/components/schemas/TestThing"');
  });

  it('refuses an error body that does not extend the Error body, or an undescribed tag', () => {
    const health = z.object({ status: z.literal('ok') });
    const withBody = route({
      method: 'GET',
      url: '/api/v1/x',
      tag: 'Assessment',
      summary: 'x',
      access: 'public',
      responses: { 200: { description: 'ok', schema: health }, 404: { description: 'no', schema: health } },
      handler: async () => ok({ status: 'ok' as const }),
    });
    expect(() => buildOpenApi([withBody])).toThrow('an error body must extend the Error body');
    const untagged = {
      ...withBody,
      tag: 'Mystery',
      responses: { 200: { description: 'ok', schema: health } },
    };
    expect(() => buildOpenApi([untagged])).toThrow('tag Mystery has no description');
  });

  it('gives Fastify the serialiser form of each JSON answer, and nothing for encoded ones', () => {
    const pdf = {
      method: 'GET',
      url: '/api/v1/report.pdf',
      responses: { 200: { description: '', encoded: true } },
    };
    const schemas = fastifyResponseSchemas(doc, pdf as never);
    expect(schemas['200']).toBeUndefined();
    expect(schemas['400']).toEqual({ $ref: 'backease-openapi#/components/schemas/Error' });
  });
});

describe('serialiserSchema', () => {
  it('keeps the shape, drops what only validates, and makes an anyOf of bare types a type list', () => {
    const schema = {
      type: 'object',
      description: 'x',
      required: ['format', 'at'],
      additionalProperties: false,
      properties: {
        format: { type: 'string', const: 'backease-diary' },
        at: {
          anyOf: [{ type: 'string', format: 'date-time', pattern: '^x$' }, { type: 'null' }],
          default: null,
        },
        tags: { type: 'array', maxItems: 3, items: { type: 'string', minLength: 1 } },
        either: {
          anyOf: [{ type: 'object', properties: { a: { type: 'integer', minimum: 0 } } }, { type: 'null' }],
        },
      },
    };
    expect(serialiserSchema(schema)).toEqual({
      type: 'object',
      required: ['format', 'at'],
      additionalProperties: false,
      properties: {
        format: { type: 'string', const: 'backease-diary' },
        at: { type: ['string', 'null'] },
        tags: { type: 'array', items: { type: 'string' } },
        either: { anyOf: [{ type: 'object', properties: { a: { type: 'integer' } } }, { type: 'null' }] },
      },
    });
  });
});
