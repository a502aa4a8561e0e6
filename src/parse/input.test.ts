/**
 * The parse input: every problem named, the text never quoted.
 */
import { describe, expect, it } from 'vitest';
import { parseParseInput } from './input.ts';

describe('parse input', () => {
  it('accepts a text alone, and age, sex and today beside it', () => {
    expect(parseParseInput({ text: 'back pain' })).toEqual({ ok: true, value: { text: 'back pain' } });
    expect(parseParseInput({ text: 'x', age: 40, sex: 'female', today: '2028-02-29' })).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [{}, 'missing_field', 'text'],
    [{ text: '' }, 'invalid_value', 'text'],
    [{ text: 'a'.repeat(5001) }, 'invalid_value', 'text'],
    [{ text: 1 }, 'invalid_type', 'text'],
    [{ text: 'x', age: -1 }, 'age_invalid', 'age'],
    [{ text: 'x', sex: 'other' }, 'sex_invalid', 'sex'],
    [{ text: 'x', today: '2026-13-01' }, 'invalid_value', 'today'],
    [{ text: 'x', today: '2027-02-29' }, 'invalid_value', 'today'],
    [{ text: 'x', extra: 1 }, 'unknown_field', ''],
    [null, 'invalid_type', ''],
  ])('refuses %j with %s at "%s"', (raw, code, path) => {
    const r = parseParseInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path });
  });

  it('never quotes the text in a message', () => {
    const secret = `SECRET ${'x'.repeat(5000)}`;
    const r = parseParseInput({ text: secret, sex: 'f' });
    expect(JSON.stringify(r)).not.toContain('SECRET');
  });
});
