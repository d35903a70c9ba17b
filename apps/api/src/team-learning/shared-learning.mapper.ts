import { REACTION_KINDS } from '@vitaal/shared/team-learning';
import type { SharedLearning } from './shared-learning.entity';
import type { PostComment, PostReactions } from './shared-learnings.repository';
import type { SharedLearningResponse } from './team-learning.dto';

/** What a post is shown with: its author's name, and the reactions and comments of this and other posts. */
export interface PostContext {
  authorNames: Map<string, string>;
  reactions: PostReactions[];
  comments: PostComment[];
}

export function toSharedLearningResponse(
  learning: SharedLearning,
  { authorNames, reactions, comments }: PostContext,
): SharedLearningResponse {
  return {
    id: learning.id,
    teamId: learning.teamId,
    author: { id: learning.authorId, displayName: authorNames.get(learning.authorId) ?? '' },
    body: learning.body,
    fromWeek: learning.fromWeek,
    hidden: learning.hiddenAt !== null,
    reactions: REACTION_KINDS.map((kind) => {
      const given = reactions.find((r) => r.learningId === learning.id && r.kind === kind);
      return { kind, count: given?.count ?? 0, mine: given?.mine ?? false };
    }),
    comments: comments
      .filter((c) => c.learningId === learning.id)
      .map((c) => ({
        id: c.id,
        author: { id: c.authorId, displayName: c.authorName },
        body: c.body,
        createdAt: c.createdAt.toISOString(),
      })),
    version: learning.version,
    createdAt: learning.createdAt.toISOString(),
  };
}
