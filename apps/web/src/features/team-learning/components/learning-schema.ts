import { z } from 'zod';
import { MAX_LEARNING_LENGTH } from '@vitaal/shared/team-learning';

/** The API's limit on a comment (CommentDto). */
export const MAX_COMMENT_LENGTH = 1000;

/** A shared learning's text, when writing one and when editing it. */
export const learningSchema = z.object({
  body: z.string().trim().min(1, 'validation.required').max(MAX_LEARNING_LENGTH, 'validation.tooLong'),
});

export type LearningValues = z.output<typeof learningSchema>;

export const commentSchema = z.object({
  body: z.string().trim().min(1, 'validation.required').max(MAX_COMMENT_LENGTH, 'validation.tooLong'),
});
