import { ApiProperty } from '@nestjs/swagger';
import type { HealthResponse as Health, ReadinessResponse as Readiness } from '@vitaal/shared/health';

export class HealthResponse implements Health {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ example: '0.1.0' })
  version: string;
}

export class ReadinessResponse implements Readiness {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status: 'ok' | 'unavailable';

  @ApiProperty({ enum: ['ok', 'unreachable'] })
  database: 'ok' | 'unreachable';

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Migrations in the code that have not run on the database; null when the database is unreachable.',
  })
  pendingMigrations: number | null;
}
