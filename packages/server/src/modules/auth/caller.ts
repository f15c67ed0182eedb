import type { TeamRole, TokenScope } from '@coreteam/core';
import type { UserRecord } from '../users/users.repository.js';

/** Who is making a request, and how they proved it. */
export type Caller =
  | { user: UserRecord; via: 'session'; sessionIdHash: string; csrfToken: string }
  | { user: UserRecord; via: 'token'; tokenId: string; scope: TokenScope };

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
    /** The caller's roles in the team named by the route's :teamId (set by the access check). */
    teamRoles: TeamRole[];
  }
}

export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw new Error('route reached without a caller: its access rule should have refused it');
  return caller;
}
