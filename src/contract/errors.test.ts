import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { msg } from '../i18n/message.ts';
import { ERROR_CODES, errorBody, formatIssue, issue, renderIssue } from './errors.ts';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = [...doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| (.*) \|$/gm)].map((m) => ({
  code: m[1],
  status: Number(m[2]),
  meaning: m[3],
}));

describe('error catalogue', () => {
  it('documents every code with its status, and documents no code that does not exist', () => {
    expect(documented.map((d) => d.code).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const d of documented) {
      expect(d.status, d.code).toBe(ERROR_CODES[d.code as keyof typeof ERROR_CODES].status);
      // The table says what the English catalog says, word for word.
      expect(d.meaning, d.code).toBe(renderer('en').text(`error.${d.code}`));
    }
  });

  it('builds a JSON error body that names the problem and never carries a stack', () => {
    const en = renderer('en');
    const body = errorBody(
      [issue('unknown_finding', 'evidence[0].id', msg('error.unknownFinding', { id: 'fevr' }))],
      en,
    );
    expect(body.error.code).toBe('unknown_finding');
    expect(body.error.message).toBe(
      'evidence[0].id: "fevr" is not a known finding id (see contract/findings.json).',
    );
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    // Without a detail, the code's own words.
    expect(formatIssue(renderIssue(issue('age_invalid', ''), en))).toBe(
      'The age is not a possible human age (0 to 120 years).',
    );
  });
});
