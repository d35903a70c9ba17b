import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, IsNull, type EntityManager } from 'typeorm';
import { User } from './user.entity';

/** The people of an organisation (table app_user). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A person of the organisation; an erased account is gone for everyone (only history shows its neutral name). */
  find(organizationId: string, userId: string, tx?: EntityManager): Promise<User | null> {
    return (tx ?? this.dataSource.manager).findOneBy(User, { id: userId, organizationId, erasedAt: IsNull() });
  }

  /** One page of the organisation's people by name; `search` matches part of a name or address. */
  page(
    organizationId: string,
    { search, active, limit, offset }: { search?: string; active?: boolean; limit: number; offset: number },
  ): Promise<[User[], number]> {
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.organization_id = :organizationId', { organizationId })
      .andWhere('u.erased_at IS NULL')
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(limit)
      .skip(offset);
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q.where('u.display_name ILIKE :pattern', { pattern }).orWhere('u.email ILIKE :pattern', { pattern }),
        ),
      );
    }
    if (active !== undefined) query.andWhere('u.active = :active', { active });
    return query.getManyAndCount();
  }

  /** The active administrators, locked until the transaction ends so that one of them always stays. */
  async lockActiveAdmins(organizationId: string, tx: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM app_user WHERE organization_id = $1 AND active AND 'admin' = ANY(roles) ORDER BY id FOR UPDATE`,
      [organizationId],
    );
    return rows.map((row) => row.id);
  }

  /** Locks the person until the transaction ends: changes that count their records (goals) wait for each other. */
  async lock(organizationId: string, userId: string, tx: EntityManager): Promise<void> {
    await tx.query(`SELECT 1 FROM app_user WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [
      userId,
      organizationId,
    ]);
  }

  async update(
    organizationId: string,
    userId: string,
    changes: Partial<Pick<User, 'displayName' | 'locale' | 'roles' | 'active' | 'contractHours' | 'passwordHash'>>,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(User, { id: userId, organizationId }, changes);
  }
}
