import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { SystemStatus } from '@/features/health/components/system-status';
import { OverviewPage } from '@/features/overview/routes/overview-page';
import { Layout } from './layout';
import { ErrorPage, StandaloneErrorPage } from './routes/error-page';
import { NotFoundPage } from './routes/not-found-page';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <StandaloneErrorPage />,
    children: [
      {
        // A crashing page shows its error inside the shell, so the navigation still works.
        errorElement: <ErrorPage />,
        children: [
          // Features never import each other; the app puts the health panel on the overview.
          { index: true, element: <OverviewPage panels={<SystemStatus />} /> },
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
