import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher.js';
import { TeamSwitcher } from './team-switcher.js';
import { UserMenu } from './user-menu.js';

/** Our own header: the @dhis2/ui HeaderBar needs a DHIS2 server behind it. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link href="/" className="app-header__brand">
        <img src="/favicon.svg" alt="" width={24} height={24} />
        {t('app.name')}
      </Link>
      <TeamSwitcher />
      <span className="app-header__spacer" />
      <LanguageSwitcher />
      <UserMenu />
    </header>
  );
}
