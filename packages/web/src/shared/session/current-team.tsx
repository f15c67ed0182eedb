import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Team, TeamRole } from '@coreteam/core';
import { ApiError, getJson } from '../api/api-client.js';
import { useSession } from './session-context.js';

/** The team the person is working in: the one in the URL (/teams/:teamId/…), else the last one. */
export interface CurrentTeam {
  id: string;
  /** Undefined while a system admin's view of a team they do not belong to is still loading. */
  name: string | undefined;
  /** The person's own roles in the team (none for a system admin who is not a member). */
  roles: readonly TeamRole[];
  /** Leads and system admins manage the team's details, access and audit log. */
  canManage: boolean;
}

const CurrentTeamContext = createContext<CurrentTeam | undefined>(undefined);

export function teamIdInPath(pathname: string): string | undefined {
  const match = /^\/teams\/([^/]+)/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** Remembered for this page's lifetime so that Account or Admin pages keep the team context. */
let lastTeamId: string | undefined;

/** After a team is deleted, so that it is not offered any more. */
export function forgetTeam(teamId: string): void {
  if (lastTeamId === teamId) lastTeamId = undefined;
}

export function CurrentTeamProvider({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const [pathname] = useLocation();
  const me = state.status === 'signed-in' && !state.me.user.mustChangePassword ? state.me : undefined;
  const urlTeamId = me ? teamIdInPath(pathname) : undefined;
  if (urlTeamId) lastTeamId = urlTeamId;

  const systemAdmin = me?.user.systemAdmin ?? false;
  const teamId =
    urlTeamId ??
    (me?.teams.some((team) => team.id === lastTeamId) || systemAdmin ? lastTeamId : undefined) ??
    me?.teams[0]?.id;
  const membership = me?.teams.find((team) => team.id === teamId);

  // A system admin may open any team; its name is not in /api/me then.
  const [outsider, setOutsider] = useState<{ id: string; name: string | null }>();
  const needsName = Boolean(me && teamId && !membership && systemAdmin);
  useEffect(() => {
    if (!needsName || !teamId) return;
    const controller = new AbortController();
    getJson<Team>(`/api/teams/${encodeURIComponent(teamId)}`, controller.signal).then(
      (team) => setOutsider({ id: team.id, name: team.name }),
      (error: unknown) => {
        // Gone (deleted meanwhile): stop offering it. Offline: keep it, nameless, until it answers.
        if (error instanceof ApiError && error.status === 404) setOutsider({ id: teamId, name: null });
      },
    );
    return () => controller.abort();
  }, [needsName, teamId, me]);

  let current: CurrentTeam | undefined;
  if (teamId && membership) {
    current = {
      id: teamId,
      name: membership.name,
      roles: membership.roles,
      canManage: systemAdmin || membership.roles.includes('lead'),
    };
  } else if (teamId && systemAdmin && !(outsider?.id === teamId && outsider.name === null)) {
    const name = outsider?.id === teamId ? (outsider.name ?? undefined) : undefined;
    current = { id: teamId, name, roles: [], canManage: true };
  }
  return <CurrentTeamContext.Provider value={current}>{children}</CurrentTeamContext.Provider>;
}

export function useCurrentTeam(): CurrentTeam | undefined {
  return useContext(CurrentTeamContext);
}
