/**
 * The story parser: a person's words become contract evidence with the spans that support it.
 * `parseStory` takes a validated input; `parseRaw` validates raw JSON first (for the CLI and the API).
 */
import { ok, type Result } from '../contract/errors.ts';
import { getLexicon } from '../knowledge/lexicon/index.ts';
import { type CompiledLexicon, compileLexicon } from './compile.ts';
import { parseParseInput } from './input.ts';
import { parseWith } from './parse.ts';
import type { ParseInput, ParseOutput } from './types.ts';

const compiled = new Map<string, CompiledLexicon>();

export function getCompiledLexicon(language = 'en'): CompiledLexicon {
  let c = compiled.get(language);
  if (!c) {
    c = compileLexicon(getLexicon(language));
    compiled.set(language, c);
  }
  return c;
}

export function parseStory(input: ParseInput, language = 'en'): ParseOutput {
  return parseWith(getCompiledLexicon(language), input);
}

export function parseRaw(raw: unknown, language = 'en'): Result<ParseOutput> {
  const input = parseParseInput(raw);
  return input.ok ? ok(parseStory(input.value, language)) : input;
}
