/**
 * The served API document passes Redocly's "recommended" rules, run in-process with the
 * @redocly/openapi-core lint API. It needs no network: the document has no remote $ref, telemetry is
 * off, and the resolver's fetch throws if anything tries.
 */
import { BaseResolver, createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { apiDocument } from './app.ts';

function refuseNetwork(url: string): never {
  throw new Error(`The lint tried to fetch ${url}; it must work offline.`);
}

async function lint(doc: unknown): Promise<NormalizedProblem[]> {
  const config = await createConfig({ extends: ['recommended'], telemetry: 'off' });
  return lintFromString({
    source: JSON.stringify(doc),
    absoluteRef: '/api/openapi.json',
    config,
    externalRefResolver: new BaseResolver({ http: { headers: [], customFetch: refuseNetwork } }),
  });
}

const described = (problems: readonly NormalizedProblem[], severity: string) =>
  problems
    .filter((p) => p.severity === severity)
    .map((p) => `${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);

describe('the API document under Redocly’s recommended rules', () => {
  it('has no error and no warning', async () => {
    const problems = await lint(apiDocument());
    expect(described(problems, 'error')).toEqual([]);
    expect(described(problems, 'warn')).toEqual([]);
  });

  it('is really linted: a document with a public operation missing its security fails', async () => {
    const broken = structuredClone(apiDocument()) as unknown as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    delete broken.paths['/api/v1/health']?.get?.security;
    const errors = described(await lint(broken), 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^security-defined: .*health/);
  });
});
