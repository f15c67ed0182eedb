import type { Migration } from 'kysely';
import * as createSystemSetting from './2026-11-28-1500-create-system-setting.js';
import * as createAccountsAndTeams from './2026-11-28-1600-create-accounts-and-teams.js';
import * as createTeamStructure from './2026-11-28-1700-create-team-structure.js';
import * as addTwoFactor from './2026-11-28-1800-add-two-factor.js';
import * as createNeedsAssessment from './2026-11-29-0900-create-needs-assessment.js';
import * as addAssessmentAnswerSheets from './2026-11-29-1000-add-assessment-answer-sheets.js';
import * as createCapacityPlan from './2026-11-29-1100-create-capacity-plan.js';
import * as createLearning from './2026-11-29-1200-create-learning.js';

/**
 * Every migration, keyed by its file name. Kysely applies them in key order, so the dated
 * names keep them in the order they were written. Forward-only: a released migration is
 * never edited; a change is a new file.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-28-1500-create-system-setting': createSystemSetting,
  '2026-11-28-1600-create-accounts-and-teams': createAccountsAndTeams,
  '2026-11-28-1700-create-team-structure': createTeamStructure,
  '2026-11-28-1800-add-two-factor': addTwoFactor,
  '2026-11-29-0900-create-needs-assessment': createNeedsAssessment,
  '2026-11-29-1000-add-assessment-answer-sheets': addAssessmentAnswerSheets,
  '2026-11-29-1100-create-capacity-plan': createCapacityPlan,
  '2026-11-29-1200-create-learning': createLearning,
};
