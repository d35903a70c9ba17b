import { Injectable } from '@nestjs/common';
import type { RouteAccess } from './route-access';
import type { Actor } from './actor';
import { allows, type DataSubject } from './who-sees-what';
import { Forbidden, NotFound } from '../common/errors/domain-error';

export type TeamAction = 'read' | 'manage';
export type TeamLearningAction = 'read' | 'write' | 'moderate';

/** What a person chose to share, which the people following them read (people/:id/weeks and goals). */
const SHARED_KINDS = ['goal_shared', 'week_texts_shared'] as const;

/**
 * The one place that decides who may do what. Routes declare who may call them
 * (route-access.ts); services ask here about the object in hand. Objects of another
 * organisation never reach this far: services look them up scoped to the actor's
 * organisation, so they are simply not found. What each relation to a person may do with
 * their data is the table in who-sees-what.ts, which the transparency page shows.
 */
@Injectable()
export class AccessPolicy {
  allowsRoute(actor: Actor | undefined, access: RouteAccess): boolean {
    if (access.kind === 'public') return true;
    if (!actor) return false;
    return access.kind === 'signed-in' || access.roles.some((role) => actor.roles.includes(role));
  }

  canSeeTeam(actor: Actor, teamId: string): boolean {
    return this.isAdmin(actor) || actor.roles.includes('lno') || actor.teams.has(teamId);
  }

  /** 404 when the team is not visible to the actor, 403 when visible but the action is not theirs. */
  requireTeam(actor: Actor, teamId: string, action: TeamAction): void {
    if (!this.canSeeTeam(actor, teamId)) throw new NotFound();
    if (action === 'manage' && !this.isAdmin(actor)) throw new Forbidden('Only administrators manage teams.');
  }

  /** What a person chose to share (goals, week texts): the person, managers of one of their teams, and L&O staff. Never admins as such. */
  seesSharedOf(actor: Actor, ownerId: string, ownerTeamIds: readonly string[]): boolean {
    return SHARED_KINDS.every((kind) => allows(actor, kind, { ownerId, teamIds: ownerTeamIds }, 'read'));
  }

  /** A private goal only by its owner; a shared one also by whoever the owner shares with (managers of their teams, L&O staff). */
  canReadGoal(actor: Actor, goal: { ownerId: string; visibility: string }, ownerTeamIds: readonly string[]): boolean {
    const kind = goal.visibility === 'shared' ? 'goal_shared' : 'goal_private';
    return allows(actor, kind, { ownerId: goal.ownerId, teamIds: ownerTeamIds }, 'read');
  }

  /** Whether each of a person's weeks was submitted, and its hours: the person and their team's managers, L&O staff only in team figures. */
  seesWeekStatusOf(actor: Actor, ownerId: string, ownerTeamIds: readonly string[]): boolean {
    return allows(actor, 'week_status', { ownerId, teamIds: ownerTeamIds }, 'read');
  }

  /** A learning-time request: its requester, the managers of its team, L&O staff and admins. */
  canSeeRequest(actor: Actor, request: { requesterId: string; teamId: string }): boolean {
    return allows(actor, 'learning_time_request', subjectOf(request), 'read');
  }

  /** Managers of the request's team and admins decide, but nobody on their own request. */
  requireDecider(actor: Actor, request: { requesterId: string; teamId: string }): void {
    if (!this.canSeeRequest(actor, request)) throw new NotFound();
    if (!allows(actor, 'learning_time_request', subjectOf(request), 'decide'))
      throw new Forbidden('Only the team’s managers and admins decide.');
    if (request.requesterId === actor.userId) throw new Forbidden('Nobody decides on their own request.');
  }

  /** Teams whose requests the actor decides on; null means all (admins). */
  decidingTeams(actor: Actor): string[] | null {
    if (this.isAdmin(actor)) return null;
    return [...actor.teams].filter(([, role]) => role === 'manager').map(([teamId]) => teamId);
  }

  /**
   * Team sessions and the team's feed: its members and managers read and write, its managers
   * moderate, L&O staff read. Admins as such see none of it.
   */
  requireTeamLearning(actor: Actor, teamId: string, action: TeamLearningAction): void {
    const team = { teamIds: [teamId] };
    if (!allows(actor, 'team_learning', team, 'read')) throw new NotFound();
    if (action === 'write' && !allows(actor, 'team_learning', team, 'write'))
      throw new Forbidden('L&O staff read team learning; the team writes it.');
    if (action === 'moderate' && !this.manages(actor, teamId))
      throw new Forbidden('Only the team’s managers moderate.');
  }

  /**
   * A team's dashboard: L&O staff for every team, managers for the teams they manage. Returns
   * whether the actor may see the team's people one by one anyway (its managers), which lifts
   * the small-group rule for counts and hours but never for personal scores.
   */
  requireTeamInsights(actor: Actor, teamId: string): boolean {
    if (allows(actor, 'week_scores', { teamIds: [teamId] }, 'aggregate')) return this.manages(actor, teamId);
    if (actor.teams.has(teamId)) throw new Forbidden('Team figures are for the team’s managers and L&O staff.');
    throw new NotFound();
  }

  /** Everything stored about a person: the person, and an administrator of their organisation on their request. */
  requirePersonalDataExport(actor: Actor, personId: string): void {
    if (actor.userId !== personId && !this.isAdmin(actor))
      throw new Forbidden('Only the person and administrators export personal data.');
  }

  /** Administrators erase an account on the person's request, never their own through this route. */
  requireEraser(actor: Actor, personId: string): void {
    if (!this.isAdmin(actor)) throw new Forbidden('Only administrators erase accounts.');
    if (actor.userId === personId) throw new Forbidden('Nobody erases their own account; another administrator does.');
  }

  /** Admins and L&O staff see every team; everyone else the teams they belong to. */
  seesAllTeams(actor: Actor): boolean {
    return this.isAdmin(actor) || actor.roles.includes('lno');
  }

  private manages(actor: Actor, teamId: string): boolean {
    return actor.teams.get(teamId) === 'manager';
  }

  private isAdmin(actor: Actor): boolean {
    return actor.roles.includes('admin');
  }
}

/** A learning-time request concerns its requester, seen from the team that decides on it. */
function subjectOf(request: { requesterId: string; teamId: string }): DataSubject {
  return { ownerId: request.requesterId, teamIds: [request.teamId] };
}
