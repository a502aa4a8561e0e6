/**
 * `backease parse --json`: a story in the person's own words becomes evidence. Reads
 * `{ "text", "age"?, "sex"?, "today"? }` on standard input and prints
 * `{ "lang", "evidence", "unrecognised" }` as POST /api/v1/parse answers, each finding's words in the
 * language of --lang; bad input exits 2 naming the problem, like `assess --json`.
 */
import type { Command } from 'commander';
import { localiseParse, parseRaw } from '../../backease.ts';
import { parseJson } from '../../contract/json-text.ts';
import { msg } from '../../i18n/message.ts';
import { failWith, readStdin } from '../io.ts';
import { cliRenderer, withLang } from '../lang.ts';

export function registerParse(program: Command): void {
  withLang(program.command('parse'))
    .description(
      'Turn a story in your own words into evidence (JSON in, JSON out): the findings it states, denies or leaves open, with the words that say so',
    )
    .requiredOption('--json', 'JSON in and out (the only mode)')
    .action(async (opts: { lang?: string }) => {
      const r = cliRenderer(opts.lang);
      const raw = parseJson(await readStdin(), msg('error.what.stdin'));
      if (!raw.ok) failWith(raw.issues, r);
      const result = parseRaw(raw.value);
      if (!result.ok) failWith(result.issues, r);
      process.stdout.write(`${JSON.stringify(localiseParse(result.value, r), null, 2)}\n`);
    });
}
