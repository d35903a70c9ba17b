import { Injectable } from '@nestjs/common';
import type { ReadinessResponse } from '@vitaal/shared/health';
import { MigrationsRepository } from './migrations.repository';

/** A probe must answer quickly: a database that cannot count the migrations within this time is not ready. */
const PROBE_TIMEOUT_MS = 3_000;

@Injectable()
export class HealthService {
  constructor(private readonly migrations: MigrationsRepository) {}

  async readiness(): Promise<ReadinessResponse> {
    let timer: NodeJS.Timeout | undefined;
    const tooLate = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The database did not answer in time')), PROBE_TIMEOUT_MS);
    });
    try {
      const pendingMigrations = await Promise.race([this.migrations.countPending(), tooLate]);
      return { status: pendingMigrations === 0 ? 'ok' : 'unavailable', database: 'ok', pendingMigrations };
    } catch {
      return { status: 'unavailable', database: 'unreachable', pendingMigrations: null };
    } finally {
      clearTimeout(timer);
    }
  }
}
