import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoWeekKey } from '@vitaal/shared/iso-week';
import { Between, DataSource, LessThan, type EntityManager } from 'typeorm';
import { columnValues, entityFromRow } from '../common/database/rows';
import { WeekGoalLink } from './week-goal.entity';
import { actualHoursOf, Week } from './week.entity';

/** What the owner writes of a week; the rest is kept by the database. */
export type WeekFields = Partial<
  Omit<
    Week,
    'id' | 'organizationId' | 'ownerId' | 'weekKey' | 'startsOn' | 'status' | 'submittedAt' | 'version' | 'actualHours'
  >
>;

/** A written week as the statements return it, with the hours learned as the entity reads them. */
const WRITTEN = (week: string) => `${week}.*, ${actualHoursOf(week)} AS "actualHours"`;

/** Whose week: the owner and the ISO week. */
export interface WeekOf {
  ownerId: string;
  weekKey: IsoWeekKey;
}

/** People's Vital Weeks with the goals worked on in them (tables vital_week and week_goal). */
@Injectable()
export class WeeksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(organizationId: string, { ownerId, weekKey }: WeekOf, tx?: EntityManager): Promise<Week | null> {
    return (tx ?? this.dataSource.manager).findOneBy(Week, { organizationId, ownerId, weekKey });
  }

  /** The week, locked until the transaction ends. */
  findForChange(organizationId: string, { ownerId, weekKey }: WeekOf, tx: EntityManager): Promise<Week | null> {
    return tx.findOne(Week, {
      where: { organizationId, ownerId, weekKey },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A person's weeks from `from` to `to` (week keys), the missing ones left out. */
  listOf(organizationId: string, ownerId: string, { from, to }: { from: IsoWeekKey; to: IsoWeekKey }): Promise<Week[]> {
    return this.dataSource.manager.find(Week, { where: { organizationId, ownerId, weekKey: Between(from, to) } });
  }

  /**
   * A new week in one statement; null when the person saved this week meanwhile (their version 0 is
   * then stale).
   */
  async create(
    organizationId: string,
    week: WeekOf & { startsOn: string },
    fields: WeekFields,
    tx?: EntityManager,
  ): Promise<Week | null> {
    const manager = tx ?? this.dataSource.manager;
    const { names, params } = columnValues(manager, Week, fields);
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO vital_week AS w (organization_id, owner_id, week_key, starts_on, ${names.join(', ')})
       VALUES ($1, $2, $3, $4, ${names.map((_, i) => `$${i + 5}`).join(', ')})
       ON CONFLICT (organization_id, owner_id, week_key) DO NOTHING RETURNING ${WRITTEN('w')}`,
      [organizationId, week.ownerId, week.weekKey, week.startsOn, ...params],
    );
    return rows[0] ? entityFromRow(manager, Week, rows[0]) : null;
  }

  /**
   * Saves the week on the version the person read, dropping its goal links, in one statement (whole on
   * its own). Null when the version is stale.
   */
  async update(
    organizationId: string,
    week: WeekOf & { version: number },
    fields: WeekFields,
    tx?: EntityManager,
  ): Promise<Week | null> {
    const manager = tx ?? this.dataSource.manager;
    const { names, params } = columnValues(manager, Week, fields);
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH saved AS (
         UPDATE vital_week SET ${names.map((name, i) => `${name} = $${i + 5}`).join(', ')}, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND owner_id = $2 AND week_key = $3 AND version = $4 RETURNING *),
       unlinked AS (DELETE FROM week_goal l USING saved WHERE l.organization_id = $1 AND l.week_id = saved.id)
       SELECT ${WRITTEN('saved')} FROM saved`,
      [organizationId, week.ownerId, week.weekKey, week.version, ...params],
    );
    return rows[0] ? entityFromRow(manager, Week, rows[0]) : null;
  }

  /** Marks the week submitted, keeping the moment it was first submitted; returns it as saved. */
  async submit(organizationId: string, weekId: string, tx?: EntityManager): Promise<Week> {
    const manager = tx ?? this.dataSource.manager;
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH submitted AS (
         UPDATE vital_week SET status = 'submitted', submitted_at = coalesce(submitted_at, now()), version = version + 1, updated_at = now()
          WHERE id = $1 AND organization_id = $2 RETURNING *)
       SELECT ${WRITTEN('submitted')} FROM submitted`,
      [weekId, organizationId],
    );
    return entityFromRow(manager, Week, rows[0]!);
  }

  /** Per person, the hours learned in the weeks they submitted from `from` to `to`. */
  async hoursLearnedOf(
    organizationId: string,
    ownerIds: readonly string[],
    { from, to }: { from: string; to: string },
  ): Promise<Map<string, number>> {
    const rows: { ownerId: string; hours: number }[] = await this.dataSource.query(
      `SELECT owner_id AS "ownerId",
              coalesce(sum(${actualHoursOf('w')}), 0)::float AS hours
         FROM vital_week w
        WHERE organization_id = $1 AND owner_id = ANY($2) AND status = 'submitted' AND week_key BETWEEN $3 AND $4
        GROUP BY owner_id`,
      [organizationId, ownerIds, from, to],
    );
    return new Map(rows.map((row) => [row.ownerId, row.hours]));
  }

  linksOf(organizationId: string, weekId: string, tx?: EntityManager): Promise<WeekGoalLink[]> {
    return (tx ?? this.dataSource.manager).find(WeekGoalLink, { where: { organizationId, weekId } });
  }

  /** Links the goals worked on to the week. */
  async link(
    organizationId: string,
    links: readonly Pick<WeekGoalLink, 'weekId' | 'goalId' | 'hours' | 'progress'>[],
    tx?: EntityManager,
  ): Promise<void> {
    if (links.length === 0) return;
    await (tx ?? this.dataSource.manager).insert(
      WeekGoalLink,
      links.map((link) => ({ ...link, organizationId })),
    );
  }

  /** What the person wrote under "what I learned" in one of their weeks; null without that week. */
  async learnedIn(organizationId: string, { ownerId, weekKey }: WeekOf): Promise<string | null> {
    const week = await this.dataSource.manager.findOne(Week, {
      select: { id: true, learned: true },
      where: { organizationId, ownerId, weekKey },
    });
    return week?.learned ?? null;
  }

  /** Starts the person's week with peer-learning hours only (a team session they attended). */
  async startWithPeerHours(
    organizationId: string,
    week: WeekOf & { startsOn: string; hoursPeer: number },
    tx?: EntityManager,
  ): Promise<void> {
    await (tx ?? this.dataSource.manager).insert(Week, { ...week, organizationId });
  }

  async setPeerHours(organizationId: string, weekId: string, hoursPeer: number, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).update(Week, { id: weekId, organizationId }, { hoursPeer });
  }

  /**
   * Deletes the weeks before `weekKey`, with their goal links (ON DELETE CASCADE); one plain delete, so
   * the summary triggers keep the team figures exact. Returns how many weeks went. For the retention job.
   */
  async deleteBefore(organizationId: string, weekKey: string, tx: EntityManager): Promise<number> {
    const { affected } = await tx.delete(Week, { organizationId, weekKey: LessThan(weekKey) });
    return affected ?? 0;
  }

  /**
   * Empties the texts of every week of the person and stops sharing them (an erasure); status, hours and
   * scores stay for the team figures.
   */
  async eraseTextsOf(organizationId: string, ownerId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE vital_week SET intentions = '', learned = '', applied = '', ai_how = '', obstacles = '', support_wanted = '', next_step = '', shared = false
        WHERE organization_id = $1 AND owner_id = $2`,
      [organizationId, ownerId],
    );
  }
}
