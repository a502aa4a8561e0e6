/** Test helper: the parsed state (and value) of each finding of a story. */
import { parseStory } from '../index.ts';
import type { ParseInput } from '../types.ts';

export function read(
  text: string,
  extra: Omit<ParseInput, 'text'> = {},
): Map<string, { state: string; value?: number }> {
  const out = parseStory({ text, ...extra });
  return new Map(
    out.evidence.map((e) => [e.id, { state: e.state, ...(e.value !== undefined ? { value: e.value } : {}) }]),
  );
}

/** The state of one finding, or "none" when the story says nothing about it. */
export function stateOf(text: string, id: string, extra: Omit<ParseInput, 'text'> = {}): string {
  return read(text, extra).get(id)?.state ?? 'none';
}

export function numberOf(text: string, id: string, extra: Omit<ParseInput, 'text'> = {}): number | undefined {
  return read(text, extra).get(id)?.value;
}
