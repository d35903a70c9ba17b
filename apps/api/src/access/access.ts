import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Forbidden, NotFound } from '../common/errors/domain-error';
import type { Goal } from '../goals/goal.entity';
import { GoalsRepository } from '../goals/goals.repository';
import { MembershipsRepository } from '../teams/memberships.repository';
import type { Team } from '../teams/team.entity';
import { TeamsRepository } from '../teams/teams.repository';
import type { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import type { Actor } from './actor';
import {
  allowsRoute,
  decide,
  isAllowed,
  scopeOf,
  seesPeopleOf,
  seesPrivateOf,
  showsFigure,
  smallestGroup,
  type Action,
  type Facts,
  type FigureKind,
  type GoalFacts,
  type Group,
  type GroupReader,
  type PersonFacts,
  type RequestFacts,
  type Scopes,
} from './access.rules';
import type { RouteAccess } from './route-access';

/** What a service names when it asks: ids, which the access entry turns into facts through the repositories. */
export interface Subjects {
  'team.read': { teamId: string };
  'team.manage': { teamId: string };
  'goal.read': { goalId: string };
  /** In a transaction, the goal is locked until it ends (see GoalsRepository.findForChange). */
  'goal.change': { goalId: string };
  'person.shared.read': { personId: string };
  'person.week_status.read': { personId: string };
  /** A request the service read (until learning time has its repository), or the requests of a team. */
  'learning_time.read': { request: RequestFacts } | { teamId: string };
  'learning_time.change': { request: RequestFacts };
  'learning_time.decide': { request: RequestFacts };
  'team_learning.read': { teamId: string };
  'team_learning.write': { teamId: string };
  'team_learning.moderate': { teamId: string };
  'insights.team': { teamId: string };
  'insights.organization': Record<string, never>;
  /** The person is then read by the service, scoped to the organisation: 404 when not there. */
  'personal_data.export': { personId: string };
  'account.erase': { personId: string };
}

export interface TeamGrant {
  team: Team;
}

export interface GoalGrant {
  goal: Goal;
  /** What the reader sees of the goal's owner. */
  owner: PersonView;
}

export interface PersonGrant extends PersonView {
  person: User;
}

/** What a reader sees of a person beyond what the action itself allows. */
export interface PersonView {
  /** Whether each week was submitted, and its hours. */
  seesWeekStatus: boolean;
  /** What the person did not share (private goals, weeks not shared); else only what they shared. */
  seesPrivate: boolean;
}

/** What `require` returns: what it loaded that the service needs, so nothing is read twice. */
export interface Grants {
  'team.read': TeamGrant;
  'team.manage': TeamGrant;
  'goal.read': GoalGrant;
  'goal.change': GoalGrant;
  'person.shared.read': PersonGrant;
  'person.week_status.read': PersonGrant;
  'learning_time.read': void;
  'learning_time.change': void;
  'learning_time.decide': void;
  'team_learning.read': TeamGrant;
  'team_learning.write': TeamGrant;
  'team_learning.moderate': TeamGrant;
  'insights.team': TeamGrant;
  'insights.organization': void;
  'personal_data.export': void;
  'account.erase': void;
}

/** Whether a figure may be shown, and why not otherwise. */
export type GroupFigure = { shown: true; reason: null } | { shown: false; reason: 'below_minimum_group_size' };

type Loaded<A extends Action> = { facts: Facts[A]; grant: Grants[A] } | null;
type Loader<A extends Action> = (actor: Actor, subject: Subjects[A], tx?: EntityManager) => Promise<Loaded<A>>;

/**
 * The one access entry. Services ask it first, before they read data for the answer; the decisions
 * themselves are pure functions in access.rules.ts. Facts are read through the repositories, scoped
 * to the actor's organisation, so a subject of another organisation is simply not found.
 */
@Injectable()
export class Access {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly goals: GoalsRepository,
    private readonly users: UsersRepository,
  ) {}

  /** Whether the actor may call a route as declared; the auth guard asks before every route. */
  allowsRoute(actor: Actor | undefined, access: RouteAccess): boolean {
    return allowsRoute(actor, access);
  }

  /**
   * Loads what the decision needs, decides, and returns what it loaded. Throws NotFound when the
   * subject is outside what the actor may see (another organisation included), Forbidden when it is
   * visible but the action is not theirs. With `tx`, the facts are read in that transaction.
   */
  async require<A extends Action>(
    actor: Actor,
    action: A,
    subject: Subjects[A],
    tx?: EntityManager,
  ): Promise<Grants[A]> {
    const load = this.loaders[action] as Loader<A>;
    const loaded = await load(actor, subject, tx);
    if (!loaded) throw new NotFound();
    const decision = decide(actor, action, loaded.facts);
    if (decision.outcome === 'not_found') throw new NotFound();
    if (decision.outcome === 'forbidden') throw new Forbidden(decision.reason);
    return loaded.grant;
  }

  /** Of goals read for another reason (e.g. linked to a session), those the actor may read; one query. */
  async filter<T extends Pick<Goal, 'ownerId' | 'visibility'>>(
    actor: Actor,
    action: 'goal.read',
    goals: readonly T[],
    tx?: EntityManager,
  ): Promise<T[]> {
    const owners = [...new Set(goals.map((goal) => goal.ownerId))];
    const teams = await this.memberships.teamIdsOfEach(actor.organizationId, owners, tx);
    return goals.filter((goal) =>
      isAllowed(actor, action, this.goalFacts(actor.organizationId, goal, teams.get(goal.ownerId) ?? [])),
    );
  }

  /** For lists: what SQL may filter by. */
  scope<A extends keyof Scopes>(actor: Actor, action: A): Scopes[A] {
    return scopeOf(actor, action);
  }

  /**
   * The minimum-group-size rule for one figure about a group (of a team, when `teamId` is given):
   * every figure that can be withheld asks here.
   */
  aggregate(actor: Actor, kind: FigureKind, group: Group & { teamId?: string }): GroupFigure {
    return showsFigure(kind, this.reader(actor, group.teamId), group)
      ? { shown: true, reason: null }
      : { shown: false, reason: 'below_minimum_group_size' };
  }

  /** The same rule as a number, for sums SQL builds over many groups: the fewest people a shown group has. */
  smallestGroup(actor: Actor, kind: FigureKind, teamId?: string): number {
    return smallestGroup(kind, this.reader(actor, teamId));
  }

  private reader(actor: Actor, teamId: string | undefined): GroupReader {
    return {
      seesPeople: teamId !== undefined && seesPeopleOf(actor, teamId),
      minGroupSize: actor.organization.minGroupSize,
    };
  }

  private readonly loaders: { [A in Action]: Loader<A> } = {
    'team.read': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'team.manage': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'goal.read': (actor, { goalId }, tx) => this.goal(actor, goalId, tx),
    'goal.change': (actor, { goalId }, tx) => this.goal(actor, goalId, tx, true),
    'person.shared.read': (actor, { personId }, tx) => this.person(actor, personId, tx),
    'person.week_status.read': (actor, { personId }, tx) => this.person(actor, personId, tx),
    'learning_time.read': async (actor, subject, tx) => {
      if ('request' in subject) return { facts: subject.request, grant: undefined };
      const team = await this.team(actor, subject.teamId, tx);
      return team && { facts: team.facts, grant: undefined };
    },
    'learning_time.change': async (_actor, { request }) => ({ facts: request, grant: undefined }),
    'learning_time.decide': async (_actor, { request }) => ({ facts: request, grant: undefined }),
    'team_learning.read': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'team_learning.write': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'team_learning.moderate': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'insights.team': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'insights.organization': async (actor) => ({
      facts: { organizationId: actor.organizationId },
      grant: undefined,
    }),
    'personal_data.export': async (actor, { personId }) => ({
      facts: { organizationId: actor.organizationId, personId },
      grant: undefined,
    }),
    'account.erase': async (actor, { personId }) => ({
      facts: { organizationId: actor.organizationId, personId },
      grant: undefined,
    }),
  };

  private async team(actor: Actor, teamId: string, tx?: EntityManager) {
    const team = await this.teams.find(actor.organizationId, teamId, tx);
    return team && { facts: { organizationId: team.organizationId, teamId: team.id }, grant: { team } };
  }

  private async goal(actor: Actor, goalId: string, tx?: EntityManager, forChange = false) {
    const goal =
      forChange && tx
        ? await this.goals.findForChange(actor.organizationId, goalId, tx)
        : await this.goals.find(actor.organizationId, goalId, tx);
    if (!goal) return null;
    const ownerTeamIds = await this.memberships.teamIdsOf(goal.organizationId, goal.ownerId, tx);
    const owner = { organizationId: goal.organizationId, personId: goal.ownerId, teamIds: ownerTeamIds };
    return {
      facts: this.goalFacts(goal.organizationId, goal, ownerTeamIds),
      grant: { goal, owner: this.view(actor, owner) },
    };
  }

  private async person(actor: Actor, personId: string, tx?: EntityManager) {
    const person = await this.users.find(actor.organizationId, personId, tx);
    if (!person) return null;
    const facts = {
      organizationId: person.organizationId,
      personId: person.id,
      teamIds: await this.memberships.teamIdsOf(person.organizationId, person.id, tx),
    };
    return { facts, grant: { person, ...this.view(actor, facts) } };
  }

  private view(actor: Actor, person: PersonFacts): PersonView {
    return {
      seesWeekStatus: isAllowed(actor, 'person.week_status.read', person),
      seesPrivate: seesPrivateOf(actor, person),
    };
  }

  private goalFacts(
    organizationId: string,
    goal: Pick<Goal, 'ownerId' | 'visibility'>,
    ownerTeamIds: readonly string[],
  ): GoalFacts {
    return { organizationId, ownerId: goal.ownerId, visibility: goal.visibility, ownerTeamIds };
  }
}
