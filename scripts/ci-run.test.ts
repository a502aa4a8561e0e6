/** CI runs exactly the README's quick start commands, and installs nothing that `npm test` cannot. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const run = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');

/** The commands of the README's quick start block, one per `&&` step, comments dropped. */
function quickStart(): string[] {
  const section = readme.split(/^## Quick start$/m)[1]?.split(/^## /m)[0] ?? '';
  const block = /```bash\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .flatMap((l) => l.split('&&').map((c) => c.trim()));
}

/** The commands .ci/run runs: its lines that are not comments, shell settings or CI's own messages. */
function ciCommands(): string[] {
  return run
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('set ') && !l.startsWith('cd '))
    .map((l) => l.split('||')[0]?.trim() ?? '');
}

describe('.ci/run', () => {
  it("runs the README's install and test commands, in that order, and nothing else", () => {
    expect(quickStart()).toEqual(['npm ci', 'npm start', 'npm test']);
    // npm start serves until stopped; CI runs the other two (the e2e tests start the same server).
    expect(ciCommands()).toEqual(['npm ci', 'npm test']);
  });

  it('installs nothing itself', () => {
    expect(run).not.toMatch(/apt-get|apt |dpkg|playwright install|npm (i|install)\b/);
  });
});
