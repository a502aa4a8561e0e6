import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode, errorBody, issue } from '../contract/errors.ts';
import { renderer } from '../i18n/catalogs.ts';
import { msg } from '../i18n/message.ts';
import { ERROR_CODE_SYSTEM, operationOutcome, operationOutcomeSchema } from './operation-outcome.ts';
import { compiled, fhirSchemaErrors } from './testing/official-schema.ts';
import { xhtmlProblems } from './testing/xhtml.ts';

// Compiling the official schema takes seconds; do it once, outside any test's time limit.
beforeAll(() => {
  compiled();
}, 120_000);

const en = renderer('en');

describe('operationOutcome', () => {
  it('turns an error into a valid R4 OperationOutcome that carries the catalogue codes', () => {
    const outcome = operationOutcome(
      errorBody(
        [
          issue(
            'invalid_value',
            'to',
            msg('error.periodBound', { name: 'to', example: '2026-11-30', text: '2026-02-31' }),
          ),
          issue('unknown_field', '', msg('error.text', { text: 'userId is not a parameter here.' })),
        ],
        en,
      ),
      400,
    );
    expect(fhirSchemaErrors(outcome)).toEqual([]);
    expect(operationOutcomeSchema.parse(outcome)).toEqual(outcome);
    expect(outcome.issue).toEqual([
      {
        severity: 'error',
        code: 'value',
        details: {
          coding: [{ system: ERROR_CODE_SYSTEM, code: 'invalid_value' }],
          text: 'to: to must be a day like 2026-11-30 or a zoned date-time, not "2026-02-31".',
        },
      },
      {
        severity: 'error',
        code: 'structure',
        details: {
          coding: [{ system: ERROR_CODE_SYSTEM, code: 'unknown_field' }],
          text: 'userId is not a parameter here.',
        },
      },
    ]);
    expect(xhtmlProblems(outcome.text.div)).toEqual([]);
    expect(outcome.text.div).toContain(
      'to: to must be a day like 2026-11-30 or a zoned date-time, not &quot;2026-02-31&quot;.',
    );
  });

  it('has a valid outcome for every code of the catalogue, fatal for server failures', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const status = ERROR_CODES[code].status;
      const outcome = operationOutcome(errorBody([issue(code, '')], en), status);
      expect(fhirSchemaErrors(outcome), code).toEqual([]);
      expect(outcome.issue[0]?.severity).toBe(status >= 500 ? 'fatal' : 'error');
    }
    expect(operationOutcome(errorBody([], en), 400).issue[0]?.details.coding[0]?.code).toBe(
      'validation_failed',
    );
  });
});
