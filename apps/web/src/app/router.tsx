import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { SystemStatus } from '@/features/health/components/system-status';
import { OverviewPage } from '@/features/overview/routes/overview-page';
import { LoadingState } from '@/components/loading-state';
import { Layout } from './layout';
import { ForRole, RequireRole, RequireSession } from './require-session';
import { ErrorPage, StandaloneErrorPage } from './routes/error-page';
import { NotFoundPage } from './routes/not-found-page';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <StandaloneErrorPage />,
    // Shown while the first lazily loaded page arrives.
    HydrateFallback: LoadingState,
    children: [
      {
        // A crashing page shows its error inside the shell, so the navigation still works.
        errorElement: <ErrorPage />,
        children: [
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await import('@/features/auth/routes/sign-in-page')).SignInPage }),
          },
          {
            path: 'sign-up',
            lazy: async () => ({ Component: (await import('@/features/auth/routes/sign-up-page')).SignUpPage }),
          },
          {
            path: 'invitations/:token',
            lazy: async () => ({
              Component: (await import('@/features/auth/routes/accept-invitation-page')).AcceptInvitationPage,
            }),
          },
          {
            element: <RequireSession />,
            children: [
              // Features never import each other; the app puts the health panel on the overview.
              {
                index: true,
                element: (
                  <OverviewPage
                    panels={
                      <ForRole orgRole="admin">
                        <SystemStatus />
                      </ForRole>
                    }
                  />
                ),
              },
              {
                path: 'profile',
                lazy: async () => ({ Component: (await import('@/features/profile/routes/profile-page')).ProfilePage }),
              },
              {
                path: 'goals',
                lazy: async () => ({ Component: (await import('@/features/goals/routes/goals-page')).GoalsPage }),
              },
              {
                path: 'goals/new',
                lazy: async () => ({ Component: (await import('@/features/goals/routes/new-goal-page')).NewGoalPage }),
              },
              {
                path: 'goals/:goalId',
                lazy: async () => ({ Component: (await import('@/features/goals/routes/goal-page')).GoalPage }),
              },
              {
                path: 'weeks',
                lazy: async () => ({ Component: (await import('@/features/weeks/routes/weeks-page')).WeeksPage }),
              },
              {
                path: 'weeks/:week',
                lazy: async () => ({ Component: (await import('@/features/weeks/routes/week-page')).WeekPage }),
              },
              {
                path: 'learning-time',
                lazy: async () => ({
                  Component: (await import('@/features/learning-time/routes/learning-time-page')).LearningTimePage,
                }),
              },
              {
                path: 'learning-time/approvals',
                lazy: async () => ({
                  Component: (await import('@/features/learning-time/routes/approvals-page')).ApprovalsPage,
                }),
              },
              {
                path: 'learning-time/team-calendar',
                lazy: async () => ({
                  Component: (await import('@/features/learning-time/routes/team-calendar-page')).TeamCalendarPage,
                }),
              },
              {
                path: 'notifications',
                lazy: async () => ({
                  Component: (await import('@/features/notifications/routes/notifications-page')).NotificationsPage,
                }),
              },
              {
                path: 'teams',
                lazy: async () => ({
                  Component: (await import('@/features/team-learning/routes/teams-page')).TeamsPage,
                }),
              },
              {
                path: 'teams/:teamId',
                lazy: async () => ({ Component: (await import('@/features/team-learning/routes/team-page')).TeamPage }),
              },
              {
                path: 'teams/:teamId/sessions/new',
                lazy: async () => ({
                  Component: (await import('@/features/team-learning/routes/new-session-page')).NewSessionPage,
                }),
              },
              {
                path: 'teams/:teamId/sessions/:sessionId',
                lazy: async () => ({
                  Component: (await import('@/features/team-learning/routes/session-page')).SessionPage,
                }),
              },
              {
                path: 'my-teams',
                lazy: async () => ({ Component: (await import('@/features/people/routes/my-teams-page')).MyTeamsPage }),
              },
              {
                path: 'people/:userId',
                lazy: async () => ({ Component: (await import('@/features/people/routes/person-page')).PersonPage }),
              },
              {
                path: 'insights',
                lazy: async () => ({
                  Component: (await import('@/features/insights/routes/insights-page')).InsightsPage,
                }),
              },
              {
                path: 'insights/teams/:teamId',
                lazy: async () => ({
                  Component: (await import('@/features/insights/routes/team-insights-page')).TeamInsightsPage,
                }),
              },
              {
                path: 'privacy',
                lazy: async () => ({ Component: (await import('@/features/privacy/routes/privacy-page')).PrivacyPage }),
              },
              {
                path: 'my-data',
                lazy: async () => ({ Component: (await import('@/features/my-data/routes/my-data-page')).MyDataPage }),
              },
              {
                path: 'admin',
                element: <RequireRole orgRole="admin" />,
                children: [
                  {
                    path: 'people',
                    lazy: async () => ({ Component: (await import('@/features/admin/routes/people-page')).PeoplePage }),
                  },
                  {
                    path: 'teams',
                    lazy: async () => ({ Component: (await import('@/features/admin/routes/teams-page')).TeamsPage }),
                  },
                  {
                    path: 'teams/:teamId',
                    lazy: async () => ({ Component: (await import('@/features/admin/routes/team-page')).TeamPage }),
                  },
                  {
                    path: 'organization',
                    lazy: async () => ({
                      Component: (await import('@/features/admin/routes/organization-page')).OrganizationPage,
                    }),
                  },
                  {
                    path: 'audit',
                    lazy: async () => ({ Component: (await import('@/features/admin/routes/audit-page')).AuditPage }),
                  },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
