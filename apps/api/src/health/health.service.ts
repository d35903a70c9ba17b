import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReadinessResponse } from '@vitaal/shared/health';

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async readiness(): Promise<ReadinessResponse> {
    try {
      const table = this.dataSource.options.migrationsTableName ?? 'migrations';
      const [row] = await this.dataSource.query(`SELECT count(*)::int AS applied FROM "${table}"`);
      const pendingMigrations = Math.max(0, this.dataSource.migrations.length - row.applied);
      return { status: pendingMigrations === 0 ? 'ok' : 'unavailable', database: 'ok', pendingMigrations };
    } catch {
      return { status: 'unavailable', database: 'unreachable', pendingMigrations: this.dataSource.migrations.length };
    }
  }
}
