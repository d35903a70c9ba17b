import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { User } from './user.entity';

/** The people of an organisation (table app_user). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A person of the organisation; an erased account is gone for everyone (only history shows its neutral name). */
  find(organizationId: string, userId: string, tx?: EntityManager): Promise<User | null> {
    return (tx ?? this.dataSource.manager).findOneBy(User, { id: userId, organizationId, erasedAt: IsNull() });
  }

  /** Locks the person until the transaction ends: changes that count their records (goals) wait for each other. */
  async lock(organizationId: string, userId: string, tx: EntityManager): Promise<void> {
    await tx.query(`SELECT 1 FROM app_user WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [
      userId,
      organizationId,
    ]);
  }
}
