/**
 * The parse input: every problem named by its code, its path and a message of the catalog; the text
 * never quoted.
 */
import { describe, expect, it } from 'vitest';
import { renderIssue } from '../contract/errors.ts';
import { renderer } from '../i18n/catalogs.ts';
import { parseParseInput } from './input.ts';

describe('parse input', () => {
  it('accepts a text alone, and age, sex and today beside it', () => {
    expect(parseParseInput({ text: 'back pain' })).toEqual({ ok: true, value: { text: 'back pain' } });
    expect(parseParseInput({ text: 'x', age: 40, sex: 'female', today: '2028-02-29' })).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [{}, 'text_invalid', 'text', 'error.required'],
    [{ text: '' }, 'text_invalid', 'text', 'error.textLength'],
    [{ text: 'a'.repeat(5001) }, 'text_invalid', 'text', 'error.textLength'],
    [{ text: 1 }, 'text_invalid', 'text', 'error.wrongType'],
    [{ text: 'x', age: -1 }, 'age_invalid', 'age', 'error.ageRange'],
    [{ text: 'x', sex: 'other' }, 'sex_invalid', 'sex', 'error.oneOf'],
    [{ text: 'x', today: '2026-13-01' }, 'invalid_value', 'today', 'error.todayFormat'],
    [{ text: 'x', today: '2027-02-29' }, 'invalid_value', 'today', 'error.todayFormat'],
    [{ text: 'x', extra: 1 }, 'unknown_field', '', 'error.notFields'],
    [null, 'invalid_type', '', 'error.parseNotObject'],
    [['back pain'], 'invalid_type', '', 'error.parseNotObject'],
  ])('refuses %j with %s at "%s" (%s)', (raw, code, path, detail) => {
    const r = parseParseInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path, detail: { code: detail } });
  });

  it('says how long a text was and how long it may be', () => {
    const r = parseParseInput({ text: 'a'.repeat(5001) });
    expect(r.ok ? undefined : r.issues[0]?.detail.params).toEqual({ max: 5000, count: 5001 });
  });

  it('never quotes the text, as data or in words', () => {
    const secret = `SECRET ${'x'.repeat(5000)}`;
    const r = parseParseInput({ text: secret, sex: 'f' });
    expect(JSON.stringify(r)).not.toContain('SECRET');
    if (!r.ok)
      for (const i of r.issues) expect(renderIssue(i, renderer('en')).message).not.toContain('SECRET');
  });
});
