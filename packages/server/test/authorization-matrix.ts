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
};
