import type { Persona } from './api-fixture.js';

/**
 * Who may call each operation of the OpenAPI document. A new route that is not listed here fails
 * the authorization matrix test, so nobody adds an endpoint without deciding who may call it.
 */
const EVERYONE_SIGNED_IN: Persona[] = [
  'systemAdmin',
  'lead',
  'member',
  'assessor',
  'viewer',
  'otherTeamLead',
];
const ANYONE: Persona[] = ['anonymous', ...EVERYONE_SIGNED_IN];
const ADMIN: Persona[] = ['systemAdmin'];
const TEAM_ANY_ROLE: Persona[] = ['systemAdmin', 'lead', 'member', 'assessor', 'viewer'];
const TEAM_LEAD: Persona[] = ['systemAdmin', 'lead'];
const ROSTER_READERS: Persona[] = ['systemAdmin', 'lead', 'member', 'assessor'];

export const AUTHORIZATION_MATRIX: Record<string, Persona[]> = {
  'GET /api/health': ANYONE,
  'GET /api/setup': ANYONE,
  'POST /api/setup': ANYONE,
  'POST /api/auth/login': ANYONE,
  'POST /api/auth/logout': EVERYONE_SIGNED_IN,
  'GET /api/me': EVERYONE_SIGNED_IN,
  'PATCH /api/me': EVERYONE_SIGNED_IN,
  'POST /api/me/password': EVERYONE_SIGNED_IN,
  'GET /api/me/tokens': EVERYONE_SIGNED_IN,
  'POST /api/me/tokens': EVERYONE_SIGNED_IN,
  'DELETE /api/me/tokens/{tokenId}': EVERYONE_SIGNED_IN,
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'GET /api/users/{userId}': ADMIN,
  'PATCH /api/users/{userId}': ADMIN,
  'GET /api/teams': EVERYONE_SIGNED_IN,
  'POST /api/teams': ADMIN,
  'GET /api/teams/{teamId}': TEAM_ANY_ROLE,
  'PATCH /api/teams/{teamId}': TEAM_LEAD,
  'DELETE /api/teams/{teamId}': ADMIN,
  'GET /api/teams/{teamId}/export': TEAM_LEAD,
  'POST /api/teams/import': ADMIN,
  'GET /api/teams/{teamId}/access': TEAM_LEAD,
  'POST /api/teams/{teamId}/access': TEAM_LEAD,
  'DELETE /api/teams/{teamId}/access/{userId}': TEAM_LEAD,
  'GET /api/teams/{teamId}/audit': TEAM_LEAD,
  'GET /api/audit': ADMIN,
  'GET /api/me/two-factor': EVERYONE_SIGNED_IN,
  'POST /api/me/two-factor/enrolment': EVERYONE_SIGNED_IN,
  'POST /api/me/two-factor/enrolment/confirm': EVERYONE_SIGNED_IN,
  'POST /api/me/two-factor/disable': EVERYONE_SIGNED_IN,
  'POST /api/users/{userId}/two-factor/reset': ADMIN,
  'GET /api/settings/security': ADMIN,
  'PUT /api/settings/security': ADMIN,
  'GET /api/roles': EVERYONE_SIGNED_IN,
  'PATCH /api/roles/{roleKey}': ADMIN,
  'GET /api/teams/{teamId}/role-names': TEAM_ANY_ROLE,
  'PUT /api/teams/{teamId}/role-names': TEAM_LEAD,
  'GET /api/teams/{teamId}/members': ROSTER_READERS,
  'POST /api/teams/{teamId}/members': TEAM_LEAD,
  'GET /api/teams/{teamId}/members/{memberId}': ROSTER_READERS,
  'PATCH /api/teams/{teamId}/members/{memberId}': ['systemAdmin', 'lead', 'member'],
  'DELETE /api/teams/{teamId}/members/{memberId}': TEAM_LEAD,
  'PUT /api/teams/{teamId}/members/{memberId}/roles': TEAM_LEAD,
  'GET /api/teams/{teamId}/structure': TEAM_ANY_ROLE,
  'GET /api/teams/{teamId}/members/{memberId}/growth': ROSTER_READERS,
  'POST /api/teams/{teamId}/members/{memberId}/growth': TEAM_LEAD,
  'DELETE /api/teams/{teamId}/members/{memberId}/growth/{opportunityId}': TEAM_LEAD,
  // Needs assessment. The fixture's framework belongs to the team; its assessment is a supervisor
  // assessment of the `member` persona answered by the `assessor` persona. Individual ratings are
  // for the member, the team's leads and the assessor only: not for system admins, not for viewers.
  'GET /api/frameworks': EVERYONE_SIGNED_IN,
  'POST /api/frameworks': TEAM_LEAD,
  'POST /api/frameworks/import': TEAM_LEAD,
  'GET /api/frameworks/{frameworkId}': TEAM_ANY_ROLE,
  'POST /api/frameworks/{frameworkId}/versions': TEAM_LEAD,
  'GET /api/frameworks/{frameworkId}/export': TEAM_ANY_ROLE,
  'GET /api/teams/{teamId}/rounds': TEAM_ANY_ROLE,
  'POST /api/teams/{teamId}/rounds': TEAM_LEAD,
  'GET /api/teams/{teamId}/rounds/{roundId}': TEAM_ANY_ROLE,
  'POST /api/teams/{teamId}/rounds/{roundId}/assessments': TEAM_LEAD,
  'GET /api/teams/{teamId}/rounds/{roundId}/results': TEAM_ANY_ROLE,
  'GET /api/teams/{teamId}/rounds/{roundId}/export': ['lead'],
  'POST /api/teams/{teamId}/rounds/{roundId}/response-imports/preview': TEAM_LEAD,
  'POST /api/teams/{teamId}/rounds/{roundId}/response-imports': TEAM_LEAD,
  'GET /api/teams/{teamId}/members/{memberId}/results': ['lead', 'member', 'assessor'],
  'GET /api/assessments/{assessmentId}': ['lead', 'member', 'assessor'],
  'PUT /api/assessments/{assessmentId}/ratings': ['assessor'],
  'POST /api/assessments/{assessmentId}/submit': ['assessor'],
  'POST /api/assessments/{assessmentId}/reopen': ['lead'],
  'GET /api/me/assessments': EVERYONE_SIGNED_IN,
  // Capacity building plan. The fixture's activity is for the `member` persona's roster entry; an
  // assessor reaches the activity routes but sees only their own activities (404 activity_not_found
  // for this one); viewers see totals only (the budget), not activities.
  'GET /api/teams/{teamId}/plans': TEAM_ANY_ROLE,
  'POST /api/teams/{teamId}/plans': TEAM_LEAD,
  'GET /api/plans/{planId}': TEAM_ANY_ROLE,
  'PATCH /api/plans/{planId}': TEAM_LEAD,
  'POST /api/plans/{planId}/revisions': TEAM_LEAD,
  'GET /api/plans/{planId}/activities': ROSTER_READERS,
  'POST /api/plans/{planId}/activities': TEAM_LEAD,
  'POST /api/plans/{planId}/activities/batch': TEAM_LEAD,
  'GET /api/plans/{planId}/activities/{activityId}': ROSTER_READERS,
  'PATCH /api/plans/{planId}/activities/{activityId}': TEAM_LEAD,
  'DELETE /api/plans/{planId}/activities/{activityId}': TEAM_LEAD,
  'GET /api/plans/{planId}/budget': TEAM_ANY_ROLE,
  'GET /api/plans/{planId}/document.pdf': TEAM_LEAD,
  'GET /api/plans/{planId}/workbook.xlsx': TEAM_LEAD,
  'GET /api/teams/{teamId}/tors': TEAM_ANY_ROLE,
  'GET /api/teams/{teamId}/tors/{roleKey}': TEAM_ANY_ROLE,
  'PUT /api/teams/{teamId}/tors/{roleKey}': TEAM_LEAD,
  'GET /api/teams/{teamId}/funding-sources': TEAM_ANY_ROLE,
  'POST /api/teams/{teamId}/funding-sources': TEAM_LEAD,
  'PATCH /api/teams/{teamId}/funding-sources/{fundingSourceId}': TEAM_LEAD,
  'DELETE /api/teams/{teamId}/funding-sources/{fundingSourceId}': TEAM_LEAD,
  // Learning. The catalogue is everyone's and a system admin's to edit. A member's records and
  // recommendations come from individual scores: for the member, leads, the member's assessor
  // (the fixture's assessment makes the `assessor` persona one) and system admins; the member and
  // leads write. The optimiser and its proposals are for leads.
  'GET /api/courses': EVERYONE_SIGNED_IN,
  'POST /api/courses': ADMIN,
  'PUT /api/courses/{courseKey}': ADMIN,
  'GET /api/course-categories': EVERYONE_SIGNED_IN,
  'PUT /api/course-categories/{categoryKey}': ADMIN,
  'GET /api/roles/{roleKey}/learning-path': EVERYONE_SIGNED_IN,
  'GET /api/teams/{teamId}/members/{memberId}/learning-records': ROSTER_READERS,
  'POST /api/teams/{teamId}/members/{memberId}/learning-records': ['systemAdmin', 'lead', 'member'],
  'PATCH /api/teams/{teamId}/members/{memberId}/learning-records/{recordId}': [
    'systemAdmin',
    'lead',
    'member',
  ],
  'DELETE /api/teams/{teamId}/members/{memberId}/learning-records/{recordId}': [
    'systemAdmin',
    'lead',
    'member',
  ],
  'GET /api/teams/{teamId}/members/{memberId}/recommendations': ROSTER_READERS,
  'POST /api/plans/{planId}/optimise': TEAM_LEAD,
  'GET /api/plans/{planId}/optimise/{proposalId}': TEAM_LEAD,
  'POST /api/plans/{planId}/optimise/{proposalId}/accept': TEAM_LEAD,
  // Governance dashboard: aggregates only, so every role in the team; the overview of all teams
  // is for system admins.
  'GET /api/teams/{teamId}/dashboard': TEAM_ANY_ROLE,
  'GET /api/dashboard/teams': ADMIN,
};

/**
 * Resources addressed by their own id rather than under a team: someone who may not even see the
 * resource gets 404 with this code (its existence does not leak); someone who may see it but not
 * do this gets 403. The personas who may see each kind of resource in the fixture:
 */
export const RESOURCE_READERS: { pathPrefix: string; notFoundCode: string; readers: Persona[] }[] = [
  {
    pathPrefix: '/api/frameworks/{frameworkId}',
    notFoundCode: 'framework_not_found',
    readers: TEAM_ANY_ROLE,
  },
  {
    pathPrefix: '/api/assessments/{assessmentId}',
    notFoundCode: 'assessment_not_found',
    readers: ['lead', 'member', 'assessor'],
  },
  {
    pathPrefix: '/api/plans/{planId}',
    notFoundCode: 'plan_not_found',
    readers: TEAM_ANY_ROLE,
  },
];
