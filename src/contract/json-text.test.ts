import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { msg } from '../i18n/message.ts';
import { parseDiaryExport } from '../report/diary-export.ts';
import { renderIssue } from './errors.ts';
import { parseJson } from './json-text.ts';

const en = renderer('en');
const stdin = msg('error.what.stdin');
const words = (r: ReturnType<typeof parseJson>) => (r.ok ? [] : r.issues.map((i) => renderIssue(i, en)));

describe('parseJson', () => {
  it('parses JSON text', () => {
    expect(parseJson(' {"a":[1,null]} ', stdin)).toEqual({ ok: true, value: { a: [1, null] } });
  });

  it('names an empty input and what it should have held', () => {
    expect(words(parseJson(' \n', stdin))).toEqual([
      { code: 'invalid_json', path: '', message: 'Standard input is empty: expected JSON.' },
    ]);
    const r = parseJson('', msg('error.what.diary'), msg('error.expectedDiaryExport'));
    expect(words(r)[0]?.message).toBe('The diary file is empty: expected a BackEase diary export (JSON).');
  });

  it('says where text that is not JSON broke', () => {
    const r = parseJson('{"a": ', msg('error.what.diaryFile', { path: 'cases.json' }));
    expect(r.ok).toBe(false);
    expect(words(r)[0]?.message).toMatch(/^The diary file "cases\.json" is not valid JSON \(.+\)\.$/);
  });

  it('is what the diary export reader says about empty and broken files', () => {
    for (const text of ['', '{"format": ']) {
      const what = msg('error.what.diaryFile', { path: 'x.json' });
      expect(parseDiaryExport(text, what)).toEqual(parseJson(text, what, msg('error.expectedDiaryExport')));
    }
  });
});
