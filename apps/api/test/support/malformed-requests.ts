import fc from 'fast-check';
import {
  bodyClasses,
  parameterClasses,
  PROTOTYPE_KEYS,
  prototypeKeyIn,
  toJson,
  withOwnKey,
  withValueAt,
  type MalformedClass,
} from './malformed-values';
import { validValue, type Input, type Route } from './openapi-inputs';

const PATH_VALUES: Record<string, string> = { week: '2026-W48', token: 'x'.repeat(43) };
const ANY_ID = '00000000-0000-4000-8000-000000000000';

export interface Case {
  route: Route;
  input: Input | null;
  malformed: string;
  /** The field the answer has to name (or a field inside it, or the object holding it). */
  field: string;
  path: string;
  query: string;
  body?: string;
}

/** Two fields are the same input when one is the other or lies inside it (`goals` and `goals.0.hours`). */
export const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** The route's URL with valid values everywhere but in `changed` (raw URL text). */
function urlOf(route: Route, changed: { in: 'path' | 'query'; name: string; raw: string | string[] } | null) {
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    changed?.in === 'path' && changed.name === name ? String(changed.raw) : (PATH_VALUES[name] ?? ANY_ID),
  );
  const query = route.query.flatMap((parameter) => {
    if (changed?.in === 'query' && changed.name === parameter.name)
      return ([] as string[]).concat(changed.raw).map((raw) => `${parameter.name}=${raw}`);
    if (!parameter.required) return [];
    return [`${parameter.name}=${encodeURIComponent(String(validValue(parameter.schema ?? {})))}`];
  });
  return { path, query: query.join('&') };
}

/**
 * Every input of every route, each with every class of malformed value that applies to it, drawn
 * from the class's fast-check arbitrary under `seed`, `samples` values per class.
 */
export function malformedRequests(routes: Route[], { seed, samples }: { seed: number; samples: number }): Case[] {
  const cases: Case[] = [];
  const add = (
    route: Route,
    input: Input | null,
    malformed: MalformedClass,
    build: (value: unknown) => Omit<Case, 'route' | 'input' | 'malformed' | 'field'>,
  ) => {
    // The seed moves with the case, so each case draws its own values, the same ones on every run.
    for (const value of fc.sample(malformed.values, { seed: seed + cases.length, numRuns: samples })) {
      const field = malformed.field?.(value) ?? input?.field ?? '';
      cases.push({ route, input, malformed: malformed.name, field, ...build(value) });
    }
  };
  for (const route of routes) {
    for (const input of route.inputs) {
      if (input.in === 'body') {
        for (const malformed of bodyClasses(input)) {
          add(route, input, malformed, (value) => {
            const body =
              malformed.name === 'prototype key'
                ? withValueAt(
                    route.validBody,
                    input.field,
                    withOwnKey(valueAt(route.validBody, input.field), String(value), 'x'),
                  )
                : withValueAt(route.validBody, input.field, value);
            return { ...urlOf(route, null), body: toJson(body) };
          });
        }
      } else {
        const parameter =
          input.in === 'path' && /id$/i.test(input.field)
            ? { ...input, schema: { ...input.schema, format: 'uuid' } }
            : input;
        for (const malformed of parameterClasses(parameter)) {
          add(route, input, malformed, (raw) => ({
            ...urlOf(route, { in: input.in as 'path' | 'query', name: input.field, raw: raw as string | string[] }),
            body: route.validBody === undefined ? undefined : toJson(route.validBody),
          }));
        }
      }
    }
    if (route.body) {
      add(route, null, prototypeKeyIn(''), (key) => ({
        ...urlOf(route, null),
        body: toJson(withOwnKey(route.validBody, String(key), 'x')),
      }));
    }
    if (route.method === 'get') {
      // Query keys that would reach an object's prototype, on every read, whatever it documents.
      add(
        route,
        null,
        { name: 'prototype key in the query', values: fc.constantFrom(...PROTOTYPE_KEYS), field: String },
        (key) => {
          const { path, query } = urlOf(route, null);
          return { path, query: [query, `${String(key)}=x`].filter(Boolean).join('&') };
        },
      );
    }
  }
  return cases;
}

function valueAt(body: unknown, field: string): unknown {
  return field
    ? field.split('.').reduce<unknown>((value, name) => (value as Record<string, unknown>)[name], body)
    : body;
}
