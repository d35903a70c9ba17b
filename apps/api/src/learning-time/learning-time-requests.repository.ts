import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Decision, RequestStatus } from '@vitaal/shared/learning-time';
import { DataSource, In, LessThan, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { LearningTimeRequest } from './learning-time-request.entity';

/** A request with the names shown beside it. */
export interface LearningTimeRequestRow extends Omit<LearningTimeRequest, 'requester' | 'team' | 'goal' | 'updatedAt'> {
  requesterName: string;
  teamName: string;
  deciderName: string | null;
}

/** What a requester asks for; the rest is kept by the database. */
export type RequestFields = Pick<
  LearningTimeRequest,
  'requesterId' | 'teamId' | 'weekKey' | 'date' | 'hours' | 'form' | 'purpose' | 'goalId'
>;

/** What the requester may still change of a pending request. */
export type RequestChanges = Partial<Omit<RequestFields, 'requesterId'>>;

interface PageOf {
  limit: number;
  offset: number;
}

/** Per requester, the hours asked for (pending or approved) and approved in a stretch of weeks. */
export interface RequestedHours {
  requested: number;
  approved: number;
}

/** Learning-time requests (table learning_time_request). */
@Injectable()
export class LearningTimeRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(organizationId: string, requestId: string, tx?: EntityManager): Promise<LearningTimeRequest | null> {
    return (tx ?? this.dataSource.manager).findOneBy(LearningTimeRequest, { id: requestId, organizationId });
  }

  /** The request with the names shown beside it. */
  findWithNames(organizationId: string, requestId: string, tx?: EntityManager): Promise<LearningTimeRequestRow | null> {
    return this.rows(organizationId, tx)
      .andWhere('r.id = :requestId', { requestId })
      .getRawOne<LearningTimeRequestRow>()
      .then((row) => row ?? null);
  }

  /** The request, locked until the transaction ends, so a version check and the change see the same row. */
  findForChange(organizationId: string, requestId: string, tx: EntityManager): Promise<LearningTimeRequest | null> {
    return tx.findOne(LearningTimeRequest, {
      where: { id: requestId, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Several requests, by id; those not in the organisation are left out. */
  findMany(organizationId: string, requestIds: readonly string[], tx?: EntityManager): Promise<LearningTimeRequest[]> {
    return (tx ?? this.dataSource.manager).find(LearningTimeRequest, {
      where: { id: In([...requestIds]), organizationId },
      order: { id: 'ASC' },
    });
  }

  /** Several requests with their names, by id. */
  listWithNames(organizationId: string, requestIds: readonly string[]): Promise<LearningTimeRequestRow[]> {
    return this.rows(organizationId)
      .andWhere('r.id IN (:...requestIds)', { requestIds })
      .getRawMany<LearningTimeRequestRow>();
  }

  /** One page of a person's requests, latest week first, and how many there are. */
  async listOf(
    organizationId: string,
    requesterId: string,
    { status, limit, offset }: PageOf & { status?: RequestStatus },
  ): Promise<[LearningTimeRequestRow[], number]> {
    const query = this.rows(organizationId).andWhere('r.requester_id = :requesterId', { requesterId });
    if (status) query.andWhere('r.status = :status', { status });
    return this.page(
      query.orderBy('r.week_key', 'DESC').addOrderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC'),
      {
        limit,
        offset,
      },
    );
  }

  /**
   * One page of the requests in the teams given (all of them for 'all') not made by `notRequestedBy`,
   * as the access entry's scope for deciding says; earliest week first.
   */
  async queue(
    organizationId: string,
    { teams, notRequestedBy }: { teams: 'all' | string[]; notRequestedBy: string },
    { status, teamId, week, limit, offset }: PageOf & { status: RequestStatus; teamId?: string; week?: string },
  ): Promise<[LearningTimeRequestRow[], number]> {
    const query = this.rows(organizationId).andWhere('r.status = :status AND r.requester_id <> :notRequestedBy', {
      status,
      notRequestedBy,
    });
    if (teams !== 'all') query.andWhere('r.team_id IN (:...teams)', { teams });
    if (teamId) query.andWhere('r.team_id = :teamId', { teamId });
    if (week) query.andWhere('r.week_key = :week', { week });
    // The id ends the order: a decision rewrites its row, and the queue must not shuffle around it.
    return this.page(query.orderBy('r.week_key', 'ASC').addOrderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC'), {
      limit,
      offset,
    });
  }

  /** A team's approved requests from week `from` to `to`, by week and requester. */
  approvedOf(
    organizationId: string,
    teamId: string,
    { from, to }: { from: string; to: string },
  ): Promise<LearningTimeRequestRow[]> {
    return this.rows(organizationId)
      .andWhere("r.team_id = :teamId AND r.status = 'approved' AND r.week_key BETWEEN :from AND :to", {
        teamId,
        from,
        to,
      })
      .orderBy('r.week_key')
      .addOrderBy('requester.display_name')
      .addOrderBy('r.id')
      .getRawMany<LearningTimeRequestRow>();
  }

  /** A person's approved requests, latest week first. */
  approvedFor(organizationId: string, requesterId: string, limit: number): Promise<LearningTimeRequest[]> {
    return this.dataSource.manager.find(LearningTimeRequest, {
      where: { organizationId, requesterId, status: 'approved' },
      order: { weekKey: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** Per requester, the hours requested and approved in the weeks from `from` to `to`. */
  async hoursOf(
    organizationId: string,
    requesterIds: readonly string[],
    { from, to }: { from: string; to: string },
  ): Promise<Map<string, RequestedHours>> {
    const rows: ({ id: string } & RequestedHours)[] = await this.dataSource.query(
      `SELECT requester_id AS id,
              coalesce(sum(hours) FILTER (WHERE status IN ('pending', 'approved')), 0)::float AS requested,
              coalesce(sum(hours) FILTER (WHERE status = 'approved'), 0)::float AS approved
         FROM learning_time_request
        WHERE organization_id = $1 AND requester_id = ANY($2) AND week_key BETWEEN $3 AND $4
        GROUP BY requester_id`,
      [organizationId, requesterIds, from, to],
    );
    return new Map(rows.map(({ id, ...hours }) => [id, hours]));
  }

  create(organizationId: string, fields: RequestFields, tx?: EntityManager): Promise<LearningTimeRequest> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(LearningTimeRequest, { ...fields, organizationId }));
  }

  /** Saves the changes, with a new version; nothing when there are none. */
  async update(organizationId: string, requestId: string, changes: RequestChanges, tx?: EntityManager): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await (tx ?? this.dataSource.manager).update(LearningTimeRequest, { id: requestId, organizationId }, changes);
  }

  async cancel(organizationId: string, requestId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).update(
      LearningTimeRequest,
      { id: requestId, organizationId },
      { status: 'cancelled' },
    );
  }

  /**
   * Decides a pending request; false when it is no longer pending. Only a pending request changes: of two
   * managers deciding at once, exactly one wins.
   */
  async decide(
    organizationId: string,
    requestId: string,
    { decision, decidedBy, comment }: { decision: Decision; decidedBy: string; comment: string },
    tx?: EntityManager,
  ): Promise<boolean> {
    const result = await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(LearningTimeRequest)
      .set({
        status: decision,
        decidedBy,
        decidedAt: () => 'now()',
        decisionComment: comment,
        version: () => 'version + 1',
      })
      .where("id = :requestId AND organization_id = :organizationId AND status = 'pending'", {
        requestId,
        organizationId,
      })
      .execute();
    return Boolean(result.affected);
  }

  /** Deletes the requests for weeks before `weekKey`; returns how many went. For the retention job. */
  async deleteBefore(organizationId: string, weekKey: string, tx: EntityManager): Promise<number> {
    const { affected } = await tx.delete(LearningTimeRequest, { organizationId, weekKey: LessThan(weekKey) });
    return affected ?? 0;
  }

  /**
   * Empties the texts of every request of the person (an erasure). A pending one has nobody left to take it
   * up and is cancelled; decided ones stay for the team's approved hours.
   */
  async eraseTextsOf(organizationId: string, requesterId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).query(
      `UPDATE learning_time_request SET purpose = '', decision_comment = '', status = CASE WHEN status = 'pending' THEN 'cancelled' ELSE status END
        WHERE organization_id = $1 AND requester_id = $2`,
      [organizationId, requesterId],
    );
  }

  private async page(
    query: SelectQueryBuilder<LearningTimeRequest>,
    { limit, offset }: PageOf,
  ): Promise<[LearningTimeRequestRow[], number]> {
    const total = await query.getCount();
    const rows = await query.offset(offset).limit(limit).getRawMany<LearningTimeRequestRow>();
    return [rows, total];
  }

  /** Requests of the organisation with the names of requester, team and decider. */
  private rows(organizationId: string, tx?: EntityManager): SelectQueryBuilder<LearningTimeRequest> {
    return (tx ?? this.dataSource.manager)
      .getRepository(LearningTimeRequest)
      .createQueryBuilder('r')
      .innerJoin(
        'app_user',
        'requester',
        'requester.id = r.requester_id AND requester.organization_id = r.organization_id',
      )
      .innerJoin('team', 't', 't.id = r.team_id AND t.organization_id = r.organization_id')
      .leftJoin('app_user', 'decider', 'decider.id = r.decided_by AND decider.organization_id = r.organization_id')
      .select([
        'r.id AS "id"',
        'r.organization_id AS "organizationId"',
        'r.requester_id AS "requesterId"',
        'r.team_id AS "teamId"',
        'r.week_key AS "weekKey"',
        'r.date::text AS "date"',
        'r.hours::float AS "hours"',
        'r.form AS "form"',
        'r.purpose AS "purpose"',
        'r.goal_id AS "goalId"',
        'r.status AS "status"',
        'r.decided_by AS "decidedBy"',
        'r.decided_at AS "decidedAt"',
        'r.decision_comment AS "decisionComment"',
        'r.version AS "version"',
        'r.created_at AS "createdAt"',
        'requester.display_name AS "requesterName"',
        't.name AS "teamName"',
        'decider.display_name AS "deciderName"',
      ])
      .where('r.organization_id = :organizationId', { organizationId });
  }
}
