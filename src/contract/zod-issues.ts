/**
 * Turns Zod's issues into our coded issues, so every surface reports bad input the same way
 * whether it was caught by a structural schema or by a domain check.
 */
import type { z } from 'zod';
import { type ErrorCode, type Issue, issue } from './errors.ts';

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `a ${value.length}-character text` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Maps one Zod issue to ours; `overrides` lets a caller give a field its own code (age → age_invalid). */
export function fromZodIssue(
  zi: z.core.$ZodIssue,
  input: unknown,
  overrides: Readonly<Record<string, ErrorCode>> = {},
): Issue {
  const path = jsonPath(zi.path);
  const received = valueAt(input, zi.path);
  const field = path || 'the input';
  const override = overrides[path.replace(/\[\d+\]/g, '[]')];
  switch (zi.code) {
    case 'invalid_type': {
      if (received === undefined)
        return issue(overrides[`${path}:missing`] ?? 'missing_field', path, `${field} is required.`);
      return issue(
        override ?? 'invalid_type',
        path,
        `${field} must be ${article(zi.expected)}, not ${describe(received)}.`,
      );
    }
    case 'unrecognized_keys':
      return issue(
        'unknown_field',
        path,
        `${zi.keys.map((k) => `"${k}"`).join(', ')} ${zi.keys.length === 1 ? 'is not a field' : 'are not fields'} of ${path || 'the input'}.`,
      );
    case 'invalid_value':
      return issue(
        override ?? 'invalid_value',
        path,
        `${field} must be one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(received)}.`,
      );
    case 'too_big':
      return issue(
        override ?? 'invalid_value',
        path,
        `${field} is too ${zi.origin === 'number' ? 'large' : 'long'}: at most ${String(zi.maximum)}${unit(zi.origin)}.`,
      );
    case 'too_small':
      return issue(
        override ?? 'invalid_value',
        path,
        `${field} is too ${zi.origin === 'number' ? 'small' : 'short'}: at least ${String(zi.minimum)}${unit(zi.origin)}.`,
      );
    case 'invalid_format':
      return issue(override ?? 'invalid_value', path, `${field} is not a valid ${zi.format}.`);
    case 'custom':
      return issue(
        ((zi.params as { code?: ErrorCode } | undefined)?.code ?? 'invalid_value') as ErrorCode,
        path,
        zi.message,
      );
    default:
      return issue(override ?? 'validation_failed', path, `${field}: ${zi.message}`);
  }
}

function unit(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array') return ' items';
  return '';
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return cur;
}

export function fromZodError(
  error: z.ZodError,
  input: unknown,
  overrides?: Readonly<Record<string, ErrorCode>>,
): Issue[] {
  return error.issues.map((zi) => fromZodIssue(zi, input, overrides));
}
