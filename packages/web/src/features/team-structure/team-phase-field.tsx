import { Button } from '@dhis2-ui/button';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_PHASES, type Team, type TeamPhase } from '@coreteam/core';
import { ApiError, patchJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';

const NOT_SET = 'not-set';

/** The team's phase as text, for everyone. */
export function TeamPhaseText({ phase }: { phase: TeamPhase | null }) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  return (
    <div className="card-body">
      <p className="team-phase__value">{phase ? t(`phases.${phase}`) : t('phaseSection.notSet')}</p>
      <p className="muted">{phase ? t(`phaseHelp.${phase}`) : t('phaseSection.notSetHelp')}</p>
    </div>
  );
}

/**
 * The team's phase, set by a lead with the version of the team it was read at: when someone
 * else saved in between, the server answers 409 with the team as it is now, which is shown.
 */
export function TeamPhaseField({
  teamId,
  phase: shownPhase,
  onSaved,
}: {
  teamId: string;
  /** The phase in the structure report, shown until the team (and its version) is loaded. */
  phase: TeamPhase | null;
  onSaved: (phase: TeamPhase | null) => void;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const team = useApiResource<Team>(`/api/teams/${encodeURIComponent(teamId)}`);
  const loaded = team.state.status === 'loaded' ? team.state.data : undefined;
  /** The lead's pick; undefined follows the team as loaded (so the first render already shows it). */
  const [pick, setPick] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState<string>();

  if (!loaded) return <TeamPhaseText phase={shownPhase} />;
  const choice = pick ?? loaded.phase ?? NOT_SET;
  const phase = TEAM_PHASES.find((each) => each === choice) ?? null;

  const save = async () => {
    setBusy(true);
    setFailure(undefined);
    setSaved(undefined);
    setConflict(false);
    try {
      const updated = await patchJson<Team>(`/api/teams/${encodeURIComponent(teamId)}`, {
        version: loaded.version,
        phase,
      });
      team.replace(updated);
      setPick(undefined);
      onSaved(updated.phase);
      setSaved(t('phaseSection.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict' && error.body?.error.current) {
        const current = error.body.error.current as Team;
        team.replace(current);
        setPick(undefined);
        onSaved(current.phase);
        setConflict(true);
      } else {
        setFailure(errorMessage(error, tShared, i18n.language));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form-card team-phase-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <div role="alert" className="form-error">
        {conflict && (
          <NoticeBox warning title={t('phaseSection.conflictTitle')}>
            {t('phaseSection.conflict')}
          </NoticeBox>
        )}
      </div>
      <SelectField
        name="team-phase"
        label={t('phaseSection.label')}
        helpText={phase ? t(`phaseHelp.${phase}`) : t('phaseSection.notSetHelp')}
        value={choice}
        onChange={(value) => {
          setSaved(undefined);
          setPick(value);
        }}
        options={[
          { value: NOT_SET, label: t('phaseSection.notSet') },
          ...TEAM_PHASES.map((each) => ({ value: each, label: t(`phases.${each}`) })),
        ]}
      />
      <FormError message={failure} />
      <FormSuccess message={saved} />
      <div className="button-row">
        <Button type="submit" primary loading={busy} disabled={busy || choice === (loaded.phase ?? NOT_SET)}>
          {t('phaseSection.save')}
        </Button>
      </div>
    </form>
  );
}
