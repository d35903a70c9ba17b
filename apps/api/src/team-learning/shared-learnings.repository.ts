import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReactionKind } from '@vitaal/shared/team-learning';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../common/database/rows';
import { LearningComment } from './learning-comment.entity';
import { LearningReaction } from './learning-reaction.entity';
import { SharedLearning } from './shared-learning.entity';

/** How often each reaction was given to a post, and whether the reader gave it. */
export interface PostReactions {
  learningId: string;
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

export interface PostComment {
  id: string;
  learningId: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

/** The posts of the teams' feeds with their reactions and comments (tables shared_learning, shared_learning_*). */
@Injectable()
export class SharedLearningsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The post in the team; null when the team has no such post. */
  find(organizationId: string, teamId: string, learningId: string, tx?: EntityManager): Promise<SharedLearning | null> {
    return (tx ?? this.dataSource.manager).findOneBy(SharedLearning, { id: learningId, organizationId, teamId });
  }

  /** The post, locked until the transaction ends, so a version check and the change see the same row. */
  findForChange(
    organizationId: string,
    teamId: string,
    learningId: string,
    tx: EntityManager,
  ): Promise<SharedLearning | null> {
    return tx.findOne(SharedLearning, {
      where: { id: learningId, organizationId, teamId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** One page of the team's feed, newest first; hidden posts only of the teams in `hiddenIn` (the access scope). */
  page(
    organizationId: string,
    teamId: string,
    { hiddenIn, limit, offset }: { hiddenIn: readonly string[]; limit: number; offset: number },
  ): Promise<[SharedLearning[], number]> {
    return this.dataSource
      .getRepository(SharedLearning)
      .createQueryBuilder('l')
      .where('l.organization_id = :organizationId AND l.team_id = :teamId', { organizationId, teamId })
      .andWhere('(l.hidden_at IS NULL OR l.team_id = ANY(:hiddenIn))', { hiddenIn })
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
  }

  create(
    organizationId: string,
    post: Pick<SharedLearning, 'teamId' | 'authorId' | 'body' | 'fromWeek'>,
    tx?: EntityManager,
  ): Promise<SharedLearning> {
    const manager = tx ?? this.dataSource.manager;
    return manager.save(manager.create(SharedLearning, { ...post, organizationId }));
  }

  /** Saves the changes and returns the post as saved, with its new version. */
  update(
    organizationId: string,
    learningId: string,
    changes: Partial<Pick<SharedLearning, 'body' | 'hiddenAt' | 'hiddenBy'>>,
    tx?: EntityManager,
  ): Promise<SharedLearning> {
    return updateReturning(tx ?? this.dataSource.manager, SharedLearning, { id: learningId, organizationId }, changes);
  }

  /** Deletes the post with its reactions and comments. */
  async delete(organizationId: string, learningId: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.dataSource.manager).delete(SharedLearning, { id: learningId, organizationId });
  }

  /** Takes the person's reaction back when it was there, and gives it otherwise. */
  async toggleReaction(
    organizationId: string,
    reaction: Pick<LearningReaction, 'learningId' | 'userId' | 'kind'>,
  ): Promise<void> {
    const key = { organizationId, ...reaction };
    const removed = await this.dataSource.manager.delete(LearningReaction, key);
    if (!removed.affected)
      await this.dataSource.createQueryBuilder().insert().into(LearningReaction).values(key).orIgnore().execute();
  }

  async addComment(
    organizationId: string,
    comment: Pick<LearningComment, 'learningId' | 'authorId' | 'body'>,
  ): Promise<void> {
    await this.dataSource.manager.insert(LearningComment, { organizationId, ...comment });
  }

  /** The reactions given to each of the posts, per kind. */
  async reactionsOf(
    organizationId: string,
    learningIds: readonly string[],
    readerId: string,
    tx?: EntityManager,
  ): Promise<PostReactions[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT learning_id AS "learningId", kind, count(*)::int AS count, bool_or(user_id = $3) AS mine
         FROM shared_learning_reaction WHERE organization_id = $1 AND learning_id = ANY($2) GROUP BY learning_id, kind`,
      [organizationId, learningIds, readerId],
    );
  }

  /** The comments on each of the posts, oldest first, with their authors' names. */
  async commentsOf(organizationId: string, learningIds: readonly string[], tx?: EntityManager): Promise<PostComment[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT c.id, c.learning_id AS "learningId", c.author_id AS "authorId", u.display_name AS "authorName",
              c.body, c.created_at AS "createdAt"
         FROM shared_learning_comment c JOIN app_user u ON u.id = c.author_id AND u.organization_id = c.organization_id
        WHERE c.organization_id = $1 AND c.learning_id = ANY($2) ORDER BY c.created_at, c.id`,
      [organizationId, learningIds],
    );
  }

  /**
   * Takes out what the person wrote and gave (an erasure): their posts stay without their text, so the
   * team's count and others' comments on them stay; their comments and reactions go.
   */
  async eraseOf(organizationId: string, userId: string, tx?: EntityManager): Promise<void> {
    const manager = tx ?? this.dataSource.manager;
    const params = [organizationId, userId];
    await manager.query(`UPDATE shared_learning SET body = '' WHERE organization_id = $1 AND author_id = $2`, params);
    await manager.query(`DELETE FROM shared_learning_comment WHERE organization_id = $1 AND author_id = $2`, params);
    await manager.query(`DELETE FROM shared_learning_reaction WHERE organization_id = $1 AND user_id = $2`, params);
  }
}
