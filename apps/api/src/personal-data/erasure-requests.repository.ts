import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ErasureRequest } from './erasure-request.entity';

/** Erasures an administrator started and has yet to confirm (table erasure_request): one per person. */
@Injectable()
export class ErasureRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The person's erasure request, locked until the transaction ends; null when there is none. */
  findForChange(organizationId: string, userId: string, tx: EntityManager): Promise<ErasureRequest | null> {
    return tx.findOne(ErasureRequest, { where: { organizationId, userId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Starts an erasure of the person; one started earlier gives way to it. */
  async replace(
    organizationId: string,
    request: Pick<ErasureRequest, 'userId' | 'tokenHash' | 'requestedBy' | 'expiresAt'>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).upsert(ErasureRequest, { ...request, organizationId }, [
      'organizationId',
      'userId',
    ]);
  }

  async delete(organizationId: string, userId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(ErasureRequest, { organizationId, userId });
  }
}
