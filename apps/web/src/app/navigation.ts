import type { OrgRole } from '@vitaal/shared/roles';
import type { Catalogue } from '@/lib/i18n';

type NavLabelKey = `nav.${Exclude<keyof Catalogue['nav'], 'label'>}`;

export interface NavItem {
  to: string;
  /** A key under "nav" in the catalogues. */
  labelKey: NavLabelKey;
  /** Active only on this exact path, so "/" is not highlighted on every page. */
  end?: boolean;
  /** Shown only to people with one of these roles. */
  roles?: OrgRole[];
}

/** The primary navigation; a feature adds its page here and its label under "nav" in the catalogues. */
export const navItems: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.overview', end: true },
  { to: '/admin/people', labelKey: 'nav.people', roles: ['admin'] },
  { to: '/admin/teams', labelKey: 'nav.teams', roles: ['admin'] },
  { to: '/admin/organization', labelKey: 'nav.organization', roles: ['admin'] },
  { to: '/admin/audit', labelKey: 'nav.audit', roles: ['admin'] },
];

export function visibleNavItems(roles: readonly OrgRole[]): NavItem[] {
  return navItems.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
