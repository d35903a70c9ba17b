import type { OrgRole, TeamRole } from '@vitaal/shared/roles';
import {
  allowsRoute,
  decide,
  scopeOf,
  seesPeopleOf,
  seesPrivateOf,
  showsFigure,
  smallestGroup,
  type Action,
  type Facts,
  type FigureKind,
} from './access.rules';
import type { Actor } from './actor';

const ORG = 'org-1';
const OTHER_ORG = 'org-2';
const TEAM = 'team-1';
const OTHER_TEAM = 'team-2';
const PERSON = 'person';

function actorOf(userId: string, roles: OrgRole[], teams: [string, TeamRole][], organizationId = ORG): Actor {
  return {
    userId,
    organizationId,
    roles,
    teams: new Map(teams),
    sessionTokenHash: 'hash',
    organization: { timezone: 'Europe/Amsterdam', reflectionEditWindowDays: 14, minGroupSize: 5 },
  };
}

/** Everyone who can stand in a relation to the person (a member of TEAM) and to TEAM itself. */
const RELATIONS = {
  owner: actorOf(PERSON, [], [[TEAM, 'member']]),
  teamMember: actorOf('teammate', [], [[TEAM, 'member']]),
  teamManager: actorOf('manager', [], [[TEAM, 'manager']]),
  lno: actorOf('adviser', ['lno'], []),
  admin: actorOf('admin', ['admin'], []),
  stranger: actorOf('stranger', [], [[OTHER_TEAM, 'member']]),
} satisfies Record<string, Actor>;

type Relation = keyof typeof RELATIONS;
type Outcome = 'allowed' | 404 | 403;

const ok: Outcome = 'allowed';

/** One expectation per relation: [owner, teamMember, teamManager, lno, admin, stranger]. */
type Row = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

interface Case<A extends Action> {
  subject: string;
  facts: Facts[A];
  expected: Row;
}

const team = { organizationId: ORG, teamId: TEAM };
const person = { organizationId: ORG, personId: PERSON, teamIds: [TEAM] };
const goal = (visibility: 'private' | 'shared') => ({
  organizationId: ORG,
  ownerId: PERSON,
  visibility,
  ownerTeamIds: [TEAM],
});
const request = { organizationId: ORG, requesterId: PERSON, teamId: TEAM };

/** Every action, each relation: the who-sees-what table as the API decides it. */
const CASES: { [A in Action]: Case<A>[] } = {
  'team.read': [{ subject: 'a team', facts: team, expected: [ok, ok, ok, ok, ok, 404] }],
  'team.manage': [{ subject: 'a team', facts: team, expected: [403, 403, 403, 403, ok, 404] }],
  'goal.read': [
    { subject: 'a private goal', facts: goal('private'), expected: [ok, 404, 404, 404, 404, 404] },
    { subject: 'a shared goal', facts: goal('shared'), expected: [ok, 404, ok, ok, 404, 404] },
  ],
  'goal.change': [
    { subject: 'a private goal', facts: goal('private'), expected: [ok, 404, 404, 404, 404, 404] },
    { subject: 'a shared goal', facts: goal('shared'), expected: [ok, 404, 403, 403, 404, 404] },
  ],
  'person.shared.read': [{ subject: 'a person', facts: person, expected: [ok, 404, ok, ok, 404, 404] }],
  'person.week_status.read': [{ subject: 'a person', facts: person, expected: [ok, 404, ok, 404, 404, 404] }],
  'learning_time.read': [
    { subject: 'a request', facts: request, expected: [ok, 404, ok, ok, ok, 404] },
    {
      subject: 'the requests of a team',
      facts: { organizationId: ORG, teamId: TEAM },
      expected: [404, 404, ok, ok, ok, 404],
    },
  ],
  'learning_time.change': [{ subject: 'a request', facts: request, expected: [ok, 404, 403, 403, 403, 404] }],
  'learning_time.decide': [{ subject: 'a request', facts: request, expected: [403, 404, ok, 403, ok, 404] }],
  'team_learning.read': [{ subject: 'a team', facts: team, expected: [ok, ok, ok, ok, 404, 404] }],
  'team_learning.write': [{ subject: 'a team', facts: team, expected: [ok, ok, ok, 403, 404, 404] }],
  'team_learning.moderate': [{ subject: 'a team', facts: team, expected: [403, 403, ok, 403, 404, 404] }],
  'insights.team': [{ subject: 'a team', facts: team, expected: [403, 403, ok, ok, 404, 404] }],
  'insights.organization': [
    { subject: 'the organisation', facts: { organizationId: ORG }, expected: [403, 403, 403, ok, 403, 403] },
  ],
  'personal_data.export': [
    { subject: 'a person', facts: { organizationId: ORG, personId: PERSON }, expected: [ok, 403, 403, 403, ok, 403] },
  ],
  'account.erase': [
    { subject: 'a person', facts: { organizationId: ORG, personId: PERSON }, expected: [403, 403, 403, 403, ok, 403] },
  ],
};

const outcomeOf = (actor: Actor, action: Action, facts: Facts[Action]): Outcome => {
  const decision = decide(actor, action, facts as never);
  return decision.outcome === 'allowed' ? ok : decision.outcome === 'not_found' ? 404 : 403;
};

const cases = (Object.entries(CASES) as [Action, Case<Action>[]][]).flatMap(([action, list]) =>
  list.flatMap(({ subject, facts, expected }) =>
    (Object.keys(RELATIONS) as Relation[]).map((relation, i) => ({
      action,
      subject,
      facts,
      relation,
      want: expected[i],
    })),
  ),
);

describe('access rules', () => {
  it.each(cases)('$action on $subject by $relation: $want', ({ action, facts, relation, want }) => {
    expect(outcomeOf(RELATIONS[relation], action, facts)).toBe(want);
  });

  describe('another organisation', () => {
    // The same ids, every role and every team role: a subject of another organisation is never there.
    const everything = actorOf(PERSON, ['admin', 'lno'], [[TEAM, 'manager']], OTHER_ORG);
    const all = (Object.entries(CASES) as [Action, Case<Action>[]][]).flatMap(([action, list]) =>
      list.map(({ subject, facts }) => ({ action, subject, facts })),
    );

    it.each(all)('$action on $subject is not found', ({ action, facts }) => {
      expect(outcomeOf(everything, action, facts)).toBe(404);
    });
  });

  it('lets nobody decide on their own request, managers and admins included', () => {
    const managerAsking = { organizationId: ORG, requesterId: 'manager', teamId: TEAM };
    expect(decide(RELATIONS.teamManager, 'learning_time.decide', managerAsking)).toEqual({
      outcome: 'forbidden',
      reason: 'Nobody decides on their own request.',
    });
    const adminAsking = { organizationId: ORG, requesterId: 'admin-manager', teamId: TEAM };
    const adminManager = actorOf('admin-manager', ['admin'], [[TEAM, 'manager']]);
    expect(decide(adminManager, 'learning_time.decide', adminAsking).outcome).toBe('forbidden');
  });

  it('lets a manager of any of the owner’s teams read what the owner shares', () => {
    const managerElsewhere = actorOf('manager-2', [], [[OTHER_TEAM, 'manager']]);
    const inTwoTeams = { ...goal('shared'), ownerTeamIds: [TEAM, OTHER_TEAM] };
    expect(decide(managerElsewhere, 'goal.read', inTwoTeams).outcome).toBe('allowed');
    expect(decide(managerElsewhere, 'goal.read', goal('shared')).outcome).toBe('not_found');
  });

  it('keeps what the person did not share to the person, and the team’s people to its managers', () => {
    expect(
      Object.entries(RELATIONS)
        .filter(([, actor]) => seesPrivateOf(actor, person))
        .map(([relation]) => relation),
    ).toEqual(['owner']);
    expect(
      Object.entries(RELATIONS)
        .filter(([, actor]) => seesPeopleOf(actor, TEAM))
        .map(([relation]) => relation),
    ).toEqual(['teamManager']);
  });
});

describe('route access', () => {
  const member = RELATIONS.teamMember;

  it('lets anyone call a public route, the signed-in a signed-in route, and the role a role route', () => {
    expect(allowsRoute(undefined, { kind: 'public' })).toBe(true);
    expect(allowsRoute(undefined, { kind: 'signed-in' })).toBe(false);
    expect(allowsRoute(member, { kind: 'signed-in' })).toBe(true);
    expect(allowsRoute(member, { kind: 'role', roles: ['admin'] })).toBe(false);
    expect(allowsRoute(RELATIONS.admin, { kind: 'role', roles: ['admin'] })).toBe(true);
    expect(allowsRoute(RELATIONS.lno, { kind: 'role', roles: ['admin', 'lno'] })).toBe(true);
    expect(allowsRoute(undefined, { kind: 'role', roles: ['admin'] })).toBe(false);
  });
});

describe('scopes for lists', () => {
  it('shows admins and L&O staff every team, others their own', () => {
    expect(scopeOf(RELATIONS.admin, 'team.read')).toEqual({ teams: 'all' });
    expect(scopeOf(RELATIONS.lno, 'team.read')).toEqual({ teams: 'all' });
    expect(
      scopeOf(
        actorOf(
          'x',
          [],
          [
            [TEAM, 'member'],
            [OTHER_TEAM, 'manager'],
          ],
        ),
        'team.read',
      ),
    ).toEqual({
      teams: [TEAM, OTHER_TEAM],
    });
  });

  it('lets managers decide for the teams they manage, admins for all, and nobody on their own requests', () => {
    const managerAndMember = actorOf(
      'x',
      [],
      [
        [TEAM, 'manager'],
        [OTHER_TEAM, 'member'],
      ],
    );
    expect(scopeOf(managerAndMember, 'learning_time.decide')).toEqual({ teams: [TEAM], notRequestedBy: 'x' });
    expect(scopeOf(RELATIONS.admin, 'learning_time.decide')).toEqual({ teams: 'all', notRequestedBy: 'admin' });
    expect(scopeOf(RELATIONS.lno, 'learning_time.decide')).toEqual({ teams: [], notRequestedBy: 'adviser' });
  });
});

describe('minimum group size', () => {
  const min = 5;
  const reader = { seesPeople: false, minGroupSize: min };
  const manager = { seesPeople: true, minGroupSize: min };
  const shows = (kind: FigureKind, r: typeof reader, people: number, contributors?: number) =>
    showsFigure(kind, r, { people, contributors });

  it.each(['counts', 'hours', 'scores', 'goal_counts'] as FigureKind[])(
    '%s: withheld below the minimum, shown from it on',
    (kind) => {
      expect(shows(kind, reader, min - 1)).toBe(false);
      expect(shows(kind, reader, min)).toBe(true);
      expect(shows(kind, reader, min + 1)).toBe(true);
      expect(shows(kind, reader, 0)).toBe(false);
    },
  );

  it('lifts the rule for counts and hours when the reader sees the people one by one, never for scores or goals', () => {
    expect(shows('counts', manager, 1)).toBe(true);
    expect(shows('hours', manager, 1, 1)).toBe(true);
    expect(shows('scores', manager, min - 1)).toBe(false);
    expect(shows('goal_counts', manager, min - 1)).toBe(false);
    expect(smallestGroup('counts', manager)).toBe(0);
    expect(smallestGroup('scores', manager)).toBe(min);
  });

  it('withholds hours that a few put in, even in a group large enough, but not hours nobody put in', () => {
    expect(shows('hours', reader, 12, 0)).toBe(true);
    expect(shows('hours', reader, 12, 1)).toBe(false);
    expect(shows('hours', reader, 12, min - 1)).toBe(false);
    expect(shows('hours', reader, 12, min)).toBe(true);
    // A group below the minimum shows no hours at all, not even none.
    expect(shows('hours', reader, min - 1, 0)).toBe(false);
  });

  it('gives SQL the same threshold the figures use', () => {
    for (const kind of ['counts', 'hours', 'scores', 'goal_counts'] as FigureKind[]) {
      const least = smallestGroup(kind, reader);
      expect(shows(kind, reader, least)).toBe(true);
      expect(shows(kind, reader, least - 1)).toBe(false);
    }
  });
});
