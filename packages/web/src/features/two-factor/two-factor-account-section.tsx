import { TWO_FACTOR_NAMESPACE } from './i18n.js';
import { Card } from '@dhis2-ui/card';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { User } from '@coreteam/core';

/** On the account page: whether two-factor sign-in is on, and where to change it. */
export function TwoFactorAccountSection({ user }: { user: Pick<User, 'twoFactorEnabled'> }) {
  const { t } = useTranslation(TWO_FACTOR_NAMESPACE);
  return (
    <section aria-labelledby="account-two-factor">
      <h2 id="account-two-factor" className="section-title">
        {t('title')}
      </h2>
      <Card>
        <div className="card-body">
          <p>{user.twoFactorEnabled ? t('overview.on') : t('overview.off')}</p>
          <p>
            <Link href="/two-factor">
              {user.twoFactorEnabled ? t('account.manage') : t('overview.start')}
            </Link>
          </p>
        </div>
      </Card>
    </section>
  );
}
