import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { formatIssue, renderIssue } from './errors.ts';
import { parseAssessmentInput } from './input.ts';

const ok = { age: 38, sex: 'male', evidence: [{ id: 'pain_lower_back', state: 'present' }] };

function codes(raw: unknown): string[] {
  const r = parseAssessmentInput(raw);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

function messages(raw: unknown): string {
  const r = parseAssessmentInput(raw);
  return r.ok ? '' : r.issues.map((i) => formatIssue(renderIssue(i, renderer('en')))).join('\n');
}

describe('parseAssessmentInput', () => {
  it('accepts the contract example, with number values and unknowns', () => {
    const r = parseAssessmentInput({
      age: 38,
      sex: 'male',
      evidence: [
        { id: 'pain_lower_back', state: 'present' },
        { id: 'pain_severity', state: 'present', value: 6 },
        { id: 'duration_days', state: 'present', value: 1.5 },
        { id: 'fever', state: 'absent' },
        { id: 'weight_loss_unexplained', state: 'unknown' },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it('treats missing evidence as nothing known yet', () => {
    const r = parseAssessmentInput({ age: 40, sex: 'female' });
    expect(r.ok && r.value.evidence).toEqual([]);
  });

  it.each([
    ['not an object', [1, 2], 'invalid_type'],
    ['null', null, 'invalid_type'],
    ['a string', 'hello', 'invalid_type'],
    ['missing age', { sex: 'male', evidence: [] }, 'age_missing'],
    ['age as text', { ...ok, age: '38' }, 'age_invalid'],
    ['negative age', { ...ok, age: -1 }, 'age_invalid'],
    ['impossible age', { ...ok, age: 130 }, 'age_invalid'],
    ['missing sex', { age: 30, evidence: [] }, 'sex_invalid'],
    ['unknown sex', { ...ok, sex: 'other' }, 'sex_invalid'],
    ['an unknown field', { ...ok, name: 'Sam' }, 'unknown_field'],
    ['evidence not a list', { ...ok, evidence: {} }, 'invalid_type'],
    ['an unknown id', { ...ok, evidence: [{ id: 'fevr', state: 'present' }] }, 'unknown_finding'],
    [
      'an id twice',
      {
        ...ok,
        evidence: [
          { id: 'fever', state: 'present' },
          { id: 'fever', state: 'absent' },
        ],
      },
      'duplicate_finding',
    ],
    ['a bad state', { ...ok, evidence: [{ id: 'fever', state: 'yes' }] }, 'invalid_state'],
    [
      'a value on a yes/no finding',
      { ...ok, evidence: [{ id: 'fever', state: 'present', value: 1 }] },
      'value_not_allowed',
    ],
    [
      'a value on an absent number',
      { ...ok, evidence: [{ id: 'pain_severity', state: 'absent', value: 3 }] },
      'value_not_allowed',
    ],
    ['a missing value', { ...ok, evidence: [{ id: 'pain_severity', state: 'present' }] }, 'value_missing'],
    [
      'pain above 10',
      { ...ok, evidence: [{ id: 'pain_severity', state: 'present', value: 11 }] },
      'value_out_of_range',
    ],
    [
      'negative duration',
      { ...ok, evidence: [{ id: 'duration_days', state: 'present', value: -2 }] },
      'value_out_of_range',
    ],
    [
      'a value as text',
      { ...ok, evidence: [{ id: 'pain_severity', state: 'present', value: '5' }] },
      'invalid_type',
    ],
    [
      'an extra key on evidence',
      { ...ok, evidence: [{ id: 'fever', state: 'present', note: 'x' }] },
      'unknown_field',
    ],
    ['a missing id', { ...ok, evidence: [{ state: 'present' }] }, 'missing_field'],
  ])('rejects %s with a coded issue', (_name, raw, code) => {
    expect(codes(raw)).toContain(code);
  });

  it('names the problem: the field, the id and the value', () => {
    expect(messages({ ...ok, evidence: [{ id: 'fevr', state: 'present' }] })).toMatch(
      /evidence\[0\]\.id: "fevr" is not a known finding/,
    );
    expect(messages({ ...ok, evidence: [{ id: 'pain_severity', state: 'present', value: 11 }] })).toMatch(
      /pain_severity.*0 to 10.*not 11/,
    );
    expect(messages({ ...ok, age: 130 })).toMatch(/^age: .*130/);
    expect(
      messages({
        ...ok,
        evidence: [
          { id: 'fever', state: 'present' },
          { id: 'fever', state: 'absent' },
        ],
      }),
    ).toMatch(/evidence\[1\]\.id: "fever" is given more than once \(first at evidence\[0\]\)/);
  });

  it('reports every problem at once, not just the first', () => {
    const r = parseAssessmentInput({
      ...ok,
      evidence: [
        { id: 'nope', state: 'present' },
        { id: 'fever', state: 'present', value: 2 },
      ],
    });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['unknown_finding', 'value_not_allowed']);
  });

  it('rejects an absurdly long evidence list', () => {
    const evidence = Array.from({ length: 1001 }, () => ({ id: 'fever', state: 'present' }));
    expect(codes({ ...ok, evidence })).toContain('invalid_value');
  });
});
