import { Button } from '@dhis2-ui/button';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import type { SelectOption } from '../../shared/forms/select-field.js';
import { FormError } from '../../shared/ui/form-error.js';
import { AssignmentsEditor, assignmentsOf, missingRoles, type AssignmentRow } from './assignments-editor.js';
import { fieldErrorsOf } from './field-errors.js';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import { EMPTY_MEMBER, memberBody, MemberFields, missingFields, type MemberValues } from './member-form.js';
import type { RoleCatalogue } from './role-catalogue.js';

/** Adds a person to the roster, with their roles if they are known already. */
export function AddMemberForm({
  membersPath,
  catalogue,
  accounts,
  onAdded,
  onCancel,
}: {
  membersPath: string;
  catalogue: RoleCatalogue;
  accounts: readonly SelectOption[] | undefined;
  onAdded: (member: TeamMember) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [values, setValues] = useState<MemberValues>(EMPTY_MEMBER);
  const [rows, setRows] = useState<AssignmentRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = { ...missingFields(values, t), ...missingRoles(rows, t('fieldErrors.required')) };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const member = await postJson<TeamMember>(membersPath, {
        ...memberBody(values, 'create'),
        assignments: assignmentsOf(rows),
      });
      setValues(EMPTY_MEMBER);
      setRows([]);
      onAdded(member);
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <MemberFields
        idPrefix="add-member"
        mode="create"
        values={values}
        onChange={setValues}
        errors={errors}
        accounts={accounts}
      />
      <fieldset className="member-form-section">
        <legend>{t('assignments.sectionTitle')}</legend>
        <AssignmentsEditor catalogue={catalogue} rows={rows} onChange={setRows} errors={errors} />
      </fieldset>
      <FormError message={failure} />
      <div className="button-row">
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('memberForm.add')}
        </Button>
        <Button secondary onClick={() => onCancel()} disabled={busy}>
          {t('dialogs.cancel')}
        </Button>
      </div>
    </form>
  );
}
