/**
 * The `backease` command line: a thin adapter over the engine. Commands live in ./commands; each
 * validates its input, calls the core and maps coded issues to exit code 2 with a message.
 */
import { Command, CommanderError } from 'commander';
import { registerAssess } from './commands/assess.ts';
import { registerBackup } from './commands/backup.ts';
import { registerEval } from './commands/eval.ts';
import { registerFhir } from './commands/fhir.ts';
import { registerParse } from './commands/parse.ts';
import { registerReport } from './commands/report.ts';
import { EXIT_BAD_INPUT } from './io.ts';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('backease')
    .description('Self-care and triage for back muscle spasms and back pain')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerAssess(program);
  registerParse(program);
  registerEval(program);
  registerReport(program);
  registerFhir(program);
  registerBackup(program);
  return program;
}

// A reader that stops early (`backease fhir … | head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
  throw e;
}
