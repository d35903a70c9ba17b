import type { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A count for each value of a list (goals per status, reactions per kind), documented as one property
 * per value: `class GoalsByStatus extends CountPer(GOAL_STATUSES) {}`. With `optional`, a value
 * nothing was counted for is left out.
 */
export function CountPer<K extends string>(keys: readonly K[]): ClassType<Record<K, number>>;
export function CountPer<K extends string>(
  keys: readonly K[],
  rule: { optional: true },
): ClassType<Partial<Record<K, number>>>;
export function CountPer<K extends string>(keys: readonly K[], { optional = false } = {}) {
  class Counts {}
  const property = optional ? ApiPropertyOptional : ApiProperty;
  for (const key of keys) property({ type: 'integer' })(Counts.prototype, key);
  return Counts;
}
