import type { GoalVisibility } from '@vitaal/shared/goals';
import type { Actor } from './actor';
import type { RouteAccess } from './route-access';
import type { DataKind } from '@vitaal/shared/transparency';
import { allows, type DataSubject } from './who-sees-what';

/*
 * Every access decision of the API, as pure functions of the actor and the facts about the subject.
 * The access entry (access.ts) loads the facts and asks here; nothing else decides who may do what.
 * The decisions about a person's data are built on the table in who-sees-what.ts.
 */

/** What a service asks permission for, in the users' words. */
export type Action =
  | 'team.read'
  | 'team.manage'
  | 'goal.read'
  | 'goal.change'
  | 'person.shared.read'
  | 'person.week_status.read'
  | 'learning_time.read'
  | 'learning_time.change'
  | 'learning_time.decide'
  | 'team_learning.read'
  | 'team_learning.write'
  | 'team_learning.moderate'
  | 'insights.team'
  | 'insights.organization'
  | 'personal_data.export'
  | 'account.erase';

/** Every subject belongs to one organisation; a subject of another one is never there for the actor. */
interface InOrganization {
  organizationId: string;
}

export interface TeamFacts extends InOrganization {
  teamId: string;
}

export interface GoalFacts extends InOrganization {
  ownerId: string;
  visibility: GoalVisibility;
  /** The owner's active teams: their managers may read what the owner shares. */
  ownerTeamIds: readonly string[];
}

export interface PersonFacts extends InOrganization {
  personId: string;
  /** The person's active teams. */
  teamIds: readonly string[];
}

/** A learning-time request, or (without requester) the requests of a team. */
export interface RequestFacts extends InOrganization {
  requesterId?: string;
  teamId: string;
}

export interface AccountFacts extends InOrganization {
  personId: string;
}

/** What each decision needs to know about its subject. */
export interface Facts {
  'team.read': TeamFacts;
  'team.manage': TeamFacts;
  'goal.read': GoalFacts;
  'goal.change': GoalFacts;
  'person.shared.read': PersonFacts;
  'person.week_status.read': PersonFacts;
  'learning_time.read': RequestFacts;
  'learning_time.change': RequestFacts;
  'learning_time.decide': RequestFacts;
  'team_learning.read': TeamFacts;
  'team_learning.write': TeamFacts;
  'team_learning.moderate': TeamFacts;
  'insights.team': TeamFacts;
  'insights.organization': InOrganization;
  'personal_data.export': AccountFacts;
  'account.erase': AccountFacts;
}

/** 404 when the subject is outside what the actor may see; 403 when visible but not theirs to do. */
export type Decision = { outcome: 'allowed' } | { outcome: 'not_found' } | { outcome: 'forbidden'; reason: string };

const ALLOWED: Decision = { outcome: 'allowed' };
const NOT_FOUND: Decision = { outcome: 'not_found' };
const forbidden = (reason: string): Decision => ({ outcome: 'forbidden', reason });

const isAdmin = (actor: Actor) => actor.roles.includes('admin');
const isLno = (actor: Actor) => actor.roles.includes('lno');
const manages = (actor: Actor, teamId: string) => actor.teams.get(teamId) === 'manager';

/** Admins and L&O staff see every team; everyone else the teams they belong to. */
const seesTeam = (actor: Actor, teamId: string) => isAdmin(actor) || isLno(actor) || actor.teams.has(teamId);

const personOf = (facts: PersonFacts): DataSubject => ({ ownerId: facts.personId, teamIds: facts.teamIds });
const ownerOf = (goal: GoalFacts): DataSubject => ({ ownerId: goal.ownerId, teamIds: goal.ownerTeamIds });
const requestOf = (request: RequestFacts): DataSubject => ({
  ownerId: request.requesterId,
  teamIds: [request.teamId],
});
const teamOf = (facts: TeamFacts): DataSubject => ({ teamIds: [facts.teamId] });

/** What a person chose to share, which the people following them read (their goals and weeks). */
const SHARED_KINDS: readonly DataKind[] = ['goal_shared', 'week_texts_shared'];

const readsGoal = (actor: Actor, goal: GoalFacts) =>
  allows(actor, goal.visibility === 'shared' ? 'goal_shared' : 'goal_private', ownerOf(goal), 'read');

const readsRequest = (actor: Actor, request: RequestFacts) =>
  allows(actor, 'learning_time_request', requestOf(request), 'read');

const readsTeamLearning = (actor: Actor, team: TeamFacts) => allows(actor, 'team_learning', teamOf(team), 'read');

/** Each action's decision, given a subject of the actor's own organisation. */
const RULES: { [A in Action]: (actor: Actor, facts: Facts[A]) => Decision } = {
  'team.read': (actor, team) => (seesTeam(actor, team.teamId) ? ALLOWED : NOT_FOUND),
  'team.manage': (actor, team) =>
    !seesTeam(actor, team.teamId)
      ? NOT_FOUND
      : isAdmin(actor)
        ? ALLOWED
        : forbidden('Only administrators manage teams.'),

  // A private goal only by its owner; a shared one also by whoever the owner shares with.
  'goal.read': (actor, goal) => (readsGoal(actor, goal) ? ALLOWED : NOT_FOUND),
  'goal.change': (actor, goal) =>
    !readsGoal(actor, goal)
      ? NOT_FOUND
      : goal.ownerId === actor.userId
        ? ALLOWED
        : forbidden('Only the owner changes a goal.'),

  // The person, managers of one of their teams and L&O staff; never admins as such.
  'person.shared.read': (actor, person) =>
    SHARED_KINDS.every((kind) => allows(actor, kind, personOf(person), 'read')) ? ALLOWED : NOT_FOUND,
  // Whether each week was submitted, and its hours: the person and their teams' managers; L&O staff in team figures only.
  'person.week_status.read': (actor, person) =>
    allows(actor, 'week_status', personOf(person), 'read') ? ALLOWED : NOT_FOUND,

  // The requester, the managers of the request's team, L&O staff and admins.
  'learning_time.read': (actor, request) => (readsRequest(actor, request) ? ALLOWED : NOT_FOUND),
  'learning_time.change': (actor, request) =>
    !readsRequest(actor, request)
      ? NOT_FOUND
      : request.requesterId === actor.userId
        ? ALLOWED
        : forbidden('Only the requester changes or cancels a request.'),
  // Managers of the request's team and admins decide, but nobody on their own request.
  'learning_time.decide': (actor, request) =>
    !readsRequest(actor, request)
      ? NOT_FOUND
      : !allows(actor, 'learning_time_request', requestOf(request), 'decide')
        ? forbidden('Only the team’s managers and admins decide.')
        : request.requesterId === actor.userId
          ? forbidden('Nobody decides on their own request.')
          : ALLOWED,

  // Team sessions and the team's feed: its members and managers read and write, its managers moderate, L&O staff read.
  'team_learning.read': (actor, team) => (readsTeamLearning(actor, team) ? ALLOWED : NOT_FOUND),
  'team_learning.write': (actor, team) =>
    !readsTeamLearning(actor, team)
      ? NOT_FOUND
      : allows(actor, 'team_learning', teamOf(team), 'write')
        ? ALLOWED
        : forbidden('L&O staff read team learning; the team writes it.'),
  'team_learning.moderate': (actor, team) =>
    !readsTeamLearning(actor, team)
      ? NOT_FOUND
      : manages(actor, team.teamId)
        ? ALLOWED
        : forbidden('Only the team’s managers moderate.'),

  // A team's dashboard: L&O staff for every team, managers for the teams they manage.
  'insights.team': (actor, team) =>
    allows(actor, 'week_scores', teamOf(team), 'aggregate')
      ? ALLOWED
      : actor.teams.has(team.teamId)
        ? forbidden('Team figures are for the team’s managers and L&O staff.')
        : NOT_FOUND,
  'insights.organization': (actor) =>
    isLno(actor) ? ALLOWED : forbidden('The organisation’s figures are for L&O staff.'),

  // Everything stored about a person: the person, and an administrator on their request.
  'personal_data.export': (actor, account) =>
    actor.userId === account.personId || isAdmin(actor)
      ? ALLOWED
      : forbidden('Only the person and administrators export personal data.'),
  'account.erase': (actor, account) =>
    !isAdmin(actor)
      ? forbidden('Only administrators erase accounts.')
      : actor.userId === account.personId
        ? forbidden('Nobody erases their own account; another administrator does.')
        : ALLOWED,
};

/** The decision on one action about one subject. */
export function decide<A extends Action>(actor: Actor, action: A, facts: Facts[A]): Decision {
  if (facts.organizationId !== actor.organizationId) return NOT_FOUND;
  return RULES[action](actor, facts);
}

export function isAllowed<A extends Action>(actor: Actor, action: A, facts: Facts[A]): boolean {
  return decide(actor, action, facts).outcome === 'allowed';
}

/** What a person keeps to themself unless they share it. */
const PRIVATE_KINDS: readonly DataKind[] = ['goal_private', 'week_texts_private'];

/** Whether the reader sees what the person did not share (their private goals and weeks), or only what they shared. */
export function seesPrivateOf(actor: Actor, person: PersonFacts): boolean {
  return PRIVATE_KINDS.every((kind) => allows(actor, kind, personOf(person), 'read'));
}

/** Whether the reader sees a team's people one by one (its managers): they see each member's week status. */
export function seesPeopleOf(actor: Actor, teamId: string): boolean {
  return allows(actor, 'week_status', { teamIds: [teamId] }, 'read');
}

/** Whether the actor may call a route as declared (route-access.ts); the decisions above then judge the object. */
export function allowsRoute(actor: Actor | undefined, access: RouteAccess): boolean {
  if (access.kind === 'public') return true;
  if (!actor) return false;
  return access.kind === 'signed-in' || access.roles.some((role) => actor.roles.includes(role));
}

/** For lists: what SQL may filter by, so that it holds no access condition of its own. */
export interface Scopes {
  /** The teams the actor sees. */
  'team.read': { teams: 'all' | string[] };
  /** The teams whose requests the actor decides on, and whose requests stay out (their own). */
  'learning_time.decide': { teams: 'all' | string[]; notRequestedBy: string };
}

export function scopeOf<A extends keyof Scopes>(actor: Actor, action: A): Scopes[A] {
  const scopes: { [S in keyof Scopes]: () => Scopes[S] } = {
    'team.read': () => ({ teams: isAdmin(actor) || isLno(actor) ? 'all' : [...actor.teams.keys()] }),
    'learning_time.decide': () => ({
      teams: isAdmin(actor) ? 'all' : [...actor.teams].filter(([, role]) => role === 'manager').map(([id]) => id),
      notRequestedBy: actor.userId,
    }),
  };
  return scopes[action]();
}

/**
 * Figures about a group that can be withheld when the group is small:
 * - `counts`: shares of a group of `people` (plans filled, reflections submitted);
 * - `hours`: hours summed over the `contributors` among a group of `people`;
 * - `scores`: an average of the personal scores `people` gave (energy, climate, workload, AI use);
 * - `goal_counts`: counts of the shared goals of a group of `people`.
 */
export type FigureKind = 'counts' | 'hours' | 'scores' | 'goal_counts';

export interface Group {
  people: number;
  /** For `hours`: how many of the people put hours in; a sum of nobody's hours gives nobody away. */
  contributors?: number;
}

export interface GroupReader {
  /** The reader may see these people one by one anyway (the team's managers). */
  seesPeople: boolean;
  minGroupSize: number;
}

/**
 * The minimum-group-size rule: the fewest people a figure of this kind may be made from for this
 * reader. Someone who sees the people one by one may see their counts and hours, never their
 * personal scores; goal counts follow the group size for everyone.
 */
export function smallestGroup(kind: FigureKind, reader: GroupReader): number {
  const liftable = kind === 'counts' || kind === 'hours';
  return liftable && reader.seesPeople ? 0 : reader.minGroupSize;
}

/** Whether a figure about this group may be shown to this reader. */
export function showsFigure(kind: FigureKind, reader: GroupReader, group: Group): boolean {
  const least = smallestGroup(kind, reader);
  if (group.people < least) return false;
  if (kind !== 'hours') return true;
  // A sum of a few people's hours is those few's own.
  const contributors = group.contributors ?? group.people;
  return contributors === 0 || contributors >= least;
}
