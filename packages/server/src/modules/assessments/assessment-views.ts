import {
  NOT_APPLICABLE,
  progressByArea,
  type AreaProgress,
  type AssessmentFramework,
  type AssessmentSummary,
  type Rating,
  type Ratings,
} from '@coreteam/core';
import { respondentOf, type StoredAssessment, type StoredRating } from './assessments.repository.js';

/** Stored answers as the domain core reads them: a null level is N/A. */
export function ratingsOf(stored: readonly StoredRating[]): Ratings {
  const ratings: Record<string, Rating> = {};
  for (const rating of stored) {
    ratings[rating.skillKey] = rating.level === null ? NOT_APPLICABLE : (rating.level as Rating);
  }
  return ratings;
}

export function progressOf(
  framework: AssessmentFramework,
  assessment: Pick<StoredAssessment, 'areaKeys'>,
  ratings: Ratings,
): AreaProgress[] {
  return progressByArea({ framework, areaKeys: assessment.areaKeys, ratings });
}

export function toAssessmentSummary(
  assessment: StoredAssessment,
  progress: readonly AreaProgress[],
): AssessmentSummary {
  return {
    id: assessment.id,
    roundId: assessment.roundId,
    teamId: assessment.teamId,
    memberId: assessment.memberId,
    memberName: assessment.memberName,
    mode: assessment.mode,
    respondentUserId: respondentOf(assessment),
    assessorUserId: assessment.assessorUserId,
    assessorName: assessment.assessorName,
    areaKeys: assessment.areaKeys,
    status: assessment.status,
    answered: progress.reduce((sum, area) => sum + area.answered, 0),
    total: progress.reduce((sum, area) => sum + area.total, 0),
    submittedAt: assessment.submittedAt,
    updatedAt: assessment.updatedAt,
    version: assessment.version,
  };
}
