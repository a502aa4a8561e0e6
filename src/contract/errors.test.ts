import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorBody, formatIssue, issue } from './errors.ts';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = [...doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)].map((m) => ({
  code: m[1],
  status: Number(m[2]),
}));

describe('error catalogue', () => {
  it('documents every code with its status, and documents no code that does not exist', () => {
    expect(documented.map((d) => d.code).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const d of documented)
      expect(d.status, d.code).toBe(ERROR_CODES[d.code as keyof typeof ERROR_CODES].status);
  });

  it('builds a JSON error body that names the problem and never carries a stack', () => {
    const body = errorBody([issue('unknown_finding', 'evidence[0].id', '"fevr" is not a known finding id.')]);
    expect(body.error.code).toBe('unknown_finding');
    expect(body.error.message).toBe('evidence[0].id: "fevr" is not a known finding id.');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    expect(formatIssue(issue('age_invalid', '', 'Bad age.'))).toBe('Bad age.');
  });
});
