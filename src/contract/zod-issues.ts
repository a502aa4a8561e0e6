/**
 * Turns Zod's issues into our coded issues, so every surface reports bad input the same way
 * whether it was caught by a structural schema or by a domain check.
 */
import type { z } from 'zod';
import { list, type Message, type MessageParam, msg } from '../i18n/message.ts';
import { type ErrorCode, type Issue, issue } from './errors.ts';

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** What was received, as a message: "nothing", "a list", "\"fevr\"", "a 300-character text". */
function describe(value: unknown): Message {
  if (value === undefined) return msg('error.received.nothing');
  if (value === null) return msg('error.received.null');
  if (Array.isArray(value)) return msg('error.received.list');
  if (typeof value === 'string')
    return value.length > 40
      ? msg('error.received.longText', { count: value.length })
      : msg('error.received.text', { text: value });
  if (typeof value === 'object') return msg('error.received.object');
  return msg('error.received.value', { value: String(value) });
}

const EXPECTED = new Set(['number', 'string', 'object', 'array', 'boolean']);

function expected(type: string): Message {
  return EXPECTED.has(type) ? msg(`error.expected.${type}`) : msg('error.expected.other', { type });
}

/** Maps one Zod issue to ours; `overrides` lets a caller give a field its own code (age → age_invalid). */
export function fromZodIssue(
  zi: z.core.$ZodIssue,
  input: unknown,
  overrides: Readonly<Record<string, ErrorCode>> = {},
): Issue {
  const path = jsonPath(zi.path);
  const received = valueAt(input, zi.path);
  const field: MessageParam = path || msg('error.theInput');
  const override = overrides[path.replace(/\[\d+\]/g, '[]')];
  switch (zi.code) {
    case 'invalid_type': {
      if (received === undefined)
        return issue(overrides[`${path}:missing`] ?? 'missing_field', path, msg('error.required', { field }));
      return issue(
        override ?? 'invalid_type',
        path,
        msg('error.wrongType', { field, expected: expected(zi.expected), received: describe(received) }),
      );
    }
    case 'unrecognized_keys':
      return issue(
        'unknown_field',
        path,
        msg('error.notFields', {
          count: zi.keys.length,
          keys: list(zi.keys.map((k) => `"${k}"`)),
          where: path || msg('error.theInput'),
        }),
      );
    case 'invalid_value':
      return issue(
        override ?? 'invalid_value',
        path,
        msg('error.oneOf', {
          field,
          values: list(zi.values.map((v) => JSON.stringify(v))),
          received: describe(received),
        }),
      );
    case 'invalid_union': {
      // A discriminated union whose tag matches none of its options: the tag is a value not allowed.
      const options = (zi as { options?: readonly unknown[] }).options;
      if (!options) break;
      return issue(
        override ?? 'invalid_value',
        path,
        msg('error.oneOf', {
          field,
          values: list(options.map((v) => JSON.stringify(v))),
          received: describe(received),
        }),
      );
    }
    case 'too_big':
      return issue(
        override ?? 'invalid_value',
        path,
        msg('error.tooLarge', { field, origin: zi.origin, max: String(zi.maximum) }),
      );
    case 'too_small':
      return issue(
        override ?? 'invalid_value',
        path,
        msg('error.tooSmall', { field, origin: zi.origin, min: String(zi.minimum) }),
      );
    case 'invalid_format':
      return issue(override ?? 'invalid_value', path, msg('error.format', { field, format: zi.format }));
    case 'custom':
      return issue(
        ((zi.params as { code?: ErrorCode } | undefined)?.code ?? 'invalid_value') as ErrorCode,
        path,
        // A schema's own message is a catalog key (error.*); anything else is shown as it is.
        zi.message.startsWith('error.') ? msg(zi.message) : msg('error.text', { text: zi.message }),
      );
  }
  return issue(override ?? 'validation_failed', path, msg('error.other', { field, text: zi.message }));
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
