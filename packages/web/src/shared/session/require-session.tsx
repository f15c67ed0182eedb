import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation } from 'wouter';
import { signInPath } from './session-paths.js';
import { useSession } from './session-context.js';

/**
 * Renders a page only for a signed-in person: others go to sign-in (and come back after), a
 * person with a temporary password changes it first, then sets up a required second factor, a page for system admins says so to others.
 */
export function RequireSession({
  children,
  systemAdmin = false,
  passwordChange = false,
  twoFactorSetup = false,
}: {
  children: ReactNode;
  systemAdmin?: boolean;
  /** The change-password screen itself, the only page open while a temporary password is in use. */
  passwordChange?: boolean;
  /** The two-factor page, open while a required second factor is not set up yet. */
  twoFactorSetup?: boolean;
}) {
  const { t } = useTranslation();
  const { state } = useSession();
  const [pathname] = useLocation();
  if (state.status !== 'signed-in') return <Redirect to={signInPath(pathname)} replace />;
  const { user } = state.me;
  if (user.mustChangePassword && !passwordChange) {
    return <Redirect to={`/change-password?next=${encodeURIComponent(pathname)}`} replace />;
  }
  if (state.me.twoFactorEnrolmentRequired && !twoFactorSetup && !passwordChange) {
    return <Redirect to={`/two-factor?next=${encodeURIComponent(pathname)}`} replace />;
  }
  if (systemAdmin && !user.systemAdmin) {
    return (
      <>
        <h1 className="page-title">{t('access.deniedTitle')}</h1>
        <p className="page-lead">{t('access.deniedAdmin')}</p>
      </>
    );
  }
  return <>{children}</>;
}
