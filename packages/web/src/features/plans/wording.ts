import type { TFunction } from 'i18next';
import type {
  ActivityStatus,
  ActivityTiming,
  ActivityType,
  CostKind,
  FundingSourceKind,
  FundingStatus,
} from '@coreteam/core';
import { formatDate } from '../../shared/format/intl.js';

/* Translation keys are camelCase (the API's values are kebab-case). */

const TYPE_KEYS: Record<ActivityType, string> = {
  'academy-in-person': 'academyInPerson',
  'online-course': 'onlineCourse',
  'remote-training': 'remoteTraining',
  'in-person-training': 'inPersonTraining',
  'on-the-job-coaching': 'onTheJobCoaching',
  mentoring: 'mentoring',
  'exchange-visit': 'exchangeVisit',
  conference: 'conference',
  scholarship: 'scholarship',
  other: 'other',
};

const STATUS_KEYS: Record<ActivityStatus, string> = {
  planned: 'planned',
  approved: 'approved',
  'in-progress': 'inProgress',
  completed: 'completed',
  cancelled: 'cancelled',
};

const COST_KIND_KEYS: Record<CostKind, string> = {
  fees: 'fees',
  travel: 'travel',
  accommodation: 'accommodation',
  'per-diem': 'perDiem',
  materials: 'materials',
  other: 'other',
};

export function activityTypeLabel(type: ActivityType, t: TFunction): string {
  return t(`activityType.${TYPE_KEYS[type]}`);
}

export function activityStatusLabel(status: ActivityStatus, t: TFunction): string {
  return t(`activityStatus.${STATUS_KEYS[status]}`);
}

export function costKindLabel(kind: CostKind, t: TFunction): string {
  return t(`costKind.${COST_KIND_KEYS[kind]}`);
}

export function fundingStatusLabel(status: FundingStatus, t: TFunction): string {
  return t(`fundingStatus.${status}`);
}

export function fundingSourceKindLabel(kind: FundingSourceKind | null, t: TFunction): string {
  return kind === null ? t('budget.uncovered') : t(`fundingSourceKind.${kind}`);
}

/** "12 Mar 2027 – 16 Mar 2027", "Q3 2027" or "Sometime in 2027". */
export function timingLabel(timing: ActivityTiming, t: TFunction, language: string): string {
  if (timing.kind === 'dates') {
    return t('timing.dateRange', {
      from: formatDate(`${timing.startsOn}T12:00:00`, language),
      to: formatDate(`${timing.endsOn}T12:00:00`, language),
    });
  }
  if (timing.quarter === null) return t('timing.yearOnly', { year: timing.year });
  return t('timing.quarter', { year: timing.year, quarter: timing.quarter });
}

export function periodLabel(plan: { startYear: number; endYear: number }): string {
  return plan.startYear === plan.endYear ? String(plan.startYear) : `${plan.startYear}–${plan.endYear}`;
}
