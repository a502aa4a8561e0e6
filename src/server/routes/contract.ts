/**
 * The public contract endpoints (contract/README.md): stateless, no account. The engine parses
 * its own input (with its domain checks: unknown ids, duplicates, ranges), so the handlers pass the raw
 * body through and map a failure to the catalogue's status.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { assessRaw, getKnowledge, interviewRaw, localiseAssessment, localiseStep } from '../../backease.ts';
import { assessmentInputSchema } from '../../contract/input.ts';
import { ANSWER_VIEWS } from '../../contract/output.ts';
import { domainMessages } from '../../i18n/catalogs.ts';
import { type KnowledgeBundle, knowledgeBundle } from '../../i18n/knowledge-bundle.ts';
import { ApiError } from '../http-error.ts';
import { answerLanguage } from '../lang.ts';
import { ok, route } from '../route.ts';
import { ASSESSMENT, INTERVIEW_STEP, KNOWLEDGE_BUNDLE, named } from './docs-schemas.ts';

const answerQuery = z
  .object({
    lang: z
      .string()
      .max(35)
      .optional()
      .describe('The language of the words (else Accept-Language); Content-Language says which served'),
    view: z
      .enum(ANSWER_VIEWS)
      .optional()
      .describe(
        'compact (the default): what depends on the answers, with every grade; what is the same for everyone comes by id from GET /api/v1/knowledge. full: everything inline, every cause listed',
      ),
  })
  .strict();

const knowledgeQuery = z.object({ lang: answerQuery.shape.lang }).strict();

/** One bundle and its ETag per language, made on first use: the knowledge base does not change while running. */
const bundles = new Map<string, { body: KnowledgeBundle; etag: string }>();
function bundleFor(lang: string): { body: KnowledgeBundle; etag: string } {
  let hit = bundles.get(lang);
  if (!hit) {
    const body = knowledgeBundle(getKnowledge(), lang, domainMessages(lang, ['core', 'knowledge']));
    const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
    hit = { body, etag };
    bundles.set(lang, hit);
  }
  return hit;
}

const TAG = 'Assessment';

const ASSESSMENT_INPUT = named('AssessmentInput', assessmentInputSchema);

export const contractRoutes = [
  route({
    method: 'GET',
    url: '/api/v1/health',
    tag: TAG,
    summary: 'Liveness check',
    access: 'public',
    responses: {
      200: { description: 'The server is up', schema: z.object({ status: z.literal('ok') }) },
    },
    handler: async () => ok({ status: 'ok' as const }),
  }),
  route({
    method: 'POST',
    url: '/api/v1/assess',
    tag: TAG,
    summary: 'Assess: triage level, likely causes and a self-care plan for the evidence given',
    access: 'public',
    docBody: ASSESSMENT_INPUT,
    query: answerQuery,
    responses: {
      200: { description: 'The assessment', schema: ASSESSMENT },
      400: {
        description:
          'The engine names unknown finding ids, duplicates and values out of range; a language not shipped (?lang=)',
      },
    },
    handler: async ({ rawBody, query, req, reply }) => {
      const r = answerLanguage(req, reply, query.lang);
      const result = assessRaw(rawBody);
      if (!result.ok) throw new ApiError(result.issues);
      return ok(localiseAssessment(result.value, r, getKnowledge(), query.view));
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/interview',
    tag: TAG,
    summary: 'Interview: the next question for the answers so far, or the assessment when done',
    description:
      'Stateless: send the assessment input with every answer so far; the answer is either ' +
      '{done:false, question, progress} or {done:true, assessment}.',
    access: 'public',
    docBody: ASSESSMENT_INPUT,
    query: answerQuery,
    responses: {
      200: { description: 'The next step', schema: INTERVIEW_STEP },
      400: {
        description:
          'The engine names unknown finding ids, duplicates and values out of range; a language not shipped (?lang=)',
      },
    },
    handler: async ({ rawBody, query, req, reply }) => {
      const r = answerLanguage(req, reply, query.lang);
      const result = interviewRaw(rawBody);
      if (!result.ok) throw new ApiError(result.issues);
      return ok(localiseStep(result.value, r, getKnowledge(), query.view));
    },
  }),
  route({
    method: 'GET',
    url: '/api/v1/knowledge',
    tag: TAG,
    summary:
      'The words of the knowledge base, by id, in one language, for clients that render answers themselves',
    description:
      'Every message an assessment or interview answer names by code or id (advice, timers, seed claims, ' +
      'cause summaries, "get help if" items, reasons), the reference list and the remedy timers. The same ' +
      'for every answer, so it is cacheable: send If-None-Match with the ETag to get 304.',
    access: 'public',
    query: knowledgeQuery,
    responses: {
      200: { description: 'The knowledge catalog in the language asked for', schema: KNOWLEDGE_BUNDLE },
      304: { description: 'Not modified: the ETag sent is current' },
      400: { description: 'A language that is not shipped (?lang=)' },
    },
    handler: async ({ query, req, reply }) => {
      const { body, etag } = bundleFor(answerLanguage(req, reply, query.lang).lang);
      reply.header('etag', etag);
      // Public words, the same for everyone: caches may keep them, and check back when they change.
      reply.header('cache-control', 'public, max-age=3600, must-revalidate');
      if (req.headers['if-none-match'] === etag) return { status: 304 } as const;
      return ok(body);
    },
  }),
];
