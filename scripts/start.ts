/**
 * `npm start`: build the web app if it has not been built (and the project defines `build:web`), then
 * start the server on PORT. Processes started together build it once (web-build-once.ts), and a build
 * appears whole or not at all. A failed web build is reported and the API is served anyway: the contract
 * endpoints do not depend on it, and the root page then says how to build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configOrExit, serve } from '../src/server/serve.ts';
import { buildWebOnce } from './web-build-once.ts';

const root = resolve(import.meta.dirname, '..');
const config = configOrExit();

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts?: Record<string, string>;
};
if (pkg.scripts?.['build:web']) {
  const ok = await buildWebOnce({
    webDist: config.webDist,
    command: ['npm', 'run', 'build:web'],
    cwd: root,
    log: (line) => console.log(line),
  });
  if (!ok) console.error('npm run build:web failed; serving the API without the web app.');
}

await serve(config);
