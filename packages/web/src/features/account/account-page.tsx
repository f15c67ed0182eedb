import { Card } from '@dhis2-ui/card';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../../shared/session/session-context.js';
import { AccessTokensSection } from './access-tokens-section.js';
import { ChangePasswordForm } from './change-password-form.js';
import { ProfileForm } from './profile-form.js';
import { TwoFactorAccountSection } from '../two-factor/two-factor-account-section.js';

export default function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  const me = useMe();
  return (
    <>
      <h1 className="page-title">{t('account.title')}</h1>
      <div className="page-sections">
        <section aria-labelledby="account-profile">
          <h2 id="account-profile" className="section-title">
            {t('account.profileTitle')}
          </h2>
          <Card>
            <ProfileForm me={me} />
          </Card>
        </section>
        <section aria-labelledby="account-password">
          <h2 id="account-password" className="section-title">
            {t('password.title')}
          </h2>
          <p className="section-lead">{t('password.lead')}</p>
          <Card>
            <ChangePasswordForm onChanged={(updated) => session.update(updated)} />
          </Card>
        </section>
        <TwoFactorAccountSection user={me.user} />
        <AccessTokensSection />
      </div>
    </>
  );
}
