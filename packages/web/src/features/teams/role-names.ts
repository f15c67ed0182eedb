import type { TFunction } from 'i18next';
import type { TeamRole } from '@coreteam/core';

export function roleName(role: TeamRole, t: TFunction): string {
  return t(`roles.${role}`);
}

/** "lead and member", "chef d'équipe et membre": joined the way the language joins lists. */
export function roleList(roles: readonly TeamRole[], t: TFunction, language: string): string {
  const names = roles.map((role) => roleName(role, t));
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
