import { Link, useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';

const NAVIGATION = [
  { path: '/', labelKey: 'navigation.home' },
  { path: '/about', labelKey: 'navigation.about' },
] as const;

/**
 * Plain links styled like the DHIS2 menu. @dhis2-ui/menu weighs 57 KB gzipped (it brings
 * popper and layers for flyout menus we do not use); this is a few hundred bytes.
 */
export function AppNavigation() {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  return (
    <nav className="app-navigation" aria-label={t('navigation.label')}>
      <ul className="app-navigation__list">
        {NAVIGATION.map((item) => {
          const current = pathname === item.path;
          return (
            <li key={item.path}>
              <Link
                href={item.path}
                className={
                  current ? 'app-navigation__link app-navigation__link--current' : 'app-navigation__link'
                }
                aria-current={current ? 'page' : undefined}
              >
                {t(item.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
