import { randomBytes } from 'node:crypto';
import type { OrgRole, TeamRole } from '@vitaal/shared/roles';
import type { SaveWeekRequest } from '@vitaal/shared/weeks';
import { hashPassword } from '../../src/auth/passwords';
import { SessionService, type IssuedSession } from '../../src/auth/session.service';
import { Organization } from '../../src/organizations/organization.entity';
import { TeamMembership } from '../../src/teams/team-membership.entity';
import { Team } from '../../src/teams/team.entity';
import { User } from '../../src/users/user.entity';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export async function createOrganization(t: TestApp, values: Partial<Organization> = {}): Promise<Organization> {
  const repo = t.dataSource.getRepository(Organization);
  return repo.save(repo.create({ name: `Gemeente ${unique()}`, ...values }));
}

export async function createUser(t: TestApp, organization: Organization, values: Partial<User> = {}): Promise<User> {
  passwordHash ??= hashPassword(PASSWORD);
  const repo = t.dataSource.getRepository(User);
  return repo.save(
    repo.create({
      organizationId: organization.id,
      email: `person-${unique()}@example.nl`,
      displayName: `Person ${unique()}`,
      passwordHash: await passwordHash,
      roles: [],
      ...values,
    }),
  );
}

export async function createTeam(
  t: TestApp,
  organization: Organization,
  members: [User, TeamRole][] = [],
  values: Partial<Team> = {},
): Promise<Team> {
  const team = await t.dataSource
    .getRepository(Team)
    .save({ organizationId: organization.id, name: `Team ${unique()}`, archivedAt: null, ...values });
  for (const [user, role] of members) await joinTeam(t, team, user, role);
  return team;
}

export async function joinTeam(t: TestApp, team: Team, user: User, role: TeamRole): Promise<void> {
  await t.dataSource
    .getRepository(TeamMembership)
    .insert({ organizationId: team.organizationId, teamId: team.id, userId: user.id, role });
}

/** A signed-in HTTP client: the session cookie plus the CSRF header, as the web app sends them. */
export interface Client {
  get(url: string): ReturnType<ReturnType<TestApp['http']>['get']>;
  post(url: string, body?: object): ReturnType<ReturnType<TestApp['http']>['post']>;
  put(url: string, body?: object): ReturnType<ReturnType<TestApp['http']>['put']>;
  patch(url: string, body?: object): ReturnType<ReturnType<TestApp['http']>['patch']>;
  delete(url: string): ReturnType<ReturnType<TestApp['http']>['delete']>;
}

export function clientFor(t: TestApp, session?: IssuedSession): Client {
  const sign = <R extends { set(field: string, value: string | string[]): R }>(request: R): R =>
    session
      ? request
          .set('Cookie', [`vitaal_session=${session.token}`, `vitaal_csrf=${session.csrfToken}`])
          .set('x-csrf-token', session.csrfToken)
      : request;
  return {
    get: (url) => sign(t.http().get(url)),
    post: (url, body) => sign(t.http().post(url)).send(body),
    put: (url, body) => sign(t.http().put(url)).send(body),
    patch: (url, body) => sign(t.http().patch(url)).send(body),
    delete: (url) => sign(t.http().delete(url)),
  };
}

/** The session that a response's Set-Cookie headers carry. */
export function sessionFrom(res: { headers: Record<string, unknown> }): IssuedSession {
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []);
  const value = (name: string) =>
    cookies
      .find((c) => c.startsWith(`${name}=`))
      ?.split(';')[0]
      ?.split('=')[1] ?? '';
  return { token: value('vitaal_session'), csrfToken: value('vitaal_csrf') };
}

/** Signs a person in without the password round trip (the auth tests cover that). */
export async function signedIn(t: TestApp, user: User): Promise<Client> {
  return clientFor(t, await t.app.get(SessionService).issue(t.dataSource.manager, user));
}

/**
 * An organisation with one person in each role, plus a team with a manager and a member; their accounts are
 * created now, or at `joinedAt` (people count from the week their account was created).
 */
export async function createCast(t: TestApp, { joinedAt }: { joinedAt?: Date } = {}) {
  const organization = await createOrganization(t);
  const person = (roles: OrgRole[] = []) =>
    createUser(t, organization, { roles, ...(joinedAt ? { createdAt: joinedAt } : {}) });
  const [admin, lno, manager, member, outsider] = await Promise.all([
    person(['admin']),
    person(['lno']),
    person(),
    person(),
    person(),
  ]);
  const team = await createTeam(t, organization, [
    [manager, 'manager'],
    [member, 'member'],
  ]);
  return { organization, admin, lno, manager, member, outsider, team };
}

/** The body that saves a week with nothing filled in but what the test gives. */
export function emptyWeek(
  reflection: Partial<SaveWeekRequest['reflection']> = {},
  rest: Partial<SaveWeekRequest> = {},
): SaveWeekRequest {
  return {
    version: 0,
    shared: false,
    plan: { intentions: '', plannedHours: null },
    reflection: {
      learned: '',
      applied: '',
      hours: { workplace: null, course: null, peer: null, self_study: null },
      energy: null,
      climate: null,
      workload: null,
      aiUsed: null,
      aiHow: '',
      obstacles: '',
      supportWanted: '',
      nextStep: '',
      ...reflection,
    },
    goals: [],
    ...rest,
  };
}

/** A week as the web app saves it: a filled-in reflection unless told otherwise. */
export function weekToSave(
  reflection: Partial<SaveWeekRequest['reflection']> = {},
  rest: Partial<SaveWeekRequest> = {},
): SaveWeekRequest {
  return emptyWeek({ learned: 'Iets geleerd', energy: 3, climate: 3, workload: 3, aiUsed: false, ...reflection }, rest);
}
