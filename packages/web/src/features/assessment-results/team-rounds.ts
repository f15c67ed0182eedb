import type { RoundSummary } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';

/** The team's rounds, oldest first (by opening date, then creation). */
export function useTeamRounds(teamId: string) {
  const resource = useApiResource<{ rounds: RoundSummary[] }>(
    `/api/teams/${encodeURIComponent(teamId)}/rounds`,
  );
  const rounds =
    resource.state.status === 'loaded'
      ? [...resource.state.data.rounds].sort(
          (a, b) => a.opensOn.localeCompare(b.opensOn) || a.createdAt.localeCompare(b.createdAt),
        )
      : undefined;
  return { state: resource.state, rounds, reload: resource.reload };
}

/** The round just before this one, the natural baseline to compare with; undefined for the first. */
export function previousRound(rounds: readonly RoundSummary[], roundId: string): RoundSummary | undefined {
  const index = rounds.findIndex((round) => round.id === roundId);
  return index > 0 ? rounds[index - 1] : undefined;
}

/** Round names with their opening date when two share a name, so the picker can tell them apart. */
export function roundLabel(
  round: RoundSummary,
  rounds: readonly RoundSummary[],
  formatDay: (iso: string) => string,
) {
  const sameName = rounds.filter((other) => other.name === round.name).length > 1;
  return sameName ? `${round.name} (${formatDay(round.opensOn)})` : round.name;
}
