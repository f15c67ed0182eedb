import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@coreteam/core';
import { describeAuditEvent } from './audit-event-text.js';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const LEAD_ID = '00000000-0000-4000-8000-00000000000a';

function event(action: string, changes: Record<string, unknown>): AuditEvent {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    occurredAt: '2026-11-28T10:00:00.000Z',
    actor: { userId: '00000000-0000-4000-8000-000000000002', displayName: 'Amina Diallo' },
    teamId: '00000000-0000-4000-8000-000000000003',
    action,
    entityType: 'team',
    entityId: LEAD_ID,
    changes,
  };
}

describe('describeAuditEvent', () => {
  it('names a changed field with its old and new value, countries by name', () => {
    const text = describeAuditEvent(
      event('team.updated', { countryCode: { from: 'MZ', to: 'SN' } }),
      new Map(),
      t,
      'en',
    );
    expect(text.what).toBe('audit.actions.teamUpdated');
    expect(text.details).toEqual([
      'audit.changedFromTo {"field":"team.country","from":"Mozambique","to":"Senegal"}',
    ]);
  });

  it('names the person a role was taken from, from what the page knows', () => {
    const people = new Map([[LEAD_ID, 'Lucas Mabunda']]);
    const text = describeAuditEvent(
      event('team_access.revoked', { userId: LEAD_ID, roles: ['lead', 'viewer'] }),
      people,
      t,
      'en',
    );
    expect(text.what).toBe(
      'audit.actions.accessRevoked {"person":"Lucas Mabunda","roles":"roles.lead and roles.viewer"}',
    );
  });

  it('falls back to the email of a grant, and shows unknown actions as they are', () => {
    const granted = describeAuditEvent(
      event('team_access.granted', { userId: LEAD_ID, email: 'lucas@example.org', role: 'lead' }),
      new Map(),
      t,
      'en',
    );
    expect(granted.what).toContain('"person":"lucas@example.org"');
    expect(describeAuditEvent(event('plan.approved', {}), new Map(), t, 'en').what).toBe(
      'audit.actions.other {"action":"plan.approved"}',
    );
  });
});
