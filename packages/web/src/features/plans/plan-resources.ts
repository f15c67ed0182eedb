import { useEffect, useState } from 'react';
import { getJson, isAbortError } from '../../shared/api/api-client.js';
import { useApiResource, type ResourceState } from '../../shared/api/use-api-resource.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';

/** A GET made only when the reader may see it (`path` null: not asked, stays loading). */
export function useOptionalResource<T>(path: string | null): { state: ResourceState<T>; reload: () => void } {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (data) => setState({ status: 'loaded', data }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [path, generation]);
  return { state, reload: () => setGeneration((value) => value + 1) };
}

export { useApiResource };

/** What the reader may do with the team's plans. */
export interface PlanAccess {
  /** Leads and system admins: write plans, activities, ToRs, funding sources; download files. */
  canEdit: boolean;
  /** Everyone but viewers sees activities (members only their own). */
  canSeeActivities: boolean;
  /** The roster: hidden from viewers. */
  canSeeMembers: boolean;
  /** Members' assessment results (their priority gaps): the team's leads, not system admins as such. */
  canSeeResults: boolean;
}

export function usePlanAccess(teamId: string): PlanAccess {
  const team = useCurrentTeam();
  const inTeam = team?.id === teamId;
  const canEdit = Boolean(inTeam && team?.canManage);
  const beyondViewer = Boolean(inTeam && team?.roles.some((role) => role !== 'viewer'));
  return {
    canEdit,
    canSeeActivities: canEdit || beyondViewer,
    canSeeMembers: canEdit || beyondViewer,
    canSeeResults: Boolean(inTeam && team?.roles.includes('lead')),
  };
}
