import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@vitaal/shared/problem';
import { ValidationFailed } from './domain-error';

/** Flattens class-validator's nested errors into dotted field paths (`milestones.0.title`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Validates every DTO at the edge: unknown fields are refused, values are typed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailed(toFieldErrors(errors)),
  });
}
