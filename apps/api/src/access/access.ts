import { Injectable } from '@nestjs/common';
import type { GoalVisibility } from '@vitaal/shared/goals';
import type { EntityManager } from 'typeorm';
import { Forbidden, NotFound } from '../common/errors/domain-error';
import type { Goal } from '../goals/goal.entity';
import { GoalsRepository } from '../goals/goals.repository';
import type { LearningTimeRequest } from '../learning-time/learning-time-request.entity';
import {
  LearningTimeRequestsRepository,
  type LearningTimeRequestRow,
} from '../learning-time/learning-time-requests.repository';
import type { Notification } from '../notifications/notification.entity';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { MembershipsRepository } from '../teams/memberships.repository';
import type { SharedLearning } from '../team-learning/shared-learning.entity';
import { SharedLearningsRepository } from '../team-learning/shared-learnings.repository';
import type { Team } from '../teams/team.entity';
import { TeamsRepository } from '../teams/teams.repository';
import type { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import type { Actor } from './actor';
import {
  allowsRoute,
  countedGoalsOf,
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
  type PostFacts,
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
  /** A request, or the requests of a team. */
  'learning_time.read': { requestId: string } | { teamId: string };
  /** In a transaction, the request is locked until it ends (see LearningTimeRequestsRepository.findForChange). */
  'learning_time.change': { requestId: string };
  /** Several requests decided at once: every one of them must be the actor's to decide. */
  'learning_time.decide': { requestIds: readonly string[] };
  'team_learning.read': { teamId: string };
  'team_learning.write': { teamId: string };
  'team_learning.moderate': { teamId: string };
  /** A post in the team's feed; in a transaction, `shared_learning.change` locks it until the transaction ends. */
  'shared_learning.respond': { teamId: string; learningId: string };
  'shared_learning.change': { teamId: string; learningId: string };
  'shared_learning.moderate': { teamId: string; learningId: string };
  'notification.change': { notificationId: string };
  'insights.team': { teamId: string };
  'insights.organization': Record<string, never>;
  /** The person is then read by the service, scoped to the organisation: 404 when not there. */
  'personal_data.export': { personId: string };
  'account.erase': { personId: string };
}

export interface TeamGrant {
  team: Team;
}

export interface TeamFiguresGrant extends TeamGrant {
  /** The goals of the team's people its figures may count for this reader: of these visibilities. */
  goalVisibilities: GoalVisibility[];
}

export interface PostGrant {
  learning: SharedLearning;
}

export interface NotificationGrant {
  notification: Notification;
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
  /** The request named; null for the requests of a team. */
  'learning_time.read': { request: LearningTimeRequestRow | null };
  'learning_time.change': { request: LearningTimeRequest };
  /** In the order of their ids. */
  'learning_time.decide': { requests: LearningTimeRequest[] };
  'team_learning.read': TeamGrant;
  'team_learning.write': TeamGrant;
  'team_learning.moderate': TeamGrant;
  'insights.team': TeamFiguresGrant;
  'shared_learning.respond': PostGrant;
  'shared_learning.change': PostGrant;
  'shared_learning.moderate': PostGrant;
  'notification.change': NotificationGrant;
  'insights.organization': void;
  'personal_data.export': void;
  'account.erase': void;
}

/** Whether a figure may be shown, and why not otherwise. */
export type GroupFigure = { shown: true; reason: null } | { shown: false; reason: 'below_minimum_group_size' };

/** The facts of the subject, or of each subject when several are named at once. */
type Loaded<A extends Action> = { facts: Facts[A] | Facts[A][]; grant: Grants[A] } | null;
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
    private readonly requests: LearningTimeRequestsRepository,
    private readonly learnings: SharedLearningsRepository,
    private readonly notifications: NotificationsRepository,
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
    for (const facts of ([] as Facts[A][]).concat(loaded.facts)) {
      const decision = decide(actor, action, facts);
      if (decision.outcome === 'not_found') throw new NotFound();
      if (decision.outcome === 'forbidden') throw new Forbidden(decision.reason);
    }
    return loaded.grant;
  }

  /**
   * Whether the actor may, without throwing: for an object named in the input of another action (a
   * goal to link to a session), where a refusal is a field error of that input.
   */
  async allows<A extends Action>(actor: Actor, action: A, subject: Subjects[A], tx?: EntityManager): Promise<boolean> {
    const loaded = await (this.loaders[action] as Loader<A>)(actor, subject, tx);
    return loaded !== null && ([] as Facts[A][]).concat(loaded.facts).every((facts) => isAllowed(actor, action, facts));
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
      if ('teamId' in subject) {
        const team = await this.team(actor, subject.teamId, tx);
        return team && { facts: team.facts, grant: { request: null } };
      }
      const request = await this.requests.findWithNames(actor.organizationId, subject.requestId, tx);
      return request && { facts: request, grant: { request } };
    },
    'learning_time.change': async (actor, { requestId }, tx) => {
      const request = tx
        ? await this.requests.findForChange(actor.organizationId, requestId, tx)
        : await this.requests.find(actor.organizationId, requestId);
      return request ? { facts: request, grant: { request } } : null;
    },
    'learning_time.decide': async (actor, { requestIds }, tx) => {
      const requests = await this.requests.findMany(actor.organizationId, requestIds, tx);
      return requests.length === requestIds.length ? { facts: requests, grant: { requests } } : null;
    },
    'team_learning.read': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'team_learning.write': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'team_learning.moderate': (actor, { teamId }, tx) => this.team(actor, teamId, tx),
    'insights.team': async (actor, { teamId }, tx) => {
      const loaded = await this.team(actor, teamId, tx);
      return loaded && { ...loaded, grant: { ...loaded.grant, goalVisibilities: countedGoalsOf(actor, teamId) } };
    },
    'shared_learning.respond': (actor, subject, tx) => this.post(actor, subject, tx),
    'shared_learning.change': (actor, subject, tx) => this.post(actor, subject, tx, true),
    'shared_learning.moderate': (actor, subject, tx) => this.post(actor, subject, tx),
    'notification.change': async (actor, { notificationId }, tx) => {
      const notification = await this.notifications.find(actor.organizationId, notificationId, tx);
      return (
        notification && {
          facts: { organizationId: notification.organizationId, recipientId: notification.userId },
          grant: { notification },
        }
      );
    },
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

  /**
   * The team, and the post in it. Without the post the facts say so, and every rule refuses: the team's
   * own refusal (L&O staff only read) comes first, as for the team's other actions.
   */
  private async post(
    actor: Actor,
    { teamId, learningId }: { teamId: string; learningId: string },
    tx?: EntityManager,
    forChange = false,
  ): Promise<Loaded<'shared_learning.change'>> {
    const team = await this.team(actor, teamId, tx);
    if (!team) return null;
    const learning =
      forChange && tx
        ? await this.learnings.findForChange(actor.organizationId, teamId, learningId, tx)
        : await this.learnings.find(actor.organizationId, teamId, learningId, tx);
    const post: PostFacts['post'] = learning && { authorId: learning.authorId, hidden: learning.hiddenAt !== null };
    // The grant is handed out only when allowed, which no rule is without the post.
    return { facts: { ...team.facts, post }, grant: { learning: learning! } };
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
