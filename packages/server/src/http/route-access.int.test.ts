import { expect, it } from 'vitest';
import { describeForEachEngine } from '../../test/database-engines.js';
import { createTestApp } from '../../test/test-app.js';

describeForEachEngine('route access declarations', (engine) => {
  it('refuses to start when an /api route declares no access rule', async () => {
    await expect(
      createTestApp(engine, {
        addRoutes: (app) => {
          app.get('/api/forgotten', async () => ({ secret: true }));
        },
      }),
    ).rejects.toThrow('Route GET /api/forgotten declares no access rule (config.access)');
  });
});
