import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage, type Role } from '@coreteam/core';
import { useApiResource, type ResourceState } from '../../shared/api/use-api-resource.js';

/** The roles catalogue as this team names it: a local name replaces the framework's everywhere. */
export interface RoleCatalogue {
  roles: readonly Role[];
  localNames: Readonly<Record<string, string>>;
  role(roleKey: string): Role | undefined;
  /** The team's local name, else the catalogue's name, else the key itself. */
  name(roleKey: string): string;
  catalogueName(roleKey: string): string;
  subRoleName(roleKey: string, subRoleKey: string | null): string | undefined;
}

export function roleCatalogue(roles: readonly Role[], localNames: Record<string, string>): RoleCatalogue {
  const byKey = new Map(roles.map((role) => [role.key, role]));
  const catalogueName = (roleKey: string) => byKey.get(roleKey)?.name ?? roleKey;
  return {
    roles,
    localNames,
    role: (roleKey) => byKey.get(roleKey),
    name: (roleKey) => localNames[roleKey]?.trim() || catalogueName(roleKey),
    catalogueName,
    subRoleName: (roleKey, subRoleKey) =>
      subRoleKey === null
        ? undefined
        : (byKey.get(roleKey)?.subRoles.find((subRole) => subRole.key === subRoleKey)?.name ?? subRoleKey),
  };
}

export function rolesPath(language: string): string {
  return `/api/roles?lang=${isSupportedLanguage(language) ? language : 'en'}`;
}

export function roleNamesPath(teamId: string): string {
  return `/api/teams/${encodeURIComponent(teamId)}/role-names`;
}

/**
 * The catalogue in the reader's language (the server translates the seeded roles) and the team's
 * local names, loaded together.
 */
export function useRoleCatalogue(teamId: string): {
  state: ResourceState<RoleCatalogue>;
  reload: () => void;
} {
  const { i18n } = useTranslation();
  const roles = useApiResource<{ roles: Role[] }>(rolesPath(i18n.language));
  const names = useApiResource<{ roleNames: Record<string, string> }>(roleNamesPath(teamId));
  const reloadRoles = roles.reload;
  const reloadNames = names.reload;

  const state = useMemo<ResourceState<RoleCatalogue>>(() => {
    if (roles.state.status === 'failed') return roles.state;
    if (names.state.status === 'failed') return names.state;
    if (roles.state.status === 'loading' || names.state.status === 'loading') return { status: 'loading' };
    return {
      status: 'loaded',
      data: roleCatalogue(roles.state.data.roles, names.state.data.roleNames),
    };
  }, [roles.state, names.state]);

  const reload = useCallback(() => {
    reloadRoles();
    reloadNames();
  }, [reloadRoles, reloadNames]);
  return { state, reload };
}
