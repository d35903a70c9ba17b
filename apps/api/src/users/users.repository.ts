import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { User } from './user.entity';

/** The people of an organisation (table app_user). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A person of the organisation; an erased account is gone for everyone (only history shows its neutral name). */
  find(organizationId: string, userId: string, tx?: EntityManager): Promise<User | null> {
    return (tx ?? this.dataSource.manager).findOneBy(User, { id: userId, organizationId, erasedAt: IsNull() });
  }

  /**
   * Every account of an address (in the organisation given, if any) with its organisation, the oldest first
   * (an address used for a real account long ago is not crowded out by new ones), at most `limit`.
   * The one statement of a request that reads across organisations: an address has an account in each
   * organisation that added it, and sign-in comes before any organisation is known (docs/scaling.md).
   */
  accountsOf(email: string, { organizationId, limit }: { organizationId?: string; limit: number }): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .comment('across organisations: sign-in finds the accounts of an address')
      .innerJoinAndSelect('u.organization', 'o')
      .where('u.email = :email', { email })
      .andWhere(organizationId ? 'u.organization_id = :organizationId' : 'true', { organizationId })
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Whether someone of the organisation has the address. */
  hasEmail(organizationId: string, email: string, tx?: EntityManager): Promise<boolean> {
    return (tx ?? this.dataSource.manager).exists(User, { where: { organizationId, email } });
  }

  /** A new account, with the settings the database keeps at their defaults. */
  create(
    organizationId: string,
    person: Pick<User, 'email' | 'displayName' | 'passwordHash' | 'locale' | 'roles'>,
    tx?: EntityManager,
  ): Promise<User> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(User, { ...person, organizationId }));
  }

  /** The person, not erased, locked until the transaction ends. */
  findForChange(organizationId: string, userId: string, tx: EntityManager): Promise<User | null> {
    return tx.findOne(User, {
      where: { id: userId, organizationId, erasedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The active person whose calendar feed this is, in the organisation the feed's token names. */
  findByCalendarToken(organizationId: string, calendarTokenHash: string): Promise<User | null> {
    return this.dataSource.manager.findOneBy(User, { organizationId, calendarTokenHash, active: true });
  }

  /** The names of several people, erased accounts included (under their neutral name), in one query. */
  async namesOf(organizationId: string, userIds: readonly string[], tx?: EntityManager): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const people = await (tx ?? this.dataSource.manager).find(User, {
      select: { id: true, displayName: true },
      where: { organizationId, id: In([...userIds]) },
    });
    return new Map(people.map((person) => [person.id, person.displayName]));
  }

  /** The addresses of those of the people whose account is active. */
  async activeEmailsOf(organizationId: string, userIds: readonly string[]): Promise<string[]> {
    const people = await this.dataSource.manager.find(User, {
      select: { id: true, email: true },
      where: { organizationId, id: In([...userIds]), active: true },
    });
    return people.map((person) => person.email);
  }

  /**
   * The active people who had to reflect on the week (they joined by then) and have not submitted it
   * (table vital_week).
   */
  async withoutSubmittedWeek(organizationId: string, weekKey: string, tx?: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT u.id FROM app_user u
        WHERE u.organization_id = $1 AND u.active AND u.first_week <= $2
          AND NOT EXISTS (SELECT 1 FROM vital_week w WHERE w.organization_id = u.organization_id AND w.owner_id = u.id AND w.week_key = $2 AND w.status = 'submitted')`,
      [organizationId, weekKey],
    );
    return rows.map((row) => row.id);
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
    changes: Partial<
      Pick<User, 'displayName' | 'locale' | 'roles' | 'active' | 'contractHours' | 'passwordHash' | 'calendarTokenHash'>
    >,
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).update(User, { id: userId, organizationId }, changes);
  }

  /**
   * Anonymises the account for good: `name` stays where history needs one, the address gets a reserved,
   * never-deliverable domain (RFC 2606) made unique by the id, and the account can no longer sign in.
   */
  async anonymise(organizationId: string, userId: string, name: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE app_user SET display_name = $3, email = 'erased-' || id || '@erased.invalid', password_hash = '', active = false, roles = '{}',
              calendar_token_hash = NULL, erased_at = now(), updated_at = now(), version = version + 1
        WHERE organization_id = $1 AND id = $2`,
      [organizationId, userId, name],
    );
  }
}
