import { ApiProperty } from '@nestjs/swagger';

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ example: '0.1.0' })
  version: string;
}

export class ReadinessResponse {
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
