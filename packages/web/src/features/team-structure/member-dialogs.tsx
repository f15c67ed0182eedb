import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@coreteam/core';
import { ApiError, patchJson, putJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import type { SelectOption } from '../../shared/forms/select-field.js';
import { Dialog } from '../../shared/ui/confirm-dialog.js';
import { FormError } from '../../shared/ui/form-error.js';
import {
  AssignmentsEditor,
  assignmentsOf,
  missingRoles,
  rowsOf,
  type AssignmentRow,
} from './assignments-editor.js';
import { fieldErrorsOf } from './field-errors.js';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import {
  memberBody,
  MemberFields,
  missingFields,
  valuesOf,
  type MemberFormMode,
  type MemberValues,
} from './member-form.js';
import type { RoleCatalogue } from './role-catalogue.js';
import { today } from './wording.js';

/** The member as the server has it now, when a write was refused because someone saved first. */
function currentOnConflict(error: unknown): TeamMember | undefined {
  if (error instanceof ApiError && error.code === 'version_conflict' && error.body?.error.current) {
    return error.body.error.current as TeamMember;
  }
  return undefined;
}

function useFormId(): string {
  return `form${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

/**
 * A dialog whose form is submitted by the Save button among its actions (the button names its
 * form with the `form` attribute, which @dhis2-ui/button passes on but does not type).
 */
function FormDialog({
  title,
  formId,
  saveLabel,
  busy,
  onClose,
  onSubmit,
  conflict,
  children,
}: {
  title: string;
  formId: string;
  saveLabel: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: () => void;
  conflict: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  return (
    <Dialog
      title={title}
      small={false}
      onClose={onClose}
      actions={
        <>
          <Button secondary onClick={() => onClose()} disabled={busy}>
            {t('dialogs.cancel')}
          </Button>
          <Button type="submit" primary loading={busy} disabled={busy} {...{ form: formId }}>
            {saveLabel}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        className="form-card form-card--flat"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <div role="alert" className="form-error">
          {conflict && (
            <NoticeBox warning title={t('conflict.title')}>
              {t('conflict.text')}
            </NoticeBox>
          )}
        </div>
        {children}
      </form>
    </Dialog>
  );
}

/** Edits a member's details; for a member editing their own profile, without the lead-only fields. */
export function EditMemberDialog({
  memberPath,
  member,
  mode,
  accounts,
  onSaved,
  onConflict,
  onClose,
}: {
  memberPath: string;
  member: TeamMember;
  mode: Exclude<MemberFormMode, 'create'>;
  accounts: readonly SelectOption[] | undefined;
  onSaved: (member: TeamMember) => void;
  onConflict: (member: TeamMember) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const formId = useFormId();
  const [values, setValues] = useState<MemberValues>(() => valuesOf(member));
  const [version, setVersion] = useState(member.version);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const missing = missingFields(values, t);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    setConflict(false);
    try {
      onSaved(await patchJson<TeamMember>(memberPath, { version, ...memberBody(values, mode) }));
    } catch (error) {
      const current = currentOnConflict(error);
      if (current) {
        setValues(valuesOf(current));
        setVersion(current.version);
        setConflict(true);
        onConflict(current);
      } else {
        setErrors(fieldErrorsOf(error, t));
        setFailure(errorMessage(error, tShared, i18n.language));
      }
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={mode === 'self' ? t('memberForm.selfTitle') : t('memberForm.editTitle', { name: member.name })}
      formId={formId}
      saveLabel={t('memberForm.save')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void save()}
      conflict={conflict}
    >
      <MemberFields
        idPrefix={formId}
        mode={mode}
        values={values}
        onChange={setValues}
        errors={errors}
        accounts={accounts}
      />
      <FormError message={failure} />
    </FormDialog>
  );
}

/** Someone left: the end date and why. They stay on the roster, for the turnover and the record. */
export function DepartureDialog({
  memberPath,
  member,
  onSaved,
  onConflict,
  onClose,
}: {
  memberPath: string;
  member: TeamMember;
  onSaved: (member: TeamMember) => void;
  onConflict: (member: TeamMember) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const formId = useFormId();
  const [endDate, setEndDate] = useState(member.endDate ?? today());
  const [reason, setReason] = useState(member.leavingReason ?? '');
  const [version, setVersion] = useState(member.version);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (!endDate) {
      setErrors({ endDate: t('fieldErrors.required') });
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(undefined);
    setConflict(false);
    try {
      onSaved(
        await patchJson<TeamMember>(memberPath, {
          version,
          endDate,
          leavingReason: reason.trim() || null,
        }),
      );
    } catch (error) {
      const current = currentOnConflict(error);
      if (current) {
        setVersion(current.version);
        setConflict(true);
        onConflict(current);
      } else {
        setErrors(fieldErrorsOf(error, t));
        setFailure(errorMessage(error, tShared, i18n.language));
      }
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={t('departure.title', { name: member.name })}
      formId={formId}
      saveLabel={t('departure.save')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void save()}
      conflict={conflict}
    >
      <p>{t('departure.text')}</p>
      <InputField
        name={`${formId}-end-date`}
        label={t('departure.endDate')}
        type="date"
        value={endDate}
        onChange={({ value }) => setEndDate(value ?? '')}
        error={Boolean(errors.endDate)}
        validationText={errors.endDate}
        required
      />
      <TextAreaField
        name={`${formId}-reason`}
        label={t('departure.reason')}
        helpText={t('departure.reasonHelp')}
        value={reason}
        onChange={({ value }) => setReason(value ?? '')}
        error={Boolean(errors.leavingReason)}
        validationText={errors.leavingReason}
        rows={3}
      />
      <FormError message={failure} />
    </FormDialog>
  );
}

/** Replaces a member's role assignments with the full list edited here. */
export function RolesDialog({
  memberPath,
  member,
  catalogue,
  onSaved,
  onConflict,
  onClose,
}: {
  memberPath: string;
  member: TeamMember;
  catalogue: RoleCatalogue;
  onSaved: (member: TeamMember) => void;
  onConflict: (member: TeamMember) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const formId = useFormId();
  const [rows, setRows] = useState<AssignmentRow[]>(() => rowsOf(member.assignments));
  const [version, setVersion] = useState(member.version);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const missing = missingRoles(rows, t('fieldErrors.required'));
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    setConflict(false);
    try {
      onSaved(
        await putJson<TeamMember>(`${memberPath}/roles`, { version, assignments: assignmentsOf(rows) }),
      );
    } catch (error) {
      const current = currentOnConflict(error);
      if (current) {
        setRows(rowsOf(current.assignments));
        setVersion(current.version);
        setConflict(true);
        onConflict(current);
      } else {
        setErrors(fieldErrorsOf(error, t));
        setFailure(errorMessage(error, tShared, i18n.language));
      }
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={t('assignments.title', { name: member.name })}
      formId={formId}
      saveLabel={t('assignments.save')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void save()}
      conflict={conflict}
    >
      <p>{t('assignments.lead')}</p>
      <AssignmentsEditor catalogue={catalogue} rows={rows} onChange={setRows} errors={errors} />
      <FormError message={failure} />
    </FormDialog>
  );
}
