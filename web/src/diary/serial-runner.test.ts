import { describe, expect, it } from 'vitest';
import { serialRunner } from './serial-runner.ts';

/** A job whose runs finish only when the test says so, counting how many started. */
function controlledJob() {
  const finishers: ((v: number) => void)[] = [];
  let started = 0;
  const job = () =>
    new Promise<number>((resolve) => {
      started += 1;
      const n = started;
      finishers.push(() => resolve(n));
    });
  return {
    job,
    started: () => started,
    finish: async (i: number) => {
      finishers[i]?.(0);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('serialRunner', () => {
  it('runs once when nothing else is running', async () => {
    const c = controlledJob();
    const run = serialRunner(c.job);
    const a = run();
    expect(c.started()).toBe(1);
    await c.finish(0);
    expect(await a).toBe(1);
  });

  it('runs again after the current run for a call made during it, never two at once', async () => {
    const c = controlledJob();
    const run = serialRunner(c.job);
    const first = run();
    const second = run();
    const third = run();
    // The later calls wait: a change made after the first run read the store must not be lost.
    expect(c.started()).toBe(1);
    await c.finish(0);
    expect(await first).toBe(1);
    expect(c.started()).toBe(2);
    await c.finish(1);
    // Both later calls share the one extra run.
    expect([await second, await third]).toEqual([2, 2]);
    expect(c.started()).toBe(2);
  });

  it('still runs the next one when the current run fails', async () => {
    let calls = 0;
    const run = serialRunner(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return calls;
    });
    const first = run();
    const second = run();
    await expect(first).rejects.toThrow('offline');
    expect(await second).toBe(2);
    expect(await run()).toBe(3);
  });
});
