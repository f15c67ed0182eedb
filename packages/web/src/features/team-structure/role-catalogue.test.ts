import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES_CATALOGUE, type Role } from '@coreteam/core';
import { roleCatalogue } from './role-catalogue.js';

const roles: Role[] = DEFAULT_ROLES_CATALOGUE.map((role) => ({ ...role, version: 1 }));

describe('roleCatalogue', () => {
  it('names a role by the team’s local name, else by the framework’s', () => {
    const catalogue = roleCatalogue(roles, { 'operational-lead': 'HMIS Coordinator', trainer: '  ' });
    expect(catalogue.name('operational-lead')).toBe('HMIS Coordinator');
    expect(catalogue.catalogueName('operational-lead')).toBe('Operational Lead');
    expect(catalogue.name('trainer')).toBe('Trainer');
    expect(catalogue.name('retired-role')).toBe('retired-role');
  });

  it('names sub-roles from their role', () => {
    const catalogue = roleCatalogue(roles, {});
    expect(catalogue.subRoleName('implementer', 'technical')).toBe('Technical');
    expect(catalogue.subRoleName('implementer', null)).toBeUndefined();
  });
});
