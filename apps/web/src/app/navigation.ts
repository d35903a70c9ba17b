import type { Catalogue } from '@/lib/i18n';

type NavLabelKey = `nav.${Exclude<keyof Catalogue['nav'], 'label'>}`;

export interface NavItem {
  to: string;
  /** A key under "nav" in the catalogues. */
  labelKey: NavLabelKey;
  /** Active only on this exact path, so "/" is not highlighted on every page. */
  end?: boolean;
}

/** The primary navigation; a feature adds its page here and its label under "nav" in nl.json and en.json. */
export const navItems: readonly NavItem[] = [{ to: '/', labelKey: 'nav.overview', end: true }];
