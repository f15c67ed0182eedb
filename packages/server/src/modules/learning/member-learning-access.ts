import { NotFoundError, type TeamRole } from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import { forbidden } from '../../http/route-access.js';

/** Who asks about a member's learning. */
export interface LearningReader {
  userId: string;
  systemAdmin: boolean;
  /** The caller's roles in the member's team. */
  teamRoles: readonly TeamRole[];
}

export interface MemberLearningAccess {
  member: { id: string; teamId: string; name: string; userId: string | null };
  /** A lead of the team or a system admin: sees everything, including who could mentor. */
  isLead: boolean;
  isSelf: boolean;
  /** Assesses this member in some round (and is neither lead nor the member). */
  assessorOnly: boolean;
  /** Leads and the member themself may record and change learning. */
  mayWrite: boolean;
}

/**
 * A member's learning records and recommendations come from their individual scores, so they are
 * for the member, the team's leads, the member's assessors and system admins; viewers and other
 * members are refused (403), and a member of another team is not found.
 */
export async function accessMemberLearning(
  db: Executor,
  teamId: string,
  memberId: string,
  reader: LearningReader,
): Promise<MemberLearningAccess> {
  const member = await db
    .selectFrom('team_member')
    .select(['id', 'team_id', 'name', 'user_id'])
    .where('id', '=', memberId)
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  if (!member) throw new NotFoundError('There is no such member in this team.', 'member_not_found');
  const isLead = reader.systemAdmin || reader.teamRoles.includes('lead');
  const isSelf = member.user_id !== null && member.user_id === reader.userId;
  let assessor = false;
  if (!isLead && !isSelf && reader.teamRoles.includes('assessor')) {
    const assigned = await db
      .selectFrom('assessment')
      .innerJoin('assessment_round', 'assessment_round.id', 'assessment.round_id')
      .select('assessment.id')
      .where('assessment_round.team_id', '=', teamId)
      .where('assessment.member_id', '=', memberId)
      .where('assessment.assessor_user_id', '=', reader.userId)
      .executeTakeFirst();
    assessor = assigned !== undefined;
  }
  if (!isLead && !isSelf && !assessor) {
    throw forbidden('Only the member, the team’s leads and the member’s assessors may see their learning.');
  }
  return {
    member: { id: member.id, teamId: member.team_id, name: member.name, userId: member.user_id },
    isLead,
    isSelf,
    assessorOnly: assessor,
    mayWrite: isLead || isSelf,
  };
}

export function requireLearningWriter(access: MemberLearningAccess): void {
  if (!access.mayWrite) throw forbidden('Only the member and the team’s leads may record their learning.');
}
