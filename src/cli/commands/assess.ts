/**
 * `backease assess`: the interview in the terminal, or with --json the contract mode (input on
 * standard input, assessment on standard output, bad input exits 2 naming the problem).
 * `backease next --json`: one stateless interview step, as POST /api/v1/interview answers.
 */

import type { Command } from 'commander';
import { assessRaw, getKnowledge, interviewRaw, localiseAssessment, localiseStep } from '../../backease.ts';
import { issue } from '../../contract/errors.ts';
import { parseJson } from '../../contract/json-text.ts';
import { ANSWER_VIEWS, type AnswerView } from '../../contract/output.ts';
import { msg } from '../../i18n/message.ts';
import { InputEnded, runTerminalCheck, stdinLines } from '../interactive.ts';
import { EXIT_BAD_INPUT, failWith, readStdin, styleFor } from '../io.ts';
import { cliRenderer, withLang } from '../lang.ts';

function answerView(value: string | undefined): AnswerView {
  if (value === undefined) return 'full';
  if ((ANSWER_VIEWS as readonly string[]).includes(value)) return value as AnswerView;
  failWith([issue('invalid_value', '--view', msg('error.viewOption', { value }))]);
}

export function registerAssess(program: Command): void {
  withLang(program.command('assess'))
    .description(
      'Answer questions about your back pain and get what to do now, the likely causes and a safe self-care plan',
    )
    .option(
      '--json',
      'contract mode: read the assessment input (JSON) on standard input, print the assessment as JSON',
    )
    .option(
      '--view <view>',
      'with --json: "full" puts everything inline (the default), "compact" answers as the API does by default',
    )
    .option('--claims', 'also show every claim of the source article with its evidence grade')
    .action(
      async (opts: { json?: boolean; claims?: boolean; view?: string; lang?: string; digits?: string }) => {
        const kb = getKnowledge();
        const r = cliRenderer(opts.lang, opts.digits);
        if (opts.json) {
          const view = answerView(opts.view);
          const raw = parseJson(await readStdin(), msg('error.what.stdin'));
          if (!raw.ok) failWith(raw.issues, r);
          const result = assessRaw(raw.value, kb);
          if (!result.ok) failWith(result.issues, r);
          process.stdout.write(`${JSON.stringify(localiseAssessment(result.value, r, kb, view), null, 2)}\n`);
          return;
        }
        const style = styleFor(process.stdout);
        const width = process.stdout.columns ?? 88;
        try {
          await runTerminalCheck(kb, {
            write: (t: string) => process.stdout.write(t),
            lines: stdinLines(),
            style,
            width,
            r,
            seedClaims: opts.claims === true,
          });
        } catch (e) {
          if (e instanceof InputEnded) {
            process.stderr.write(`backease: ${r.text(e.code)}.\n`);
            process.exit(EXIT_BAD_INPUT);
          }
          throw e;
        }
        process.exit(0);
      },
    );

  withLang(program.command('next'))
    .description(
      'One interview step (contract mode): read the answers so far as JSON on standard input, print the next question or the assessment',
    )
    .requiredOption('--json', 'JSON in and out (the only mode)')
    .option('--view <view>', '"full" (the default) or "compact", as for assess --json')
    .action(async (opts: { view?: string; lang?: string; digits?: string }) => {
      const kb = getKnowledge();
      const r = cliRenderer(opts.lang, opts.digits);
      const view = answerView(opts.view);
      const raw = parseJson(await readStdin(), msg('error.what.stdin'));
      if (!raw.ok) failWith(raw.issues, r);
      const result = interviewRaw(raw.value, kb);
      if (!result.ok) failWith(result.issues, r);
      process.stdout.write(`${JSON.stringify(localiseStep(result.value, r, kb, view), null, 2)}\n`);
    });
}
