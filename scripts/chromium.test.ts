import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_PATH,
  ensureChromium,
  type Io,
  type Machine,
  needsBrowser,
  planChromium,
} from './chromium.ts';

const APT_OUTPUT = `Reading package lists...
The following additional packages will be installed:
  chromium-common libatk1.0-0
The following NEW packages will be installed:
  chromium chromium-common
  libatk1.0-0
0 upgraded, 3 newly installed, 0 to remove and 0 not upgraded.
Setting up chromium (156.0.8078.129-1~deb12u1) ...
`;

/** A machine that records the commands run and the lines printed; apt-get install brings Chromium. */
function fakeIo(start: Machine, results: Record<string, number> = {}) {
  let machine = start;
  const ran: string[] = [];
  const printed: string[] = [];
  const io: Io = {
    machine: () => machine,
    run: (cmd, args) => {
      const line = [cmd, ...args].join(' ');
      ran.push(line);
      const status = results[args[0] as string] ?? 0;
      if (args[0] === 'install' && status === 0) machine = { ...machine, hasChromium: true };
      return { status, output: args[0] === 'install' ? APT_OUTPUT : 'Reading package lists...' };
    },
    print: (l) => printed.push(l),
  };
  return { io, ran, printed };
}

describe('planChromium', () => {
  it('does nothing when Chromium is there', () => {
    expect(planChromium({ hasChromium: true, root: false, hasApt: false })).toEqual({ kind: 'present' });
  });

  it('installs it as root with apt-get', () => {
    expect(planChromium({ hasChromium: false, root: true, hasApt: true })).toEqual({ kind: 'install' });
  });

  it('otherwise fails with one line naming the command', () => {
    const plan = planChromium({ hasChromium: false, root: false, hasApt: true });
    expect(plan.kind).toBe('fail');
    const line = plan.kind === 'fail' ? plan.line : '';
    expect(line).not.toContain('\n');
    expect(line).toContain('`sudo apt-get install -y chromium`');
    expect(line).toContain(CHROMIUM_PATH);
    const noApt = planChromium({ hasChromium: false, root: true, hasApt: false });
    expect(noApt.kind === 'fail' && noApt.line).toContain(`install Chromium so that ${CHROMIUM_PATH} exists`);
  });
});

describe('ensureChromium', () => {
  it('runs nothing when Chromium is there', () => {
    const { io, ran, printed } = fakeIo({ hasChromium: true, root: true, hasApt: true });
    expect(ensureChromium(io)).toBe(true);
    expect([ran, printed]).toEqual([[], []]);
  });

  it('installs Debian’s chromium as root, saying why and what it installed', () => {
    const { io, ran, printed } = fakeIo({ hasChromium: false, root: true, hasApt: true });
    expect(ensureChromium(io)).toBe(true);
    expect(ran).toEqual(['apt-get update -q', 'apt-get install -y -q chromium']);
    expect(printed[0]).toMatch(/is missing\. The browser tests \(e2e\/\) need Debian's chromium package/);
    expect(printed[0]).toContain('apt-get update && apt-get install -y chromium');
    expect(printed.slice(1)).toEqual([
      'npm test: installed chromium from Debian, with 2 packages it needs:',
      '  chromium-common libatk1.0-0',
    ]);
  });

  it('lists a long install in lines a terminal can show', () => {
    const many = Array.from({ length: 60 }, (_, i) => `libexample-package${i}`);
    const { io, printed } = fakeIo({ hasChromium: false, root: true, hasApt: true });
    const run = io.run;
    const withMany: Io = {
      ...io,
      run: (cmd, args) => ({
        ...run(cmd, args),
        output: `The following NEW packages will be installed:\n  chromium ${many.join(' ')}\nDone\n`,
      }),
    };
    expect(ensureChromium(withMany)).toBe(true);
    expect(printed[1]).toBe('npm test: installed chromium from Debian, with 60 packages it needs:');
    const lines = printed.slice(2);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(many);
  });

  it('stops the run when the install fails, with apt-get’s own words', () => {
    const { io, printed } = fakeIo({ hasChromium: false, root: true, hasApt: true }, { install: 100 });
    expect(ensureChromium(io)).toBe(false);
    expect(printed.at(-1)).toMatch(/^npm test: apt-get install -y chromium failed \(exit 100\):\nReading/);
    const update = fakeIo({ hasChromium: false, root: true, hasApt: true }, { update: 1 });
    expect(ensureChromium(update.io)).toBe(false);
    expect(update.ran).toEqual(['apt-get update -q']);
  });

  it('stops at once, installing nothing, when it may not install', () => {
    const { io, ran, printed } = fakeIo({ hasChromium: false, root: false, hasApt: true });
    expect(ensureChromium(io)).toBe(false);
    expect(ran).toEqual([]);
    expect(printed).toHaveLength(1);
  });
});

describe('needsBrowser', () => {
  it('is true unless the run names projects without e2e', () => {
    expect(needsBrowser([])).toBe(true);
    expect(needsBrowser(['src/engine'])).toBe(true);
    expect(needsBrowser(['--project', 'e2e'])).toBe(true);
    expect(needsBrowser(['--project=unit', '--project=e2e'])).toBe(true);
    expect(needsBrowser(['--project', 'unit'])).toBe(false);
    expect(needsBrowser(['--project=unit', '--project', 'int'])).toBe(false);
  });
});
