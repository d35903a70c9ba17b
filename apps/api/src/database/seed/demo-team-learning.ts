import type { SessionKind } from '@vitaal/shared/team-learning';
import type { EntityManager } from 'typeorm';
import { SessionAttendee } from '../../team-learning/session-attendee.entity';
import { SharedLearning } from '../../team-learning/shared-learning.entity';
import { TeamSession } from '../../team-learning/team-session.entity';
import type { TeamMembership } from '../../teams/team-membership.entity';

const DAY_MS = 86_400_000;

const SESSIONS: [SessionKind, string, number, string][] = [
  [
    'intervision',
    'Intervisie: een lastig gesprek aan de balie',
    -21,
    'Eerst samenvatten wat je hoort, dan pas uitleggen.',
  ],
  [
    'knowledge_share',
    'Kennisdeling: AI-hulpmiddelen in ons werk',
    -10,
    'We maken een lijstje met wat wel en niet mag.',
  ],
  ['retrospective', 'Terugblik op het kwartaal', -3, 'Minder vergaderen, meer samen oefenen.'],
  ['peer_learning', 'Samen oefenen met B1-schrijven', 5, ''],
];

const LEARNINGS = [
  'Een checklist voor het eerste gesprek scheelt mij veel tijd.',
  'Een AI-samenvatting leg ik altijd naast de bron: er zaten twee fouten in.',
  'Door even mee te lopen met een collega snap ik de wachtrij veel beter.',
];

/** Sessions (held and planned) and a few posts for every demo team. */
export async function seedDemoTeamLearning(
  manager: EntityManager,
  organizationId: string,
  memberships: TeamMembership[],
): Promise<void> {
  const teams = [...new Set(memberships.map((m) => m.teamId))];
  for (const [teamIndex, teamId] of teams.entries()) {
    const people = memberships.filter((m) => m.teamId === teamId);
    const facilitator = people.find((m) => m.role === 'manager') ?? people[0]!;
    const sessions = await manager.save(
      SESSIONS.map(([kind, title, days, outcome]) =>
        manager.create(TeamSession, {
          organizationId,
          teamId,
          kind,
          title,
          startsAt: new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + days * DAY_MS + 13 * 3_600_000),
          durationMinutes: 90,
          facilitatorId: facilitator.userId,
          agenda: 'Casus inbrengen, vragen stellen, samen afspraken maken.',
          outcomes: days < 0 ? outcome : '',
          agreements: days < 0 ? 'Over vier weken weer.' : '',
          createdBy: facilitator.userId,
        }),
      ),
    );
    const attendees = sessions
      .filter((session) => session.startsAt.getTime() < Date.now())
      .flatMap((session, n) =>
        people
          .filter((_, i) => (i + n + teamIndex) % 4 !== 0)
          .map((m) => ({ organizationId, sessionId: session.id, userId: m.userId })),
      );
    await manager.insert(SessionAttendee, attendees);
    await manager.insert(
      SharedLearning,
      LEARNINGS.map((body, i) => ({
        organizationId,
        teamId,
        authorId: people[(i * 2 + teamIndex) % people.length]!.userId,
        body,
      })),
    );
  }
}
