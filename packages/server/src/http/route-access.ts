import type { FastifyInstance } from 'fastify';

/**
 * Who may call a route. Every `/api` route declares it where it is registered
 * (`config: { access: ... }`); a route without a declaration stops the server from starting,
 * so nothing is reachable by accident (deny by default).
 */
export type RouteAccess = 'public';

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
      route.config = { ...route.config, access: 'public' };
      return;
    }
    if (route.config?.access === undefined) throw new RouteWithoutAccessError(route.method, route.url);
  });
}
