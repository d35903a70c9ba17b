import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ProblemResponse } from './problem.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` lists the fields.',
  404: 'Not found, or not visible to you.',
  409: 'Conflicts with the current state (for example a stale version).',
  429: 'Too many attempts; see Retry-After.',
};

/** Documents the problem responses a route can give besides the ones its access implies. */
export const ApiProblems = (...statuses: (keyof typeof DESCRIPTIONS)[]) =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, type: ProblemResponse, description: DESCRIPTIONS[status] })),
  );
