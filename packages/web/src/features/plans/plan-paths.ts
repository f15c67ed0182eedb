/** Addresses of the plan API and of the plan pages. */

const id = encodeURIComponent;

export const api = {
  teamPlans: (teamId: string) => `/api/teams/${id(teamId)}/plans`,
  team: (teamId: string) => `/api/teams/${id(teamId)}`,
  members: (teamId: string) => `/api/teams/${id(teamId)}/members`,
  rounds: (teamId: string) => `/api/teams/${id(teamId)}/rounds`,
  round: (teamId: string, roundId: string) => `/api/teams/${id(teamId)}/rounds/${id(roundId)}`,
  memberResults: (teamId: string, memberId: string) =>
    `/api/teams/${id(teamId)}/members/${id(memberId)}/results`,
  fundingSources: (teamId: string) => `/api/teams/${id(teamId)}/funding-sources`,
  tors: (teamId: string) => `/api/teams/${id(teamId)}/tors`,
  tor: (teamId: string, roleKey: string) => `/api/teams/${id(teamId)}/tors/${id(roleKey)}`,
  plan: (planId: string) => `/api/plans/${id(planId)}`,
  revisions: (planId: string) => `/api/plans/${id(planId)}/revisions`,
  activities: (planId: string) => `/api/plans/${id(planId)}/activities`,
  activity: (planId: string, activityId: string) => `/api/plans/${id(planId)}/activities/${id(activityId)}`,
  budget: (planId: string) => `/api/plans/${id(planId)}/budget`,
  document: (planId: string) => `/api/plans/${id(planId)}/document.pdf`,
  workbook: (planId: string) => `/api/plans/${id(planId)}/workbook.xlsx`,
};

export const pages = {
  plans: (teamId: string) => `/teams/${id(teamId)}/plans`,
  plan: (teamId: string, planId: string) => `/teams/${id(teamId)}/plans/${id(planId)}`,
  print: (teamId: string, planId: string) => `/teams/${id(teamId)}/plans/${id(planId)}/print`,
  fundingSources: (teamId: string) => `/teams/${id(teamId)}/funding-sources`,
  termsOfReference: (teamId: string) => `/teams/${id(teamId)}/terms-of-reference`,
};
