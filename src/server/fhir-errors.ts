/**
 * Errors of the FHIR routes as a FHIR OperationOutcome (application/fhir+json), so a FHIR client reads
 * them as it reads any FHIR server's; the catalogue's code is in each issue's details.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { operationOutcome } from '../fhir/operation-outcome.ts';
import { errorBodyFor, logAndMap } from './errors.ts';

export function handleFhirError(error: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, issues } = logAndMap(error, req, reply);
  const body = errorBodyFor(req, reply, issues);
  return reply.code(status).type('application/fhir+json; charset=utf-8').send(operationOutcome(body, status));
}
