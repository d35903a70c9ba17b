import type { OpenAPIObject } from '@nestjs/swagger';
import { getSchemaPath } from '@nestjs/swagger';

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

/** Every write can be refused by the rate limit; the document says so once for all of them. */
export function documentRateLimits(document: OpenAPIObject): void {
  for (const operations of Object.values(document.paths)) {
    for (const method of WRITE_METHODS) {
      const operation = operations[method];
      if (!operation || operation.responses['429']) continue;
      operation.responses['429'] = {
        description: 'Too many requests; Retry-After says after how many seconds to try again.',
        headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath('ProblemResponse') } } },
      };
    }
  }
}
