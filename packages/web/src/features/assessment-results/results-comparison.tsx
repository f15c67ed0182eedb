import { Button } from '@dhis2-ui/button';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberComparisonResult, RoundResults } from '@coreteam/core';
import { BarChart, SERIES_COLOURS } from './bar-chart.js';
import { DeltaText, HiddenFigure } from './delta-text.js';
import type { FrameworkLabels } from './framework-labels.js';
import { ASSESSMENT_RESULTS_NAMESPACE } from './i18n.js';
import { byPointOfView } from './point-of-view.js';
import { formatScore } from './results-format.js';

type Comparison = NonNullable<RoundResults['comparison']>;
type TeamComparison = Comparison['team'][number];
type Change = Omit<TeamComparison['areas'][number]['categories'][number], 'categoryKey'>;

/** An area no one in the group was assessed in says nothing; a hidden one still says it is hidden. */
function hasMembers(figure: { suppressed: boolean; memberCount: number | null }): boolean {
  return figure.suppressed || (figure.memberCount ?? 0) > 0;
}

function ChangeCells({ change }: { change: Change }) {
  const { i18n } = useTranslation();
  if (change.suppressed) {
    return (
      <td colSpan={4}>
        <HiddenFigure />
      </td>
    );
  }
  return (
    <>
      <td className="number">{formatScore(change.baselineMean, i18n.language)}</td>
      <td className="number">{formatScore(change.currentMean, i18n.language)}</td>
      <td className="number">
        <DeltaText delta={change.delta} />
      </td>
      <td className="number">
        {change.improved === null
          ? '—'
          : `${change.improved} / ${change.declined ?? 0} / ${change.unchanged ?? 0}`}
      </td>
    </>
  );
}

function CountsLine({
  counts,
  label,
}: {
  counts: { improved: number; declined: number; unchanged: number };
  label: string;
}) {
  const { t } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  return (
    <li>
      <strong>{label}</strong>{' '}
      {t('comparison.counts', {
        improved: counts.improved,
        declined: counts.declined,
        unchanged: counts.unchanged,
      })}
    </li>
  );
}

function TeamChange({
  team,
  counts,
  labels,
  baselineName,
  currentName,
}: {
  team: TeamComparison;
  counts: Comparison['teamCounts'][number] | undefined;
  labels: FrameworkLabels;
  baselineName: string;
  currentName: string;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const headingId = `comparison-${team.assessedBy}`;

  const chart = useMemo(() => {
    const shown = team.areas.filter((area) => !area.suppressed && area.memberCount !== 0);
    return {
      bars: shown.length,
      summary: t('comparison.chartSummary', {
        baseline: baselineName,
        current: currentName,
        areas: shown
          .map(
            (area) =>
              `${labels.area(area.areaKey)} ${formatScore(area.baselineMean, language)} → ${formatScore(area.currentMean, language)}`,
          )
          .join('; '),
      }),
      input: {
        labels: shown.map((area) => labels.area(area.areaKey)),
        datasets: [
          { label: baselineName, data: shown.map((area) => area.baselineMean), color: SERIES_COLOURS[1] },
          { label: currentName, data: shown.map((area) => area.currentMean), color: SERIES_COLOURS[0] },
        ],
        horizontal: true,
        max: 3,
        valueLabel: t('aggregates.meanAxis'),
        formatValue: (value: number) => formatScore(value, language),
      },
    };
  }, [team, labels, language, t, baselineName, currentName]);

  return (
    <section aria-labelledby={headingId} className="results-block">
      <h3 id={headingId} className="subsection-title">
        {t(`comparison.title.${team.assessedBy}`)}
      </h3>
      {counts && (
        <ul className="change-counts" aria-label={t('comparison.countsLabel')}>
          <CountsLine label={t('comparison.areasCounted')} counts={counts.areas} />
          <CountsLine label={t('comparison.categoriesCounted')} counts={counts.categories} />
        </ul>
      )}
      {chart.bars > 0 && (
        <BarChart summary={chart.summary} input={chart.input} height={60 + chart.bars * 60} />
      )}
      <div className="table-scroll">
        <table className="results-table" data-testid={`team-change-${team.assessedBy}`}>
          <caption>{t('comparison.tableCaption', { baseline: baselineName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.areaOrCategory')}</th>
              <th scope="col">{t('columns.baseline')}</th>
              <th scope="col">{t('columns.current')}</th>
              <th scope="col">{t('columns.change')}</th>
              <th scope="col">{t('columns.memberChanges')}</th>
            </tr>
          </thead>
          <tbody>
            {team.areas.filter(hasMembers).map((area) => (
              <Fragment key={area.areaKey}>
                <tr className="results-table__group">
                  <th scope="row">{labels.area(area.areaKey)}</th>
                  <ChangeCells change={area} />
                </tr>
                {(area.suppressed ? [] : area.categories).map((category) => (
                  <tr key={category.categoryKey}>
                    <th scope="row" className="results-table__indented">
                      {labels.category(category.categoryKey)}
                    </th>
                    <ChangeCells change={category} />
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <p className="form-note">{t('comparison.memberChangesNote')}</p>
    </section>
  );
}

/** Each member's change per area, in roster order; a row opens to show the area's categories. */
function MemberChanges({ members, labels }: { members: MemberComparisonResult[]; labels: FrameworkLabels }) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section aria-labelledby="member-changes" className="results-block">
      <h3 id="member-changes" className="subsection-title">
        {t('comparison.membersTitle')}
      </h3>
      <div className="table-scroll">
        <table className="results-table" data-testid="member-changes">
          <thead>
            <tr>
              <th scope="col">{t('columns.member')}</th>
              <th scope="col">{t('columns.areaOrCategory')}</th>
              <th scope="col">{t('columns.baseline')}</th>
              <th scope="col">{t('columns.current')}</th>
              <th scope="col">{t('columns.change')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('columns.details')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.flatMap((member) => {
              const who = t('heatmap.rowName', {
                name: member.memberName,
                pointOfView: t(`pointOfView.${member.assessedBy}`),
              });
              const compared = member.areas.filter((area) => area.baseline !== null || area.current !== null);
              return compared.map((area) => {
                const key = `${member.memberId}:${member.assessedBy}:${area.areaKey}`;
                const expanded = open.has(key);
                return (
                  <Fragment key={key}>
                    <tr className="results-table__group">
                      <th scope="row">{who}</th>
                      <td>{labels.area(area.areaKey)}</td>
                      <td className="number">{formatScore(area.baseline, language)}</td>
                      <td className="number">{formatScore(area.current, language)}</td>
                      <td className="number">
                        <DeltaText delta={area.delta} />
                      </td>
                      <td>
                        <Button small secondary aria-expanded={expanded} onClick={() => toggle(key)}>
                          {expanded ? t('comparison.hideCategories') : t('comparison.showCategories')}
                          <span className="visually-hidden">
                            {' '}
                            {t('comparison.forWhom', { who, area: labels.area(area.areaKey) })}
                          </span>
                        </Button>
                      </td>
                    </tr>
                    {expanded &&
                      area.categories.map((category) => (
                        <tr key={`${key}:${category.categoryKey}`}>
                          <td>
                            <span className="visually-hidden">{who}</span>
                          </td>
                          <th scope="row" className="results-table__indented">
                            {labels.category(category.categoryKey)}
                          </th>
                          <td className="number">{formatScore(category.baseline, language)}</td>
                          <td className="number">{formatScore(category.current, language)}</td>
                          <td className="number">
                            <DeltaText delta={category.delta} />
                          </td>
                          <td />
                        </tr>
                      ))}
                  </Fragment>
                );
              });
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The round against a baseline: the team's change per area and category, then each member's. */
export function ResultsComparison({
  comparison,
  currentName,
  currentFrameworkVersionId,
  labels,
}: {
  comparison: Comparison;
  currentName: string;
  currentFrameworkVersionId: string;
  labels: FrameworkLabels;
}) {
  const { t } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const versionsDiffer = comparison.baseline.frameworkVersionId !== currentFrameworkVersionId;
  const skillList = (keys: string[]) => keys.map((key) => labels.skill(key)).join(', ');
  return (
    <>
      {versionsDiffer && (
        <div className="results-note">
          <p>{t('comparison.versionsDiffer')}</p>
          {comparison.addedSkillKeys.length > 0 && (
            <p>{t('comparison.addedSkills', { skills: skillList(comparison.addedSkillKeys) })}</p>
          )}
          {comparison.removedSkillKeys.length > 0 && (
            <p>{t('comparison.removedSkills', { skills: skillList(comparison.removedSkillKeys) })}</p>
          )}
        </div>
      )}
      {comparison.team.length === 0 && <p className="empty-state">{t('comparison.nothing')}</p>}
      {byPointOfView(comparison.team).map((team) => (
        <TeamChange
          key={team.assessedBy}
          team={team}
          counts={comparison.teamCounts.find((counts) => counts.assessedBy === team.assessedBy)}
          labels={labels}
          baselineName={comparison.baseline.name}
          currentName={currentName}
        />
      ))}
      {comparison.members && comparison.members.length > 0 && (
        <MemberChanges members={comparison.members} labels={labels} />
      )}
    </>
  );
}
