/**
 * Shared pieces of the OpenAPI document: the registry of named schemas (components), the named response
 * headers, the error bodies, and the shapes that have no Zod schema yet because the engine defines them
 * as TypeScript types (src/contract/output.ts).
 *
 * A Zod schema given to `named` becomes a component: wherever a route (or another named schema) uses
 * that same schema object, the document says `$ref: '#/components/schemas/<name>'`. A named schema whose
 * request form differs from its answer form (fields with defaults are optional when sent, always there
 * when answered) gets a second component for requests, `<name>Write`.
 */

import { z } from 'zod';
import { errorBodySchema } from '../../contract/error-body.ts';
import { assessmentAnswerSchema, interviewAnswerSchema } from '../../contract/output.ts';
import { diaryExportSchema, profileSchema } from '../../diary/model.ts';
import { operationOutcomeSchema } from '../../fhir/operation-outcome.ts';
import { knowledgeBundleSchema } from '../../i18n/knowledge-bundle.ts';
import { DEVICE_COOKIE } from '../auth/devices.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import type { HeaderRef } from '../route.ts';

type Json = Readonly<Record<string, unknown>>;

const namedSchemas = new Map<string, z.ZodType>();

/** Makes a Zod schema a named component of the document; returns the schema itself. */
export function named<S extends z.ZodType>(name: string, schema: S): S {
  const existing = namedSchemas.get(name);
  if (existing && existing !== schema) throw new Error(`Two schemas are named ${name} in the API document.`);
  namedSchemas.set(name, schema);
  return schema;
}

/** Every schema given to `named`, by name. */
export function namedComponents(): ReadonlyMap<string, z.ZodType> {
  return namedSchemas;
}

export const ERROR_BODY = named('Error', errorBodySchema);
export const OPERATION_OUTCOME = named('OperationOutcome', operationOutcomeSchema);
export const PROFILE = named('Profile', profileSchema);
export const DIARY_EXPORT = named('DiaryExport', diaryExportSchema);

/** The named response headers of the document (components.headers). */
export const HEADERS = {
  SetSessionCookie: {
    description:
      `The session cookie ${SESSION_COOKIE}: HttpOnly, SameSite=Lax, Path=/, Max-Age the session's ` +
      `remaining life; behind TLS Secure and named __Host-${SESSION_COOKIE}. Sign-up and sign-in from a ` +
      `new device also set the device cookie ${DEVICE_COOKIE} (HttpOnly, SameSite=Strict, a year; ` +
      `__Host-${DEVICE_COOKIE} behind TLS)`,
    required: true,
    schema: {
      type: 'string',
      examples: [`${SESSION_COOKIE}=…; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax`],
    },
  },
  ClearSessionCookie: {
    description: `Clears the session cookie ${SESSION_COOKIE} (__Host-${SESSION_COOKIE} behind TLS; empty, already expired)`,
    required: true,
    schema: {
      type: 'string',
      examples: [`${SESSION_COOKIE}=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`],
    },
  },
  RetryAfter: {
    description: 'Seconds to wait before trying again',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
  ContentDisposition: {
    description: 'attachment, with the file name to save the answer under',
    required: true,
    schema: { type: 'string', examples: ['attachment; filename="backease-diary-2026-11-28.json"'] },
  },
} as const satisfies Record<string, Json>;

export const header = (name: keyof typeof HEADERS): HeaderRef => ({ $ref: `#/components/headers/${name}` });

/** The answers of POST /api/v1/assess and /interview, and the knowledge bundle (src/contract/output.ts). */
export const ASSESSMENT = named('Assessment', assessmentAnswerSchema);
export const INTERVIEW_STEP = named('InterviewStep', interviewAnswerSchema);
export const KNOWLEDGE_BUNDLE = named('KnowledgeBundle', knowledgeBundleSchema);

/** The FHIR R4 Bundle of GET /api/v1/fhir, as far as this document describes it (HL7 defines the rest). */
export const FHIR_BUNDLE = named(
  'FhirBundle',
  z
    .looseObject({
      resourceType: z.literal('Bundle'),
      id: z.string(),
      type: z.literal('collection'),
      timestamp: z.iso.datetime({ offset: true }).optional(),
      entry: z.array(
        z.looseObject({
          fullUrl: z.string(),
          resource: z.looseObject({ resourceType: z.string() }),
        }),
      ),
    })
    .describe('A FHIR R4 Bundle of type collection; each resource follows the R4 specification'),
);
