import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/**
 * The one way a service makes several statements succeed or fail together. The work receives the
 * transaction's manager and hands it to repository methods as their last argument (`tx`); services
 * never call it themselves. `isolation` raises the level from PostgreSQL's default, READ COMMITTED:
 * REPEATABLE READ reads every statement from one snapshot.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: EntityManager) => Promise<T>, { isolation }: { isolation?: IsolationLevel } = {}): Promise<T> {
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }
}
