import { addIsoWeeks, formatIsoWeek, isoWeekKey, parseIsoWeek } from '@vitaal/shared/iso-week';
import type { RequestStatus } from '@vitaal/shared/learning-time';
import type { LearningForm } from '@vitaal/shared/weeks';
import type { EntityManager } from 'typeorm';
import { LearningTimeRequest } from '../../learning-time/learning-time-request.entity';
import type { TeamMembership } from '../../teams/team-membership.entity';

const PURPOSES: [LearningForm, string][] = [
  ['course', 'E-learning Power BI, module 2'],
  ['peer', 'Meelopen met een collega van het klantcontactcentrum'],
  ['workplace', 'Nieuwe werkwijze voor bezwaarschriften uitproberen'],
  ['self_study', 'Handreiking AI in de gemeente lezen'],
];

/**
 * Learning-time requests in every state: decided ones in past weeks, pending ones ahead, so the
 * approval queue, the balances and the team calendar all have something to show.
 */
export async function seedDemoLearningTime(
  manager: EntityManager,
  organizationId: string,
  timeZone: string,
  memberships: TeamMembership[],
): Promise<void> {
  const current = parseIsoWeek(isoWeekKey(new Date(), timeZone))!;
  const deciderOf = new Map(memberships.filter((m) => m.role === 'manager').map((m) => [m.teamId, m.userId]));
  const members = memberships.filter((m) => m.role === 'member');
  const requests = members.flatMap((membership, index) => {
    const decider = deciderOf.get(membership.teamId);
    const plan: [number, RequestStatus][] = [
      [-4, 'approved'],
      [-2, index % 5 === 0 ? 'rejected' : 'approved'],
      [1, index % 3 === 0 ? 'approved' : 'pending'],
      [3, 'pending'],
    ];
    return plan
      .filter((_, n) => (index + n) % 2 === 0 || n === 2)
      .map(([offset, status], n) => {
        const [form, purpose] = PURPOSES[(index + n) % PURPOSES.length]!;
        const decided = status === 'approved' || status === 'rejected';
        return manager.create(LearningTimeRequest, {
          organizationId,
          requesterId: membership.userId,
          teamId: membership.teamId,
          weekKey: formatIsoWeek(addIsoWeeks(current, offset)),
          hours: [2, 3, 4, 1.5][(index + n) % 4]!,
          form,
          purpose,
          status,
          decidedBy: decided ? (decider ?? null) : null,
          decidedAt: decided ? new Date() : null,
          decisionComment: status === 'rejected' ? 'Drukke periode; graag een week later.' : '',
        });
      });
  });
  await manager.save(requests);
}
