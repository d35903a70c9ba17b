import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const UNDEFINED_TABLE = '42P01';

/** The migrations the database has run (TypeORM's migrations table), against those in the code. */
@Injectable()
export class MigrationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * How many migrations of the code the database has not run, read on the requests' pool, so a pool
   * that cannot serve shows. Without a migrations table nothing has run yet; a database that cannot be
   * reached throws.
   */
  async countPending(): Promise<number> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    try {
      const [row] = await this.dataSource.query<{ applied: number }[]>(
        `SELECT count(*)::int AS applied FROM "${table}"`,
      );
      return Math.max(0, this.dataSource.migrations.length - row!.applied);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNDEFINED_TABLE)
        return this.dataSource.migrations.length;
      throw error;
    }
  }
}
