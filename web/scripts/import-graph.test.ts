import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dynamicImports, keyArguments, staticGraph, stringsIn, wholeGraph } from './import-graph.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-graph-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const main = file(
  'main.ts',
  [
    "import { a } from './a.ts';",
    "import type { T } from './types.ts';",
    "import './side.ts';",
    "export { b } from './b.ts';",
    "import { render } from 'preact';",
    '// import { c } from "./c.ts";',
    "const later = () => import('./lazy.ts');",
    "const NAV = [['/x', 'nav.x']];",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template, on purpose
    'const key = `area.${a}`;',
  ].join('\n'),
);
file('a.ts', "export const a = 'a.one';");
file('b.ts', "export const b = t('b.two');");
file('types.ts', 'export type T = string;');
file('side.ts', "document.title = 'x';");
file('c.ts', 'export const c = 1;');
file('lazy.ts', "import { d } from './d.ts';\nexport const e = words().text('lazy.key', { n: 1 });");
file('d.ts', 'export const d = 1;');

const names = (files: Iterable<string>) => [...files].map((f) => f.slice(dir.length + 1)).sort();

describe('the import graph', () => {
  it('follows static value imports and re-exports, not type-only ones, import() or comments', () => {
    expect(names(staticGraph([main]))).toEqual(['a.ts', 'b.ts', 'main.ts', 'side.ts']);
  });

  it('finds the modules loaded with import(), and everything the app can load through them', () => {
    expect(names(dynamicImports(main))).toEqual(['lazy.ts']);
    expect(names(wholeGraph(main))).toEqual(['a.ts', 'b.ts', 'd.ts', 'lazy.ts', 'main.ts', 'side.ts']);
  });

  it('finds keys kept in arrays and the heads of keys built from templates, not import specifiers', () => {
    const found = stringsIn(main);
    expect(found).toContainEqual({ text: 'nav.x', prefix: false, line: 8 });
    expect(found).toContainEqual({ text: 'area.', prefix: true, line: 9 });
    expect(found.map((l) => l.text)).not.toContain('./a.ts');
  });

  it('finds the keys passed to the named calls, plain or as a method', () => {
    expect(keyArguments(join(dir, 'lazy.ts'), ['t', 'text'])).toEqual([
      { text: 'lazy.key', prefix: false, line: 2 },
    ]);
    expect(keyArguments(join(dir, 'b.ts'), ['has'])).toEqual([]);
  });
});
