import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { nodesOf, parseSource, readSources, unwrap, type SourceFile } from './source-files';

/**
 * Query keys come from the feature or entity that owns the data (docs/architecture.md, "The web app").
 * A key's root, the string it starts with (`'teams'` in `['teams', id]`), is written out in one owner
 * only; everyone else builds on that owner's exported keys or query options (`teamKeys.all`,
 * `[...teamKeys.detail(id), 'learnings']`, `meQueryOptions().queryKey`). Features cannot import each
 * other, so a root another feature refreshes lives in src/entities/.
 */

/** Owners of data: a feature or an entity. app/, lib/, components/ and test/ own no cached data. */
const isOwner = (owner: string) => /^(features|entities)\//.test(owner);

/** The cache's methods that take a key itself rather than options or filters. */
const TAKES_KEY = new Set(['setQueryData', 'getQueryData', 'getQueryState']);

/** A key factory or constant: `teamKeys`, `ME_QUERY_KEY`. */
const isKeyName = (name: ts.Node) => ts.isIdentifier(name) && /(Keys|QueryKeys?|QUERY_KEYS?)$/.test(name.text);

interface WrittenKey {
  root: string;
  file: string;
  owner: string;
}

function arraysIn(node: ts.Node): ts.ArrayLiteralExpression[] {
  const arrays: ts.ArrayLiteralExpression[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isArrayLiteralExpression(child)) arrays.push(child);
    child.forEachChild(visit);
  };
  visit(node);
  return arrays;
}

/** The arrays that stand where a query key goes: `queryKey: [...]`, `setQueryData([...])`, a key factory. */
function keyArrays(node: ts.Node): ts.ArrayLiteralExpression[] {
  if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'queryKey') {
    const value = unwrap(node.initializer);
    return ts.isArrayLiteralExpression(value) ? [value] : [];
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const [key] = node.arguments;
    const value = key && unwrap(key);
    return TAKES_KEY.has(node.expression.name.text) && value && ts.isArrayLiteralExpression(value) ? [value] : [];
  }
  if (ts.isVariableDeclaration(node) && isKeyName(node.name) && node.initializer) return arraysIn(node.initializer);
  return [];
}

/** Every key written out with a string root; keys that start by spreading another key are built on it. */
function writtenKeys(files: SourceFile[]): WrittenKey[] {
  return files.flatMap((file) =>
    nodesOf(file)
      .flatMap(keyArrays)
      .flatMap(({ elements: [first] }) =>
        first && ts.isStringLiteralLike(first) ? [{ root: first.text, file: file.path, owner: file.owner }] : [],
      ),
  );
}

function misplacedKeys(files: SourceFile[]): string[] {
  const keys = writtenKeys(files);
  const ownersOf = (root: string) => [...new Set(keys.filter((key) => key.root === root).map((key) => key.owner))];
  return keys.flatMap(({ root, file, owner }) => {
    if (!isOwner(owner)) return [`${file} writes the key '${root}': ${owner}/ owns no data, use its owner's keys`];
    const others = ownersOf(root).filter((other) => other !== owner);
    return others.length > 0 ? [`${file} writes the key '${root}', which ${others.join(' and ')} also write`] : [];
  });
}

describe('query keys', () => {
  it('reads the keys of query options, cache writes and key factories, and nothing else', () => {
    const file = parseSource(
      'features/a/api/get-a.ts',
      [
        "queryOptions({ queryKey: ['a', 'list', params], queryFn });",
        "queryClient.invalidateQueries({ queryKey: ['b'] as const });",
        "queryClient.setQueryData(['c', id], value);",
        "export const dKeys = { all: ['d'] as const, detail: (id: string) => ['d', id] as const };",
        "queryClient.invalidateQueries({ queryKey: [...teamKeys.detail(id), 'learnings'] });",
        "const statuses = ['draft', 'active'];",
      ].join('\n'),
    );
    expect(writtenKeys([file]).map((key) => key.root)).toEqual(['a', 'b', 'c', 'd', 'd']);
  });

  it('names a key written outside its owner, and a key in a layer that owns no data', () => {
    const files = [
      parseSource('entities/weeks/api/get-weeks.ts', "queryOptions({ queryKey: ['weeks', 'list', params] });"),
      parseSource('features/b/api/carry.ts', "queryClient.invalidateQueries({ queryKey: ['weeks'] });"),
      parseSource('app/require-session.tsx', "queryClient.invalidateQueries({ queryKey: ['me'] });"),
    ];
    expect(misplacedKeys(files)).toEqual([
      "entities/weeks/api/get-weeks.ts writes the key 'weeks', which features/b also write",
      "features/b/api/carry.ts writes the key 'weeks', which entities/weeks also write",
      "app/require-session.tsx writes the key 'me': app/ owns no data, use its owner's keys",
    ]);
  });

  it('are written out only by the feature or entity that owns them', () => {
    const files = readSources();
    expect(misplacedKeys(files)).toEqual([]);
    const keys = writtenKeys(files);
    // The scan sees the keys where they are declared.
    const ownerOf = (root: string) => [...new Set(keys.filter((key) => key.root === root).map((key) => key.owner))];
    expect(ownerOf('teams')).toEqual(['entities/teams']);
    expect(ownerOf('me')).toEqual(['entities/session']);
    expect(ownerOf('users')).toEqual(['features/admin']);
  });
});
