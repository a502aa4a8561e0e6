/**
 * Reading the test cluster's server log: what PostgreSQL itself reported, including errors that a client
 * caught and hid (an operator reads this log, so errors there alarm even when nothing failed).
 */
import { readFileSync, statSync } from 'node:fs';
import { inject } from 'vitest';

/** Where the log ends now; pass it to errorsSince to read only what came after. */
export function logMark(): number {
  return statSync(inject('postgresLog')).size;
}

/** Every ERROR (or FATAL) the server logged since the mark, each with its DETAIL and STATEMENT lines. */
export function errorsSince(mark: number): string[] {
  const text = readFileSync(inject('postgresLog')).subarray(mark).toString('utf8');
  const blocks: string[] = [];
  for (const line of text.split('\n')) {
    if (/\b(ERROR|FATAL):/.test(line)) blocks.push(line);
    else if (/\b(DETAIL|STATEMENT|CONTEXT|HINT):/.test(line) && blocks.length > 0)
      blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}
