/**
 * The web app's modules as the bundler sees them, for the tests that keep each screen's words in the
 * catalog domain that is loaded when the screen draws (web/src/i18n/screen-words.test.ts). Read with
 * TypeScript's parser, so comments and strings never pass for imports.
 *
 * - staticGraph(entry): the entry and every module it imports statically, following relative imports
 *   only (packages name no catalog keys). Type-only imports are left out, since they are erased and load
 *   nothing; `import()` is left out, since it is what makes a chunk lazy. This is what the browser must
 *   fetch before the first screen draws.
 * - dynamicImports(file): the modules a file loads with `import('…')`.
 * - stringsIn(file): every string literal and template without substitutions (keys named in arrays and
 *   objects count, not only those passed to t()), and the fixed heads of templates with substitutions
 *   (`area.${a}` gives "area."), the way code builds a key from an id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const parsed = new Map<string, ts.SourceFile>();

function source(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) {
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
    parsed.set(file, sf);
  }
  return sf;
}

/** A relative specifier as a TypeScript file on disk, or undefined (a package, a stylesheet, JSON). */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier);
  return /\.tsx?$/.test(path) && existsSync(path) ? path : undefined;
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  // Only `import type` is surely erased: `import { type A } from` may stay as `import {} from`, which
  // runs the module, so it counts (the stricter reading for the first screen).
  return node.importClause?.isTypeOnly ?? false;
}

/** The local modules a file imports statically (value imports and re-exports). */
export function staticImports(file: string): string[] {
  const out: string[] = [];
  for (const node of source(file).statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node))) continue;
    if (!node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier) || isTypeOnly(node)) continue;
    const target = resolveLocal(file, node.moduleSpecifier.text);
    if (target) out.push(target);
  }
  return out;
}

/** The local modules a file loads with import('…'). */
export function dynamicImports(file: string): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const target = resolveLocal(file, node.arguments[0].text);
      if (target) out.push(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(source(file));
  return out;
}

/** The entries and everything they import statically, transitively. */
export function staticGraph(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

/** Every module the app can load: the static graph of the entry, and of each chunk loaded from it. */
export function wholeGraph(entry: string): Set<string> {
  const all = new Set<string>();
  let next = [entry];
  while (next.length) {
    const graph = staticGraph(next);
    next = [];
    for (const file of graph) {
      if (all.has(file)) continue;
      all.add(file);
      next.push(...dynamicImports(file).filter((f) => !all.has(f)));
    }
  }
  return all;
}

export interface Literal {
  readonly text: string;
  /** The head of a template with substitutions: the code adds something after it. */
  readonly prefix: boolean;
  readonly line: number;
}

/** The string literals of a file (import specifiers excepted). */
export function stringsIn(file: string): Literal[] {
  const sf = source(file);
  const out: Literal[] = [];
  const line = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      out.push({ text: node.text, prefix: false, line: line(node) });
    else if (ts.isTemplateExpression(node))
      out.push({ text: node.head.text, prefix: true, line: line(node) });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The first argument of each call to one of `callees` (t, has, …) when it is a string: the keys a file words. */
export function keyArguments(file: string, callees: readonly string[]): Literal[] {
  const sf = source(file);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      const first = node.arguments[0];
      if (name && callees.includes(name) && first) {
        const line = sf.getLineAndCharacterOfPosition(first.getStart(sf)).line + 1;
        if (ts.isStringLiteralLike(first)) out.push({ text: first.text, prefix: false, line });
        else if (ts.isTemplateExpression(first)) out.push({ text: first.head.text, prefix: true, line });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
