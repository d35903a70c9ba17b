import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REACTION_KINDS, type ReactionKind } from '@vitaal/shared/team-learning';
import type { Page } from '@vitaal/shared/page';
import { DataSource, type EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Conflict, Forbidden, NotFound, ValidationFailed } from '../common/errors/domain-error';
import { page, type PageQuery } from '../common/http/pagination';
import { Week } from '../weeks/week.entity';
import { LearningComment } from './learning-comment.entity';
import { LearningReaction } from './learning-reaction.entity';
import { SharedLearning } from './shared-learning.entity';
import type { CreateSharedLearningDto, SharedLearningResponse, UpdateSharedLearningDto } from './team-learning.dto';

@Injectable()
export class SharedLearningsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
  ) {}

  /** Newest first; posts hidden by a manager stay visible to the team's managers only. */
  async list(actor: Actor, teamId: string, query: PageQuery): Promise<Page<SharedLearningResponse>> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const managesTeam = actor.teams.get(teamId) === 'manager';
    const builder = this.dataSource
      .getRepository(SharedLearning)
      .createQueryBuilder('l')
      .where('l.organization_id = :org AND l.team_id = :teamId', { org: actor.organizationId, teamId })
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .take(query.limit)
      .skip(query.offset);
    if (!managesTeam) builder.andWhere('l.hidden_at IS NULL');
    const [learnings, total] = await builder.getManyAndCount();
    return page(await this.describe(actor, learnings), total, query);
  }

  /** A post written directly, or what the author learned in one of their weeks. */
  async create(actor: Actor, teamId: string, input: CreateSharedLearningDto): Promise<SharedLearningResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    if (!input.body === !input.fromWeek) {
      throw new ValidationFailed([{ field: 'body', message: 'give either a text or the week to publish from' }]);
    }
    let body = input.body ?? '';
    if (input.fromWeek) {
      const week = await this.dataSource
        .getRepository(Week)
        .findOneBy({ organizationId: actor.organizationId, ownerId: actor.userId, weekKey: input.fromWeek });
      if (!week?.learned.trim())
        throw new ValidationFailed([{ field: 'fromWeek', message: 'has no “what I learned” to publish' }]);
      body = week.learned.trim();
    }
    const repo = this.dataSource.getRepository(SharedLearning);
    const saved = await repo.save(
      repo.create({
        organizationId: actor.organizationId,
        teamId,
        authorId: actor.userId,
        body,
        fromWeek: input.fromWeek ?? null,
      }),
    );
    return (await this.describe(actor, [saved]))[0]!;
  }

  async update(
    actor: Actor,
    teamId: string,
    id: string,
    input: UpdateSharedLearningDto,
  ): Promise<SharedLearningResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    return this.dataSource.transaction(async (manager) => {
      const learning = await this.findOwn(manager, actor, teamId, id);
      if (learning.version !== input.version)
        throw new Conflict('This post was changed elsewhere meanwhile.', 'version_conflict');
      const saved = await manager.save(SharedLearning, { ...learning, body: input.body });
      return (await this.describe(actor, [saved], manager))[0]!;
    });
  }

  async remove(actor: Actor, teamId: string, id: string): Promise<void> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    await this.dataSource.transaction(async (manager) => {
      const learning = await this.findOwn(manager, actor, teamId, id);
      await manager.delete(SharedLearning, { id: learning.id, organizationId: actor.organizationId });
    });
  }

  async setHidden(actor: Actor, teamId: string, id: string, hidden: boolean): Promise<SharedLearningResponse> {
    await this.access.require(actor, 'team_learning.moderate', { teamId });
    const learning = await this.find(this.dataSource.manager, actor, teamId, id);
    const saved = await this.dataSource
      .getRepository(SharedLearning)
      .save({ ...learning, hiddenAt: hidden ? new Date() : null, hiddenBy: hidden ? actor.userId : null });
    return (await this.describe(actor, [saved]))[0]!;
  }

  /** Adds the reaction, or takes it back when it was there already. */
  async toggleReaction(actor: Actor, teamId: string, id: string, kind: ReactionKind): Promise<SharedLearningResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    const learning = await this.findVisible(actor, teamId, id);
    const key = { organizationId: actor.organizationId, learningId: id, userId: actor.userId, kind };
    const removed = await this.dataSource.getRepository(LearningReaction).delete(key);
    if (!removed.affected)
      await this.dataSource.createQueryBuilder().insert().into(LearningReaction).values(key).orIgnore().execute();
    return (await this.describe(actor, [learning]))[0]!;
  }

  async comment(actor: Actor, teamId: string, id: string, body: string): Promise<SharedLearningResponse> {
    await this.access.require(actor, 'team_learning.write', { teamId });
    const learning = await this.findVisible(actor, teamId, id);
    await this.dataSource
      .getRepository(LearningComment)
      .insert({ organizationId: actor.organizationId, learningId: id, authorId: actor.userId, body });
    return (await this.describe(actor, [learning]))[0]!;
  }

  private async find(manager: EntityManager, actor: Actor, teamId: string, id: string): Promise<SharedLearning> {
    const learning = await manager.findOne(SharedLearning, {
      where: { id, organizationId: actor.organizationId, teamId },
    });
    if (!learning) throw new NotFound();
    return learning;
  }

  private async findVisible(actor: Actor, teamId: string, id: string): Promise<SharedLearning> {
    const learning = await this.find(this.dataSource.manager, actor, teamId, id);
    if (learning.hiddenAt && actor.teams.get(teamId) !== 'manager') throw new NotFound();
    return learning;
  }

  private async findOwn(manager: EntityManager, actor: Actor, teamId: string, id: string): Promise<SharedLearning> {
    const learning = await this.find(manager, actor, teamId, id);
    if (learning.hiddenAt && actor.teams.get(teamId) !== 'manager' && learning.authorId !== actor.userId)
      throw new NotFound();
    if (learning.authorId !== actor.userId) throw new Forbidden('Only the author changes a post.');
    return learning;
  }

  /** Posts with author names, reaction counts and comments, in three queries. */
  private async describe(
    actor: Actor,
    learnings: SharedLearning[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SharedLearningResponse[]> {
    if (learnings.length === 0) return [];
    const ids = learnings.map((l) => l.id);
    // One after the other: inside a transaction they share one connection.
    const authors: { id: string; display_name: string }[] = await manager.query(
      `SELECT id, display_name FROM app_user WHERE organization_id = $1 AND id = ANY($2)`,
      [actor.organizationId, [...new Set(learnings.map((l) => l.authorId))]],
    );
    const reactions: { learning_id: string; kind: ReactionKind; count: number; mine: boolean }[] = await manager.query(
      `SELECT learning_id, kind, count(*)::int AS count, bool_or(user_id = $3) AS mine
         FROM shared_learning_reaction WHERE organization_id = $1 AND learning_id = ANY($2) GROUP BY learning_id, kind`,
      [actor.organizationId, ids, actor.userId],
    );
    const comments: {
      id: string;
      learning_id: string;
      author_id: string;
      display_name: string;
      body: string;
      created_at: Date;
    }[] = await manager.query(
      `SELECT c.id, c.learning_id, c.author_id, u.display_name, c.body, c.created_at
         FROM shared_learning_comment c JOIN app_user u ON u.id = c.author_id AND u.organization_id = c.organization_id
        WHERE c.organization_id = $1 AND c.learning_id = ANY($2) ORDER BY c.created_at, c.id`,
      [actor.organizationId, ids],
    );
    const names = new Map(authors.map((a) => [a.id, a.display_name]));
    return learnings.map((l) => ({
      id: l.id,
      teamId: l.teamId,
      author: { id: l.authorId, displayName: names.get(l.authorId) ?? '' },
      body: l.body,
      fromWeek: l.fromWeek,
      hidden: l.hiddenAt !== null,
      reactions: REACTION_KINDS.map((kind) => {
        const row = reactions.find((r) => r.learning_id === l.id && r.kind === kind);
        return { kind, count: row?.count ?? 0, mine: row?.mine ?? false };
      }),
      comments: comments
        .filter((c) => c.learning_id === l.id)
        .map((c) => ({
          id: c.id,
          author: { id: c.author_id, displayName: c.display_name },
          body: c.body,
          createdAt: c.created_at.toISOString(),
        })),
      version: l.version,
      createdAt: l.createdAt.toISOString(),
    }));
  }
}
