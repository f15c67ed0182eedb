import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, idSchema, TEAM_ROLES, type TeamRole } from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { forbidden, routeAccessOf, teamNotFound, unauthenticated } from '../../http/route-access.js';
import { findUserById } from '../users/users.repository.js';
import { findRolesInTeam, teamExists } from '../teams/teams.repository.js';
import { isTwoFactorRequired } from '../two-factor/two-factor.service.js';
import type { Caller } from './caller.js';
import { equalInConstantTime, sha256 } from './secrets.js';
import { deleteSession, findSession, touchSession } from './sessions.repository.js';
import { clearSessionCookie, readSessionToken } from './session-cookie.js';
import { findActiveTokenByHash, markTokenUsed } from './tokens.repository.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writing last_seen_at on every request would turn every read into a write; a minute is precise enough. */
const TOUCH_INTERVAL_MS = 60_000;

async function callerFromToken(context: AppContext, header: string): Promise<Caller> {
  const token = header.slice('bearer '.length).trim();
  const row = await findActiveTokenByHash(context.database.db, sha256(token));
  const now = context.clock.now();
  if (!row || (row.expires_at && new Date(row.expires_at) <= now)) {
    throw new DomainError('unauthenticated', 'invalid_token', 'The access token is not valid.');
  }
  const user = await findUserById(context.database.db, row.user_id);
  if (!user?.active)
    throw new DomainError('unauthenticated', 'invalid_token', 'The access token is not valid.');
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_INTERVAL_MS) {
    await markTokenUsed(context.database.db, row.id, now.toISOString());
  }
  return { user, via: 'token', tokenId: row.id, scope: row.scope === 'read' ? 'read' : 'read-write' };
}

async function callerFromSession(context: AppContext, token: string): Promise<Caller | null> {
  const idHash = sha256(token);
  const db = context.database.db;
  const session = await findSession(db, idHash);
  if (!session) return null;
  const now = context.clock.now();
  const idleLimit = new Date(session.last_seen_at).getTime() + context.sessions.idleMinutes * 60_000;
  if (new Date(session.expires_at) <= now || idleLimit <= now.getTime()) {
    await deleteSession(db, idHash);
    return null;
  }
  const user = await findUserById(db, session.user_id);
  if (!user?.active) {
    await deleteSession(db, idHash);
    return null;
  }
  if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(db, idHash, now.toISOString());
  }
  return { user, via: 'session', sessionIdHash: idHash, csrfToken: session.csrf_token };
}

/** The browser's Origin, when it sent one, must be this server's own. */
function hasForeignOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    // Through URL on both sides, so that default ports compare equal (":80" and none).
    return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return true;
  }
}

/**
 * Resolves the caller (personal access token or session cookie) and applies the route's access
 * rule before the body is even read: 401 without credentials, 403 without permission, 404 for a
 * team the caller has no part in. Unsafe requests with a cookie need the session's CSRF token
 * and, when the browser says where it comes from, our own origin.
 */
export function registerAuthentication(app: FastifyInstance, context: AppContext): void {
  app.decorateRequest('caller', null);
  app.decorateRequest('teamRoles', null as unknown as TeamRole[]);

  app.addHook('onRequest', async (request, reply) => {
    request.teamRoles = [];
    const rule = routeAccessOf(request);
    if (!rule) return; // not an /api route (the web app, static files, 404s)

    const authorization = request.headers.authorization;
    if (authorization && /^bearer /i.test(authorization)) {
      request.caller = await callerFromToken(context, authorization);
    } else {
      const token = readSessionToken(request);
      if (token) {
        request.caller = await callerFromSession(context, token);
        if (!request.caller) clearSessionCookie(request, reply);
      }
    }

    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe && request.caller?.via !== 'token') {
      if (hasForeignOrigin(request)) throw forbidden('This request came from another site.', 'csrf_failed');
      if (request.caller?.via === 'session') {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !equalInConstantTime(sent, request.caller.csrfToken)) {
          throw forbidden(
            'The request is missing its CSRF token. Reload the page and try again.',
            'csrf_failed',
          );
        }
      }
    }

    if (rule.kind === 'public') return;
    const caller = request.caller;
    if (!caller) throw unauthenticated();

    if (caller.via === 'token') {
      if (rule.kind === 'signed-in' && rule.sessionOnly) {
        throw forbidden(
          'This can only be done when signed in, not with an access token.',
          'session_required',
        );
      }
      if (unsafe && caller.scope === 'read') {
        throw forbidden('This access token may only read.', 'token_read_only');
      }
    }
    const setupRoute = rule.kind === 'signed-in' && rule.duringAccountSetup === true;
    if (caller.user.mustChangePassword && !setupRoute) {
      throw forbidden('Change your temporary password first.', 'password_change_required');
    }
    if (
      !caller.user.twoFactorEnabled &&
      !setupRoute &&
      (await isTwoFactorRequired(context.database.db, caller.user))
    ) {
      throw forbidden('Set up two-factor sign-in first.', 'two_factor_enrolment_required');
    }

    if (rule.kind === 'signed-in') return;
    if (rule.kind === 'system-admin') {
      if (!caller.user.systemAdmin) throw forbidden();
      return;
    }

    const { teamId } = request.params as { teamId?: string };
    if (!teamId || !idSchema.safeParse(teamId).success || !(await teamExists(context.database.db, teamId))) {
      throw teamNotFound();
    }
    const roles = await findRolesInTeam(context.database.db, teamId, caller.user.id);
    request.teamRoles = roles;
    if (caller.user.systemAdmin && rule.systemAdmin) return;
    if (roles.length === 0) throw teamNotFound();
    if (!roles.some((role) => rule.roles.includes(role))) throw forbidden();
  });
}

export function isTeamRole(value: string): value is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(value);
}
