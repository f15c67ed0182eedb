import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, type TeamRole } from '@coreteam/core';

/**
 * Who may call a route, declared where the route is registered (`config: { access }`).
 * A route under /api without a declaration stops the server from starting: deny by default.
 *
 * - `public`: anyone, signed in or not.
 * - `signed-in`: any active user. `sessionOnly` refuses personal access tokens (managing tokens,
 *   changing the password); `duringAccountSetup` stays open while a temporary password must be changed.
 * - `system-admin`: system administrators only.
 * - `team`: the `teamId` in the path, for the listed team roles (and system admins when
 *   `systemAdmin` is true). Someone with no role in the team gets 404, so existence does not leak.
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in'; sessionOnly?: boolean; duringAccountSetup?: boolean }
  | { kind: 'system-admin' }
  | { kind: 'team'; roles: readonly TeamRole[]; systemAdmin: boolean };

export const access = {
  public: (): RouteAccess => ({ kind: 'public' }),
  signedIn: (options: { sessionOnly?: boolean; duringAccountSetup?: boolean } = {}): RouteAccess => ({
    kind: 'signed-in',
    ...options,
  }),
  systemAdmin: (): RouteAccess => ({ kind: 'system-admin' }),
  team: (roles: readonly TeamRole[], options: { systemAdmin?: boolean } = {}): RouteAccess => ({
    kind: 'team',
    roles,
    systemAdmin: options.systemAdmin ?? false,
  }),
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** Routes that plugins register for us (the API reference pages) and that are public by nature. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];

export class RouteWithoutAccessError extends Error {
  constructor(method: string | string[], url: string) {
    super(`Route ${String(method)} ${url} declares no access rule (config.access)`);
    this.name = 'RouteWithoutAccessError';
  }
}

export function requireAccessDeclarations(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    if (PLUGIN_ROUTE_PREFIXES.some((prefix) => route.url.startsWith(prefix))) {
      route.config = { ...route.config, access: access.public() };
      return;
    }
    const declared = route.config?.access;
    if (declared === undefined) throw new RouteWithoutAccessError(route.method, route.url);
    if (declared.kind === 'team' && !route.url.includes(':teamId')) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} is team-scoped but has no :teamId parameter`,
      );
    }
  });
}

export function routeAccessOf(request: FastifyRequest): RouteAccess | undefined {
  return request.routeOptions.config?.access;
}

export const unauthenticated = () =>
  new DomainError('unauthenticated', 'unauthenticated', 'Sign in to continue.');
export const forbidden = (message = 'You do not have permission to do this.', code = 'forbidden') =>
  new DomainError('forbidden', code, message);
export const teamNotFound = () => new DomainError('not_found', 'team_not_found', 'There is no such team.');
