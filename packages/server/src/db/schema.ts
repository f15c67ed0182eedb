import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/*
 * Booleans are stored as integers 0/1 and dates as ISO 8601 strings, so one schema serves SQLite
 * and PostgreSQL alike; repositories map rows to camelCase domain objects.
 */

/** Instance-wide settings, one row per key (e.g. whether two-factor sign-in is required for everyone). */
export interface SystemSettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface UserAccountTable {
  id: string;
  email: string;
  /** Lower-cased email: the unique key, so sign-in is case-insensitive. */
  email_key: string;
  display_name: string;
  password_hash: string;
  preferred_language: string;
  is_active: number;
  is_system_admin: number;
  must_change_password: number;
  created_at: string;
  updated_at: string;
  version: number;
  /** Base32 TOTP secret; set at enrolment, in use once totp_enabled_at is set. */
  totp_secret: string | null;
  totp_enabled_at: string | null;
  /** The last 30-second step a code was accepted for: each code works once. */
  totp_last_step: number | string | null;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  /** SHA-256 of the code: the codes are random, so a fast hash is enough. */
  code_hash: string;
  used_at: string | null;
}

export interface UserSessionTable {
  /** SHA-256 of the session token: a stolen database does not yield live sessions. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

export interface PersonalAccessTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scope: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface TeamTable {
  id: string;
  name: string;
  country_code: string;
  description: string;
  base_currency: string;
  /** foundational, proficient or expert; null until the lead sets it. */
  phase: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface TeamAccessTable {
  team_id: string;
  user_id: string;
  role: string;
  granted_by: string | null;
  granted_at: string;
}

export interface AuditEventTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  team_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  changes: string;
  ip: string | null;
}

export interface LoginThrottleTable {
  /** `account:<email>` or `address:<ip>`. */
  key: string;
  failure_count: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface RoleDefinitionTable {
  key: string;
  kind: string;
  name: string;
  description: string;
  dedication: string;
  build_order: number | null;
  /** JSON array of competency keys. */
  competencies: string;
  /** JSON array of `{ key, name, description }`. */
  sub_roles: string;
  sort_order: number;
  updated_at: string;
  version: number;
}

export interface TeamRoleNameTable {
  team_id: string;
  role_key: string;
  local_name: string;
}

export interface TeamMemberTable {
  id: string;
  team_id: string;
  user_id: string | null;
  name: string;
  organisation: string;
  affiliation: string;
  based_in_country: number;
  time_share_percent: number;
  funding: string;
  partner_funding_ends_on: string | null;
  start_date: string | null;
  end_date: string | null;
  leaving_reason: string | null;
  phase: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MemberRoleAssignmentTable {
  id: string;
  member_id: string;
  role_key: string;
  sub_role_key: string | null;
  status: string;
  since: string | null;
  /** Keeps the order the lead gave the assignments. */
  position: number;
}

export interface GrowthOpportunityTable {
  id: string;
  member_id: string;
  kind: string;
  occurred_on: string;
  note: string;
  created_at: string;
}

/** An assessment template; `team_id` null for one every team can use (e.g. the built-in default). */
export interface FrameworkTable {
  id: string;
  key: string;
  name: string;
  description: string;
  team_id: string | null;
  built_in: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One version of a framework: the whole document as JSON, frozen once a round uses it. */
export interface FrameworkVersionTable {
  id: string;
  framework_id: string;
  number: number;
  document: string;
  skill_count: number;
  frozen_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface AssessmentRoundTable {
  id: string;
  team_id: string;
  name: string;
  framework_version_id: string;
  opens_on: string;
  closes_on: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AssessmentTable {
  id: string;
  round_id: string;
  member_id: string;
  /** self, supervisor or external. */
  mode: string;
  assessor_user_id: string | null;
  /** JSON array of the framework area keys this assessment covers. */
  area_keys: string;
  /** not-started, in-progress or submitted. */
  status: string;
  submitted_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AssessmentRatingTable {
  assessment_id: string;
  skill_key: string;
  /** 0–3; null for N/A. */
  level: number | null;
  updated_at: string;
  updated_by: string | null;
}

export interface AssessmentCommentTable {
  assessment_id: string;
  category_key: string;
  comment: string;
  updated_at: string;
}

/**
 * A submitted assessment's answers in one string, one mark per skill of the round's framework
 * version in framework order ('0'–'3', 'n' for N/A, '-' unanswered): what results are computed
 * from. Written on submit, removed on reopen.
 */
export interface AssessmentAnswerSheetTable {
  assessment_id: string;
  framework_version_id: string;
  answers: string;
  created_at: string;
}

/**
 * Integer minor units in a `bigint` column: better-sqlite3 reads a number, pg a string, so every
 * read goes through Number() (the plan repositories do it in one place).
 */
type MinorUnitsColumn = ColumnType<number | string, number, number>;

export interface CapacityPlanTable {
  id: string;
  team_id: string;
  title: string;
  start_year: number;
  end_year: number;
  base_currency: string;
  summary: string;
  /** JSON array of `{ currency, rate, effectiveOn }`, rates as decimal strings. */
  exchange_rates: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface FundingSourceTable {
  id: string;
  team_id: string;
  /** government, partner or other. */
  kind: string;
  name: string;
  notes: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PlanActivityTable {
  id: string;
  plan_id: string;
  title: string;
  type: string;
  provider: string;
  /** JSON of the activity timing (`dates` or `quarter`). */
  timing: string;
  year: number;
  status: string;
  outcome_note: string;
  /** JSON array of framework category keys. */
  gap_category_keys: string;
  total_minor: MinorUnitsColumn;
  uncovered_minor: MinorUnitsColumn;
  position: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  /** The catalogue course the activity is, if any (added with learning). */
  course_key: string | null;
}

export interface PlanActivityMemberTable {
  activity_id: string;
  member_id: string;
  position: number;
}

export interface PlanCostLineTable {
  id: string;
  activity_id: string;
  position: number;
  kind: string;
  description: string;
  quantity: number;
  unit_cost_minor: MinorUnitsColumn;
  currency: string;
  total_minor: MinorUnitsColumn;
  base_total_minor: MinorUnitsColumn;
}

export interface PlanFundingShareTable {
  id: string;
  activity_id: string;
  funding_source_id: string;
  position: number;
  amount_minor: MinorUnitsColumn;
  /** secured, pledged or unfunded. */
  status: string;
}

export interface PlanRevisionTable {
  id: string;
  plan_id: string;
  number: number;
  note: string;
  /** JSON of the changes since the previous revision. */
  changes: string;
  /** JSON of the plan's activities and totals when the revision was made. */
  snapshot: string;
  created_by: string | null;
  created_at: string;
}

export interface TeamTermsOfReferenceTable {
  team_id: string;
  role_key: string;
  purpose: string;
  /** JSON array of strings. */
  responsibilities: string;
  /** JSON array of strings. */
  required_competencies: string;
  reporting_line: string;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

export interface CourseCategoryTable {
  key: string;
  name: string;
  description: string;
  position: number;
  updated_at: string;
  version: number;
}

export interface CourseTable {
  key: string;
  /** academy, documentation, community or local-training. */
  kind: string;
  category_key: string | null;
  name: string;
  description: string;
  /** JSON array of `{ format, durationDays, feesMinor, travelMinor, currency }`. */
  offerings: string;
  /** JSON arrays of keys. */
  prerequisite_keys: string;
  develops_category_keys: string;
  recommended_role_keys: string;
  position: number;
  updated_at: string;
  version: number;
}

export interface LearningPathStepTable {
  role_key: string;
  position: number;
  course_key: string;
  /** JSON array of sub-role keys; empty: the whole role. */
  sub_role_keys: string;
}

export interface LearningRecordTable {
  id: string;
  member_id: string;
  course_key: string;
  taken_on: string;
  completed: number;
  certificate: number;
  plan_activity_id: string | null;
  note: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface OptimiserProposalTable {
  id: string;
  plan_id: string;
  plan_version: number;
  year: number;
  budget_minor: MinorUnitsColumn;
  currency: string;
  /** JSON of the proposal: activities with their drafts, what was left out, totals. */
  payload: string;
  created_by: string | null;
  created_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  /** JSON array of the plan activity ids created on accept. */
  accepted_activity_ids: string;
}

/** Every table Coreteam stores, as Kysely sees it. */
export interface Database {
  system_setting: SystemSettingTable;
  user_account: UserAccountTable;
  user_session: UserSessionTable;
  personal_access_token: PersonalAccessTokenTable;
  team: TeamTable;
  team_access: TeamAccessTable;
  audit_event: AuditEventTable;
  login_throttle: LoginThrottleTable;
  role_definition: RoleDefinitionTable;
  team_role_name: TeamRoleNameTable;
  team_member: TeamMemberTable;
  member_role_assignment: MemberRoleAssignmentTable;
  growth_opportunity: GrowthOpportunityTable;
  recovery_code: RecoveryCodeTable;
  framework: FrameworkTable;
  framework_version: FrameworkVersionTable;
  assessment_round: AssessmentRoundTable;
  assessment: AssessmentTable;
  assessment_rating: AssessmentRatingTable;
  assessment_comment: AssessmentCommentTable;
  assessment_answer_sheet: AssessmentAnswerSheetTable;
  capacity_plan: CapacityPlanTable;
  funding_source: FundingSourceTable;
  plan_activity: PlanActivityTable;
  plan_activity_member: PlanActivityMemberTable;
  plan_cost_line: PlanCostLineTable;
  plan_funding_share: PlanFundingShareTable;
  plan_revision: PlanRevisionTable;
  team_terms_of_reference: TeamTermsOfReferenceTable;
  course_category: CourseCategoryTable;
  course: CourseTable;
  learning_path_step: LearningPathStepTable;
  learning_record: LearningRecordTable;
  optimiser_proposal: OptimiserProposalTable;
}

export type UserAccountRow = Selectable<UserAccountTable>;
export type NewUserAccountRow = Insertable<UserAccountTable>;
export type UserAccountUpdate = Updateable<UserAccountTable>;
export type UserSessionRow = Selectable<UserSessionTable>;
export type PersonalAccessTokenRow = Selectable<PersonalAccessTokenTable>;
export type TeamRow = Selectable<TeamTable>;
export type TeamAccessRow = Selectable<TeamAccessTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type LoginThrottleRow = Selectable<LoginThrottleTable>;
export type RoleDefinitionRow = Selectable<RoleDefinitionTable>;
export type TeamMemberRow = Selectable<TeamMemberTable>;
export type MemberRoleAssignmentRow = Selectable<MemberRoleAssignmentTable>;
export type GrowthOpportunityRow = Selectable<GrowthOpportunityTable>;
export type FrameworkRow = Selectable<FrameworkTable>;
export type FrameworkVersionRow = Selectable<FrameworkVersionTable>;
export type AssessmentRoundRow = Selectable<AssessmentRoundTable>;
export type AssessmentRow = Selectable<AssessmentTable>;
export type AssessmentRatingRow = Selectable<AssessmentRatingTable>;
export type AssessmentCommentRow = Selectable<AssessmentCommentTable>;
export type AssessmentAnswerSheetRow = Selectable<AssessmentAnswerSheetTable>;
