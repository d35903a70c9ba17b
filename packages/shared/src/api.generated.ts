/**
 * The API's request and response types, generated from the OpenAPI document by `npm run contracts`;
 * do not edit. A contract changes in its DTO class in apps/api; the files beside this one name its types.
 */
import type { IsoWeekKey } from './iso-week.js';

export interface paths {
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationsController_unread'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_alive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['OrganizationsController_update'];
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['MeController_update'];
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MeController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PeopleController_followed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TeamsController_list'];
    put?: never;
    post: operations['TeamsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TeamsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['TeamsController_update'];
    trace?: never;
  };
  '/api/v1/teams/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TeamsController_addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['TeamsController_removeMember'];
    options?: never;
    head?: never;
    patch: operations['TeamsController_updateMember'];
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_list'];
    put?: never;
    post: operations['InvitationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InvitationsController_newLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['InvitationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_list'];
    put?: never;
    post: operations['GoalsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_get'];
    put?: never;
    post?: never;
    delete: operations['GoalsController_remove'];
    options?: never;
    head?: never;
    patch: operations['GoalsController_update'];
    trace?: never;
  };
  '/api/v1/goals/{id}/weeks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goals/{id}/milestones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['GoalsController_addMilestone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goals/{id}/milestones/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['GoalsController_reorder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goals/{id}/milestones/{milestoneId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['GoalsController_removeMilestone'];
    options?: never;
    head?: never;
    patch: operations['GoalsController_updateMilestone'];
    trace?: never;
  };
  '/api/v1/people/{userId}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_listShared'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/weeks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WeeksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/weeks/{week}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WeeksController_get'];
    put: operations['WeeksController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/weeks/{week}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['WeeksController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WeeksController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/people/{userId}/weeks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WeeksController_listOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learning-time/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LearningTimeController_list'];
    put?: never;
    post: operations['LearningTimeController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learning-time/requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LearningTimeController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['LearningTimeController_update'];
    trace?: never;
  };
  '/api/v1/learning-time/requests/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LearningTimeController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learning-time/requests/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LearningTimeController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learning-time/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LearningTimeController_decideMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learning-time/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LearningTimeController_approvals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learning-time/team-calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LearningTimeController_teamCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/learning-time/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LearningTimeController_balance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CalendarController_rotate'];
    delete: operations['CalendarController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{token}.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/learning-figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TeamLearningController_teamFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TeamLearningController_listSessions'];
    put?: never;
    post: operations['TeamLearningController_createSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TeamLearningController_getSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['TeamLearningController_updateSession'];
    trace?: never;
  };
  '/api/v1/teams/{id}/sessions/{sessionId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['TeamLearningController_attend'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/sessions/{sessionId}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TeamLearningController_linkGoal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/sessions/{sessionId}/goals/{goalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['TeamLearningController_unlinkGoal'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/sessions/{sessionId}/carry-hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TeamLearningController_carryHours'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/learnings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TeamLearningController_listLearnings'];
    put?: never;
    post: operations['TeamLearningController_share'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/learnings/{learningId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['TeamLearningController_deleteLearning'];
    options?: never;
    head?: never;
    patch: operations['TeamLearningController_editLearning'];
    trace?: never;
  };
  '/api/v1/teams/{id}/learnings/{learningId}/hidden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['TeamLearningController_hide'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/learnings/{learningId}/reactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TeamLearningController_react'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/learnings/{learningId}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TeamLearningController_comment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InsightsController_team'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/teams/{id}/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InsightsController_teamCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InsightsController_organization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/organization/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InsightsController_organizationCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transparency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TransparencyController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PersonalDataController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/data/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PersonalDataController_myDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PersonalDataController_person'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/data/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PersonalDataController_personDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ErasureController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/erasure/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ErasureController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AuditActor: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    AuditEventResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @example user.roles_changed
       * @enum {string}
       */
      action:
        | 'sign_in.succeeded'
        | 'sign_in.failed'
        | 'sign_out'
        | 'password.changed'
        | 'invitation.created'
        | 'invitation.merged'
        | 'invitation.link_copied'
        | 'invitation.revoked'
        | 'invitation.accepted'
        | 'user.roles_changed'
        | 'user.deactivated'
        | 'user.reactivated'
        | 'user.contract_hours_changed'
        | 'user.erasure_requested'
        | 'user.erased'
        | 'team.created'
        | 'team.renamed'
        | 'team.archived'
        | 'team.restored'
        | 'team.member_added'
        | 'team.member_role_changed'
        | 'team.member_removed'
        | 'learning_time.approved'
        | 'learning_time.rejected'
        | 'personal_data.exported'
        | 'insights.exported'
        | 'organization.created'
        | 'organization.settings_changed'
        | 'retention.applied';
      actor: components['schemas']['AuditActor'] | null;
      targetType: string | null;
      targetId: string | null;
      /** @description For an invitation, the address it was for. */
      targetLabel: string | null;
      details: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
    };
    AuditEventPage: {
      items: components['schemas']['AuditEventResponse'][];
      total: number;
      limit: number;
      offset: number;
    };
    FieldErrorResponse: {
      /** @example email */
      field: string;
      /** @example email must be an email */
      message: string;
    };
    ProblemResponse: {
      /** @example urn:vitaal:problem:validation_failed */
      type: string;
      /** @example Bad Request */
      title: string;
      /** @example 400 */
      status: number;
      detail: string;
      /** @enum {string} */
      code:
        | 'validation_failed'
        | 'unauthenticated'
        | 'forbidden'
        | 'not_found'
        | 'conflict'
        | 'version_conflict'
        | 'payload_too_large'
        | 'rate_limited'
        | 'internal_error'
        | 'service_unavailable'
        | 'invalid_credentials'
        | 'csrf_failed'
        | 'signup_disabled'
        | 'invitation_invalid'
        | 'email_taken'
        | 'last_admin'
        | 'wrong_password'
        | 'week_closed'
        | 'invalid_transition'
        | 'week_hours_full'
        | 'goal_limit';
      correlationId: string;
      errors?: components['schemas']['FieldErrorResponse'][];
    };
    NotificationResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description What happened; the web app words it in the reader’s language.
       * @example learning_time.requested
       */
      kind: string;
      data: {
        [key: string]: unknown;
      };
      read: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    NotificationPage: {
      items: components['schemas']['NotificationResponse'][];
      total: number;
      limit: number;
      offset: number;
    };
    UnreadCountResponse: {
      unread: number;
    };
    SignInDto: {
      /**
       * Format: email
       * @example anna@example.nl
       */
      email: string;
      /** Format: password */
      password: string;
      /**
       * Format: uuid
       * @description Which organisation, when the address and password open accounts in several (see the 200 answer).
       */
      organizationId?: string;
    };
    ChoosableOrganization: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    SignInChoiceResponse: {
      organizations: components['schemas']['ChoosableOrganization'][];
    };
    SignUpDto: {
      organizationName: string;
      displayName: string;
      /**
       * Format: email
       * @example anna@example.nl
       */
      email: string;
      /** Format: password */
      password: string;
      /** @enum {string} */
      locale: 'nl' | 'en';
    };
    HealthResponse: {
      /** @enum {string} */
      status: 'ok';
      /** @example 0.1.0 */
      version: string;
    };
    ReadinessResponse: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      /** @enum {string} */
      database: 'ok' | 'unreachable';
      /** @description Migrations in the code that have not run on the database; null when the database is unreachable. */
      pendingMigrations: number | null;
    };
    OrganizationResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @example Europe/Amsterdam */
      timezone: string;
      /** @enum {string} */
      locale: 'nl' | 'en';
      /** @description Weekly learning norm, % of contract hours. */
      learningNormPercent: number;
      /** @description Days after a week ends in which its reflection may still be edited. */
      reflectionEditWindowDays: number;
      /** @description Fewest people an average of personal scores is shown for. */
      minGroupSize: number;
      /** @description Months after a week ends until it and the learning-time requests for it are deleted. */
      retentionMonths: number;
      version: number;
    };
    UpdateOrganizationDto: {
      /** @description The version you read; a stale one is refused with 409. */
      version: number;
      name?: string;
      /** @example Europe/Amsterdam */
      timezone?: string;
      /** @enum {string} */
      locale?: 'nl' | 'en';
      learningNormPercent?: number;
      reflectionEditWindowDays?: number;
      /** @description At least 3, so no average can be traced back to a pair. */
      minGroupSize?: number;
      /** @description Weeks that ended longer ago, and the learning-time requests for them, are deleted every night. */
      retentionMonths?: number;
    };
    UserTeam: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      role: 'member' | 'manager';
    };
    MyOrganization: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    MeResponse: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** @enum {string} */
      locale: 'nl' | 'en';
      contractHours: number;
      roles: ('admin' | 'lno')[];
      teams: components['schemas']['UserTeam'][];
      organization: components['schemas']['MyOrganization'];
      managedTeamIds: string[];
    };
    UpdateProfileDto: {
      displayName?: string;
      /** @enum {string} */
      locale?: 'nl' | 'en';
    };
    ChangePasswordDto: {
      /** Format: password */
      currentPassword: string;
      /** Format: password */
      newPassword: string;
    };
    FollowedPersonResponse: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    UserResponse: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** @enum {string} */
      locale: 'nl' | 'en';
      contractHours: number;
      roles: ('admin' | 'lno')[];
      teams: components['schemas']['UserTeam'][];
      active: boolean;
    };
    UserPage: {
      items: components['schemas']['UserResponse'][];
      total: number;
      limit: number;
      offset: number;
    };
    UpdateUserDto: {
      roles?: ('admin' | 'lno')[];
      /** @description false deactivates: the person can no longer sign in; their data stays. */
      active?: boolean;
      contractHours?: number;
    };
    TeamResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      archived: boolean;
      memberCount: number;
      managerCount: number;
    };
    CreateTeamDto: {
      name: string;
    };
    TeamMemberResponse: {
      /** Format: uuid */
      userId: string;
      displayName: string;
      email: string;
      /** @enum {string} */
      role: 'member' | 'manager';
    };
    TeamDetailResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      archived: boolean;
      memberCount: number;
      managerCount: number;
      members: components['schemas']['TeamMemberResponse'][];
    };
    UpdateTeamDto: {
      name?: string;
      /** @description true archives the team: its history stays, it takes no new members. */
      archived?: boolean;
    };
    AddTeamMemberDto: {
      /** Format: uuid */
      userId: string;
      /** @enum {string} */
      role: 'member' | 'manager';
    };
    UpdateTeamMemberDto: {
      /** @enum {string} */
      role: 'member' | 'manager';
    };
    CreateInvitationDto: {
      /**
       * Format: email
       * @example anna@example.nl
       */
      email: string;
      /** @description Organisation roles on top of professional; often empty. */
      roles: ('admin' | 'lno')[];
      /** @description Teams the person joins as member. */
      teamIds: string[];
    };
    InvitationTeam: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    InvitationResponse: {
      /** Format: uuid */
      id: string;
      email: string;
      roles: ('admin' | 'lno')[];
      /** @description Teams joined as member on accepting; archived ones left out. */
      teams: components['schemas']['InvitationTeam'][];
      /** Format: date-time */
      expiresAt: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Path of the accept page with a new secret; only in the answer to inviting. */
      acceptPath?: string;
      /** @description Whether the invitation was also mailed; only in the answer to inviting. */
      mailed?: boolean;
      /**
       * @description `created`, or `merged` into the open invitation of the same address (roles and teams added, valid again for 7 days, earlier links still working); only in the answer to inviting.
       * @enum {string}
       */
      outcome?: 'created' | 'merged';
    };
    InvitationLinkResponse: {
      /** @description Path of the accept page with a new secret; shown once. */
      acceptPath: string;
      /** Format: date-time */
      expiresAt: string;
    };
    InvitationPage: {
      items: components['schemas']['InvitationResponse'][];
      total: number;
      limit: number;
      offset: number;
    };
    InvitationPreviewResponse: {
      email: string;
      organizationName: string;
    };
    AcceptInvitationDto: {
      displayName: string;
      /** Format: password */
      password: string;
      /** @enum {string} */
      locale?: 'nl' | 'en';
    };
    MilestoneResponse: {
      /** Format: uuid */
      id: string;
      title: string;
      done: boolean;
      /** Format: date */
      doneOn: string | null;
    };
    GoalResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      ownerId: string;
      title: string;
      /** @description What do I want to learn, and why now — in the owner’s own words. */
      developmentQuestion: string;
      motivation: string;
      challenges: ('qualification' | 'ai' | 'productivity' | 'vitality' | 'inclusion' | 'sustainability')[];
      careerCompetencies: ('qualities' | 'motives' | 'work_exploration' | 'career_steering' | 'networking')[];
      competences: string[];
      successCriteria: string;
      /** Format: date */
      targetDate: string | null;
      /** @enum {string} */
      visibility: 'private' | 'shared';
      /** @enum {string} */
      status: 'draft' | 'active' | 'achieved' | 'paused' | 'dropped';
      progress: number;
      milestones: components['schemas']['MilestoneResponse'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CreateGoalDto: {
      motivation?: string;
      challenges?: ('qualification' | 'ai' | 'productivity' | 'vitality' | 'inclusion' | 'sustainability')[];
      careerCompetencies?: ('qualities' | 'motives' | 'work_exploration' | 'career_steering' | 'networking')[];
      /** @description Free tags such as "gespreksvoering". */
      competences?: string[];
      successCriteria?: string;
      /** Format: date */
      targetDate?: string | null;
      /**
       * @description shared: the owner’s managers and L&O staff may read it.
       * @enum {string}
       */
      visibility?: 'private' | 'shared';
      title: string;
      developmentQuestion: string;
      /**
       * @default draft
       * @enum {string}
       */
      status?: 'draft' | 'active';
    };
    UpdateGoalDto: {
      motivation?: string;
      challenges?: ('qualification' | 'ai' | 'productivity' | 'vitality' | 'inclusion' | 'sustainability')[];
      careerCompetencies?: ('qualities' | 'motives' | 'work_exploration' | 'career_steering' | 'networking')[];
      /** @description Free tags such as "gespreksvoering". */
      competences?: string[];
      successCriteria?: string;
      /** Format: date */
      targetDate?: string | null;
      /**
       * @description shared: the owner’s managers and L&O staff may read it.
       * @enum {string}
       */
      visibility?: 'private' | 'shared';
      /** @description The version you read; a stale one is refused with 409. */
      version: number;
      title?: string;
      developmentQuestion?: string;
      /** @enum {string} */
      status?: 'draft' | 'active' | 'achieved' | 'paused' | 'dropped';
      progress?: number;
    };
    GoalWeekResponse: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** @description Null when not filled in, or not for this reader to see. */
      hours: number | null;
      progress: number | null;
      /** @description Null for readers who may not see the week status. */
      submitted: boolean | null;
    };
    CreateMilestoneDto: {
      title: string;
    };
    ReorderMilestonesDto: {
      /** @description Every milestone of the goal, in the new order. */
      milestoneIds: string[];
    };
    UpdateMilestoneDto: {
      title?: string;
      done?: boolean;
    };
    WeekSummaryResponse: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'missing';
      plannedHours: number | null;
      actualHours: number | null;
      energy: number | null;
      climate: number | null;
      workload: number | null;
    };
    WeekPlanDto: {
      intentions: string;
      plannedHours: number | null;
    };
    HoursByFormDto: {
      workplace: number | null;
      course: number | null;
      peer: number | null;
      self_study: number | null;
    };
    WeekReflectionDto: {
      learned: string;
      applied: string;
      /** @description Actual learning hours per form: workplace, course, peer, self_study. */
      hours: components['schemas']['HoursByFormDto'];
      energy: number | null;
      climate: number | null;
      workload: number | null;
      aiUsed: boolean | null;
      aiHow: string;
      obstacles: string;
      supportWanted: string;
      nextStep: string;
    };
    WeekGoalDto: {
      /** Format: uuid */
      goalId: string;
      hours: number | null;
      /** @description The goal’s progress after this week; applied to the goal. */
      progress: number | null;
    };
    WeekResponse: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** Format: date */
      startsOn: string;
      /** @enum {string} */
      status: 'draft' | 'submitted';
      shared: boolean;
      plan: components['schemas']['WeekPlanDto'];
      reflection: components['schemas']['WeekReflectionDto'];
      goals: components['schemas']['WeekGoalDto'][];
      /** @description 0 when the week has not been saved yet. */
      version: number;
      /** Format: date-time */
      editableUntil: string;
      editable: boolean;
      /** Format: date-time */
      submittedAt: string | null;
    };
    SaveWeekDto: {
      /** @description The version you read; 0 for a week not saved before. A stale one is refused with 409. */
      version: number;
      /** @description Let managers and L&O staff read this week’s texts. */
      shared: boolean;
      plan: components['schemas']['WeekPlanDto'];
      reflection: components['schemas']['WeekReflectionDto'];
      goals: components['schemas']['WeekGoalDto'][];
    };
    OverviewWeekResponse: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'missing';
      plannedHours: number | null;
      actualHours: number | null;
      energy: number | null;
      climate: number | null;
      workload: number | null;
      /** @description The learning norm in hours in force in this week (contract hours × norm %). */
      normHours: number;
    };
    MyOverviewResponseDto: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      currentWeek: IsoWeekKey;
      streak: number;
      /** @description The learning norm in hours in force this week. */
      weeklyNormHours: number;
      lastWeekMissing: boolean;
      hasActiveGoal: boolean;
      weeks: components['schemas']['OverviewWeekResponse'][];
    };
    SharedWeekTexts: {
      intentions: string;
      learned: string;
      applied: string;
      obstacles: string;
      supportWanted: string;
      nextStep: string;
    };
    OthersWeekResponseDto: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** @description Null, like both hours, for L&O staff: they see submissions and hours only in team figures. */
      submitted: boolean | null;
      plannedHours: number | null;
      actualHours: number | null;
      /** @description Only for a week the owner submitted and chose to share; by sharing it they let its readers know it was submitted. */
      texts: components['schemas']['SharedWeekTexts'] | null;
    };
    PersonRef: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    LearningTimeRequestResponse: {
      /** Format: uuid */
      id: string;
      requester: components['schemas']['PersonRef'];
      /** Format: uuid */
      teamId: string;
      teamName: string;
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** Format: date */
      date: string | null;
      hours: number;
      /** @enum {string} */
      form: 'workplace' | 'course' | 'peer' | 'self_study';
      purpose: string;
      /** Format: uuid */
      goalId: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'cancelled';
      decidedBy: components['schemas']['PersonRef'] | null;
      /** Format: date-time */
      decidedAt: string | null;
      decisionComment: string;
      version: number;
      /** Format: date-time */
      createdAt: string;
    };
    LearningTimeRequestPage: {
      items: components['schemas']['LearningTimeRequestResponse'][];
      total: number;
      limit: number;
      offset: number;
    };
    CreateLearningTimeRequestDto: {
      /**
       * Format: date
       * @description A day within the week, when the time is for one day.
       */
      date?: string | null;
      /** Format: uuid */
      goalId?: string | null;
      /**
       * Format: iso-week
       * @example 2026-W49
       */
      week: IsoWeekKey;
      hours: number;
      /** @enum {string} */
      form: 'workplace' | 'course' | 'peer' | 'self_study';
      purpose: string;
      /**
       * Format: uuid
       * @description The team whose managers decide; one of your teams.
       */
      teamId: string;
    };
    UpdateLearningTimeRequestDto: {
      /**
       * Format: date
       * @description A day within the week, when the time is for one day.
       */
      date?: string | null;
      /** Format: uuid */
      goalId?: string | null;
      /** @description The version you read; a stale one is refused with 409. */
      version: number;
      /**
       * Format: iso-week
       * @example 2026-W49
       */
      week?: IsoWeekKey;
      hours?: number;
      /** @enum {string} */
      form?: 'workplace' | 'course' | 'peer' | 'self_study';
      purpose?: string;
      /** Format: uuid */
      teamId?: string;
    };
    DecisionDto: {
      /** @enum {string} */
      decision: 'approved' | 'rejected';
      /** @description May be empty, except when rejecting. */
      comment: string;
    };
    BulkDecisionDto: {
      /** @enum {string} */
      decision: 'approved' | 'rejected';
      /** @description May be empty, except when rejecting. */
      comment: string;
      requestIds: string[];
    };
    BalancePeriod: {
      /** @example 2026-Q4 */
      period: string;
      /** @description Weekly norm × weeks in the period. */
      norm: number;
      /** @description Hours asked for: pending and approved requests. */
      requested: number;
      approved: number;
      /** @description Actual learning hours of submitted weeks. */
      used: number;
    };
    ApprovalItem: {
      /** Format: uuid */
      id: string;
      requester: components['schemas']['PersonRef'];
      /** Format: uuid */
      teamId: string;
      teamName: string;
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** Format: date */
      date: string | null;
      hours: number;
      /** @enum {string} */
      form: 'workplace' | 'course' | 'peer' | 'self_study';
      purpose: string;
      /** Format: uuid */
      goalId: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'cancelled';
      decidedBy: components['schemas']['PersonRef'] | null;
      /** Format: date-time */
      decidedAt: string | null;
      decisionComment: string;
      version: number;
      /** Format: date-time */
      createdAt: string;
      requesterBalance: components['schemas']['BalancePeriod'];
      /** @description Approving would take the requester past the year’s norm. */
      exceedsNorm: boolean;
    };
    ApprovalPage: {
      items: components['schemas']['ApprovalItem'][];
      total: number;
      limit: number;
      offset: number;
    };
    TeamCalendarEntry: {
      /** Format: uuid */
      requestId: string;
      /** Format: uuid */
      userId: string;
      displayName: string;
      hours: number;
      /** @enum {string} */
      form: 'workplace' | 'course' | 'peer' | 'self_study';
      /** Format: date */
      date: string | null;
    };
    TeamCalendarWeek: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      entries: components['schemas']['TeamCalendarEntry'][];
    };
    BalanceResponse: {
      weeklyNorm: number;
      year: components['schemas']['BalancePeriod'];
      quarter: components['schemas']['BalancePeriod'];
    };
    CalendarFeedResponse: {
      /** @description Secret address to subscribe to in Outlook or Google Calendar; shown once. */
      url: string;
    };
    TeamLearningFiguresResponse: {
      /** @example 2026-Q4 */
      quarter: string;
      sessionsHeld: number;
      /** @description Share of members present at held sessions, 0–1. */
      attendanceRate: number | null;
      sharedLearnings: number;
    };
    AttendeeResponse: {
      /** Format: uuid */
      userId: string;
      displayName: string;
      attended: boolean;
      hoursCarried: boolean;
    };
    SessionGoalResponse: {
      /** Format: uuid */
      goalId: string;
      title: string;
      /** Format: uuid */
      ownerId: string;
    };
    TeamSessionResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      teamId: string;
      /** @enum {string} */
      kind: 'intervision' | 'peer_learning' | 'knowledge_share' | 'retrospective' | 'other';
      title: string;
      /** Format: date-time */
      startsAt: string;
      durationMinutes: number;
      /** Format: uuid */
      facilitatorId: string | null;
      facilitatorName: string | null;
      agenda: string;
      outcomes: string;
      agreements: string;
      /** Format: uuid */
      createdBy: string;
      attendees: components['schemas']['AttendeeResponse'][];
      goals: components['schemas']['SessionGoalResponse'][];
      version: number;
    };
    TeamSessionPage: {
      items: components['schemas']['TeamSessionResponse'][];
      total: number;
      limit: number;
      offset: number;
    };
    CreateTeamSessionDto: {
      /**
       * Format: uuid
       * @description A member of the team.
       */
      facilitatorId?: string | null;
      agenda?: string;
      outcomes?: string;
      agreements?: string;
      /** @enum {string} */
      kind: 'intervision' | 'peer_learning' | 'knowledge_share' | 'retrospective' | 'other';
      title: string;
      /**
       * Format: date-time
       * @example 2026-11-26T14:00:00+01:00
       */
      startsAt: string;
      durationMinutes: number;
    };
    UpdateTeamSessionDto: {
      /**
       * Format: uuid
       * @description A member of the team.
       */
      facilitatorId?: string | null;
      agenda?: string;
      outcomes?: string;
      agreements?: string;
      /** @description The version you read; a stale one is refused with 409. */
      version: number;
      /** @enum {string} */
      kind?: 'intervision' | 'peer_learning' | 'knowledge_share' | 'retrospective' | 'other';
      title?: string;
      /** Format: date-time */
      startsAt?: string;
      durationMinutes?: number;
    };
    AttendanceDto: {
      /** @description Whether you were (or will be) there. */
      attended: boolean;
    };
    LinkGoalDto: {
      /**
       * Format: uuid
       * @description One of your own goals.
       */
      goalId: string;
    };
    ReactionCount: {
      /** @enum {string} */
      kind: 'like' | 'insightful' | 'thanks';
      count: number;
      mine: boolean;
    };
    CommentResponse: {
      /** Format: uuid */
      id: string;
      author: components['schemas']['PersonRef'];
      body: string;
      /** Format: date-time */
      createdAt: string;
    };
    SharedLearningResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      teamId: string;
      author: components['schemas']['PersonRef'];
      body: string;
      /**
       * Format: iso-week
       * @description The week it was published from, when it was.
       * @example 2026-W48
       */
      fromWeek: IsoWeekKey | null;
      /** @description Hidden by a manager; only managers still see it. */
      hidden: boolean;
      reactions: components['schemas']['ReactionCount'][];
      comments: components['schemas']['CommentResponse'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
    };
    SharedLearningPage: {
      items: components['schemas']['SharedLearningResponse'][];
      total: number;
      limit: number;
      offset: number;
    };
    CreateSharedLearningDto: {
      body?: string;
      /**
       * Format: iso-week
       * @description Publish what you learned in this week of yours.
       * @example 2026-W48
       */
      fromWeek?: IsoWeekKey;
    };
    UpdateSharedLearningDto: {
      body: string;
      /** @description The version you read; a stale one is refused with 409. */
      version: number;
    };
    HideSharedLearningDto: {
      hidden: boolean;
    };
    ReactionDto: {
      /** @enum {string} */
      kind: 'like' | 'insightful' | 'thanks';
    };
    CommentDto: {
      body: string;
    };
    TeamRef: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    Aggregate: {
      value: number | null;
      /** @description Answers the value is over. */
      respondents: number;
      /** @enum {string|null} */
      reason: 'below_minimum_group_size' | 'no_answers' | null;
    };
    TeamWeekFigures: {
      members: number;
      /** @description 0–100; null when withheld for a small group. */
      plansFilledPct: number | null;
      reflectionsSubmittedPct: number | null;
      plannedHours: number | null;
      approvedHours: number;
      actualHours: number | null;
      normHours: number;
      energy: components['schemas']['Aggregate'];
      climate: components['schemas']['Aggregate'];
      workload: components['schemas']['Aggregate'];
      /** @description Share of reflections that used AI, 0–100. */
      aiUsePct: components['schemas']['Aggregate'];
      sessionsHeld: number;
      sharedLearnings: number;
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** @description Still open: this week, and last week while its reflections may still be written (its edit window is open); its figures can still rise. */
      provisional: boolean;
    };
    GoalsByStatus: {
      draft: number;
      active: number;
      achieved: number;
      paused: number;
      dropped: number;
    };
    GoalsByChallenge: {
      qualification: number;
      ai: number;
      productivity: number;
      vitality: number;
      inclusion: number;
      sustainability: number;
    };
    TeamDashboardResponse: {
      team: components['schemas']['TeamRef'];
      minGroupSize: number;
      weeks: components['schemas']['TeamWeekFigures'][];
      /** @description Goals per status. */
      goalsByStatus: components['schemas']['GoalsByStatus'] | null;
      /** @description Active and achieved goals per challenge. */
      goalsByChallenge: components['schemas']['GoalsByChallenge'] | null;
    };
    TeamOverviewRow: {
      members: number;
      /** @description 0–100; null when withheld for a small group. */
      plansFilledPct: number | null;
      reflectionsSubmittedPct: number | null;
      plannedHours: number | null;
      approvedHours: number;
      actualHours: number | null;
      normHours: number;
      energy: components['schemas']['Aggregate'];
      climate: components['schemas']['Aggregate'];
      workload: components['schemas']['Aggregate'];
      /** @description Share of reflections that used AI, 0–100. */
      aiUsePct: components['schemas']['Aggregate'];
      sessionsHeld: number;
      sharedLearnings: number;
      team: components['schemas']['TeamRef'];
      /** @description Reflections submitted % per week, oldest first; null where withheld. */
      trend: (number | null)[];
    };
    KeyFigures: {
      members: number;
      /** @description 0–100; null when withheld for a small group. */
      plansFilledPct: number | null;
      reflectionsSubmittedPct: number | null;
      plannedHours: number | null;
      approvedHours: number;
      actualHours: number | null;
      normHours: number;
      energy: components['schemas']['Aggregate'];
      climate: components['schemas']['Aggregate'];
      workload: components['schemas']['Aggregate'];
      /** @description Share of reflections that used AI, 0–100. */
      aiUsePct: components['schemas']['Aggregate'];
      sessionsHeld: number;
      sharedLearnings: number;
    };
    OrganizationOverviewResponse: {
      /**
       * @example [
       *       "2026-W47",
       *       "2026-W48"
       *     ]
       */
      weeks: IsoWeekKey[];
      /**
       * @description The weeks of the period that are still open (provisional), oldest first.
       * @example [
       *       "2026-W47",
       *       "2026-W48"
       *     ]
       */
      provisionalWeeks: IsoWeekKey[];
      minGroupSize: number;
      teams: components['schemas']['TeamOverviewRow'][];
      /** @description Built only from what the team rows show. */
      totals: components['schemas']['KeyFigures'];
    };
    AccessByRelation: {
      /**
       * @description The professional themselves.
       * @enum {string}
       */
      owner: 'none' | 'aggregate' | 'read' | 'read_decide' | 'read_write';
      /**
       * @description A fellow member of one of their teams.
       * @enum {string}
       */
      teamMember: 'none' | 'aggregate' | 'read' | 'read_decide' | 'read_write';
      /**
       * @description A manager of one of their teams (for a learning-time request: of the team it is for).
       * @enum {string}
       */
      teamManager: 'none' | 'aggregate' | 'read' | 'read_decide' | 'read_write';
      /**
       * @description L&O staff.
       * @enum {string}
       */
      lno: 'none' | 'aggregate' | 'read' | 'read_decide' | 'read_write';
      /**
       * @description Administrators, as such.
       * @enum {string}
       */
      admin: 'none' | 'aggregate' | 'read' | 'read_decide' | 'read_write';
    };
    AccessRow: {
      /** @enum {string} */
      kind:
        | 'goal_private'
        | 'goal_shared'
        | 'week_texts_private'
        | 'week_texts_shared'
        | 'week_status'
        | 'week_scores'
        | 'learning_time_request'
        | 'team_learning';
      access: components['schemas']['AccessByRelation'];
    };
    TransparencySettings: {
      name: string;
      /** @description Days after a week ends in which its reflection may still be edited. */
      reflectionEditWindowDays: number;
      /** @description Fewest people an average of personal scores is shown for. */
      minGroupSize: number;
      /** @description Months after a week ends until it and the learning-time requests for it are deleted. */
      retentionMonths: number;
    };
    TransparencyResponse: {
      /** @description One row per kind of data, from the access policy the API enforces. */
      rows: components['schemas']['AccessRow'][];
      organization: components['schemas']['TransparencySettings'];
    };
    ExportedPerson: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** @enum {string} */
      locale: 'nl' | 'en';
      contractHours: number;
      roles: ('admin' | 'lno')[];
      active: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    ExportedOrganization: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ExportedMembership: {
      /** Format: uuid */
      teamId: string;
      /** @description The team’s name. */
      team: string;
      /** @enum {string} */
      role: 'member' | 'manager';
      /** Format: date-time */
      since: string;
    };
    ExportedMilestone: {
      title: string;
      done: boolean;
      /** Format: date */
      doneOn: string | null;
    };
    ExportedGoal: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @description What do I want to learn, and why now — in the owner’s own words. */
      developmentQuestion: string;
      motivation: string;
      challenges: ('qualification' | 'ai' | 'productivity' | 'vitality' | 'inclusion' | 'sustainability')[];
      careerCompetencies: ('qualities' | 'motives' | 'work_exploration' | 'career_steering' | 'networking')[];
      competences: string[];
      successCriteria: string;
      /** Format: date */
      targetDate: string | null;
      /** @enum {string} */
      visibility: 'private' | 'shared';
      /** @enum {string} */
      status: 'draft' | 'active' | 'achieved' | 'paused' | 'dropped';
      progress: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      milestones: components['schemas']['ExportedMilestone'][];
    };
    ExportedWeek: {
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** Format: date */
      startsOn: string;
      /** @enum {string} */
      status: 'draft' | 'submitted';
      shared: boolean;
      goals: components['schemas']['WeekGoalDto'][];
      /** Format: date-time */
      submittedAt: string | null;
      intentions: string;
      plannedHours: number | null;
      learned: string;
      applied: string;
      /** @description Actual learning hours per form: workplace, course, peer, self_study. */
      hours: components['schemas']['HoursByFormDto'];
      energy: number | null;
      climate: number | null;
      workload: number | null;
      aiUsed: boolean | null;
      aiHow: string;
      obstacles: string;
      supportWanted: string;
      nextStep: string;
    };
    ExportedLearningTimeRequest: {
      /** Format: uuid */
      id: string;
      /**
       * Format: iso-week
       * @example 2026-W48
       */
      week: IsoWeekKey;
      /** Format: date */
      date: string | null;
      hours: number;
      /** @enum {string} */
      form: 'workplace' | 'course' | 'peer' | 'self_study';
      purpose: string;
      /** Format: uuid */
      goalId: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'cancelled';
      /** Format: date-time */
      decidedAt: string | null;
      decisionComment: string;
      /** Format: date-time */
      createdAt: string;
      /** @description The team’s name. */
      team: string;
      /** @description The name of who decided. */
      decidedBy: string | null;
    };
    ExportedTeamSession: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'intervision' | 'peer_learning' | 'knowledge_share' | 'retrospective' | 'other';
      title: string;
      /** Format: date-time */
      startsAt: string;
      durationMinutes: number;
      /** @description The team’s name. */
      team: string;
      attended: boolean;
      facilitated: boolean;
      /** @description Whether the person planned it. */
      created: boolean;
      /** Format: date-time */
      hoursCarriedAt: string | null;
      agenda: string | null;
      outcomes: string | null;
      agreements: string | null;
    };
    ReactionTally: {
      like?: number;
      insightful?: number;
      thanks?: number;
    };
    ExportedSharedLearning: {
      /** Format: uuid */
      id: string;
      body: string;
      /**
       * Format: iso-week
       * @description The week it was published from, when it was.
       * @example 2026-W48
       */
      fromWeek: IsoWeekKey | null;
      /** @description Hidden by a manager; only managers still see it. */
      hidden: boolean;
      /** Format: date-time */
      createdAt: string;
      /** @description The team’s name. */
      team: string;
      /** @description How others reacted, counted; who reacted stays theirs. */
      reactions: components['schemas']['ReactionTally'];
    };
    ExportedComment: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      learningId: string;
      body: string;
      /** Format: date-time */
      createdAt: string;
    };
    ExportedReaction: {
      /** Format: uuid */
      learningId: string;
      /** @enum {string} */
      kind: 'like' | 'insightful' | 'thanks';
      /** Format: date-time */
      createdAt: string;
    };
    ExportedNotification: {
      /** Format: uuid */
      id: string;
      /**
       * @description What happened; the web app words it in the reader’s language.
       * @example learning_time.requested
       */
      kind: string;
      data: {
        [key: string]: unknown;
      };
      read: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    ExportedAuditEvent: {
      /** Format: uuid */
      id: string;
      /**
       * @example user.roles_changed
       * @enum {string}
       */
      action:
        | 'sign_in.succeeded'
        | 'sign_in.failed'
        | 'sign_out'
        | 'password.changed'
        | 'invitation.created'
        | 'invitation.merged'
        | 'invitation.link_copied'
        | 'invitation.revoked'
        | 'invitation.accepted'
        | 'user.roles_changed'
        | 'user.deactivated'
        | 'user.reactivated'
        | 'user.contract_hours_changed'
        | 'user.erasure_requested'
        | 'user.erased'
        | 'team.created'
        | 'team.renamed'
        | 'team.archived'
        | 'team.restored'
        | 'team.member_added'
        | 'team.member_role_changed'
        | 'team.member_removed'
        | 'learning_time.approved'
        | 'learning_time.rejected'
        | 'personal_data.exported'
        | 'insights.exported'
        | 'organization.created'
        | 'organization.settings_changed'
        | 'retention.applied';
      targetType: string | null;
      targetId: string | null;
      details: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** @enum {string} */
      by: 'self' | 'other' | 'system';
    };
    PersonalDataExportResponse: {
      /** @example 1 */
      schemaVersion: number;
      /** Format: date-time */
      exportedAt: string;
      person: components['schemas']['ExportedPerson'];
      organization: components['schemas']['ExportedOrganization'];
      /** @description Teams the person is in, with their role. */
      memberships: components['schemas']['ExportedMembership'][];
      /** @description Learning goals with their milestones. */
      goals: components['schemas']['ExportedGoal'][];
      /** @description Vital Weeks with every text, hours and score. */
      weeks: components['schemas']['ExportedWeek'][];
      /** @description Learning-time requests with their decisions. */
      learningTimeRequests: components['schemas']['ExportedLearningTimeRequest'][];
      /** @description Team sessions attended, facilitated or planned; texts only of the ones planned. */
      teamSessions: components['schemas']['ExportedTeamSession'][];
      /** @description Posts in team feeds, with reaction counts. */
      sharedLearnings: components['schemas']['ExportedSharedLearning'][];
      /** @description Comments the person wrote. */
      comments: components['schemas']['ExportedComment'][];
      /** @description Reactions the person gave. */
      reactions: components['schemas']['ExportedReaction'][];
      /** @description In-app notifications. */
      notifications: components['schemas']['ExportedNotification'][];
      /** @description Audit rows by or about the person; others appear as "other". */
      auditEvents: components['schemas']['ExportedAuditEvent'][];
    };
    ErasedPerson: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    ErasureCounts: {
      /** @description Deleted, with their milestones. */
      goals: number;
      /** @description Deleted. */
      milestones: number;
      /** @description Texts emptied; status, hours and scores stay for team figures. */
      weeks: number;
      /** @description Purpose and comment emptied, pending ones cancelled; hours and decisions stay. */
      learningTimeRequests: number;
      /** @description Posts emptied; they stay in the feed’s count and keep others’ comments. */
      sharedLearnings: number;
      /** @description Deleted. */
      comments: number;
      /** @description Deleted. */
      reactions: number;
      /** @description Deleted. */
      notifications: number;
      /** @description Sign-in sessions, ended. */
      sessions: number;
      /** @description Invitations to the person’s address, deleted. */
      invitations: number;
      /** @description Kept, without the email address and IP address in their details. */
      auditEvents: number;
    };
    ErasurePreviewResponse: {
      person: components['schemas']['ErasedPerson'];
      counts: components['schemas']['ErasureCounts'];
      /** @description Send it back to confirm; shown once, valid for 15 minutes, for the administrator who asked. */
      token: string;
      /** Format: date-time */
      expiresAt: string;
    };
    ConfirmErasureDto: {
      token: string;
    };
    ErasureResultResponse: {
      /** Format: date-time */
      erasedAt: string;
      counts: components['schemas']['ErasureCounts'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description Only actions starting with this, like `sign_in` or `team.` */
        action?: string;
        /** @description Only the actions of this kind. */
        kind?: 'signIns' | 'invitations' | 'people' | 'teams' | 'learningTime' | 'exports' | 'settings' | 'retention';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your notifications, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  NotificationsController_unread: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInDto'];
      };
    };
    responses: {
      /** @description Not signed in yet: the address and password open accounts in several organisations. Sign in again with the `organizationId` of one. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInChoiceResponse'];
        };
      };
      /** @description Signed in: the session and CSRF cookies are set. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Wrong email address or password (code invalid_credentials). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuthController_signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignUpDto'];
      };
    };
    responses: {
      /** @description The organisation and its first admin exist; the admin is signed in. An address may have an account in other organisations too, so the answer never depends on it. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Sign-up is switched off (code signup_disabled). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session has ended on the server and the cookies are cleared. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  HealthController_alive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is alive. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The database is reachable and fully migrated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessResponse'];
        };
      };
      /** @description Not ready to serve requests. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessResponse'];
        };
      };
    };
  };
  OrganizationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your organisation and its settings; everyone may read them. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  OrganizationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed-in person with their roles and teams. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MeController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProfileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MeController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed; every other session of the person has ended. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  PeopleController_followed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The name of someone you follow as their manager or as L&O staff. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FollowedPersonResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description Part of a name or email address. */
        search?: string;
        /** @description Only active or only deactivated people. */
        active?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamsController_list: {
    parameters: {
      query?: {
        /** @description Include archived teams (admins and L&O staff). */
        archived?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every team for admins and L&O staff; otherwise your own teams. At most 1000: an organisation has no more teams. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamResponse'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTeamDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetailResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetailResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTeamDto'];
      };
    };
    responses: {
      /** @description Renamed, archived (`archived: true`) or restored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetailResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamsController_addMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddTeamMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetailResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamsController_removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person has left the team. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamsController_updateMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTeamMemberDto'];
      };
    };
    responses: {
      /** @description Makes a member manager, or a manager member. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDetailResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InvitationsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description Only the open invitation of this address. */
        email?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invitations not yet accepted, revoked or expired; newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InvitationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      /** @description Merged into the open invitation of this address: roles and teams added, earlier links still work. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description Created; `acceptPath` is the link to pass on (it is also mailed when SMTP is configured). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InvitationsController_newLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new link to pass on; earlier links keep working. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationLinkResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InvitationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked: the link no longer works. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InvitationsController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who is invited where, for the accept page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPreviewResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      /** @description The account exists and the person is signed in. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_list: {
    parameters: {
      query?: {
        status?: 'draft' | 'active' | 'achieved' | 'paused' | 'dropped';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All your own goals (at most 200), most recently changed first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGoalDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your goal, or a shared goal of someone whose data you may see. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted with its milestones; the weeks keep their texts. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateGoalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The weeks the goal was worked on: hours and progress over time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalWeekResponse'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_addMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMilestoneDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_reorder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReorderMilestonesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_removeMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_updateMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        milestoneId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMilestoneDto'];
      };
    };
    responses: {
      /** @description Renamed, or ticked off (done) with today’s date. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  GoalsController_listShared: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A person’s shared goals, for their managers and L&O staff. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  WeeksController_list: {
    parameters: {
      query?: {
        /** @description First week; default 11 weeks before `to`. At most 53 weeks before `to`. */
        from?: IsoWeekKey;
        /** @description Last week; default the current week. */
        to?: IsoWeekKey;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your weeks in the range, missing ones included. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WeekSummaryResponse'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  WeeksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO week, in the organisation’s time zone. */
        week: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The saved week, or an empty one (version 0) with last week’s next step as intentions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WeekResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  WeeksController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO week, in the organisation’s time zone. */
        week: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveWeekDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WeekResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  WeeksController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ISO week, in the organisation’s time zone. */
        week: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WeekResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  WeeksController_overview: {
    parameters: {
      query?: {
        weeks?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your home page: streak, open items and the last weeks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyOverviewResponseDto'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  WeeksController_listOf: {
    parameters: {
      query?: {
        /** @description First week; default 11 weeks before `to`. At most 53 weeks before `to`. */
        from?: IsoWeekKey;
        /** @description Last week; default the current week. */
        to?: IsoWeekKey;
      };
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description For a person’s managers and L&O staff: submitted or not, hours, and texts the person shared. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OthersWeekResponseDto'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        status?: 'pending' | 'approved' | 'rejected' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your requests, latest week first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningTimeRequestPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLearningTimeRequestDto'];
      };
    };
    responses: {
      /** @description Requested; the team’s managers are notified. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningTimeRequestResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningTimeRequestResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLearningTimeRequestDto'];
      };
    };
    responses: {
      /** @description Changed while still pending. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningTimeRequestResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancelled: pending, or approved until its week starts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningTimeRequestResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      /** @description Approved or rejected (a rejection needs a comment). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningTimeRequestResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_decideMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkDecisionDto'];
      };
    };
    responses: {
      /** @description Several decisions at once: all, or none. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LearningTimeRequestResponse'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_approvals: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        status?: 'pending' | 'approved' | 'rejected' | 'cancelled';
        teamId?: string;
        week?: IsoWeekKey;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Requests of every team you manage (all teams for admins), never your own, with the requester’s balance; earliest week first, then oldest request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_teamCalendar: {
    parameters: {
      query: {
        teamId: string;
        /** @description First week; default this week. */
        from?: IsoWeekKey;
        weeks?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Approved learning time of a team per week, for its managers, L&O staff and admins. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamCalendarWeek'][];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  LearningTimeController_balance: {
    parameters: {
      query?: {
        /** @description ISO week-year; default this year. */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your norm, requested, approved and used hours for the year and the quarter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BalanceResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  CalendarController_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new feed address; an earlier one stops working. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  CalendarController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed address no longer works. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  CalendarController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Approved learning time as iCalendar. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_teamFigures: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Sessions held, attendance and shared learnings this quarter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamLearningFiguresResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_listSessions: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        when?: 'upcoming' | 'past';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_createSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTeamSessionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_getSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_updateSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTeamSessionDto'];
      };
    };
    responses: {
      /** @description Planned details, or outcomes and agreements afterwards. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_attend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AttendanceDto'];
      };
    };
    responses: {
      /** @description Marks your own attendance. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_linkGoal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinkGoalDto'];
      };
    };
    responses: {
      /** @description Links one of your goals to the session. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_unlinkGoal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
        goalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_carryHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Adds the session’s hours to your week as peer learning, once. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSessionResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_listLearnings: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team’s feed, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharedLearningPage'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_share: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSharedLearningDto'];
      };
    };
    responses: {
      /** @description A post, written directly or published from one of your weeks. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharedLearningResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_deleteLearning: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        learningId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted by its author. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_editLearning: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        learningId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSharedLearningDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharedLearningResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_hide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        learningId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HideSharedLearningDto'];
      };
    };
    responses: {
      /** @description Hidden from the team (or shown again) by one of its managers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharedLearningResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_react: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        learningId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReactionDto'];
      };
    };
    responses: {
      /** @description Adds your reaction, or takes it back. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharedLearningResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TeamLearningController_comment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        learningId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharedLearningResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InsightsController_team: {
    parameters: {
      query?: {
        weeks?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description For L&O staff and the team’s managers; scores only over at least the minimum group size. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamDashboardResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InsightsController_teamCsv: {
    parameters: {
      query?: {
        weeks?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team dashboard as CSV for Excel with Dutch settings (semicolons, decimal commas). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InsightsController_organization: {
    parameters: {
      query?: {
        weeks?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One row per team with totals, for L&O staff. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationOverviewResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for lno. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InsightsController_organizationCsv: {
    parameters: {
      query?: {
        weeks?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organisation overview as CSV for Excel with Dutch settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for lno. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  TransparencyController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who may see what of a professional’s data, and your organisation’s settings that bound it; everyone may read it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransparencyResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  PersonalDataController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Everything Vitaal keeps about the signed-in person, as a JSON file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonalDataExportResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  PersonalDataController_myDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A self-contained HTML file in the person’s language: headings and tables, no scripts; opens offline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  PersonalDataController_person: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A person’s export, made by an administrator on their request; audited. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonalDataExportResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  PersonalDataController_personDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A self-contained HTML file in the person’s language: headings and tables, no scripts; opens offline. Made by an administrator on the person’s request; audited. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  ErasureController_start: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the erasure will remove, and the token that confirms it; nothing is erased yet. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasurePreviewResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  ErasureController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmErasureDto'];
      };
    };
    responses: {
      /** @description Erased, irreversibly: texts removed, the account anonymised, its sessions ended. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureResultResponse'];
        };
      };
      /** @description Invalid input; `errors` lists the fields. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Only for admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible to you. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Conflicts with the current state (for example a stale version). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Too many requests; Retry-After says after how many seconds to try again. */
      429: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable for a moment (restarting, overloaded, too slow); nothing was saved. Retry-After says when to try again. */
      503: {
        headers: {
          /** @description Seconds to wait. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
}

export type Schemas = components['schemas'];
