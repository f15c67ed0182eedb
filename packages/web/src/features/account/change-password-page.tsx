import { Card } from '@dhis2-ui/card';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useSearchParams } from 'wouter';
import { useSession } from '../../shared/session/session-context.js';
import { landingPath, safeNextPath } from '../../shared/session/session-paths.js';
import { ChangePasswordForm } from './change-password-form.js';

/** The only page open while a person still uses the temporary password an administrator set. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [changed, setChanged] = useState(false);

  if (session.state.status !== 'signed-in') return null;
  const { me } = session.state;
  if (changed || !me.user.mustChangePassword) {
    return <Redirect to={changed ? landingPath(me, next) : '/account'} replace />;
  }

  return (
    <div className="narrow-page">
      <h1 className="page-title">{t('password.requiredTitle')}</h1>
      <p className="page-lead">{t('password.requiredLead')}</p>
      <Card>
        <ChangePasswordForm
          temporary
          onChanged={(updated) => {
            setChanged(true);
            session.update(updated);
          }}
        />
      </Card>
    </div>
  );
}
