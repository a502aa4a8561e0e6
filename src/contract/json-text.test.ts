import { describe, expect, it } from 'vitest';
import { parseDiaryExport } from '../report/diary-export.ts';
import { parseJson } from './json-text.ts';

describe('parseJson', () => {
  it('parses JSON text', () => {
    expect(parseJson(' {"a":[1,null]} ', 'Standard input')).toEqual({ ok: true, value: { a: [1, null] } });
  });

  it('names an empty input and what it should have held', () => {
    expect(parseJson(' \n', 'Standard input')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_json', path: '', message: 'Standard input is empty: expected JSON.' }],
    });
    const r = parseJson('', 'The file', 'a case list (JSON)');
    expect(!r.ok && r.issues[0]?.message).toBe('The file is empty: expected a case list (JSON).');
  });

  it('says where text that is not JSON broke', () => {
    const r = parseJson('{"a": ', 'cases.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/^cases\.json is not valid JSON \(.+\)\.$/);
  });

  it('is what the diary export reader says about empty and broken files', () => {
    for (const text of ['', '{"format": ']) {
      const r = parseDiaryExport(text, 'The diary file "x.json"');
      const expected = parseJson(text, 'The diary file "x.json"', 'a BackEase diary export (JSON)');
      expect(r).toEqual(expected);
    }
  });
});
