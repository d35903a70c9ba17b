import { DATA_KINDS, type DataKind, type Relation } from '@vitaal/shared/transparency';

/** The five relations of the transparency table, and someone of another organisation. */
export type Prober = Relation | 'otherOrg';

/** What the transparency test planted for its professional, and the ids that reach it. */
export interface Planted {
  professionalId: string;
  teamId: string;
  goalIds: string[];
  requestIds: string[];
  sessionId: string;
  /** The weeks the professional filled in, as a range. */
  from: string;
  to: string;
  invitationToken: string;
  /** Each prober's own calendar feed: the link is a secret of its owner. */
  calendarTokens: Record<Prober, string>;
}

type Urls = (planted: Planted, prober: Prober) => string[];

/**
 * How a route stands to the transparency table (docs/privacy.md). Every operation of the OpenAPI document
 * that answers with a body has one, so a new route cannot return people's data unseen.
 */
export type RouteClass =
  /** Returns these kinds of a person's data: every prober's answer is checked against the table. */
  | { returns: readonly DataKind[]; urls: Urls; exception?: { relation: Relation; reason: string } }
  /** Returns none of the table's kinds; probed all the same, and must show none of them. */
  | { returnsNone: string; urls: Urls }
  /** A write answering with what this GET route returns; the GET route is probed. */
  | { answersLike: string }
  /** A write whose answer holds none of the table's kinds about anyone but the caller. */
  | { answersOwn: string };

/** A page shows scores as bare digits (1 to 5) that no probe tells apart from others; the JSON export is probed for them. */
const DOCUMENT_KINDS = DATA_KINDS.filter((kind) => kind !== 'week_scores');

const api = (path: string) => `/api/v1${path}`;
const fixed =
  (...paths: string[]): Urls =>
  () =>
    paths.map(api);
const range = ({ from, to }: Planted) => `from=${from}&to=${to}`;

export const ROUTES: Record<string, RouteClass> = {
  // The professional's own records, under the caller's own paths: others find their own there.
  'GET /api/v1/me': { returnsNone: 'the caller’s own account, teams and roles', urls: fixed('/me') },
  'GET /api/v1/me/overview': { returns: ['week_status', 'week_scores'], urls: fixed('/me/overview') },
  'GET /api/v1/goals': { returns: ['goal_private', 'goal_shared'], urls: fixed('/goals') },
  'GET /api/v1/weeks': { returns: ['week_status', 'week_scores'], urls: (p) => [api(`/weeks?${range(p)}`)] },
  'GET /api/v1/weeks/{week}': {
    returns: ['week_texts_private', 'week_texts_shared', 'week_status', 'week_scores'],
    urls: ({ from, to }) => [api(`/weeks/${from}`), api(`/weeks/${to}`)],
  },
  'GET /api/v1/learning-time/requests': {
    returns: ['learning_time_request'],
    urls: fixed('/learning-time/requests'),
  },
  'GET /api/v1/learning-time/balance': {
    returnsNone: 'the caller’s own totals of hours asked and approved',
    urls: fixed('/learning-time/balance'),
  },
  'GET /api/v1/notifications': { returns: ['learning_time_request'], urls: fixed('/notifications?limit=100') },
  'GET /api/v1/notifications/unread-count': {
    returnsNone: 'a count of the caller’s own notifications',
    urls: fixed('/notifications/unread-count'),
  },
  'GET /api/v1/calendar/{token}.ics': {
    returns: ['learning_time_request'],
    urls: (p, prober) => [api(`/calendar/${p.calendarTokens[prober]}.ics`)],
  },
  'GET /api/v1/me/data': { returns: [...DATA_KINDS], urls: fixed('/me/data') },
  'GET /api/v1/me/data/document': { returns: DOCUMENT_KINDS, urls: fixed('/me/data/document') },

  // Someone else's data, reached by their id.
  'GET /api/v1/people/{userId}': {
    returnsNone: 'name, email and teams of a person one follows',
    urls: (p) => [api(`/people/${p.professionalId}`)],
  },
  'GET /api/v1/people/{userId}/goals': {
    returns: ['goal_private', 'goal_shared'],
    urls: (p) => [api(`/people/${p.professionalId}/goals`)],
  },
  'GET /api/v1/people/{userId}/weeks': {
    returns: ['week_texts_shared', 'week_status'],
    urls: (p) => [api(`/people/${p.professionalId}/weeks?${range(p)}`)],
  },
  'GET /api/v1/goals/{id}': {
    returns: ['goal_private', 'goal_shared'],
    urls: (p) => p.goalIds.map((id) => api(`/goals/${id}`)),
  },
  'GET /api/v1/goals/{id}/weeks': {
    returns: ['week_status'],
    urls: (p) => p.goalIds.map((id) => api(`/goals/${id}/weeks`)),
  },
  'GET /api/v1/learning-time/requests/{id}': {
    returns: ['learning_time_request'],
    urls: (p) => p.requestIds.map((id) => api(`/learning-time/requests/${id}`)),
  },
  'GET /api/v1/learning-time/approvals': {
    returns: ['learning_time_request'],
    urls: (p) => [api('/learning-time/approvals'), api(`/learning-time/approvals?status=approved&teamId=${p.teamId}`)],
  },
  'GET /api/v1/learning-time/team-calendar': {
    returns: ['learning_time_request'],
    urls: (p) => [api(`/learning-time/team-calendar?teamId=${p.teamId}&from=${p.from}&weeks=4`)],
  },
  'GET /api/v1/users': { returnsNone: 'the directory of accounts, for admins', urls: fixed('/users?limit=100') },
  'GET /api/v1/users/{id}': {
    returnsNone: 'an account’s name, email, roles and teams, for admins',
    urls: (p) => [api(`/users/${p.professionalId}`)],
  },
  'GET /api/v1/users/{id}/data': {
    returns: [...DATA_KINDS],
    urls: (p) => [api(`/users/${p.professionalId}/data`)],
    exception: {
      relation: 'admin',
      reason: 'the right of access (GDPR art. 15): an administrator exports a person’s data on their request',
    },
  },
  'GET /api/v1/users/{id}/data/document': {
    returns: DOCUMENT_KINDS,
    urls: (p) => [api(`/users/${p.professionalId}/data/document`)],
    exception: {
      relation: 'admin',
      reason: 'the right of access (GDPR art. 15): an administrator exports a person’s data on their request',
    },
  },
  'GET /api/v1/audit-events': {
    returns: ['learning_time_request'],
    urls: fixed('/audit-events?limit=100'),
  },

  // A team's records.
  'GET /api/v1/teams': { returnsNone: 'team names and sizes', urls: fixed('/teams') },
  'GET /api/v1/teams/{id}': {
    returnsNone: 'a team with its members’ names',
    urls: (p) => [api(`/teams/${p.teamId}`)],
  },
  'GET /api/v1/teams/{id}/sessions': {
    returns: ['team_learning', 'goal_private', 'goal_shared'],
    urls: (p) => [api(`/teams/${p.teamId}/sessions?when=past`), api(`/teams/${p.teamId}/sessions?when=upcoming`)],
  },
  'GET /api/v1/teams/{id}/sessions/{sessionId}': {
    returns: ['team_learning', 'goal_private', 'goal_shared'],
    urls: (p) => [api(`/teams/${p.teamId}/sessions/${p.sessionId}`)],
  },
  'GET /api/v1/teams/{id}/learnings': {
    returns: ['team_learning'],
    urls: (p) => [api(`/teams/${p.teamId}/learnings`)],
  },
  'GET /api/v1/teams/{id}/learning-figures': {
    returnsNone: 'counts of a team’s sessions, attendance and posts',
    urls: (p) => [api(`/teams/${p.teamId}/learning-figures`)],
  },
  // Team figures: its managers may see a week's hours whoever put them in; L&O staff only over enough people.
  'GET /api/v1/insights/teams/{id}': {
    returns: ['week_status'],
    urls: (p) => [api(`/insights/teams/${p.teamId}?weeks=4`)],
  },
  'GET /api/v1/insights/teams/{id}/export.csv': {
    returns: ['week_status'],
    urls: (p) => [api(`/insights/teams/${p.teamId}/export.csv?weeks=4`)],
  },
  'GET /api/v1/insights/organization': {
    returnsNone: 'figures per team: averages over at least the minimum group size',
    urls: fixed('/insights/organization?weeks=4'),
  },
  'GET /api/v1/insights/organization/export.csv': {
    returnsNone: 'the figures per team as CSV',
    urls: fixed('/insights/organization/export.csv?weeks=4'),
  },

  // The organisation and the service.
  'GET /api/v1/organization': { returnsNone: 'the organisation’s settings', urls: fixed('/organization') },
  'GET /api/v1/transparency': { returnsNone: 'this table and the organisation’s bounds', urls: fixed('/transparency') },
  'GET /api/v1/invitations': { returnsNone: 'open invitations: email, roles, teams', urls: fixed('/invitations') },
  'GET /api/v1/invitations/{token}': {
    returnsNone: 'who is invited where, to whoever holds the link',
    urls: (p) => [api(`/invitations/${p.invitationToken}`)],
  },
  'GET /api/v1/health': { returnsNone: 'whether the process lives', urls: fixed('/health') },
  'GET /api/v1/health/ready': { returnsNone: 'whether the database answers', urls: fixed('/health/ready') },

  // Writes that answer with a body.
  'PATCH /api/v1/me': { answersLike: 'GET /api/v1/me' },
  'PATCH /api/v1/organization': { answersLike: 'GET /api/v1/organization' },
  'PATCH /api/v1/users/{id}': { answersLike: 'GET /api/v1/users/{id}' },
  'POST /api/v1/teams': { answersLike: 'GET /api/v1/teams/{id}' },
  'PATCH /api/v1/teams/{id}': { answersLike: 'GET /api/v1/teams/{id}' },
  'POST /api/v1/teams/{id}/members': { answersLike: 'GET /api/v1/teams/{id}' },
  'PATCH /api/v1/teams/{id}/members/{userId}': { answersLike: 'GET /api/v1/teams/{id}' },
  'POST /api/v1/invitations': { answersLike: 'GET /api/v1/invitations' },
  'POST /api/v1/invitations/{id}/links': {
    answersOwn: 'a new secret link to an open invitation, for the admin to copy',
  },
  'POST /api/v1/auth/login': { answersOwn: 'the organisations that the caller’s own address and password open' },
  'POST /api/v1/goals': { answersLike: 'GET /api/v1/goals/{id}' },
  'PATCH /api/v1/goals/{id}': { answersLike: 'GET /api/v1/goals/{id}' },
  'POST /api/v1/goals/{id}/milestones': { answersLike: 'GET /api/v1/goals/{id}' },
  'PUT /api/v1/goals/{id}/milestones/order': { answersLike: 'GET /api/v1/goals/{id}' },
  'PATCH /api/v1/goals/{id}/milestones/{milestoneId}': { answersLike: 'GET /api/v1/goals/{id}' },
  'DELETE /api/v1/goals/{id}/milestones/{milestoneId}': { answersLike: 'GET /api/v1/goals/{id}' },
  'PUT /api/v1/weeks/{week}': { answersLike: 'GET /api/v1/weeks/{week}' },
  'POST /api/v1/weeks/{week}/submit': { answersLike: 'GET /api/v1/weeks/{week}' },
  'POST /api/v1/learning-time/requests': { answersLike: 'GET /api/v1/learning-time/requests/{id}' },
  'PATCH /api/v1/learning-time/requests/{id}': { answersLike: 'GET /api/v1/learning-time/requests/{id}' },
  'POST /api/v1/learning-time/requests/{id}/cancel': { answersLike: 'GET /api/v1/learning-time/requests/{id}' },
  'POST /api/v1/learning-time/requests/{id}/decision': { answersLike: 'GET /api/v1/learning-time/requests/{id}' },
  'POST /api/v1/learning-time/decisions': { answersLike: 'GET /api/v1/learning-time/requests/{id}' },
  'POST /api/v1/teams/{id}/sessions': { answersLike: 'GET /api/v1/teams/{id}/sessions/{sessionId}' },
  'PATCH /api/v1/teams/{id}/sessions/{sessionId}': { answersLike: 'GET /api/v1/teams/{id}/sessions/{sessionId}' },
  'PUT /api/v1/teams/{id}/sessions/{sessionId}/attendance': {
    answersLike: 'GET /api/v1/teams/{id}/sessions/{sessionId}',
  },
  'POST /api/v1/teams/{id}/sessions/{sessionId}/goals': { answersLike: 'GET /api/v1/teams/{id}/sessions/{sessionId}' },
  'DELETE /api/v1/teams/{id}/sessions/{sessionId}/goals/{goalId}': {
    answersLike: 'GET /api/v1/teams/{id}/sessions/{sessionId}',
  },
  'POST /api/v1/teams/{id}/sessions/{sessionId}/carry-hours': {
    answersLike: 'GET /api/v1/teams/{id}/sessions/{sessionId}',
  },
  'POST /api/v1/teams/{id}/learnings': { answersLike: 'GET /api/v1/teams/{id}/learnings' },
  'PATCH /api/v1/teams/{id}/learnings/{learningId}': { answersLike: 'GET /api/v1/teams/{id}/learnings' },
  'PUT /api/v1/teams/{id}/learnings/{learningId}/hidden': { answersLike: 'GET /api/v1/teams/{id}/learnings' },
  'POST /api/v1/teams/{id}/learnings/{learningId}/reactions': { answersLike: 'GET /api/v1/teams/{id}/learnings' },
  'POST /api/v1/teams/{id}/learnings/{learningId}/comments': { answersLike: 'GET /api/v1/teams/{id}/learnings' },
  'POST /api/v1/me/calendar-feed': { answersOwn: 'the link to the caller’s own calendar feed' },
  'POST /api/v1/users/{id}/erasure': { answersOwn: 'counts of what erasing would remove, for admins' },
  'POST /api/v1/users/{id}/erasure/confirm': { answersOwn: 'counts of what was removed, for admins' },
};
