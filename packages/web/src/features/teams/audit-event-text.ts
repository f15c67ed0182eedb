import type { TFunction } from 'i18next';
import { TEAM_ROLES, type AuditEvent, type TeamRole } from '@coreteam/core';
import { countryName, currencyName } from '../../shared/format/intl.js';
import { roleList, roleName } from './role-names.js';

/** What happened, as a sentence, and the details that matter, in the reader's language. */
export interface AuditEventText {
  what: string;
  details: string[];
}

function isRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const TEAM_FIELDS = ['name', 'countryCode', 'baseCurrency', 'description'] as const;
type TeamField = (typeof TEAM_FIELDS)[number];

function fieldLabel(field: TeamField, t: TFunction): string {
  switch (field) {
    case 'name':
      return t('team.name');
    case 'countryCode':
      return t('team.country');
    case 'baseCurrency':
      return t('team.baseCurrency');
    case 'description':
      return t('team.description');
  }
}

function fieldValue(field: TeamField, value: unknown, language: string, t: TFunction): string {
  if (typeof value !== 'string') return text(value);
  if (value === '') return t('audit.empty');
  if (field === 'countryCode') return countryName(value, language);
  if (field === 'baseCurrency') return `${currencyName(value, language)} (${value})`;
  return value;
}

export function describeAuditEvent(
  event: AuditEvent,
  /** Names of people by user id, for events that carry only the id. */
  people: ReadonlyMap<string, string>,
  t: TFunction,
  language: string,
): AuditEventText {
  const changes = event.changes;
  const person = () => {
    const userId = typeof changes.userId === 'string' ? changes.userId : event.entityId;
    return people.get(userId) ?? (typeof changes.email === 'string' ? changes.email : t('audit.someone'));
  };
  switch (event.action) {
    case 'team.created':
      return {
        what: t('audit.actions.teamCreated'),
        details: TEAM_FIELDS.filter((field) => field in changes && changes[field] !== '').map(
          (field) => `${fieldLabel(field, t)}: ${fieldValue(field, changes[field], language, t)}`,
        ),
      };
    case 'team.updated':
      return {
        what: t('audit.actions.teamUpdated'),
        details: TEAM_FIELDS.filter((field) => field in changes).map((field) => {
          const change = changes[field] as { from?: unknown; to?: unknown };
          return t('audit.changedFromTo', {
            field: fieldLabel(field, t),
            from: fieldValue(field, change.from, language, t),
            to: fieldValue(field, change.to, language, t),
          });
        }),
      };
    case 'team_access.granted':
      return {
        what: t('audit.actions.accessGranted', {
          person: person(),
          role: isRole(changes.role) ? roleName(changes.role, t) : text(changes.role),
        }),
        details: [],
      };
    case 'team_access.revoked': {
      const roles = Array.isArray(changes.roles) ? changes.roles.filter(isRole) : [];
      return {
        what: t('audit.actions.accessRevoked', { person: person(), roles: roleList(roles, t, language) }),
        details: [],
      };
    }
    case 'team.deleted':
      return { what: t('audit.actions.teamDeleted'), details: [] };
    default:
      return { what: t('audit.actions.other', { action: event.action }), details: [] };
  }
}
