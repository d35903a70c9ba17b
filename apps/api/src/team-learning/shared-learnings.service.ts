import { Injectable } from '@nestjs/common';
import type { ReactionKind } from '@vitaal/shared/team-learning';
import type { Page } from '@vitaal/shared/page';
import type { EntityManager } from 'typeorm';
import { Access } from '../access/access';
import type { Actor } from '../access/actor';
import { Transactions } from '../common/database/transactions';
import { Conflict, ValidationFailed } from '../common/errors/domain-error';
import { page, type PageQuery } from '../common/http/pagination';
import { UsersRepository } from '../users/users.repository';
import { WeeksRepository } from '../weeks/weeks.repository';
import { toSharedLearningResponse } from './shared-learning.mapper';
import type { SharedLearning } from './shared-learning.entity';
import { SharedLearningsRepository } from './shared-learnings.repository';
import type { CreateSharedLearningDto, SharedLearningResponse, UpdateSharedLearningDto } from './team-learning.dto';

@Injectable()
export class SharedLearningsService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly learnings: SharedLearningsRepository,
    private readonly users: UsersRepository,
    private readonly weeks: WeeksRepository,
  ) {}

  /** Newest first; posts hidden by a manager stay visible to the team's managers only. */
  async list(actor: Actor, teamId: string, query: PageQuery): Promise<Page<SharedLearningResponse>> {
    await this.access.require(actor, 'team_learning.read', { teamId });
    const { hiddenIn } = this.access.scope(actor, 'shared_learning.read');
    const [learnings, total] = await this.learnings.page(actor.organizationId, teamId, { ...query, hiddenIn });
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
      const learned = (
        await this.weeks.learnedIn(actor.organizationId, { ownerId: actor.userId, weekKey: input.fromWeek })
      )?.trim();
      if (!learned) throw new ValidationFailed([{ field: 'fromWeek', message: 'has no “what I learned” to publish' }]);
      body = learned;
    }
    const saved = await this.learnings.create(actor.organizationId, {
      teamId,
      authorId: actor.userId,
      body,
      fromWeek: input.fromWeek ?? null,
    });
    return (await this.describe(actor, [saved]))[0]!;
  }

  async update(
    actor: Actor,
    teamId: string,
    id: string,
    input: UpdateSharedLearningDto,
  ): Promise<SharedLearningResponse> {
    return this.transactions.run(async (tx) => {
      const { learning } = await this.access.require(actor, 'shared_learning.change', { teamId, learningId: id }, tx);
      if (learning.version !== input.version)
        throw new Conflict('This post was changed elsewhere meanwhile.', 'version_conflict');
      const saved = await this.learnings.update(actor.organizationId, learning.id, { body: input.body }, tx);
      return (await this.describe(actor, [saved], tx))[0]!;
    });
  }

  async remove(actor: Actor, teamId: string, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const { learning } = await this.access.require(actor, 'shared_learning.change', { teamId, learningId: id }, tx);
      await this.learnings.delete(actor.organizationId, learning.id, tx);
    });
  }

  async setHidden(actor: Actor, teamId: string, id: string, hidden: boolean): Promise<SharedLearningResponse> {
    const { learning } = await this.access.require(actor, 'shared_learning.moderate', { teamId, learningId: id });
    const saved = await this.learnings.update(actor.organizationId, learning.id, {
      hiddenAt: hidden ? new Date() : null,
      hiddenBy: hidden ? actor.userId : null,
    });
    return (await this.describe(actor, [saved]))[0]!;
  }

  /** Adds the reaction, or takes it back when it was there already. */
  async toggleReaction(actor: Actor, teamId: string, id: string, kind: ReactionKind): Promise<SharedLearningResponse> {
    const { learning } = await this.access.require(actor, 'shared_learning.respond', { teamId, learningId: id });
    await this.learnings.toggleReaction(actor.organizationId, { learningId: learning.id, userId: actor.userId, kind });
    return (await this.describe(actor, [learning]))[0]!;
  }

  async comment(actor: Actor, teamId: string, id: string, body: string): Promise<SharedLearningResponse> {
    const { learning } = await this.access.require(actor, 'shared_learning.respond', { teamId, learningId: id });
    await this.learnings.addComment(actor.organizationId, { learningId: learning.id, authorId: actor.userId, body });
    return (await this.describe(actor, [learning]))[0]!;
  }

  /** Posts with author names, reaction counts and comments, in three queries. */
  private async describe(
    actor: Actor,
    learnings: SharedLearning[],
    tx?: EntityManager,
  ): Promise<SharedLearningResponse[]> {
    if (learnings.length === 0) return [];
    const { organizationId } = actor;
    const ids = learnings.map((l) => l.id);
    // One after the other: inside a transaction they share one connection.
    const authorNames = await this.users.namesOf(organizationId, [...new Set(learnings.map((l) => l.authorId))], tx);
    const reactions = await this.learnings.reactionsOf(organizationId, ids, actor.userId, tx);
    const comments = await this.learnings.commentsOf(organizationId, ids, tx);
    return learnings.map((learning) => toSharedLearningResponse(learning, { authorNames, reactions, comments }));
  }
}
