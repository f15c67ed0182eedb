export {
  aggregateTeamFromSheets,
  answerSheetOf,
  ratingsOfAnswerSheet,
  readAnswerSheet,
  scoreRoundFromSheets,
  type AnswerSheet,
  type SheetAssessment,
  type SheetScoringInput,
} from './answer-sheet.js';
export * from './comparison.js';
export * from './default-framework.js';
export * from './framework.js';
export * from './gaps.js';
export * from './privacy.js';
export * from './ratings.js';
export {
  aggregateTeam,
  compareSelfWithAssessor,
  round1,
  scoreAssessment,
  scoreRound,
  type AreaAggregate,
  type AreaScore,
  type AreaSideBySide,
  type AssessmentProfile,
  type CategoryAggregate,
  type CategoryScore,
  type CategorySideBySide,
  type MemberProfile,
  type RoundScores,
  type RoundScoringInput,
  type ScoringIssue,
  type SkillSideBySide,
  type TeamAggregates,
} from './scoring.js';
export * from './submission.js';
export { DEFAULT_TARGET_LEVEL, defaultTargets, type CategoryTarget } from './targets.js';
