import { useTranslation } from 'react-i18next';
import type { PlanActivity } from '@coreteam/core';
import { PLANS_NAMESPACE } from './i18n.js';
import { activityQuarter, activityStartDate } from './money.js';
import { activityStatusLabel } from './wording.js';

interface Column {
  key: string;
  year: number;
  /** Null: the "sometime in the year" column. */
  quarter: number | null;
}

/** The quarters an activity covers: from its start quarter to its end quarter for dated ones. */
function coveredColumns(activity: PlanActivity): Set<string> {
  const start = activityQuarter(activity.timing);
  if (start.quarter === null || activity.timing.kind !== 'dates') {
    return new Set([`${start.year}-${start.quarter ?? 'year'}`]);
  }
  const end = activityQuarter({
    kind: 'dates',
    startsOn: activity.timing.endsOn,
    endsOn: activity.timing.endsOn,
  });
  const keys = new Set<string>();
  let year = start.year;
  let quarter = start.quarter;
  while (year < end.year || (year === end.year && quarter <= (end.quarter ?? 4))) {
    keys.add(`${year}-${quarter}`);
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
    if (keys.size > 60) break;
  }
  return keys;
}

/** The plan period as a grid of quarters × activities, with a "sometime in the year" column. */
export function PlanTimeline({
  activities,
  startYear,
  endYear,
}: {
  activities: readonly PlanActivity[];
  startYear: number;
  endYear: number;
}) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  const years: number[] = [];
  for (let year = startYear; year <= endYear; year += 1) years.push(year);
  const columns: Column[] = years.flatMap((year) => [
    ...[1, 2, 3, 4].map((quarter) => ({ key: `${year}-${quarter}`, year, quarter })),
    { key: `${year}-year`, year, quarter: null },
  ]);
  const sorted = [...activities].sort(
    (a, b) =>
      activityStartDate(a.timing).localeCompare(activityStartDate(b.timing)) ||
      a.title.localeCompare(b.title),
  );

  if (sorted.length === 0) return <p className="empty-state">{t('timeline.empty')}</p>;
  return (
    <div className="table-wrapper plan-timeline">
      <table className="timeline-table" data-test="plan-timeline">
        <caption className="table-caption">{t('timeline.caption')}</caption>
        <thead>
          <tr>
            <td />
            {years.map((year) => (
              <th key={year} scope="colgroup" colSpan={5} className="timeline-table__year">
                {year}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" className="timeline-table__activity">
              {t('timeline.activity')}
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="timeline-table__quarter">
                {column.quarter === null ? (
                  <span title={t('timeline.sometimeIn', { year: column.year })}>
                    <span aria-hidden="true">{t('timeline.yearShort')}</span>
                    <span className="visually-hidden">{t('timeline.sometimeIn', { year: column.year })}</span>
                  </span>
                ) : (
                  <>
                    <span aria-hidden="true">{t('timeline.quarterShort', { quarter: column.quarter })}</span>
                    <span className="visually-hidden">
                      {t('timeline.quarterLong', { quarter: column.quarter, year: column.year })}
                    </span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((activity) => {
            const covered = coveredColumns(activity);
            const status = activityStatusLabel(activity.status, t);
            return (
              <tr
                key={activity.id}
                className={activity.status === 'cancelled' ? 'timeline-table__cancelled' : undefined}
              >
                <th scope="row" className="timeline-table__activity">
                  {activity.title}
                  <span className="timeline-table__status">{status}</span>
                </th>
                {columns.map((column) => (
                  <td
                    key={column.key}
                    className={
                      covered.has(column.key)
                        ? `timeline-table__cell timeline-table__cell--on timeline-table__cell--${activity.status}`
                        : 'timeline-table__cell'
                    }
                  >
                    {covered.has(column.key) && (
                      <span className="visually-hidden">{t('timeline.scheduled')}</span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
