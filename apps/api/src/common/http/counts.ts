import type { Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/**
 * A count for each value of a list (goals per status), documented as one property per value:
 * `class GoalsByStatus extends CountPer(GOAL_STATUSES) {}`.
 */
export function CountPer<K extends string>(keys: readonly K[]): ClassType<Record<K, number>> {
  class Counts {}
  for (const key of keys) ApiProperty({ type: 'integer' })(Counts.prototype, key);
  return Counts as ClassType<Record<K, number>>;
}
