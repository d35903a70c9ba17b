import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** One of the web app's own source files, parsed, for the specs that check its boundaries. */
export interface SourceFile {
  /** Relative to src/, with forward slashes: `features/admin/api/get-users.ts`. */
  path: string;
  /** `features/<f>` or `entities/<e>`; otherwise the top folder (`app`, `lib`, `components`, `test`) or the file. */
  owner: string;
  ast: ts.SourceFile;
}

// A string, not a URL: under jsdom, `URL` is the browser's, which node:url does not take.
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

export function ownerOf(path: string): string {
  const [top = path, name] = path.split('/');
  return (top === 'features' || top === 'entities') && name ? `${top}/${name}` : top;
}

export function parseSource(path: string, text: string): SourceFile {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return { path, owner: ownerOf(path), ast: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind) };
}

/** Every .ts and .tsx file under src/, specs included. */
export function readSources(): SourceFile[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /\.tsx?$/.test(path))
    .sort()
    .map((path) => parseSource(path, readFileSync(join(SRC, path), 'utf8')));
}

/** Every node of the file, depth first. */
export function nodesOf(file: SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    nodes.push(node);
    node.forEachChild(visit);
  };
  visit(file.ast);
  return nodes;
}

/** `x as const`, `(x)` and `x satisfies T` stand for `x`. */
export function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) {
    node = node.expression;
  }
  return node;
}
