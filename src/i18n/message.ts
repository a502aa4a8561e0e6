/**
 * A message is words as data: a catalog key and its parameters. The core (engine, insights, summary,
 * errors) produces messages; only the edge (CLI, server, web app, PDF) turns them into words, in the
 * person's language, through render.ts. So the core never writes a sentence, and a language is a catalog.
 */

/** A day as "YYYY-MM-DD", formatted as a date in the reader's language. */
export interface DayParam {
  readonly day: string;
}

/** Several values read as one list ("a, b and c"), in the reader's language. */
export interface ListParam {
  readonly list: readonly MessageParam[];
}

export type MessageParam = string | number | Message | DayParam | ListParam;

export interface Message {
  /** A key of the catalogs, e.g. "triage.cauda_equina.text". */
  readonly code: string;
  readonly params?: Readonly<Record<string, MessageParam>> | undefined;
}

export function msg(code: string, params?: Readonly<Record<string, MessageParam>>): Message {
  return params ? { code, params } : { code };
}

export const day = (iso: string): DayParam => ({ day: iso });
export const list = (items: readonly MessageParam[]): ListParam => ({ list: items });

export function isMessage(x: MessageParam): x is Message {
  return typeof x === 'object' && x !== null && 'code' in x;
}
