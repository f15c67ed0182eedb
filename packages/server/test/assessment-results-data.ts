import { randomUUID } from 'node:crypto';
import type { AssessmentMode, AssessmentStatus, FrameworkDocumentInput } from '@coreteam/core';
import type { Executor } from '../src/db/transaction.js';

/*
 * Small builders for results tests: frameworks, rounds, roster members and assessments with their
 * answers, written straight to the database (the write routes are tested on their own).
 */

const AT = '2026-01-05T10:00:00.000Z';

export interface SkillSpec {
  key: string;
  name?: string;
}

/** A framework document from a compact outline: { areaKey: { categoryKey: [skill keys] } }. */
export function aFrameworkDocument(options: {
  key?: string;
  areas: {
    key: string;
    name?: string;
    roleKey: string;
    subRoleKey?: string | null;
    categories: { key: string; name?: string; skills: (string | SkillSpec)[] }[];
  }[];
  targets?: { roleKey: string; subRoleKey?: string | null; categoryKey: string; level: number }[];
}): FrameworkDocumentInput {
  return {
    key: options.key ?? 'results-framework',
    name: 'Results framework',
    description: 'For results tests.',
    ratingScale: {
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        name: `Level ${level}`,
        description: `Level ${level}.`,
      })),
      notApplicable: { name: 'N/A', description: 'Not part of my work.' },
    },
    areas: options.areas.map((area) => ({
      key: area.key,
      name: area.name ?? `Area ${area.key}`,
      description: '',
      roleKey: area.roleKey,
      subRoleKey: area.subRoleKey ?? null,
      categories: area.categories.map((category) => ({
        key: category.key,
        name: category.name ?? `Category ${category.key}`,
        description: '',
        skills: category.skills.map((skill) => {
          const spec = typeof skill === 'string' ? { key: skill } : skill;
          return { key: spec.key, name: spec.name ?? `Skill ${spec.key}`, description: '' };
        }),
      })),
    })),
    targets: (options.targets ?? []).map((target) => ({ ...target, subRoleKey: target.subRoleKey ?? null })),
  };
}

/** A framework owned by the team, with one version per document given (numbered 1, 2…). */
export async function aFramework(
  db: Executor,
  teamId: string,
  documents: FrameworkDocumentInput[],
): Promise<{ frameworkId: string; versionIds: string[] }> {
  const frameworkId = randomUUID();
  const first = documents[0]!;
  await db
    .insertInto('framework')
    .values({
      id: frameworkId,
      key: first.key,
      name: first.name,
      description: first.description ?? '',
      team_id: teamId,
      built_in: 0,
      created_by: null,
      created_at: AT,
      updated_at: AT,
      version: 1,
    })
    .execute();
  const versionIds: string[] = [];
  for (const [index, document] of documents.entries()) {
    const id = randomUUID();
    const skillCount = document.areas.reduce(
      (sum, area) => sum + area.categories.reduce((inner, category) => inner + category.skills.length, 0),
      0,
    );
    await db
      .insertInto('framework_version')
      .values({
        id,
        framework_id: frameworkId,
        number: index + 1,
        document: JSON.stringify(document),
        skill_count: skillCount,
        frozen_at: AT,
        created_by: null,
        created_at: AT,
      })
      .execute();
    versionIds.push(id);
  }
  return { frameworkId, versionIds };
}

export async function aRound(
  db: Executor,
  options: { teamId: string; frameworkVersionId: string; name: string; opensOn: string; closesOn: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('assessment_round')
    .values({
      id,
      team_id: options.teamId,
      name: options.name,
      framework_version_id: options.frameworkVersionId,
      opens_on: options.opensOn,
      closes_on: options.closesOn,
      created_by: null,
      created_at: AT,
      updated_at: AT,
      version: 1,
    })
    .execute();
  return id;
}

/** A roster entry, with its role assignments (current unless said otherwise). */
export async function aRosterMember(
  db: Executor,
  options: {
    teamId: string;
    name: string;
    userId?: string | null;
    assignments?: { roleKey: string; subRoleKey?: string | null; status?: 'current' | 'envisioned' }[];
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('team_member')
    .values({
      id,
      team_id: options.teamId,
      user_id: options.userId ?? null,
      name: options.name,
      organisation: '',
      affiliation: 'ministry',
      based_in_country: 1,
      time_share_percent: 100,
      funding: 'government',
      partner_funding_ends_on: null,
      start_date: null,
      end_date: null,
      leaving_reason: null,
      phase: null,
      created_at: AT,
      updated_at: AT,
      version: 1,
    })
    .execute();
  for (const [position, assignment] of (options.assignments ?? []).entries()) {
    await db
      .insertInto('member_role_assignment')
      .values({
        id: randomUUID(),
        member_id: id,
        role_key: assignment.roleKey,
        sub_role_key: assignment.subRoleKey ?? null,
        status: assignment.status ?? 'current',
        since: null,
        position,
      })
      .execute();
  }
  return id;
}

/** An assessment with its answers: a level 0–3, or null for N/A. */
export async function anAssessment(
  db: Executor,
  options: {
    roundId: string;
    memberId: string;
    mode: AssessmentMode;
    assessorUserId?: string | null;
    areaKeys: string[];
    status?: AssessmentStatus;
    ratings?: Record<string, number | null>;
    comments?: Record<string, string>;
  },
): Promise<string> {
  const id = randomUUID();
  const status = options.status ?? 'submitted';
  await db
    .insertInto('assessment')
    .values({
      id,
      round_id: options.roundId,
      member_id: options.memberId,
      mode: options.mode,
      assessor_user_id: options.assessorUserId ?? null,
      area_keys: JSON.stringify(options.areaKeys),
      status,
      submitted_at: status === 'submitted' ? AT : null,
      created_by: null,
      created_at: AT,
      updated_at: AT,
      version: 1,
    })
    .execute();
  const ratings = Object.entries(options.ratings ?? {});
  if (ratings.length > 0) {
    await db
      .insertInto('assessment_rating')
      .values(
        ratings.map(([skillKey, level]) => ({
          assessment_id: id,
          skill_key: skillKey,
          level,
          updated_at: AT,
          updated_by: null,
        })),
      )
      .execute();
  }
  const comments = Object.entries(options.comments ?? {});
  if (comments.length > 0) {
    await db
      .insertInto('assessment_comment')
      .values(
        comments.map(([categoryKey, comment]) => ({
          assessment_id: id,
          category_key: categoryKey,
          comment,
          updated_at: AT,
        })),
      )
      .execute();
  }
  return id;
}
