/**
 * `backease parse --json`: a story in the person's own words becomes evidence. Reads
 * `{ "text", "age"?, "sex"?, "today"? }` on standard input and prints `{ "evidence", "unrecognised" }`;
 * bad input exits 2 naming the problem, like `assess --json`.
 */
import type { Command } from 'commander';
import { parseJson } from '../../contract/json-text.ts';
import { parseRaw } from '../../parse/index.ts';
import { failWith, readStdin } from '../io.ts';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description(
      'Turn a story in your own words into evidence (JSON in, JSON out): the findings it states, denies or leaves open, with the words that say so',
    )
    .requiredOption('--json', 'JSON in and out (the only mode)')
    .action(async () => {
      const raw = parseJson(await readStdin(), 'Standard input');
      if (!raw.ok) failWith(raw.issues);
      const r = parseRaw(raw.value);
      if (!r.ok) failWith(r.issues);
      process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
    });
}
