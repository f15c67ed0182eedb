import { describe, expect, it } from 'vitest';
import { healthResponseSchema } from './health.schema.js';

describe('healthResponseSchema', () => {
  it('accepts a report naming a known engine and a semantic version', () => {
    const report = { status: 'ok', database: 'postgres', version: '1.2.3-beta.1' };
    expect(healthResponseSchema.parse(report)).toEqual(report);
  });

  it('refuses an unknown engine and a version that is not semantic', () => {
    const result = healthResponseSchema.safeParse({ status: 'ok', database: 'mysql', version: 'v1' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['database', 'version']);
  });
});
