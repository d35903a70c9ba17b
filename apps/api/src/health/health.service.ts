import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReadinessResponse } from '@vitaal/shared/health';

/** A probe must answer quickly: a database that cannot count the migrations within this time is not ready. */
const PROBE_TIMEOUT_MS = 3_000;
const UNDEFINED_TABLE = '42P01';

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async readiness(): Promise<ReadinessResponse> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    let timer: NodeJS.Timeout | undefined;
    const tooLate = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The database did not answer in time')), PROBE_TIMEOUT_MS);
    });
    try {
      const [row] = await Promise.race([
        this.dataSource.query<{ applied: number }[]>(`SELECT count(*)::int AS applied FROM "${table}"`),
        tooLate,
      ]);
      const pendingMigrations = Math.max(0, this.dataSource.migrations.length - row!.applied);
      return { status: pendingMigrations === 0 ? 'ok' : 'unavailable', database: 'ok', pendingMigrations };
    } catch (error) {
      // The database answered, but has no migrations table yet: nothing has been migrated.
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNDEFINED_TABLE)
        return { status: 'unavailable', database: 'ok', pendingMigrations: this.dataSource.migrations.length };
      return { status: 'unavailable', database: 'unreachable', pendingMigrations: null };
    } finally {
      clearTimeout(timer);
    }
  }
}
