import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '@coreteam/core';
import { describeForEachEngine } from '../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { APP_VERSION } from '../version.js';
import { access } from './route-access.js';

const INTERNALS = /at \w+ \(|node_modules|\/work\/|\.ts:\d+|select \* from|SQLITE_|stack/i;

describeForEachEngine('HTTP foundation', (engine) => {
  let testApp: TestApp;
  let webDistDir: string;

  beforeAll(async () => {
    webDistDir = mkdtempSync(path.join(tmpdir(), 'coreteam-web-'));
    mkdirSync(path.join(webDistDir, 'assets'));
    writeFileSync(
      path.join(webDistDir, 'index.html'),
      '<!doctype html><title>Coreteam</title><div id="root"></div>',
    );
    writeFileSync(path.join(webDistDir, 'assets', 'index-abc123.js'), 'console.log("app");'.repeat(200));
    writeFileSync(path.join(webDistDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    testApp = await createTestApp(engine, {
      webDistDir,
      addRoutes: (app) => {
        app.get('/api/test/explode', { config: { access: access.public() } }, async () => {
          throw new Error(`select * from secret_table failed at /work/main/packages/server/src/x.ts:12`);
        });
        app.withTypeProvider<ZodTypeProvider>().post(
          '/api/test/echo',
          {
            config: { access: access.public() },
            schema: { body: z.strictObject({ name: z.string().max(10) }) },
          },
          async (request) => request.body,
        );
      },
    });
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(webDistDir, { recursive: true, force: true });
  });

  it('reports health with the engine in use and the release version', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: engine, version: APP_VERSION });
  });

  it('serves an OpenAPI 3.1 document that describes the health route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe(APP_VERSION);
    const health = document.paths['/api/health'].get;
    expect(health.responses['200'].content['application/json'].schema.properties.database.enum).toEqual([
      'sqlite',
      'postgres',
    ]);
    expect(Object.keys(document.paths)).not.toContain('/api/test/explode-not-a-route');
  });

  it('serves a browsable API reference at /api/docs', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger');
  });

  it('answers an unknown API route with a JSON 404 error body', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(errorResponseSchema.parse(response.json()).error).toEqual({
      code: 'not_found',
      message: 'There is no GET /api/no-such-thing here.',
      details: [],
    });
  });

  it('answers a malformed JSON body with a JSON 400 error body', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'invalid_json', message: 'The request body is not valid JSON.', details: [] },
    });
  });

  it('names the field at fault when a body breaks its schema, and refuses unknown fields', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { name: 'far too long a name', role: 'admin' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = errorResponseSchema.parse(response.json());
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((detail) => detail.field).sort()).toEqual(['body', 'body.name']);
    expect(error.details.find((detail) => detail.field === 'body')?.problem).toMatch(/role/);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'text/xml' },
      payload: '<name/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
  });

  it('hides internals of an unexpected error behind a generic 500 body', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/test/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: 'internal_error',
        message: 'An unexpected error occurred. It has been logged.',
        details: [],
      },
    });
    expect(response.body).not.toMatch(INTERNALS);
  });

  it('sends security headers on pages, API answers and errors alike', async () => {
    for (const url of ['/', '/api/health', '/api/nope', '/api/test/explode']) {
      const response = await testApp.app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain("script-src 'self' 'unsafe-inline'");
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('marks API answers as never to be cached', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS only when the request came over HTTPS through a trusted proxy', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    // trustProxy is off in this app, so the forwarded header is not believed.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves the web app: index.html for client routes, hashed assets cached for a year', async () => {
    const page = await testApp.app.inject({ method: 'GET', url: '/teams/some-client-route' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.headers['cache-control']).toBe('no-cache');

    const asset = await testApp.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const missingAsset = await testApp.app.inject({ method: 'GET', url: '/assets/gone-123.js' });
    expect(missingAsset.statusCode).toBe(404);
  });

  it('serves the service worker from the root, revalidated on every update check, allowed by the CSP', async () => {
    const worker = await testApp.app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    // A cached worker script would hold a new release back: browsers must ask every time.
    expect(worker.headers['cache-control']).toBe('no-cache');
    const csp = String(worker.headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("script-src 'self'");
  });

  it('compresses larger responses for clients that accept it', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
  });
});
