import type {
  ActivityStatus,
  ActivityTiming,
  ActivityType,
  CostKind,
  FundingSourceKind,
  FundingStatus,
  PlanBudget,
  PlanRevision,
  SupportedLanguage,
  TermsOfReference,
} from '@coreteam/core';

/**
 * Everything the plan document (PDF) and the budget workbook (XLSX) show, gathered once by the
 * plans service so both files tell the same story as `GET /api/plans/{planId}/budget`.
 * Names are already resolved, seeded text (the built-in framework, the roles catalogue, default
 * terms of reference, country names) in `language`; money is in integer minor units.
 */
export interface PlanReport {
  /** The reader's language: the files are written in it and the seeded text is in it. */
  language: SupportedLanguage;
  generatedAt: string;
  team: { id: string; name: string; country: string | null };
  plan: {
    id: string;
    title: string;
    startYear: number;
    endYear: number;
    baseCurrency: string;
    /** Digits after the decimal point of the base currency (ISO 4217), e.g. 2 for USD, 0 for XOF. */
    baseCurrencyDigits: number;
    summary: string;
    version: number;
    exchangeRates: { currency: string; rate: string; effectiveOn: string }[];
    latestRevision: Pick<PlanRevision, 'number' | 'note' | 'createdAt'> | null;
  };
  /** The core positions and other roles with the people who hold them (current and envisioned). */
  roles: {
    roleKey: string;
    roleName: string;
    people: { memberId: string; name: string; status: 'current' | 'envisioned' }[];
  }[];
  /** Team averages per area (0–3, two decimals as text) for the baseline and the latest round. */
  assessmentSummary: {
    baseline: { roundName: string; closesOn: string } | null;
    latest: { roundName: string; closesOn: string } | null;
    areas: { areaName: string; baseline: string | null; latest: string | null }[];
  };
  /** Each member's priority gaps (category names only, never scores), in priority order. */
  members: {
    memberId: string;
    name: string;
    roleNames: string[];
    priorityGaps: string[];
    activities: PlanReportActivity[];
  }[];
  /** Every activity once (an activity for several members appears under each of them above). */
  activities: PlanReportActivity[];
  fundingSources: { id: string; name: string; kind: FundingSourceKind }[];
  budget: PlanBudget;
  termsOfReference: (TermsOfReference & { roleName: string })[];
}

export interface PlanReportActivity {
  id: string;
  title: string;
  type: ActivityType;
  provider: string;
  timing: ActivityTiming;
  year: number;
  status: ActivityStatus;
  outcomeNote: string;
  memberNames: string[];
  gapCategoryNames: string[];
  costLines: {
    kind: CostKind;
    description: string;
    quantity: number;
    unitCostMinor: number;
    currency: string;
    currencyDigits: number;
    totalMinor: number;
    baseTotalMinor: number;
  }[];
  fundingShares: { fundingSourceName: string; amountMinor: number; status: FundingStatus }[];
  totalMinor: number;
  uncoveredMinor: number;
}
