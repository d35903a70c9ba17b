import { useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { OrgRole } from '@vitaal/shared/roles';
import { meQueryOptions, useMe } from '@/entities/session/api/get-me';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { ApiError, setUnauthenticatedHandler } from '@/lib/api-client';
import { CurrentPersonProvider, useCurrentPerson } from '@/lib/current-person';
import { NotFoundPage } from './routes/not-found-page';

/** The signed-in part of the app: without a session, the sign-in page (and back here afterwards). */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();

  // Any request that finds the session gone makes this check again, which then redirects.
  useEffect(() => {
    setUnauthenticatedHandler(() => void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }));
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  if (me.isPending) return <LoadingState />;
  if (me.error instanceof ApiError && me.error.code === 'unauthenticated') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  if (me.error) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <CurrentPersonProvider value={me.data}>
      <Outlet />
    </CurrentPersonProvider>
  );
}

/** Pages for one role; the API refuses the data anyway, this only spares a page of errors. */
export function RequireRole({ orgRole }: { orgRole: OrgRole }) {
  const person = useCurrentPerson();
  return person.roles.includes(orgRole) ? <Outlet /> : <NotFoundPage />;
}

/** Shows its children to people with the role only, such as the system status to admins. */
export function ForRole({ orgRole, children }: { orgRole: OrgRole; children: ReactNode }) {
  return useCurrentPerson().roles.includes(orgRole) ? children : null;
}
