/** Addresses of the learning API and of the learning pages. */

const id = encodeURIComponent;

export const learningApi = {
  courses: '/api/courses',
  path: (roleKey: string) => `/api/roles/${id(roleKey)}/learning-path`,
  member: (teamId: string, memberId: string) => `/api/teams/${id(teamId)}/members/${id(memberId)}`,
  records: (teamId: string, memberId: string) =>
    `/api/teams/${id(teamId)}/members/${id(memberId)}/learning-records`,
  record: (teamId: string, memberId: string, recordId: string) =>
    `/api/teams/${id(teamId)}/members/${id(memberId)}/learning-records/${id(recordId)}`,
  recommendations: (teamId: string, memberId: string, planId?: string) =>
    `/api/teams/${id(teamId)}/members/${id(memberId)}/recommendations${planId ? `?planId=${id(planId)}` : ''}`,
  teamPlans: (teamId: string) => `/api/teams/${id(teamId)}/plans`,
  /** Several activities in one request, all or none. */
  activityBatch: (planId: string) => `/api/plans/${id(planId)}/activities/batch`,
  optimise: (planId: string) => `/api/plans/${id(planId)}/optimise`,
  accept: (planId: string, proposalId: string) =>
    `/api/plans/${id(planId)}/optimise/${id(proposalId)}/accept`,
};

export const learningPages = {
  paths: '/learning-paths',
  member: (teamId: string, memberId: string) => `/teams/${id(teamId)}/members/${id(memberId)}/learning`,
};
