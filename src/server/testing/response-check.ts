/**
 * Test support: checks an HTTP answer against the API document. The status must be documented for
 * the operation, the documented headers must be there, the media type must be a documented one, and a
 * JSON body must match the documented schema (Ajv, JSON Schema 2020-12, which is what OpenAPI 3.1
 * schemas are). The harness runs every answer of the integration tests through it, so an answer the
 * document does not describe fails the test that provoked it.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from '../openapi.ts';

type Json = Record<string, unknown>;

export interface Answer {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: string;
}

interface Operation {
  readonly responses: Readonly<
    Record<
      string,
      { headers?: Record<string, { $ref?: string }>; content?: Record<string, { schema: Json }> }
    >
  >;
}

const COMPONENTS_ID = 'backease-components';

/** Refs into the document's components, made absolute so Ajv finds them in the one added schema. */
function absolute(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(absolute);
  if (!json || typeof json !== 'object') return json;
  return Object.fromEntries(
    Object.entries(json).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')
        ? `${COMPONENTS_ID}#/$defs/${v.slice('#/components/schemas/'.length)}`
        : absolute(v),
    ]),
  );
}

function mediaType(value: unknown): string {
  return String(value ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase() as string;
}

function decodable(path: string): boolean {
  try {
    decodeURI(path);
    return true;
  } catch {
    return false;
  }
}

export type Checker = (method: string, url: string, answer: Answer) => string[];

export function documentChecker(doc: OpenApiDocument): Checker {
  // Strict, but a type may be a list (a message parameter is a string or a number: "type": ["string", "number"]).
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: absolute(doc.components.schemas) as Json });
  const templates = Object.keys(doc.paths).map((t) => ({
    template: t,
    // A parameter may be empty: Fastify routes /episodes/ to /episodes/:id with id "" (a 400).
    pattern: new RegExp(`^${t.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]*')}$`),
  }));
  const validators = new Map<string, ValidateFunction>();
  const validator = (key: string, schema: Json): ValidateFunction => {
    let v = validators.get(key);
    if (!v) {
      v = ajv.compile(absolute(schema) as Json);
      validators.set(key, v);
    }
    return v;
  };
  const errorSchema = { $ref: '#/components/schemas/Error' };

  return (method, url, answer) => {
    const path = url.split('?')[0] as string;
    // The document and its page are not operations of the API; the web app is not the API.
    if (!path.startsWith('/api/') || path === '/api/openapi.json' || path.startsWith('/api/docs')) return [];
    const where = `${method} ${url} → ${answer.statusCode}`;
    const template = templates.find((t) => t.pattern.test(path))?.template;
    const op = template ? (doc.paths[template]?.[method.toLowerCase()] as Operation | undefined) : undefined;
    if (!op) {
      // No such operation: the JSON 404, or the flood guard's 429 (it comes first), or a 400 for a
      // path that is not even a URL (a stray "%").
      const allowed =
        answer.statusCode === 404 ||
        answer.statusCode === 429 ||
        (answer.statusCode === 400 && !decodable(path));
      if (!allowed) return [`${where}: no operation ${method} ${path} in the document, and not a 404`];
      return checkBody(where, 'unknown-operation', errorSchema, answer);
    }
    const response = op.responses[String(answer.statusCode)];
    if (!response)
      return [`${where}: status ${answer.statusCode} is not documented for ${method} ${template}`];
    const problems: string[] = [];
    for (const name of Object.keys(response.headers ?? {})) {
      if (answer.headers[name.toLowerCase()] === undefined)
        problems.push(`${where}: the documented header ${name} is missing`);
    }
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      if (answer.body !== '') problems.push(`${where}: documented without a body, but one was sent`);
      return problems;
    }
    const type = mediaType(answer.headers['content-type']);
    const documented = content[type];
    if (!documented)
      return [...problems, `${where}: media type ${type || '(none)'} is not one of ${Object.keys(content)}`];
    if (!/[/+]json$/.test(type)) {
      if (answer.body === '') problems.push(`${where}: an empty ${type} body`);
      return problems;
    }
    return [
      ...problems,
      ...checkBody(where, `${template} ${method} ${answer.statusCode} ${type}`, documented.schema, answer),
    ];
  };

  function checkBody(where: string, key: string, schema: Json, answer: Answer): string[] {
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch {
      return [`${where}: the body is not JSON: ${answer.body.slice(0, 200)}`];
    }
    const validate = validator(key, schema);
    if (validate(body)) return [];
    return (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `${where}: body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
}
