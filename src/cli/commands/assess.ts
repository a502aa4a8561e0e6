/**
 * `backease assess`: the interview in the terminal, or with --json the contract mode (input on
 * standard input, assessment on standard output, bad input exits 2 naming the problem).
 * `backease next --json`: one stateless interview step, as POST /api/v1/interview answers.
 */
import type { Command } from 'commander';
import { parseJson } from '../../contract/json-text.ts';
import { assessRaw, interviewRaw } from '../../engine/api.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { askProfile, InputEnded, runInteractive, stdinLines } from '../interactive.ts';
import { EXIT_BAD_INPUT, failWith, readStdin, styleFor } from '../io.ts';
import { renderAssessment, wrapText } from '../render.ts';

export function registerAssess(program: Command): void {
  program
    .command('assess')
    .description(
      'Answer questions about your back pain and get what to do now, the likely causes and a safe self-care plan',
    )
    .option(
      '--json',
      'contract mode: read the assessment input (JSON) on standard input, print the assessment as JSON',
    )
    .option('--claims', 'also show every claim of the source article with its evidence grade')
    .action(async (opts: { json?: boolean; claims?: boolean }) => {
      const kb = getKnowledge();
      if (opts.json) {
        const raw = parseJson(await readStdin(), 'Standard input');
        if (!raw.ok) failWith(raw.issues);
        const r = assessRaw(raw.value, kb);
        if (!r.ok) failWith(r.issues);
        process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
        return;
      }
      const style = styleFor(process.stdout);
      const width = process.stdout.columns ?? 88;
      const io = { write: (t: string) => process.stdout.write(t), lines: stdinLines(), style, width };
      io.write(`${style.bold('BackEase: back pain and spasm check')}\n`);
      const banner =
        'This is not a diagnosis. If you think this is an emergency, call the emergency number now (999 UK, 112 EU, 911 US).';
      io.write(`${style.dim(wrapText(banner, Math.min(width, 100) - 1).join('\n'))}\n\n`);
      try {
        const profile = await askProfile(io);
        const assessment = await runInteractive(kb, io, { ...profile, evidence: [] });
        process.stdout.write(
          renderAssessment(assessment, kb, style, {
            seedClaims: opts.claims === true,
            width: process.stdout.columns ?? 88,
          }),
        );
      } catch (e) {
        if (e instanceof InputEnded) {
          process.stderr.write(`backease: ${e.message}.\n`);
          process.exit(EXIT_BAD_INPUT);
        }
        throw e;
      }
      process.exit(0);
    });

  program
    .command('next')
    .description(
      'One interview step (contract mode): read the answers so far as JSON on standard input, print the next question or the assessment',
    )
    .requiredOption('--json', 'JSON in and out (the only mode)')
    .action(async () => {
      const raw = parseJson(await readStdin(), 'Standard input');
      if (!raw.ok) failWith(raw.issues);
      const r = interviewRaw(raw.value, getKnowledge());
      if (!r.ok) failWith(r.issues);
      process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
    });
}
