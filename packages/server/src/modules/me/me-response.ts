import type { MeResponse, User } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { listMyTeams } from '../teams/teams.repository.js';
import { isTwoFactorRequired } from '../two-factor/two-factor.service.js';

/** The signed-in person as every sign-in, setup and profile answer describes them. */
export async function buildMeResponse(
  context: AppContext,
  user: User,
  csrfToken: string | null,
): Promise<MeResponse> {
  const db = context.database.db;
  return {
    user,
    teams: await listMyTeams(db, user.id),
    csrfToken,
    twoFactorEnrolmentRequired: !user.twoFactorEnabled && (await isTwoFactorRequired(db, user)),
  };
}
