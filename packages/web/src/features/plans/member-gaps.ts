import { useEffect, useState } from 'react';
import type { MemberResults, RoundDetail, RoundSummary } from '@coreteam/core';
import { ApiError, getJson } from '../../shared/api/api-client.js';
import { api } from './plan-paths.js';

/** A priority gap of a member, named for people: the category an activity can address. */
export interface MemberGap {
  categoryKey: string;
  categoryName: string;
  areaName: string;
  target: number;
  score: number;
}

export type MemberGapsState =
  | { status: 'loading' }
  | { status: 'loaded'; gaps: MemberGap[]; roundName: string }
  /** Not assessed yet (no round), or results the reader may not see. */
  | { status: 'none' }
  | { status: 'failed' };

/** Results change rarely while a plan is edited: one request per member within a minute. */
const FRESH_FOR_MS = 60_000;
const cache = new Map<string, { at: number; promise: Promise<MemberGapsState> }>();

function cached<T>(
  store: Map<string, { at: number; promise: Promise<T> }>,
  key: string,
  create: () => Promise<T>,
): Promise<T> {
  const entry = store.get(key);
  if (entry && Date.now() - entry.at < FRESH_FOR_MS) return entry.promise;
  const promise = create();
  store.set(key, { at: Date.now(), promise });
  return promise;
}

function gapsOf(results: MemberResults): MemberGap[] {
  const categories = new Map<string, { name: string; areaName: string }>();
  for (const area of results.framework.areas) {
    for (const category of area.categories) {
      categories.set(category.key, { name: category.name, areaName: area.name });
    }
  }
  const seen = new Set<string>();
  return results.gaps.flatMap((gap) => {
    if (seen.has(gap.categoryKey)) return [];
    seen.add(gap.categoryKey);
    const names = categories.get(gap.categoryKey);
    return [
      {
        categoryKey: gap.categoryKey,
        categoryName: names?.name ?? gap.categoryKey,
        areaName: names?.areaName ?? gap.areaKey,
        target: gap.target,
        score: gap.score,
      },
    ];
  });
}

/**
 * The members with a submitted assessment in any of the team's rounds (undefined when that could
 * not be read): only their results are asked for, since the others' would answer 404 and fill
 * the console with errors.
 */
const assessedMembersByTeam = new Map<string, { at: number; promise: Promise<Set<string> | undefined> }>();

function assessedMembers(teamId: string): Promise<Set<string> | undefined> {
  return cached(assessedMembersByTeam, teamId, async () => {
    try {
      const { rounds } = await getJson<{ rounds: RoundSummary[] }>(api.rounds(teamId));
      const details = await Promise.all(
        rounds
          .filter((round) => round.progress.submitted > 0)
          .map((round) => getJson<RoundDetail>(api.round(teamId, round.id))),
      );
      return new Set(
        details.flatMap((detail) =>
          detail.assessments
            .filter((assessment) => assessment.status === 'submitted')
            .map((assessment) => assessment.memberId),
        ),
      );
    } catch {
      return undefined;
    }
  });
}

function load(teamId: string, memberId: string): Promise<MemberGapsState> {
  const key = `${teamId} ${memberId}`;
  return cached(cache, key, () =>
    assessedMembers(teamId).then((assessed) =>
      !assessed || assessed.has(memberId) ? memberGaps(teamId, memberId, key) : { status: 'none' },
    ),
  );
}

function memberGaps(teamId: string, memberId: string, key: string): Promise<MemberGapsState> {
  return getJson<MemberResults>(api.memberResults(teamId, memberId)).then(
    (results): MemberGapsState => ({
      status: 'loaded',
      gaps: gapsOf(results),
      roundName: results.round.name,
    }),
    (error: unknown): MemberGapsState => {
      if (error instanceof ApiError && [403, 404].includes(error.status)) return { status: 'none' };
      cache.delete(key);
      return { status: 'failed' };
    },
  );
}

/** The priority gaps of each member asked for, from their latest assessment round. */
export function useMemberGaps(teamId: string, memberIds: readonly string[]): Record<string, MemberGapsState> {
  const [states, setStates] = useState<Record<string, MemberGapsState>>({});
  const wanted = memberIds.join(' ');
  useEffect(() => {
    let cancelled = false;
    for (const memberId of wanted ? wanted.split(' ') : []) {
      void load(teamId, memberId).then((state) => {
        if (!cancelled) setStates((previous) => ({ ...previous, [memberId]: state }));
      });
    }
    return () => {
      cancelled = true;
    };
  }, [teamId, wanted]);
  return states;
}

/** Category names from every member's gaps loaded so far, for activities' chosen categories. */
export function categoryNames(states: Record<string, MemberGapsState>): Map<string, string> {
  const names = new Map<string, string>();
  for (const state of Object.values(states)) {
    if (state.status === 'loaded') for (const gap of state.gaps) names.set(gap.categoryKey, gap.categoryName);
  }
  return names;
}
