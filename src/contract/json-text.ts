/**
 * Reading JSON text that a person supplied (standard input, a case file, a diary export), with a
 * catalogue issue that says what was wrong: empty, or not JSON and where it broke. One reader for every
 * surface that takes a file or a stream, so the messages are the same everywhere.
 */
import { type Message, msg } from '../i18n/message.ts';
import { fail, issue, ok, type Result } from './errors.ts';

/**
 * Parses `text` or returns an `invalid_json` issue naming `what` (standard input, the diary file
 * "x.json"); `expected` says what an empty input should have held.
 */
export function parseJson(
  text: string,
  what: Message,
  expected: Message = msg('error.expectedJson'),
): Result<unknown> {
  if (text.trim() === '')
    return fail([issue('invalid_json', '', msg('error.jsonEmpty', { what, expected }))]);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    // The parser's own words (where the JSON broke) are English; they are the detail, not the sentence.
    return fail([
      issue('invalid_json', '', msg('error.jsonInvalid', { what, detail: (e as Error).message })),
    ]);
  }
}
