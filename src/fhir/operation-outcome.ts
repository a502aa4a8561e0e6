/**
 * An error as a FHIR R4 OperationOutcome, for the FHIR routes of the API: one issue per issue of the
 * catalogue's error, its FHIR issue type chosen from the catalogue code, and the catalogue code itself
 * in the issue's details (system ERROR_CODE_SYSTEM), so a client can act on the same codes as the JSON
 * API's. The Zod schema documents and serialises the answer; its type must fit the R4 type.
 */
import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r4.js';
import { z } from 'zod';
import { errorCodeSchema } from '../contract/error-body.ts';
import type { ErrorBody, ErrorCode, RenderedIssue } from '../contract/errors.ts';
import { formatIssue } from '../contract/errors.ts';
import { BASE } from './codes.ts';
import { narrative } from './narrative.ts';

/** The catalogue's error codes as a code system (docs/errors.md lists them). */
export const ERROR_CODE_SYSTEM = `${BASE}/CodeSystem/error-code` as const;

type IssueType = OperationOutcomeIssue['code'];

/** Exhaustive, so a new catalogue code does not compile until it has a FHIR issue type. */
const ISSUE_TYPE: Readonly<Record<ErrorCode, IssueType>> = {
  invalid_json: 'structure',
  invalid_type: 'value',
  missing_field: 'required',
  unknown_field: 'structure',
  unknown_finding: 'code-invalid',
  duplicate_finding: 'duplicate',
  invalid_state: 'code-invalid',
  value_not_allowed: 'value',
  value_missing: 'required',
  value_out_of_range: 'value',
  age_missing: 'required',
  age_invalid: 'value',
  sex_invalid: 'value',
  invalid_value: 'value',
  text_invalid: 'value',
  validation_failed: 'invalid',
  weak_password: 'business-rule',
  payload_too_large: 'too-long',
  unsupported_media_type: 'not-supported',
  unauthenticated: 'login',
  invalid_credentials: 'login',
  two_factor_required: 'login',
  forbidden: 'forbidden',
  csrf_failed: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  version_conflict: 'conflict',
  rate_limited: 'throttled',
  internal_error: 'exception',
  database_unavailable: 'transient',
};

const ISSUE_TYPES = [...new Set(Object.values(ISSUE_TYPE))] as [IssueType, ...IssueType[]];

export const operationOutcomeSchema = z
  .object({
    resourceType: z.literal('OperationOutcome'),
    text: z.object({
      status: z.literal('generated'),
      div: z.string().describe('XHTML: the issues in words'),
    }),
    issue: z
      .array(
        z.object({
          severity: z.enum(['fatal', 'error']),
          code: z.enum(ISSUE_TYPES).describe('FHIR issue type (http://hl7.org/fhir/issue-type)'),
          details: z.object({
            coding: z.array(z.object({ system: z.literal(ERROR_CODE_SYSTEM), code: errorCodeSchema })),
            text: z.string(),
          }),
        }),
      )
      .min(1),
  })
  .describe('A FHIR R4 OperationOutcome; each issue carries the error code of the catalogue');

type ErrorOutcome = z.infer<typeof operationOutcomeSchema>;

/** The issues of an error answer of the given HTTP status. */
export function operationOutcome(body: ErrorBody, status: number): ErrorOutcome & OperationOutcome {
  const list: RenderedIssue[] = body.error.issues.length
    ? [...body.error.issues]
    : [{ code: body.error.code, path: '', message: body.error.message }];
  const [first, ...rest] = list.map(formatIssue) as [string, ...string[]];
  return {
    resourceType: 'OperationOutcome',
    text: narrative([{ lead: `Error ${status}:`, p: first }, { list: rest }]),
    issue: list.map((i) => ({
      severity: status >= 500 ? 'fatal' : 'error',
      code: ISSUE_TYPE[i.code],
      details: { coding: [{ system: ERROR_CODE_SYSTEM, code: i.code }], text: formatIssue(i) },
    })),
  };
}
