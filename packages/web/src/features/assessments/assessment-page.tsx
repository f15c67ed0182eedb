import { ASSESSMENTS_NAMESPACE } from './i18n.js';
import './assessments.css';
import { Button } from '@dhis2-ui/button';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { AssessmentDetail, SaveRatingsRequestInput, SaveRatingsResponse } from '@coreteam/core';
import { ApiError, getJson, isAbortError, postJson, putJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { formatDateTime } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import {
  forgetAssessmentCopy,
  isUnreachable,
  readAssessmentCopy,
  saveAssessmentCopy,
} from '../../shared/offline/device-copy.js';
import { useMe, useSession } from '../../shared/session/session-context.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { AnswerSheet } from './answer-sheet.js';
import {
  AssessmentAreas,
  FormOverview,
  SUPERSEDED_NOTICE_ID,
  type FrameworkArea,
} from './assessment-form.js';
import { readPendingAnswers, writePendingAnswers, type PendingAnswers } from './pending-answers.js';
import { skillElementId, type ScaleOption } from './skill-row.js';
import { formatDay } from './wording.js';

/**
 * The assessment as the form needs it: what the server sent, or the copy kept on this device
 * (which holds only levels and comments, not when each was given).
 */
type AssessmentOnDevice = Omit<AssessmentDetail, 'ratings' | 'comments'> & {
  ratings: { skillKey: string; level: number | null }[];
  comments: { categoryKey: string; comment: string }[];
};

type Loaded = {
  detail: AssessmentOnDevice;
  pending: PendingAnswers;
  discarded: number;
  /** Set when the server could not be reached and the form shows this device's copy, saved then. */
  copySavedAt?: string;
};
type LoadState =
  { status: 'loading' } | { status: 'failed'; error: unknown } | ({ status: 'loaded' } & Loaded);

function assessmentPath(assessmentId: string): string {
  return `/api/assessments/${encodeURIComponent(assessmentId)}`;
}

async function readAssessment(assessmentId: string, userId: string, signal: AbortSignal): Promise<Loaded> {
  const pendingRead = readPendingAnswers(assessmentId);
  let detail: AssessmentDetail;
  try {
    detail = await getJson<AssessmentDetail>(assessmentPath(assessmentId), signal);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    // Offline: the copy kept at the last visit, with the answers that still wait laid over it.
    const copy = await readAssessmentCopy<AssessmentOnDevice>(userId, assessmentId);
    if (!copy) throw error;
    return { detail: copy.value, pending: await pendingRead, discarded: 0, copySavedAt: copy.savedAt };
  }
  // Kept only for assessments this person is filling in: nothing else personal stays on the device.
  if (detail.canAnswer) void saveAssessmentCopy(userId, assessmentId, detail);
  else void forgetAssessmentCopy(userId, assessmentId);
  let pending = await pendingRead;
  let discarded = 0;
  if (!detail.canAnswer && (pending.ratings.length > 0 || pending.comments.length > 0)) {
    // Submitted or closed meanwhile: these answers can no longer be taken.
    discarded = pending.ratings.length + pending.comments.length;
    pending = { ratings: [], comments: [] };
    await writePendingAnswers(assessmentId, pending);
  }
  return { detail, pending, discarded };
}

/** The assessment and whatever this device still holds for it, read together before the form shows. */
function useAssessment(assessmentId: string, userId: string) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    readAssessment(assessmentId, userId, controller.signal).then(
      (loaded) => {
        if (!controller.signal.aborted) setState({ status: 'loaded', ...loaded });
      },
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [assessmentId, userId, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}

/** Skills a 422 names as missing (`ratings.<skillKey>`), in framework order. */
function missingSkillsOf(error: ApiError, areas: readonly FrameworkArea[]): string[] {
  const named = new Set(
    (error.body?.error.details ?? []).map((detail) => detail.field.replace(/^(body\.)?ratings\./, '')),
  );
  return areas.flatMap((area) =>
    area.categories.flatMap((category) =>
      category.skills.filter((skill) => named.has(skill.key)).map((skill) => skill.key),
    ),
  );
}

function focusSkill(skillKey: string): void {
  const element = document.getElementById(skillElementId(skillKey));
  if (!element) return;
  const input =
    element.querySelector<HTMLInputElement>('input:checked') ??
    element.querySelector<HTMLInputElement>('input');
  element.scrollIntoView({ block: 'center' });
  (input ?? element).focus({ preventScroll: true });
}

/** /assessments/:assessmentId — the form a member (or their assessor) fills in, or its read-only view. */
export default function AssessmentPage() {
  const { assessmentId } = useParams<{ assessmentId: string }>();
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const me = useMe();
  const loaded = useAssessment(assessmentId, me.user.id);
  const { state } = loaded;

  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'failed') {
    return (
      <>
        <h1 className="page-title">{t('form.title')}</h1>
        <LoadFailure error={state.error} onRetry={loaded.reload} />
      </>
    );
  }
  return (
    <AssessmentView
      key={`${state.detail.id}-${state.detail.version}-${state.detail.status}-${state.copySavedAt ?? 'server'}`}
      loaded={state}
      onReload={loaded.reload}
    />
  );
}

type FrameworkText = AssessmentDetail['framework'];

/** The keys of a framework's areas, categories and skills in order: what answers are kept against. */
function structureOf(framework: FrameworkText): string {
  return JSON.stringify(
    framework.areas.map((area) => [
      area.key,
      area.categories.map((category) => [category.key, category.skills.map((skill) => skill.key)]),
    ]),
  );
}

/**
 * The framework's text in the language on screen. The server sends it in the reader's language;
 * when the person picks another language mid-form, the text is asked for again and swapped in
 * place — the answers, the sheet and what waits to sync stay as they are. Offline, the text
 * stays in the language it came in.
 */
function useFrameworkText(detail: AssessmentOnDevice, language: string): FrameworkText {
  const [translated, setTranslated] = useState<{ language: string; framework: FrameworkText }>();
  const loadedIn = useRef(language);
  useEffect(() => {
    if (language === (translated?.language ?? loadedIn.current)) return;
    const controller = new AbortController();
    getJson<AssessmentDetail>(assessmentPath(detail.id), controller.signal).then(
      (fresh) => {
        if (structureOf(fresh.framework) === structureOf(detail.framework)) {
          setTranslated({ language, framework: fresh.framework });
        }
      },
      () => {
        // Unreachable or refused: the text already shown stays.
      },
    );
    return () => controller.abort();
  }, [language, detail, translated]);
  return translated?.framework ?? detail.framework;
}

function AssessmentView({ loaded, onReload }: { loaded: Loaded; onReload: () => void }) {
  const { t, i18n } = useTranslation(ASSESSMENTS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const me = useMe();
  const { confirm } = useSession();
  const { detail, pending, discarded } = loaded;
  const language = i18n.language;
  const readOnly = !detail.canAnswer;
  const [fromCopy, setFromCopy] = useState(loaded.copySavedAt !== undefined);

  const framework = useFrameworkText(detail, language);
  const areas = useMemo(() => {
    const chosen = new Set(detail.areaKeys);
    return framework.areas.filter((area) => chosen.has(area.key));
  }, [detail, framework]);
  /** The areas as loaded: the answer sheet keeps to these keys, whatever language the text is in. */
  const areaKeys = useMemo(() => {
    const chosen = new Set(detail.areaKeys);
    return detail.framework.areas
      .filter((area) => chosen.has(area.key))
      .map((area) => ({
        areaKey: area.key,
        skillKeys: area.categories.flatMap((category) => category.skills.map((skill) => skill.key)),
      }));
  }, [detail]);
  const total = useMemo(
    () => areas.reduce((sum, area) => sum + area.categories.reduce((n, c) => n + c.skills.length, 0), 0),
    [areas],
  );
  const scale = useMemo<ScaleOption[]>(
    () => [
      ...framework.ratingScale.levels.map((level) => ({
        level: level.level,
        mark: String(level.level),
        name: level.name,
        description: level.description,
      })),
      {
        level: null,
        mark: t('form.notApplicableMark'),
        name: framework.ratingScale.notApplicable.name,
        description: framework.ratingScale.notApplicable.description,
      },
    ],
    [framework, t],
  );
  const skillNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const area of areas) {
      for (const category of area.categories)
        for (const skill of category.skills) names.set(skill.key, skill.name);
    }
    return names;
  }, [areas]);

  const sheet = useMemo(
    () =>
      new AnswerSheet({
        assessmentId: detail.id,
        areas: areaKeys,
        ratings: detail.ratings,
        comments: detail.comments,
        pending,
        send: async (body: SaveRatingsRequestInput) => {
          // After an offline start the session (and its CSRF token) comes back from the server first.
          await confirm();
          return putJson<SaveRatingsResponse>(`${assessmentPath(detail.id)}/ratings`, body);
        },
      }),
    [detail, areaKeys, pending, confirm],
  );
  useEffect(() => (readOnly ? undefined : sheet.start()), [sheet, readOnly]);

  const summary = useSyncExternalStore(sheet.subscribe, sheet.getSummary);

  // Whenever the server has every answer, the copy on this device follows, for the next offline visit.
  const lastStatus = useRef(summary.status);
  useEffect(() => {
    const before = lastStatus.current;
    lastStatus.current = summary.status;
    if (readOnly || summary.status !== 'saved' || before === 'saved') return;
    void saveAssessmentCopy(me.user.id, detail.id, { ...detail, ...sheet.snapshot() });
  }, [summary.status, readOnly, me.user.id, detail, sheet]);

  /**
   * Showing the device's copy: once the server answers, what waited is sent and the form is read
   * again from the server, unless it told of answers changed elsewhere (that notice stays in view).
   */
  const reconnect = useCallback(async () => {
    await sheet.flush();
    if (sheet.hasPending()) return;
    if (sheet.getSummary().superseded.length > 0) setFromCopy(false);
    else onReload();
  }, [sheet, onReload]);
  useEffect(() => {
    if (!fromCopy) return;
    const onOnline = () => void reconnect();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [fromCopy, reconnect]);
  const [missing, setMissing] = useState<string[]>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFailure(undefined);
    setMissing(undefined);
    setBusy(true);
    try {
      await sheet.flush();
      if (sheet.hasPending()) {
        setFailure(t('submit.unsaved'));
        return;
      }
      await postJson(`${assessmentPath(detail.id)}/submit`);
      onReload();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        const named = missingSkillsOf(error, areas);
        setMissing(
          named.length > 0
            ? named
            : [...skillNames.keys()].filter((skillKey) => sheet.answerOf(skillKey) === undefined),
        );
      } else {
        setFailure(errorMessage(error, tShared, language));
      }
    } finally {
      setBusy(false);
    }
  };

  const reopen = async () => {
    setFailure(undefined);
    setBusy(true);
    try {
      await postJson(`${assessmentPath(detail.id)}/reopen`);
      onReload();
    } catch (error) {
      setFailure(errorMessage(error, tShared, language));
      setBusy(false);
    }
  };

  const isRespondent = detail.respondentUserId === me.user.id;
  const unsaved = summary.status === 'offline' || summary.status === 'failed';
  const remaining = total - summary.answered;

  return (
    <>
      <p className="breadcrumb">
        <Link
          href={`/teams/${encodeURIComponent(detail.teamId)}/rounds/${encodeURIComponent(detail.roundId)}`}
        >
          {detail.round.name}
        </Link>
      </p>
      <h1 className="page-title">{t('form.heading', { member: detail.memberName })}</h1>
      <p className="page-lead">
        {t(`modes.${detail.mode}`)}
        {detail.assessorName ? ` — ${t('form.assessedBy', { name: detail.assessorName })}` : ''}
        {' · '}
        {t('form.roundDates', {
          opens: formatDay(detail.round.opensOn, language),
          closes: formatDay(detail.round.closesOn, language),
        })}
      </p>
      {fromCopy && loaded.copySavedAt && (
        <div className="offline-copy" role="status">
          <NoticeBox warning title={t('offlineCopy.title')}>
            <p className="notice-text">
              {t('offlineCopy.text', { when: formatDateTime(loaded.copySavedAt, language) })}
            </p>
            <Button small onClick={() => void reconnect()}>
              {tShared('common.retry')}
            </Button>
          </NoticeBox>
        </div>
      )}
      {discarded > 0 && (
        <NoticeBox warning title={t('form.discardedTitle')}>
          {t('form.discarded')}
        </NoticeBox>
      )}
      {readOnly && (
        <div className="read-only-note">
          <NoticeBox title={t('readOnly.title')}>
            <p className="notice-text">
              {detail.status === 'submitted' && detail.submittedAt
                ? t('readOnly.submitted', { when: formatDateTime(detail.submittedAt, language) })
                : detail.round.status !== 'open'
                  ? t('readOnly.roundNotOpen')
                  : isRespondent
                    ? t('readOnly.notOpen')
                    : t('readOnly.notYours')}
            </p>
            {detail.canReopen && (
              <Button small onClick={() => void reopen()} loading={busy} disabled={busy}>
                {t('readOnly.reopen')}
              </Button>
            )}
          </NoticeBox>
        </div>
      )}
      {!readOnly && <p className="form-intro">{t('form.intro')}</p>}
      <SupersededNotice sheet={sheet} skillNames={skillNames} />

      <div className="assessment-form">
        <FormOverview sheet={sheet} areas={areas} total={total} readOnly={readOnly} />
        <AssessmentAreas areas={areas} scale={scale} sheet={sheet} readOnly={readOnly} />
      </div>

      {!readOnly && (
        <section className="submit-section" aria-labelledby="submit-title">
          <h2 id="submit-title" className="section-title">
            {t('submit.title')}
          </h2>
          <p id="submit-explanation" className="form-note">
            {unsaved
              ? t('submit.waitForSync')
              : fromCopy
                ? t('submit.offline')
                : remaining > 0
                  ? t('submit.remaining', { count: remaining, total })
                  : t('submit.ready')}
          </p>
          {missing && missing.length > 0 && (
            <div role="alert" className="missing-answers">
              <NoticeBox error title={t('submit.missingTitle', { count: missing.length })}>
                <ul className="missing-answers__list">
                  {missing.map((skillKey) => (
                    <li key={skillKey}>
                      <a
                        href={`#${skillElementId(skillKey)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          focusSkill(skillKey);
                        }}
                      >
                        {skillNames.get(skillKey) ?? skillKey}
                      </a>
                    </li>
                  ))}
                </ul>
              </NoticeBox>
            </div>
          )}
          <FormError message={failure} />
          <Button
            primary
            onClick={() => void submit()}
            loading={busy}
            disabled={busy || unsaved || fromCopy}
            aria-describedby="submit-explanation"
          >
            {t('submit.button')}
          </Button>
        </section>
      )}
      {readOnly && <FormError message={failure} />}
    </>
  );
}

function SupersededNotice({ sheet, skillNames }: { sheet: AnswerSheet; skillNames: Map<string, string> }) {
  const { t } = useTranslation(ASSESSMENTS_NAMESPACE);
  const { superseded } = useSyncExternalStore(sheet.subscribe, sheet.getSummary);
  return (
    <div role="status" className="form-success" id={SUPERSEDED_NOTICE_ID} tabIndex={-1}>
      {superseded.length > 0 && (
        <NoticeBox warning title={t('sync.supersededTitle')}>
          <ul className="missing-answers__list">
            {superseded.map((skillKey) => (
              <li key={skillKey}>
                <a
                  href={`#${skillElementId(skillKey)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusSkill(skillKey);
                  }}
                >
                  {t('sync.superseded', { skill: skillNames.get(skillKey) ?? skillKey })}
                </a>
              </li>
            ))}
          </ul>
          <Button small onClick={() => sheet.dismissSuperseded()}>
            {t('sync.dismiss')}
          </Button>
        </NoticeBox>
      )}
    </div>
  );
}
