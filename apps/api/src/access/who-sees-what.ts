import type { AccessLevel, DataKind, Relation } from '@vitaal/shared/transparency';
import type { Actor } from './actor';

/**
 * The privacy model (docs/privacy.md) as the API enforces it: what each relation to a professional may
 * do with each kind of their data. The access rules (access.rules.ts) decide from this table and GET
 * /transparency shows it to everyone, so what people are told and what the API does cannot drift apart
 * (test/transparency.test.ts).
 */
export const WHO_SEES_WHAT: Readonly<Record<DataKind, Readonly<Record<Relation, AccessLevel>>>> = {
  goal_private: { owner: 'read_write', teamMember: 'none', teamManager: 'none', lno: 'none', admin: 'none' },
  goal_shared: { owner: 'read_write', teamMember: 'none', teamManager: 'read', lno: 'read', admin: 'none' },
  week_texts_private: { owner: 'read_write', teamMember: 'none', teamManager: 'none', lno: 'none', admin: 'none' },
  week_texts_shared: { owner: 'read_write', teamMember: 'none', teamManager: 'read', lno: 'read', admin: 'none' },
  week_status: { owner: 'read_write', teamMember: 'none', teamManager: 'read', lno: 'aggregate', admin: 'none' },
  week_scores: { owner: 'read_write', teamMember: 'none', teamManager: 'aggregate', lno: 'aggregate', admin: 'none' },
  // Admins decide too: a manager never decides on their own request; another manager or an admin does.
  learning_time_request: {
    owner: 'read_write',
    teamMember: 'none',
    teamManager: 'read_decide',
    lno: 'read',
    admin: 'read_decide',
  },
  // The professional takes part as a member of the team.
  team_learning: {
    owner: 'read_write',
    teamMember: 'read_write',
    teamManager: 'read_write',
    lno: 'read',
    admin: 'none',
  },
};

export type Ability = 'aggregate' | 'read' | 'write' | 'decide';

const ABILITIES: Record<AccessLevel, readonly Ability[]> = {
  none: [],
  aggregate: ['aggregate'],
  read: ['aggregate', 'read'],
  read_decide: ['aggregate', 'read', 'decide'],
  read_write: ['aggregate', 'read', 'write'],
};

/** Whose data: a person (absent for a team's own records) and the teams that matter for it. */
export interface DataSubject {
  ownerId?: string;
  teamIds: readonly string[];
}

/** Every way the actor stands to the subject; someone can be a manager and L&O staff at once. */
export function relationsTo(actor: Actor, subject: DataSubject): Relation[] {
  const roles = subject.teamIds.map((teamId) => actor.teams.get(teamId));
  const holds: [Relation, boolean][] = [
    ['owner', subject.ownerId === actor.userId],
    ['teamMember', roles.includes('member')],
    ['teamManager', roles.includes('manager')],
    ['lno', actor.roles.includes('lno')],
    ['admin', actor.roles.includes('admin')],
  ];
  return holds.filter(([, held]) => held).map(([relation]) => relation);
}

/** Whether any of the actor's relations to the subject grants the ability on this kind of data. */
export function allows(actor: Actor, kind: DataKind, subject: DataSubject, ability: Ability): boolean {
  return relationsTo(actor, subject).some((relation) => ABILITIES[WHO_SEES_WHAT[kind][relation]].includes(ability));
}
