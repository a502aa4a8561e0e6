/**
 * Reading JSON text that a person supplied (standard input, a case file, a diary export), with a
 * catalogue issue that says what was wrong: empty, or not JSON and where it broke. One reader for every
 * surface that takes a file or a stream, so the messages are the same everywhere.
 */
import { fail, issue, ok, type Result } from './errors.ts';

/**
 * Parses `text` or returns an `invalid_json` issue naming `what` ("Standard input", `The diary file
 * "x.json"`); `expected` says what an empty input should have held.
 */
export function parseJson(text: string, what: string, expected = 'JSON'): Result<unknown> {
  if (text.trim() === '') return fail([issue('invalid_json', '', `${what} is empty: expected ${expected}.`)]);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return fail([issue('invalid_json', '', `${what} is not valid JSON (${(e as Error).message}).`)]);
  }
}
