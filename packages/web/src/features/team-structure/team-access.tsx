import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentTeam, type CurrentTeam } from '../../shared/session/current-team.js';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';

/** Everyone in the team but viewers sees the roster; viewers see aggregates only. */
export function canReadRoster(team: CurrentTeam): boolean {
  return team.canManage || team.roles.some((role) => role !== 'viewer');
}

/** The roster and the local role names are not for everyone: others are told so, plainly. */
export function TeamPageGate({
  teamId,
  allow,
  children,
}: {
  teamId: string;
  allow: (team: CurrentTeam) => boolean;
  children: (team: CurrentTeam) => ReactNode;
}) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const team = useCurrentTeam();
  if (team?.id !== teamId || !allow(team)) {
    return (
      <>
        <h1 className="page-title">{t('access.deniedTitle')}</h1>
        <p className="page-lead">{t('access.denied')}</p>
      </>
    );
  }
  return <>{children(team)}</>;
}
