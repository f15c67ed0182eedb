import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './error-handler.js';

const ONE_YEAR_SECONDS = 31_536_000;

/**
 * Serves the built web app: hashed assets under /assets with a year-long immutable cache,
 * index.html and the service worker (/sw.js, scope /) revalidated on every use (so a new release
 * is picked up at once), and index.html for every client route (any GET outside /api that is not
 * a file). Everything else unknown is a JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string | undefined): Promise<void> {
  const built = webDistDir !== undefined && existsSync(path.join(webDistDir, 'index.html'));

  if (webDistDir && built) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        const isHashedAsset = filePath.startsWith(path.join(webDistDir, 'assets') + path.sep);
        response.setHeader(
          'cache-control',
          isHashedAsset ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !pathname.startsWith('/api') &&
      !pathname.startsWith('/assets/') &&
      path.extname(pathname) === '';
    if (wantsPage && built) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (wantsPage && webDistDir) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The Coreteam web app has not been built. Run `npm run build:web` (npm start does it for you).',
        );
    }
    return reply.code(404).send(errorBody('not_found', `There is no ${request.method} ${pathname} here.`));
  });
}
