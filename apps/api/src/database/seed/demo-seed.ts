import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/passwords';
import { Organization } from '../../organizations/organization.entity';
import { TeamMembership } from '../../teams/team-membership.entity';
import { Team } from '../../teams/team.entity';
import { User } from '../../users/user.entity';
import { DEMO_PASSWORD } from './demo-logins';
import { DEMO_HISTORY_WEEKS, seedDemoHistory } from './demo-history';
import { seedDemoLearningTime } from './demo-learning-time';
import { seedDemoTeamLearning } from './demo-team-learning';
import { DEMO_PEOPLE, DEMO_TEAMS } from './demo-people';

export const DEMO_ORGANIZATION_NAME = 'Gemeente Voorbeeld';

/** Fills an empty database with the demo organisation; does nothing once any organisation exists. */
export async function seedDemoData(manager: EntityManager): Promise<boolean> {
  if (await manager.exists(Organization)) return false;
  const organization = await manager.save(manager.create(Organization, { name: DEMO_ORGANIZATION_NAME }));
  const organizationId = organization.id;
  const teams = await manager.save(DEMO_TEAMS.map((name) => manager.create(Team, { organizationId, name })));
  const teamId = new Map(teams.map((team) => [team.name, team.id]));

  // Everyone shares the demo password, so it is hashed once.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Everyone was there when the demo history begins, so its weeks count as theirs, written or missing.
  const joined = new Date(Date.now() - DEMO_HISTORY_WEEKS * 7 * 86_400_000);
  const users = await manager.save(
    DEMO_PEOPLE.map((p) =>
      manager.create(User, {
        organizationId,
        email: p.email,
        displayName: p.name,
        passwordHash,
        roles: p.roles,
        contractHours: p.contractHours,
        createdAt: joined,
      }),
    ),
  );
  const memberships = DEMO_PEOPLE.flatMap((p, index) =>
    p.teams.map(([team, role]) =>
      manager.create(TeamMembership, { organizationId, teamId: teamId.get(team)!, userId: users[index]!.id, role }),
    ),
  );
  await manager.insert(TeamMembership, memberships);
  await seedDemoHistory(manager, organizationId, organization.timezone, users);
  await seedDemoLearningTime(manager, organizationId, organization.timezone, memberships);
  await seedDemoTeamLearning(manager, organizationId, memberships);
  return true;
}
