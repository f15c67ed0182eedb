import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentTeam } from '../../shared/session/current-team.js';

/** Access and audit pages are for the team's leads and system admins; others are told so. */
export function TeamManagersOnly({ teamId, children }: { teamId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const team = useCurrentTeam();
  if (team?.id !== teamId || !team.canManage) {
    return (
      <>
        <h1 className="page-title">{t('access.deniedTitle')}</h1>
        <p className="page-lead">{t('access.deniedTeam')}</p>
      </>
    );
  }
  return <>{children}</>;
}
