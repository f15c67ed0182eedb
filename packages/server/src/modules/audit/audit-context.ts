import type { FastifyRequest } from 'fastify';

/** Who did it and from where, for the audit log. */
export interface Actor {
  userId: string | null;
  ip: string;
}

export function actorOf(request: FastifyRequest): Actor {
  return { userId: request.caller?.user.id ?? null, ip: request.ip };
}
