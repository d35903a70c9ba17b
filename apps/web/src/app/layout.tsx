import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigate } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { useSignOut } from '@/features/auth/api/sign-out';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { LoadingState } from '@/components/loading-state';
import { LanguageSwitcher } from './language-switcher';
import { MainMenu } from './main-menu';
import { visibleNavItems } from './navigation';

function SessionMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <div className="session-menu">
      <Link to="/profile" aria-label={t('session.signedInAs', { name })}>
        {name}
      </Link>
      <button
        type="button"
        className="button button--secondary"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
      >
        {t('actions.signOut')}
      </button>
    </div>
  );
}

export function Layout() {
  const { t } = useTranslation();
  // On the sign-in pages this simply fails with 401, and the header stays bare.
  const me = useMe();
  const person = me.data;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          {person ? (
            <>
              <NotificationBell />
              <MainMenu>
                <nav aria-label={t('nav.label')} className="primary-nav">
                  <ul>
                    {visibleNavItems(person).map((item) => (
                      <li key={item.to}>
                        <NavLink to={item.to} end={item.end ?? false}>
                          {t(item.labelKey)}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </nav>
                <div className="main-menu__account">
                  <LanguageSwitcher />
                  <SessionMenu name={person.displayName} />
                </div>
              </MainMenu>
            </>
          ) : (
            <LanguageSwitcher />
          )}
        </div>
      </header>
      {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <ScrollRestoration />
    </>
  );
}
