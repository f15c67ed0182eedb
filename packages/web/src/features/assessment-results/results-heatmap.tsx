import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { FrameworkOutline, MemberScores, RoundResults } from '@coreteam/core';
import { ASSESSMENT_RESULTS_NAMESPACE } from './i18n.js';
import { statusKey } from './point-of-view.js';
import { formatScore } from './results-format.js';
import { SCORE_STEPS, scoreStep } from './score-scale.js';

type CategoryScore = MemberScores['areas'][number]['categories'][number];

/** The areas someone answered in, in the framework's order, with all their categories. */
export function assessedAreas(outline: FrameworkOutline, members: readonly MemberScores[]) {
  // Scores come for every area of the framework; an area counts once someone answered in it.
  const assessed = new Set(
    members.flatMap((member) =>
      member.areas
        .filter((area) => area.categories.some((category) => category.rated + category.notApplicable > 0))
        .map((area) => area.areaKey),
    ),
  );
  return outline.areas.filter((area) => assessed.has(area.key));
}

/** Per point of view, each category's target (from the team figures, which carry it). */
function targetsByPointOfView(results: RoundResults): Map<string, Map<string, number>> {
  const targets = new Map<string, Map<string, number>>();
  for (const team of results.team) {
    const levels = new Map<string, number>();
    for (const area of team.areas)
      for (const category of area.categories)
        if (category.target !== null) levels.set(category.categoryKey, category.target);
    targets.set(team.assessedBy, levels);
  }
  return targets;
}

export function memberResultsPath(teamId: string, memberId: string, roundId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(memberId)}/results?roundId=${encodeURIComponent(roundId)}`;
}

/**
 * Members × categories, one row per member and point of view, in roster order: never sorted by
 * score. A real table, so it reads cell by cell with a screen reader and is its own alternative.
 */
export function ResultsHeatmap({
  results,
  members,
  teamId,
}: {
  results: RoundResults;
  members: readonly MemberScores[];
  teamId: string;
}) {
  const { t, i18n } = useTranslation(ASSESSMENT_RESULTS_NAMESPACE);
  const language = i18n.language;
  const areas = assessedAreas(results.framework, members);
  const targets = targetsByPointOfView(results);
  const anyTargets = [...targets.values()].find((levels) => levels.size > 0);

  const cell = (member: MemberScores, category: CategoryScore | undefined, categoryKey: string) => {
    if (!category || category.score === null) {
      const allNotApplicable = category !== undefined && category.rated === 0 && category.notApplicable > 0;
      return (
        <td key={categoryKey} className="heatmap__cell heatmap__cell--empty">
          {allNotApplicable ? (
            <>
              <span aria-hidden="true">{t('heatmap.notApplicableShort')}</span>
              <span className="visually-hidden">{t('heatmap.notApplicable')}</span>
            </>
          ) : (
            <>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t('heatmap.noScore')}</span>
            </>
          )}
        </td>
      );
    }
    const step = scoreStep(category.score);
    const target = (targets.get(member.assessedBy) ?? anyTargets)?.get(categoryKey);
    const below = target !== undefined && category.score < target;
    return (
      <td
        key={categoryKey}
        className={below ? 'heatmap__cell heatmap__cell--below' : 'heatmap__cell'}
        style={{ background: step.background, color: step.text }}
        data-category={categoryKey}
      >
        {formatScore(category.score, language)}
        {below && (
          <span className="visually-hidden">
            {t('heatmap.belowTarget', { target: formatScore(target, language) })}
          </span>
        )}
      </td>
    );
  };

  return (
    <>
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-labelledby="heatmap-caption">
        <table className="heatmap">
          <caption id="heatmap-caption" className="heatmap__caption">
            {t('heatmap.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="heatmap__corner">
                {t('heatmap.memberColumn')}
              </th>
              {areas.map((area) => (
                <th
                  key={area.key}
                  scope="colgroup"
                  colSpan={area.categories.length + 1}
                  className="heatmap__area"
                >
                  {area.name}
                </th>
              ))}
            </tr>
            <tr>
              {areas.flatMap((area) => [
                <th
                  key={`${area.key}-score`}
                  scope="col"
                  className="heatmap__category heatmap__category--area"
                >
                  {t('heatmap.areaScore')}
                </th>,
                ...area.categories.map((category) => (
                  <th key={category.key} scope="col" className="heatmap__category">
                    {category.name}
                  </th>
                )),
              ])}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const byArea = new Map(member.areas.map((area) => [area.areaKey, area]));
              return (
                <tr key={member.assessmentId}>
                  <th scope="row" className="heatmap__member">
                    <Link href={memberResultsPath(teamId, member.memberId, results.round.id)}>
                      {t('heatmap.rowName', {
                        name: member.memberName,
                        pointOfView: t(`pointOfView.${member.assessedBy}`),
                      })}
                    </Link>
                    {member.status !== 'submitted' && (
                      <span className="heatmap__status">{t(`status.${statusKey(member.status)}`)}</span>
                    )}
                  </th>
                  {areas.flatMap((area) => {
                    const scored = byArea.get(area.key);
                    const categories = new Map(
                      (scored?.categories ?? []).map((category) => [category.categoryKey, category]),
                    );
                    const areaScore = scored?.score ?? null;
                    return [
                      <td
                        key={`${area.key}-score`}
                        className="heatmap__cell heatmap__cell--area"
                        style={
                          areaScore === null
                            ? undefined
                            : {
                                background: scoreStep(areaScore).background,
                                color: scoreStep(areaScore).text,
                              }
                        }
                      >
                        {areaScore === null ? (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">{t('heatmap.noScore')}</span>
                          </>
                        ) : (
                          formatScore(areaScore, language)
                        )}
                      </td>,
                      ...area.categories.map((category) =>
                        cell(member, categories.get(category.key), category.key),
                      ),
                    ];
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="heatmap-legend" aria-label={t('heatmap.legendTitle')} role="group">
        <span className="heatmap-legend__title">{t('heatmap.legendTitle')}</span>
        <ul className="heatmap-legend__steps">
          {SCORE_STEPS.map((step) => (
            <li key={step.from}>
              <span
                className="heatmap-legend__swatch"
                style={{ background: step.background }}
                aria-hidden="true"
              />
              {t('heatmap.legendStep', {
                from: formatScore(step.from, language),
                to: formatScore(step.to, language),
              })}
            </li>
          ))}
        </ul>
        <ul className="heatmap-legend__notes">
          <li>
            <span className="heatmap-legend__marker" aria-hidden="true" />
            {t('heatmap.legendBelow')}
          </li>
          <li>{t('heatmap.legendNotApplicable')}</li>
          <li>{t('heatmap.legendNoScore')}</li>
        </ul>
      </div>
    </>
  );
}
