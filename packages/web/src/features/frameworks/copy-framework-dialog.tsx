import { Button } from '@dhis2-ui/button';
import { InputField } from '@dhis2-ui/input';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkDetail, FrameworkSummary } from '@coreteam/core';
import { postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { Dialog } from '../../shared/ui/confirm-dialog.js';
import { FormError } from '../../shared/ui/form-error.js';
import { fieldProblemsOf } from './field-problems.js';
import { FRAMEWORKS_NAMESPACE } from './i18n.js';

/** The source's key, or the first of key-2, key-3… the team does not use yet. */
export function freeKey(key: string, taken: readonly string[]): string {
  if (!taken.includes(key)) return key;
  for (let suffix = 2; ; suffix += 1) {
    if (!taken.includes(`${key}-${suffix}`)) return `${key}-${suffix}`;
  }
}

/**
 * "Make a team copy": the latest version of a framework every team uses (the built-in default)
 * becomes the team's own, which its leads can then change. Element keys stay the same, so rounds
 * on the original and on the copy compare skill by skill.
 */
export function CopyFrameworkDialog({
  teamId,
  source,
  takenKeys,
  onClose,
  onCopied,
}: {
  teamId: string;
  source: Pick<FrameworkSummary, 'id' | 'key' | 'name'>;
  takenKeys: readonly string[];
  onClose: () => void;
  onCopied: (detail: FrameworkDetail) => void;
}) {
  const { t, i18n } = useTranslation(FRAMEWORKS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [key, setKey] = useState(() => freeKey(source.key, takenKeys));
  const [name, setName] = useState(source.name);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setFailure(undefined);
    setErrors({});
    try {
      const detail = await postJson<FrameworkDetail>('/api/frameworks', {
        teamId,
        basedOnFrameworkId: source.id,
        key: key.trim(),
        name: name.trim(),
      });
      onCopied(detail);
    } catch (error) {
      const problems = fieldProblemsOf(error, t);
      setErrors(Object.fromEntries(problems.map((problem) => [problem.field, problem.text])));
      setFailure(errorMessage(error, tShared, i18n.language));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('copy.title', { name: source.name })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose} disabled={busy}>
            {t('copy.cancel')}
          </Button>
          <Button primary onClick={() => void submit()} loading={busy} disabled={busy}>
            {t('copy.confirm')}
          </Button>
        </>
      }
    >
      <form className="form-card form-card--flat" onSubmit={(event) => void submit(event)} noValidate>
        <p className="form-note">{t('copy.lead')}</p>
        <InputField
          name="framework-copy-name"
          label={t('copy.name')}
          value={name}
          onChange={({ value }) => setName(value ?? '')}
          error={Boolean(errors.name)}
          validationText={errors.name}
          required
        />
        <InputField
          name="framework-copy-key"
          label={t('copy.key')}
          helpText={t('copy.keyHelp')}
          value={key}
          onChange={({ value }) => setKey(value ?? '')}
          error={Boolean(errors.key)}
          validationText={errors.key}
          required
          autoComplete="off"
        />
        <FormError message={failure} />
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </form>
    </Dialog>
  );
}
