import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { useTranslation } from 'react-i18next';
import {
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  type RoleAssignmentInput,
  type TeamMember,
} from '@coreteam/core';
import { SelectField } from '../../shared/forms/select-field.js';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import type { RoleCatalogue } from './role-catalogue.js';

/** One assignment as edited: empty strings for what is not chosen yet. */
export interface AssignmentRow {
  /** Identifies the row while editing (React keys, select names); never sent. */
  rowId: string;
  roleKey: string;
  subRoleKey: string;
  status: AssignmentStatus;
  since: string;
}

const NO_SUB_ROLE = 'none';
let nextRowId = 0;

export function newAssignmentRow(): AssignmentRow {
  nextRowId += 1;
  return { rowId: `assignment-${nextRowId}`, roleKey: '', subRoleKey: '', status: 'current', since: '' };
}

export function rowsOf(assignments: TeamMember['assignments']): AssignmentRow[] {
  return assignments.map((assignment) => ({
    ...newAssignmentRow(),
    roleKey: assignment.roleKey,
    subRoleKey: assignment.subRoleKey ?? '',
    status: assignment.status,
    since: assignment.since ?? '',
  }));
}

export function assignmentsOf(rows: readonly AssignmentRow[]): RoleAssignmentInput[] {
  return rows.map((row) => ({
    roleKey: row.roleKey,
    subRoleKey: row.subRoleKey || null,
    status: row.status,
    since: row.since || null,
  }));
}

/** Rows without a role, by the field name the server would use. */
export function missingRoles(rows: readonly AssignmentRow[], message: string): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, index) => {
    if (!row.roleKey) errors[`assignments.${index}.roleKey`] = message;
  });
  return errors;
}

/**
 * A member's roles: each a role of the catalogue (by the team's local name), a sub-role where the
 * role has them, current or envisioned (a role the person grows into), and since when.
 */
export function AssignmentsEditor({
  catalogue,
  rows,
  onChange,
  errors,
}: {
  catalogue: RoleCatalogue;
  rows: readonly AssignmentRow[];
  onChange: (rows: AssignmentRow[]) => void;
  errors: Readonly<Record<string, string | undefined>>;
}) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const update = (index: number, change: Partial<AssignmentRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const roleOptions = catalogue.roles.map((role) => ({ value: role.key, label: catalogue.name(role.key) }));

  return (
    <div className="assignment-list">
      {rows.length === 0 && <p className="muted">{t('assignments.none')}</p>}
      {rows.map((row, index) => {
        const role = catalogue.role(row.roleKey);
        const subRoles = role?.subRoles ?? [];
        const field = (name: string) => errors[`assignments.${index}.${name}`];
        const rowError = errors[`assignments.${index}`];
        return (
          <fieldset key={row.rowId} className="assignment">
            <legend>{t('assignments.legend', { number: index + 1 })}</legend>
            <div className="assignment__fields">
              <SelectField
                name={`${row.rowId}-role`}
                label={t('assignments.role')}
                value={row.roleKey}
                options={roleOptions}
                onChange={(value) => update(index, { roleKey: value, subRoleKey: '' })}
                error={field('roleKey') ?? rowError}
                required
              />
              {subRoles.length > 0 && (
                <SelectField
                  name={`${row.rowId}-sub-role`}
                  label={t('assignments.subRole')}
                  value={row.subRoleKey || NO_SUB_ROLE}
                  options={[
                    { value: NO_SUB_ROLE, label: t('assignments.noSubRole') },
                    ...subRoles.map((subRole) => ({ value: subRole.key, label: subRole.name })),
                  ]}
                  onChange={(value) => update(index, { subRoleKey: value === NO_SUB_ROLE ? '' : value })}
                  error={field('subRoleKey')}
                />
              )}
              <SelectField
                name={`${row.rowId}-status`}
                label={t('assignments.status')}
                helpText={row.status === 'envisioned' ? t('assignments.envisionedHelp') : undefined}
                value={row.status}
                options={ASSIGNMENT_STATUSES.map((status) => ({
                  value: status,
                  label: t(`statuses.${status}`),
                }))}
                onChange={(value) => {
                  const status = ASSIGNMENT_STATUSES.find((each) => each === value);
                  if (status) update(index, { status });
                }}
                error={field('status')}
              />
              <InputField
                name={`${row.rowId}-since`}
                label={t('assignments.since')}
                type="date"
                value={row.since}
                onChange={({ value }) => update(index, { since: value ?? '' })}
                error={Boolean(field('since'))}
                validationText={field('since')}
              />
            </div>
            <div className="assignment__remove">
              <Button
                small
                secondary
                onClick={() => onChange(rows.filter((_, at) => at !== index))}
                aria-label={t('assignments.removeNamed', { number: index + 1 })}
              >
                {t('assignments.remove')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button small onClick={() => onChange([...rows, newAssignmentRow()])}>
          {t('assignments.add')}
        </Button>
      </div>
    </div>
  );
}
