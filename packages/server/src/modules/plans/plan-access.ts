import { NotFoundError, type TeamRole } from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import { forbidden } from '../../http/route-access.js';
import { findRolesInTeam } from '../teams/teams.repository.js';
import { findPlan, type StoredPlan } from './plans.repository.js';

/** Who asks, as far as plans are concerned. */
export interface PlanCaller {
  userId: string;
  systemAdmin: boolean;
}

/** What the caller is to a plan. Someone with no role in its team may not know it exists. */
export interface PlanAccess {
  plan: StoredPlan;
  /** A lead of the plan's team, or a system admin: sees and changes everything. */
  isLead: boolean;
  roles: TeamRole[];
  /** The caller's own roster entries in the plan's team (usually one, often none). */
  ownMemberIds: string[];
}

export const planNotFound = () => new NotFoundError('There is no such plan.', 'plan_not_found');

/** The plan if the caller has any role in its team (or is a system admin); otherwise 404. */
export async function accessPlan(db: Executor, planId: string, caller: PlanCaller): Promise<PlanAccess> {
  const plan = await findPlan(db, planId);
  if (!plan) throw planNotFound();
  const roles = await findRolesInTeam(db, plan.teamId, caller.userId);
  if (roles.length === 0 && !caller.systemAdmin) throw planNotFound();
  const own = await db
    .selectFrom('team_member')
    .select('id')
    .where('team_id', '=', plan.teamId)
    .where('user_id', '=', caller.userId)
    .execute();
  return {
    plan,
    isLead: caller.systemAdmin || roles.includes('lead'),
    roles,
    ownMemberIds: own.map((row) => row.id),
  };
}

export function requirePlanLead(access: PlanAccess): void {
  if (!access.isLead) throw forbidden('Only a lead of the team can change its capacity building plan.');
}

/**
 * Which activities the caller may see: leads all of them; members and assessors the ones they take
 * part in; a viewer none (they see the plan's totals only, through the budget).
 */
export function activityVisibility(access: PlanAccess): 'all' | 'own' {
  if (access.isLead) return 'all';
  if (access.roles.some((role) => role === 'member' || role === 'assessor')) return 'own';
  throw forbidden('Viewers see the plan’s totals only, not its activities.');
}
