import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { nodesOf, parseSource, readSources, unwrap, type SourceFile } from './source-files';

/**
 * One file per endpoint (docs/architecture.md, "The web app"): data several features read lives in
 * src/entities/, so no two files call the same method on the same path. Paths are compared with
 * their parameters as `{}` and without the query string.
 */

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Functions that only build a path, such as `learningsPath(teamId)`, with the path they return. */
function pathHelpers(files: SourceFile[]): Map<string, string> {
  const helpers = new Map<string, string>();
  for (const node of files.flatMap(nodesOf)) {
    const [statement] = ts.isFunctionDeclaration(node) && node.name ? (node.body?.statements ?? []) : [];
    if (statement && ts.isReturnStatement(statement) && statement.expression) {
      const [path] = pathsOf(statement.expression, helpers);
      if (path?.startsWith('/')) helpers.set((node as ts.FunctionDeclaration).name!.text, path);
    }
  }
  return helpers;
}

/** The paths an argument can take: `{}` for a value, both branches of a condition. */
function pathsOf(node: ts.Expression, helpers: Map<string, string>): string[] {
  node = unwrap(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node))
    return [...pathsOf(node.whenTrue, helpers), ...pathsOf(node.whenFalse, helpers)];
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
    const helper = helpers.get(node.expression.text);
    if (helper) return [helper];
  }
  if (ts.isTemplateExpression(node)) {
    return node.templateSpans.reduce(
      (paths, span) => {
        const value = unwrap(span.expression);
        const inner = ts.isCallExpression(value) ? pathsOf(value, helpers).filter((path) => path !== '{}') : [];
        const parts = inner.length > 0 ? inner : ['{}'];
        return paths.flatMap((path) => parts.map((part) => `${path}${part}${span.literal.text}`));
      },
      [node.head.text],
    );
  }
  return ['{}'];
}

/** `/goals?status=active` and `/goals${query}` are both `/goals`. */
function normalize(path: string): string {
  return path.split('?')[0]!.replace(/([^/])\{\}$/, '$1');
}

/** Each `METHOD /path` the files call through `apiClient`, with the files that call it. */
function endpointsOf(files: SourceFile[]): Map<string, string[]> {
  const helpers = pathHelpers(files);
  const endpoints = new Map<string, string[]>();
  for (const file of files) {
    for (const node of nodesOf(file)) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) continue;
      const { expression: client, name } = node.expression;
      const [path] = node.arguments;
      if (!ts.isIdentifier(client) || client.text !== 'apiClient' || !METHODS.has(name.text) || !path) continue;
      for (const endpoint of new Set(pathsOf(path, helpers).map((p) => `${name.text.toUpperCase()} ${normalize(p)}`))) {
        const callers = endpoints.get(endpoint) ?? [];
        if (!callers.includes(file.path)) callers.push(file.path);
        endpoints.set(endpoint, callers);
      }
    }
  }
  return endpoints;
}

function calledTwice(files: SourceFile[]): string[] {
  return [...endpointsOf(files)]
    .filter(([, callers]) => callers.length > 1)
    .map(([endpoint, callers]) => `${endpoint} is called from ${callers.join(' and ')}`);
}

/** The files that call the API: endpoint files, never their specs. */
const endpointFiles = () =>
  readSources().filter((file) => /^(features|entities)\//.test(file.path) && !file.path.includes('.spec.'));

describe('endpoint files', () => {
  it('reads paths built with helpers, conditions and query strings', () => {
    const helper = parseSource(
      'features/a/api/paths.ts',
      'export function learningsPath(teamId: string) { return `/teams/${encodeURIComponent(teamId)}/learnings`; }',
    );
    const calls = parseSource(
      'features/a/api/get-a.ts',
      [
        'apiClient.get(`${learningsPath(teamId)}?limit=${limit}`);',
        "apiClient.get(archived ? '/teams?archived=true' : '/teams');",
        'apiClient.patch<T>(`/goals/${encodeURIComponent(id)}/milestones/${milestoneId}`, input);',
        'apiClient.get(`/weeks${query ? `?${query}` : ""}`);',
      ].join('\n'),
    );
    expect([...endpointsOf([helper, calls]).keys()]).toEqual([
      'GET /teams/{}/learnings',
      'GET /teams',
      'PATCH /goals/{}/milestones/{}',
      'GET /weeks',
    ]);
  });

  it('names an endpoint that two files call', () => {
    const files = [
      parseSource('features/a/api/get-teams.ts', "apiClient.get('/teams', { signal });"),
      parseSource('features/b/api/get-teams.ts', "apiClient.get<T>('/teams?archived=true');"),
      parseSource('features/b/api/create-team.ts', "apiClient.post('/teams', input);"),
    ];
    expect(calledTwice(files)).toEqual([
      'GET /teams is called from features/a/api/get-teams.ts and features/b/api/get-teams.ts',
    ]);
  });

  it('calls each endpoint from one file only', () => {
    const files = endpointFiles();
    const endpoints = endpointsOf(files);
    // Every call was read down to a path: one the scan could not follow would hide a duplicate.
    expect([...endpoints.keys()].filter((endpoint) => !/^[A-Z]+ \/[a-z]/.test(endpoint))).toEqual([]);
    expect(calledTwice(files)).toEqual([]);
    expect(endpoints.get('GET /teams')).toEqual(['entities/teams/api/get-teams.ts']);
  });
});
