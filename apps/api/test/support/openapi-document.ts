/** Just enough of an OpenAPI document for tests that walk every route of the API. */
export type Schema = { $ref?: string; items?: Schema; properties?: Record<string, Schema>; allOf?: Schema[] };

export interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation, named like `GET /api/v1/goals/{id}`. */
export function operationsOf(doc: OpenApiDocument): { route: string; operation: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
  );
}

/** The schema of a successful answer (a list's: its items'), or undefined for an answer without a body. */
export function answerSchema(operation: Operation): string | undefined {
  const [, success] = Object.entries(operation.responses).find(([status]) => status.startsWith('2')) ?? [];
  const schema = Object.values(success?.content ?? {})[0]?.schema;
  if (!schema) return undefined;
  return schema.$ref ?? schema.items?.$ref ?? JSON.stringify(schema);
}

/** Every schema that an answer of this schema contains, itself included. */
export function schemasWithin(doc: OpenApiDocument, ref: string | undefined): Set<string> {
  const seen = new Set<string>();
  const visit = (schema: Schema | undefined) => {
    if (!schema) return;
    if (schema.$ref) {
      if (seen.has(schema.$ref)) return;
      seen.add(schema.$ref);
      visit(doc.components.schemas[schema.$ref.split('/').pop() ?? '']);
    }
    visit(schema.items);
    for (const part of schema.allOf ?? []) visit(part);
    for (const property of Object.values(schema.properties ?? {})) visit(property);
  };
  if (ref) visit({ $ref: ref });
  return seen;
}
