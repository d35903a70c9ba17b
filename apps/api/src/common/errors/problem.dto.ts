import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '@vitaal/shared/problem';

export class FieldErrorResponse {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

/** RFC 9457 problem details, as every error is answered. */
export class ProblemResponse {
  @ApiProperty({ example: 'urn:vitaal:problem:validation_failed' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty()
  detail: string;

  @ApiProperty({ enum: ERROR_CODES })
  code: ErrorCode;

  @ApiProperty()
  correlationId: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse] })
  errors?: FieldErrorResponse[];
}
