/**
 * `npm start`: build the web app if it has not been built (and the project defines `build:web`), then
 * start the server on PORT. A failed web build is reported and the API is served anyway: the contract
 * endpoints do not depend on it, and the root page then says how to build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configOrExit, serve } from '../src/server/serve.ts';

const root = resolve(import.meta.dirname, '..');
const config = configOrExit();

if (!existsSync(join(config.webDist, 'index.html'))) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (pkg.scripts?.['build:web']) {
    console.log('web app not built yet: running npm run build:web');
    const build = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('npm run build:web failed; serving the API without the web app.');
    }
  }
}

await serve(config);
