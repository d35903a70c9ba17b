// Every route of the web app's router, who opens it in the page walk (e2e/every-page.spec.ts) and at
// which address. src/app/router.spec.tsx checks that this list names every route, so a new page is
// walked from the day it is added. Plain data: the unit tests import it too.

export type Role = 'visitor' | 'professional' | 'manager' | 'lno' | 'admin';

export const ROLES: readonly Role[] = ['visitor', 'professional', 'manager', 'lno', 'admin'];

/** The records the walk creates, whose ids the addresses need. */
export interface World {
  teamId: string;
  goalId: string;
  week: string;
  sessionId: string;
  professionalId: string;
  invitationPath: string;
}

export interface PageVisit {
  /** Everyone in the walk who may open the page. */
  roles: readonly Role[];
  path: (world: World) => string;
  /** Names of buttons and links that must be on the screen as it is, without any scrolling sideways. */
  keyActions?: readonly RegExp[];
  /** Who has those actions, when not everyone who opens the page does. */
  keyActionsFor?: readonly Role[];
}

const SIGNED_IN: readonly Role[] = ['professional', 'manager', 'lno', 'admin'];
/** Pages that look the same whoever opens them (the header, which differs, is walked on every page). */
const SAME_FOR_ALL: readonly Role[] = ['professional'];
const TEAM_MEMBERS: readonly Role[] = ['professional', 'manager'];
const TEAM_READERS: readonly Role[] = ['professional', 'manager', 'lno'];
const FOLLOWS_TEAMS: readonly Role[] = ['manager', 'lno'];
const ADMIN: readonly Role[] = ['admin'];

/** Keyed by the router's full path pattern. */
export const PAGE_WALK: Record<string, PageVisit> = {
  '/sign-in': { roles: ['visitor'], path: () => '/sign-in', keyActions: [/^Inloggen$/] },
  '/sign-up': { roles: ['visitor'], path: () => '/sign-up', keyActions: [/^Organisatie aanmelden$/] },
  '/invitations/:token': {
    roles: ['visitor'],
    path: (world) => world.invitationPath,
    keyActions: [/^Account aanmaken$/],
  },
  '/': { roles: SIGNED_IN, path: () => '/' },
  '/profile': { roles: SAME_FOR_ALL, path: () => '/profile', keyActions: [/^Wachtwoord wijzigen$/] },
  '/goals': { roles: SAME_FOR_ALL, path: () => '/goals', keyActions: [/^Nieuw leerdoel$/] },
  '/goals/new': { roles: SAME_FOR_ALL, path: () => '/goals/new', keyActions: [/^Leerdoel opslaan$/] },
  '/goals/:goalId': { roles: ['professional'], path: (world) => `/goals/${world.goalId}` },
  '/weeks': { roles: SAME_FOR_ALL, path: () => '/weeks' },
  '/weeks/:week': { roles: ['professional'], path: (world) => `/weeks/${world.week}` },
  '/learning-time': {
    roles: SIGNED_IN,
    path: () => '/learning-time',
    keyActions: [/^Aanvragen$/],
    // Only a member of a team can ask one for time.
    keyActionsFor: TEAM_MEMBERS,
  },
  '/learning-time/approvals': {
    roles: ['manager', 'admin'],
    path: () => '/learning-time/approvals',
    keyActions: [/^Aanvraag van .* goedkeuren$/, /^Aanvraag van .* afwijzen$/],
  },
  '/learning-time/team-calendar': {
    roles: ['manager', 'lno', 'admin'],
    path: () => '/learning-time/team-calendar',
  },
  '/notifications': { roles: SAME_FOR_ALL, path: () => '/notifications' },
  '/teams': { roles: SIGNED_IN, path: () => '/teams' },
  '/teams/:teamId': { roles: TEAM_READERS, path: (world) => `/teams/${world.teamId}` },
  '/teams/:teamId/sessions/new': {
    roles: TEAM_MEMBERS,
    path: (world) => `/teams/${world.teamId}/sessions/new`,
    keyActions: [/^Sessie plannen$/],
  },
  '/teams/:teamId/sessions/:sessionId': {
    roles: TEAM_READERS,
    path: (world) => `/teams/${world.teamId}/sessions/${world.sessionId}`,
  },
  '/my-teams': { roles: FOLLOWS_TEAMS, path: () => '/my-teams' },
  '/people/:userId': { roles: ['manager'], path: (world) => `/people/${world.professionalId}` },
  '/insights': { roles: FOLLOWS_TEAMS, path: () => '/insights' },
  '/insights/teams/:teamId': { roles: FOLLOWS_TEAMS, path: (world) => `/insights/teams/${world.teamId}` },
  '/privacy': { roles: SAME_FOR_ALL, path: () => '/privacy' },
  '/my-data': { roles: SAME_FOR_ALL, path: () => '/my-data', keyActions: [/^Download als JSON-bestand$/] },
  '/admin/people': { roles: ADMIN, path: () => '/admin/people', keyActions: [/^Uitnodigen$/] },
  '/admin/teams': { roles: ADMIN, path: () => '/admin/teams', keyActions: [/^Team aanmaken$/] },
  '/admin/teams/:teamId': { roles: ADMIN, path: (world) => `/admin/teams/${world.teamId}` },
  '/admin/organization': { roles: ADMIN, path: () => '/admin/organization' },
  '/admin/audit': { roles: ADMIN, path: () => '/admin/audit' },
  '/*': { roles: ['visitor', 'professional'], path: () => '/bestaat-niet' },
};
