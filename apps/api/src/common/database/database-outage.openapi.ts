import type { OpenAPIObject } from '@nestjs/swagger';
import { getSchemaPath } from '@nestjs/swagger';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** The liveness probe answers without the database. */
const WITHOUT_DATABASE = new Set(['/api/v1/health']);

/** Every route that uses the database answers 503 while it is unavailable; the document says so once for all of them. */
export function documentDatabaseOutages(document: OpenAPIObject): void {
  for (const [path, operations] of Object.entries(document.paths)) {
    if (WITHOUT_DATABASE.has(path)) continue;
    for (const method of METHODS) {
      const operation = operations[method];
      if (!operation || operation.responses['503']) continue;
      operation.responses['503'] = {
        description:
          'The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again.',
        headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath('ProblemResponse') } } },
      };
    }
  }
}
