/**
 * The browser tests (e2e/) drive Debian's Chromium through playwright-core; playwright's own browser
 * download does not work on the project's machines. `npm test` calls ensureChromium() first: when
 * Chromium is missing it installs Debian's package if the machine allows it (root, with apt-get), saying
 * what it installs and why, and otherwise stops at once with one line naming the command. Everything
 * else the tests need comes from npm.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get install -y chromium';

export type ChromiumPlan =
  | { readonly kind: 'present' }
  | { readonly kind: 'install' }
  | { readonly kind: 'fail'; readonly line: string };

export interface Machine {
  readonly hasChromium: boolean;
  readonly root: boolean;
  readonly hasApt: boolean;
}

export function planChromium(machine: Machine): ChromiumPlan {
  if (machine.hasChromium) return { kind: 'present' };
  if (machine.root && machine.hasApt) return { kind: 'install' };
  const how = machine.hasApt ? `sudo ${INSTALL_COMMAND}` : `install Chromium so that ${CHROMIUM_PATH} exists`;
  return {
    kind: 'fail',
    line: `npm test: the browser tests need Chromium at ${CHROMIUM_PATH}: run \`${how}\` (never \`playwright install\`), then npm test again.`,
  };
}

/** Whether a test run with these Vitest arguments can reach the browser tests. */
export function needsBrowser(args: readonly string[]): boolean {
  const projects: string[] = [];
  args.forEach((arg, i) => {
    if (arg === '--project' && args[i + 1] !== undefined) projects.push(args[i + 1] as string);
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
  });
  return projects.length === 0 || projects.includes('e2e');
}

export interface Io {
  readonly machine: () => Machine;
  /** Runs a command, returning its exit status and everything it printed. */
  readonly run: (cmd: string, args: readonly string[]) => { status: number | null; output: string };
  readonly print: (line: string) => void;
}

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export const realIo: Io = {
  machine: () => ({
    hasChromium: existsSync(CHROMIUM_PATH),
    root: process.getuid?.() === 0,
    hasApt: onPath('apt-get'),
  }),
  run: (cmd, args) => {
    const r = spawnSync(cmd, args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return {
      status: r.status,
      output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`,
    };
  },
  print: (line) => console.log(line),
};

/** apt-get's own list of the packages it installed. */
function newPackages(output: string): string[] {
  const block = /The following NEW packages will be installed:\n((?:[ \t]+.*\n)+)/.exec(output)?.[1] ?? '';
  return block.split(/\s+/).filter(Boolean);
}

/** Words as indented lines of at most `width` characters. */
function wrap(words: readonly string[], width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : `  ${word}`;
  }
  if (line) lines.push(line);
  return lines;
}

/** Makes sure Chromium is there; returns false (after saying why) when the run must stop. */
export function ensureChromium(io: Io = realIo): boolean {
  const plan = planChromium(io.machine());
  if (plan.kind === 'present') return true;
  if (plan.kind === 'fail') {
    io.print(plan.line);
    return false;
  }
  io.print(
    `npm test: ${CHROMIUM_PATH} is missing. The browser tests (e2e/) need Debian's chromium package ` +
      "(playwright's own browser download does not work here), so installing it now: " +
      `apt-get update && ${INSTALL_COMMAND}`,
  );
  const update = io.run('apt-get', ['update', '-q']);
  if (update.status !== 0) {
    io.print(`npm test: apt-get update failed (exit ${update.status}):\n${update.output.trim()}`);
    return false;
  }
  const install = io.run('apt-get', ['install', '-y', '-q', 'chromium']);
  if (install.status !== 0 || !io.machine().hasChromium) {
    io.print(`npm test: ${INSTALL_COMMAND} failed (exit ${install.status}):\n${install.output.trim()}`);
    return false;
  }
  const others = newPackages(install.output).filter((p) => p !== 'chromium');
  io.print(
    others.length > 0
      ? `npm test: installed chromium from Debian, with ${others.length} packages it needs:`
      : 'npm test: installed chromium from Debian.',
  );
  for (const line of wrap(others)) io.print(line);
  return true;
}
