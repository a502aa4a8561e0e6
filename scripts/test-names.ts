/**
 * The names of the tests in the suite, read from the test files' syntax trees (TypeScript's parser), so
 * the hazard log can name the tests that verify its controls and a test can prove each name exists.
 *
 * Why the syntax tree and not `vitest list`: listing imports every test file, and the integration and
 * browser projects start PostgreSQL and build the web app before they list anything; a test that runs
 * Vitest inside Vitest on two cores is slow and fragile. Reading the syntax tree is fast, needs nothing
 * running, and is exact for names written as string literals, which is what the log may name. A name
 * built at run time (a template with `${…}`, a variable) cannot be named by the log: it is collected as
 * dynamic and a reference to it fails. `describe.each`/`it.each` names are templates (`%s`, `$file`):
 * the log names the template, and it matches every case. `npm run safety-report` then runs the named
 * files and reads Vitest's own JSON report, so a name that the parser saw but Vitest did not run shows
 * up there as "not run".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface CollectedTest {
  /** The file, relative to the repository root, with forward slashes. */
  readonly file: string;
  /** The describe titles and the test title, outermost first. */
  readonly path: readonly string[];
  /** Whether any title is an `.each`/`.for` template (`%s`, `$name`) rather than a literal name. */
  readonly template: boolean;
  /** Whether any title is computed at run time, so it cannot be named. */
  readonly dynamic: boolean;
}

/** The separator between describe titles and the test title in a test's full name. */
export const NAME_SEPARATOR = ' > ';

export const fullName = (path: readonly string[]): string => path.join(NAME_SEPARATOR);

const TEST_FILE = /\.test\.tsx?$/;
const SUITE_ROOTS = ['src', 'web/src', 'scripts', 'bench', 'e2e'];
const BLOCK = new Set(['describe', 'suite']);
const TEST = new Set(['it', 'test']);
/** Modifiers that keep a call a describe or a test: `it.only`, `describe.sequential`, `it.each(...)`. */
const MODIFIERS = new Set([
  'only',
  'skip',
  'todo',
  'concurrent',
  'sequential',
  'shuffle',
  'fails',
  'each',
  'for',
]);

function walkFiles(root: string, dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return walkFiles(root, path);
    return TEST_FILE.test(name) ? [path] : [];
  });
}

/** Every test file of the suite, relative to `root`. */
export function testFiles(root: string): string[] {
  return SUITE_ROOTS.flatMap((dir) => walkFiles(root, dir)).sort();
}

interface CallKind {
  readonly kind: 'block' | 'test';
  readonly template: boolean;
}

/** Whether the callee is `describe`, `it`, `test` or one of them with modifiers; `.each` makes a template. */
function callKind(callee: ts.Expression): CallKind | undefined {
  let template = false;
  let e: ts.Expression = callee;
  // `it.each([...])('name', fn)`: the callee is itself a call.
  for (;;) {
    if (ts.isCallExpression(e)) {
      e = e.expression;
      continue;
    }
    if (ts.isPropertyAccessExpression(e)) {
      if (!MODIFIERS.has(e.name.text)) return undefined;
      if (e.name.text === 'each' || e.name.text === 'for') template = true;
      e = e.expression;
      continue;
    }
    break;
  }
  if (!ts.isIdentifier(e)) return undefined;
  if (BLOCK.has(e.text)) return { kind: 'block', template };
  if (TEST.has(e.text)) return { kind: 'test', template };
  return undefined;
}

function literalName(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  return undefined;
}

/** The tests of one file's source text. */
export function collectTests(file: string, source: string): CollectedTest[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const out: CollectedTest[] = [];
  type Frame = { readonly path: readonly string[]; readonly template: boolean; readonly dynamic: boolean };
  const visit = (node: ts.Node, frame: Frame): void => {
    if (ts.isCallExpression(node)) {
      const kind = callKind(node.expression);
      if (kind) {
        const name = literalName(node.arguments[0]);
        const next: Frame = {
          path: [...frame.path, name ?? '<computed>'],
          template: frame.template || kind.template,
          dynamic: frame.dynamic || name === undefined,
        };
        if (kind.kind === 'test') out.push({ file, ...next });
        for (const arg of node.arguments.slice(1)) visit(arg, next);
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, frame));
  };
  visit(sf, { path: [], template: false, dynamic: false });
  return out;
}

/** Every test in the suite under `root`. */
export function collectSuite(root: string): CollectedTest[] {
  return testFiles(root).flatMap((file) =>
    collectTests(relative(root, join(root, file)), readFileSync(join(root, file), 'utf8')),
  );
}

/**
 * A matcher for a template title: Vitest's `%s`/`%d`/`%i`/`%f`/`%j`/`%o`/`%#`/`%$` placeholders and
 * `$name`/`$a.b` interpolations stand for any text.
 */
export function titlePattern(title: string): RegExp {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const open = escaped.replace(/%[sdifjo#$%]/g, '.*').replace(/\\\$[A-Za-z_][\w.]*/g, '.*');
  return new RegExp(`^${open}$`, 's');
}

/** Whether a run's test (its describe titles and title) is an instance of a collected test's name. */
export function matchesName(name: readonly string[], run: readonly string[]): boolean {
  return name.length === run.length && name.every((t, i) => titlePattern(t).test(run[i] as string));
}
