/**
 * Moved to ./testing/official-schema.ts (test support, not run-time code). This re-export only keeps
 * e2e/visit.e2e.test.ts compiling until it imports the new path; delete it then.
 */
export { compiled, fhirSchemaErrors } from './testing/official-schema.ts';
