import { useTranslation } from 'react-i18next';
import type { FindingCode, TeamStructureResponse } from '@coreteam/core';
import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import type { RoleCatalogue } from './role-catalogue.js';
import { formatDay, formatPercent, keyOf, listOf } from './wording.js';

type Finding = TeamStructureResponse['findings'][number];
type Severity = Finding['severity'];

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** Findings about named people. Viewers get them without the names, worded accordingly. */
const ABOUT_PEOPLE = new Set<FindingCode>([
  'small-team-lead-outside-country',
  'core-position-part-time',
  'core-position-outside-country',
  'core-team-partner-funded',
  'partner-funding-ending',
  'core-position-single-holder',
  'competency-single-person',
  'no-local-counterpart',
]);

/** The structure checks' advice, most urgent first: what, why (after the framework), what to do. */
export function FindingsSection({
  findings,
  catalogue,
  memberNames,
}: {
  findings: readonly Finding[];
  catalogue: RoleCatalogue;
  memberNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  return (
    <section aria-labelledby="structure-findings" className="page-section">
      <h2 id="structure-findings" className="section-title">
        {t('findingsSection.title')}
      </h2>
      <p className="section-lead">{t('findingsSection.lead')}</p>
      {findings.length === 0 && <p className="empty-state">{t('findingsSection.none')}</p>}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} className="finding-group">
            <h3 id={headingId} className="finding-group__title">
              {t(`severity.${severity}`)} <span className="finding-group__count">({group.length})</span>
            </h3>
            <ul className="finding-list">
              {group.map((finding, index) => (
                <FindingItem
                  key={`${finding.code}-${finding.roleKeys.join()}-${finding.memberIds.join()}-${index}`}
                  finding={finding}
                  catalogue={catalogue}
                  memberNames={memberNames}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function FindingItem({
  finding,
  catalogue,
  memberNames,
}: {
  finding: Finding;
  catalogue: RoleCatalogue;
  memberNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const language = i18n.language;
  const key = keyOf(finding.code);
  const names = finding.memberIds.flatMap((id) => {
    const name = memberNames.get(id);
    return name === undefined ? [] : [name];
  });
  const { buildOrder, competency, endsOn, size, timeSharePercent } = finding.params;
  const values = {
    role: listOf(
      finding.roleKeys.map((roleKey) => catalogue.name(roleKey)),
      language,
    ),
    members: listOf(names, language),
    buildOrder,
    size,
    timeSharePercent:
      typeof timeSharePercent === 'number' ? formatPercent(timeSharePercent / 100, language) : '',
    endsOn: typeof endsOn === 'string' ? formatDay(endsOn, language) : '',
    competency: typeof competency === 'string' ? t(`competencies.${keyOf(competency)}`) : '',
    leadRole: catalogue.name('operational-lead'),
    implementerRole: catalogue.name('implementer'),
    serverRole: catalogue.name('server-administrator'),
    order: listOf(
      catalogue.roles
        .filter((role) => role.kind === 'core' && role.buildOrder !== null)
        .sort((a, b) => (a.buildOrder ?? 0) - (b.buildOrder ?? 0))
        .map((role) => catalogue.name(role.key)),
      language,
    ),
  };
  const anonymous = ABOUT_PEOPLE.has(finding.code) && names.length === 0;
  const message = anonymous ? t(`findings.${key}.anonymous`, values) : t(`findings.${key}.message`, values);
  const why =
    finding.code === 'core-position-unfilled' && !buildOrder
      ? t('findings.corePositionUnfilled.whyOutsideOrder', values)
      : t(`findings.${key}.why`, values);

  return (
    <li className={`finding finding--${finding.severity}`} data-finding={finding.code}>
      <p className="finding__message">{message}</p>
      <p className="finding__detail">
        <span className="finding__label">{t('findingsSection.why')}</span> {why}
      </p>
      <p className="finding__detail">
        <span className="finding__label">{t('findingsSection.action')}</span>{' '}
        {t(`findings.${key}.action`, values)}
      </p>
    </li>
  );
}
