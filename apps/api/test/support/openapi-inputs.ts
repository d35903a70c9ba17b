/**
 * Reads the OpenAPI document as a client would: every route, every input it takes (body fields,
 * query parameters, path parameters) with the schema that input is documented with, and a valid
 * value for each, so a test can make exactly one input wrong at a time.
 */

export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: unknown;
  example?: unknown;
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One input of one route: where it goes, its dotted field name as errors report it, and its schema. */
export interface Input {
  in: 'body' | 'query' | 'path';
  /** Dotted path inside the body (`reflection.hours.peer`, `goals.0`), or the parameter's name. */
  field: string;
  schema: Schema;
  /** Whether the route needs it; a required input may not be null either. */
  required: boolean;
}

export interface Route {
  method: Method;
  /** As documented: `/api/v1/teams/{id}/members`. */
  path: string;
  query: Parameter[];
  pathParams: Parameter[];
  body: Schema | null;
  /** A body the route accepts as far as its schema says, every optional field and one item per array included. */
  validBody: unknown;
  inputs: Input[];
}

const WEEK_KEY = /^\d{4}-W\d{2}$/;

export function routesOf(doc: OpenApiDocument): Route[] {
  const resolve = resolverFor(doc);
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): Route => {
      const parameters = operation.parameters ?? [];
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const body = bodySchema ? resolve(bodySchema) : null;
      const query = parameters.filter((p) => p.in === 'query');
      const pathParams = parameters.filter((p) => p.in === 'path');
      const fromParameters = (where: 'query' | 'path') => (p: Parameter) => ({
        in: where,
        field: p.name,
        schema: resolve(p.schema ?? {}),
        required: p.required ?? where === 'path',
      });
      return {
        method: method as Method,
        path,
        query,
        pathParams,
        body,
        validBody: body ? validValue(body, resolve) : undefined,
        inputs: [
          ...pathParams.map(fromParameters('path')),
          ...query.map(fromParameters('query')),
          ...(body ? bodyInputs(body, '', resolve) : []),
        ],
      };
    }),
  );
}

/** Every field of a body, nested objects and array items included (`goals.0.hours`). */
function bodyInputs(schema: Schema, prefix: string, resolve: (s: Schema) => Schema): Input[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, raw]) => {
    const field = prefix ? `${prefix}.${name}` : name;
    const property = resolve(raw);
    const own: Input = { in: 'body', field, schema: property, required: required.has(name) };
    const items = property.items && resolve(property.items);
    const nested =
      property.type === 'object'
        ? bodyInputs(property, field, resolve)
        : items
          ? [
              { in: 'body' as const, field: `${field}.0`, schema: items, required: true },
              ...(items.type === 'object' ? bodyInputs(items, `${field}.0`, resolve) : []),
            ]
          : [];
    return [own, ...nested];
  });
}

/** Follows `$ref` and the `allOf: [{$ref}]` that documents a described or nullable object. */
export function resolverFor(doc: OpenApiDocument) {
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) {
      const referenced = doc.components.schemas[schema.$ref.split('/').pop()!]!;
      return { type: 'object', ...resolve(referenced) };
    }
    if (schema.allOf?.length === 1) {
      const { allOf, ...rest } = schema;
      return { ...resolve(allOf[0]!), ...rest };
    }
    if (schema.items) return { ...schema, items: resolve(schema.items) };
    return schema;
  };
  return resolve;
}

export const isWeekKey = (schema: Schema) => typeof schema.example === 'string' && WEEK_KEY.test(schema.example);

/** A value the input accepts, built from its schema alone. */
export function validValue(schema: Schema, resolve: (s: Schema) => Schema = (s) => s): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.example !== undefined && schema.type !== 'object' && schema.type !== 'array') return schema.example;
  switch (schema.type) {
    case 'string':
      return validString(schema);
    case 'number':
    case 'integer':
      return schema.minimum ?? 0;
    case 'boolean':
      return true;
    case 'array':
      return schema.maxItems === 0 ? [] : [validValue(resolve(schema.items ?? {}), resolve)];
    default:
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [
          name,
          validValue(resolve(property), resolve),
        ]),
      );
  }
}

function validString(schema: Schema): string {
  switch (schema.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'date':
      return '2026-11-23';
    case 'date-time':
      return '2026-11-26T14:00:00+01:00';
    case 'email':
      return 'someone@example.nl';
    case 'password':
      return 'correct horse battery staple';
    default:
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

/** What a schema leaves unbounded: text without a length, numbers without bounds or steps, lists without a size. */
export function missingBounds(schema: Schema): string[] {
  switch (schema.type) {
    case 'string': {
      const shaped = schema.enum || ['uuid', 'date', 'date-time'].includes(schema.format ?? '') || isWeekKey(schema);
      return shaped || schema.maxLength !== undefined ? [] : ['maxLength'];
    }
    case 'number':
    case 'integer':
      return [
        ...(schema.minimum === undefined ? ['minimum'] : []),
        ...(schema.maximum === undefined ? ['maximum'] : []),
        ...(schema.type === 'number' && schema.multipleOf === undefined ? ['multipleOf (or type integer)'] : []),
      ];
    case 'array':
      return schema.maxItems === undefined ? ['maxItems'] : [];
    default:
      return [];
  }
}
