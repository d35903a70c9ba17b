import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';
import { BACKGROUND } from './data-source-options';
import { retryWhileUnavailable } from './retry-while-unavailable';
import { seedDemoData } from './seed/demo-seed';

// Any constant works; it only has to be the same for every instance of the app.
const STARTUP_LOCK = 7_261_001;

/**
 * Brings the schema up to date and seeds the demo organisation before the app listens.
 * An advisory lock makes instances that start together take turns.
 */
@Injectable()
export class DatabaseStartup implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(
    // Without the statement timeout of requests: a migration may take minutes.
    @InjectDataSource(BACKGROUND) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A database that goes away in the middle is waited for; each migration runs in its own transaction, so a retry resumes. */
  onModuleInit(): Promise<void> {
    return retryWhileUnavailable('Migrating', () => this.migrateAndSeed(), this.logger);
  }

  private async migrateAndSeed(): Promise<void> {
    const lock = this.dataSource.createQueryRunner();
    try {
      await lock.connect();
      await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0)
        this.logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      if (this.config.demoData) {
        const seeded = await this.dataSource.transaction((manager) => seedDemoData(manager));
        if (seeded) this.logger.log('Seeded the demo organisation into the empty database');
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
      await lock.release();
    }
  }
}
