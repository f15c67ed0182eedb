import type { FastifyReply, FastifyRequest } from 'fastify';

/** Over HTTPS the cookie takes the __Host- prefix: Secure, host-only, Path=/, unforgeable by subdomains. */
export const SESSION_COOKIE = 'coreteam_session';
export const SECURE_SESSION_COOKIE = '__Host-coreteam_session';

function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function readSessionToken(request: FastifyRequest): string | undefined {
  const cookies = request.cookies ?? {};
  return (isHttps(request) ? cookies[SECURE_SESSION_COOKIE] : undefined) ?? cookies[SESSION_COOKIE];
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const secure = isHttps(request);
  reply.setCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const secure = isHttps(request);
  reply.clearCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
  });
}
