import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from '../errors/domain-error';

/** A path id that must be a UUID; anything else is a 400 naming the parameter. */
export const IdParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationFailed([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
