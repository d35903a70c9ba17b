import type { MeResponse } from '@vitaal/shared/auth';
import type { Catalogue } from '@/lib/i18n';

type NavLabelKey = `nav.${Exclude<keyof Catalogue['nav'], 'label' | 'menu'>}`;

export interface NavItem {
  to: string;
  /** A key under "nav" in the catalogues. */
  labelKey: NavLabelKey;
  /** Active only on this exact path, so "/" is not highlighted on every page. */
  end?: boolean;
  /** Shown only to the people this returns true for; everyone when absent. */
  shownTo?: (person: MeResponse) => boolean;
}

const isAdmin = (person: MeResponse) => person.roles.includes('admin');
const seesTeams = (person: MeResponse) => person.roles.includes('lno') || person.managedTeamIds.length > 0;
const decides = (person: MeResponse) => isAdmin(person) || person.managedTeamIds.length > 0;

/** The primary navigation; a feature adds its page here and its label under "nav" in the catalogues. */
export const navItems: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.overview', end: true },
  { to: '/goals', labelKey: 'nav.goals' },
  { to: '/weeks', labelKey: 'nav.weeks' },
  { to: '/learning-time', labelKey: 'nav.learningTime', end: true },
  { to: '/learning-time/approvals', labelKey: 'nav.approvals', shownTo: decides },
  { to: '/teams', labelKey: 'nav.teamLearning' },
  { to: '/my-teams', labelKey: 'nav.myTeams', shownTo: seesTeams },
  { to: '/insights', labelKey: 'nav.insights', shownTo: seesTeams },
  { to: '/admin/people', labelKey: 'nav.people', shownTo: isAdmin },
  { to: '/admin/teams', labelKey: 'nav.teams', shownTo: isAdmin },
  { to: '/admin/organization', labelKey: 'nav.organization', shownTo: isAdmin },
  { to: '/admin/audit', labelKey: 'nav.audit', shownTo: isAdmin },
  { to: '/privacy', labelKey: 'nav.privacy' },
];

export function visibleNavItems(person: MeResponse): NavItem[] {
  return navItems.filter((item) => !item.shownTo || item.shownTo(person));
}
