import { TWO_FACTOR_NAMESPACE } from './i18n.js';
import { Button } from '@dhis2-ui/button';
import { Tag } from '@dhis2-ui/tag';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.js';

/** On the admin's list of users: whether someone signs in with a second factor. */
export function TwoFactorTag({ user }: { user: Pick<User, 'twoFactorEnabled'> }) {
  const { t } = useTranslation(TWO_FACTOR_NAMESPACE);
  return user.twoFactorEnabled ? <Tag neutral>{t('admin.tag')}</Tag> : null;
}

/**
 * For a lost phone: a system admin resets a person's second factor. The person's sessions end
 * and they enrol again at their next sign-in; the reset is in the audit log.
 */
export function ResetTwoFactorButton({ user, onReset }: { user: User; onReset: (message: string) => void }) {
  const { t } = useTranslation(TWO_FACTOR_NAMESPACE);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!user.twoFactorEnabled) return null;

  const reset = async () => {
    setBusy(true);
    try {
      await postJson(`/api/users/${encodeURIComponent(user.id)}/two-factor/reset`);
      onReset(t('admin.resetDone', { name: user.displayName }));
    } catch {
      onReset(t('errors.unexpected'));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button
        small
        secondary
        onClick={() => setConfirming(true)}
        aria-label={t('admin.resetNamed', { name: user.displayName })}
      >
        {t('admin.reset')}
      </Button>
      {confirming && (
        <ConfirmDialog
          title={t('admin.confirmTitle', { name: user.displayName })}
          confirmLabel={t('admin.reset')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void reset()}
        >
          <p>{t('admin.confirmText', { name: user.displayName })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
