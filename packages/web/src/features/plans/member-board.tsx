import { Button } from '@dhis2-ui/button';
import { Tag } from '@dhis2-ui/tag';
import { useTranslation } from 'react-i18next';
import type { PlanActivity, TeamMember } from '@coreteam/core';
import { PLANS_NAMESPACE } from './i18n.js';
import type { MemberGapsState } from './member-gaps.js';
import { formatMoney } from './money.js';
import { activityStatusLabel, activityTypeLabel, timingLabel } from './wording.js';

function ActivityCard({
  activity,
  currency,
  categoryName,
  onOpen,
}: {
  activity: PlanActivity;
  currency: string;
  categoryName: (key: string) => string;
  onOpen: ((activity: PlanActivity) => void) | undefined;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const language = i18n.language;
  const cancelled = activity.status === 'cancelled';
  return (
    <li
      className={cancelled ? 'activity-card activity-card--cancelled' : 'activity-card'}
      data-test="activity-card"
    >
      <h4 className="activity-card__title">
        {onOpen ? (
          <button type="button" className="link-button" onClick={() => onOpen(activity)}>
            {activity.title}
          </button>
        ) : (
          activity.title
        )}
      </h4>
      <p className="activity-card__meta">
        {activityTypeLabel(activity.type, t)} · {timingLabel(activity.timing, t, language)}
      </p>
      {activity.provider && <p className="activity-card__meta">{activity.provider}</p>}
      <div className="activity-card__tags">
        <Tag neutral={!cancelled} negative={cancelled}>
          {activityStatusLabel(activity.status, t)}
        </Tag>
      </div>
      {activity.gapCategoryKeys.length > 0 && (
        <p className="activity-card__meta">
          {t('board.addresses', { categories: activity.gapCategoryKeys.map(categoryName).join(', ') })}
        </p>
      )}
      <p className="activity-card__money">
        <span>{t('board.cost', { amount: formatMoney(activity.totalMinor, currency, language) })}</span>
        {activity.uncoveredMinor > 0 && (
          <span className="activity-card__uncovered">
            {t('board.uncovered', { amount: formatMoney(activity.uncoveredMinor, currency, language) })}
          </span>
        )}
      </p>
    </li>
  );
}

function GapList({ state }: { state: MemberGapsState | undefined }) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  if (!state || state.status === 'loading')
    return <p className="board-column__gaps muted">{t('board.gapsLoading')}</p>;
  if (state.status === 'failed') return <p className="board-column__gaps muted">{t('board.gapsFailed')}</p>;
  if (state.status === 'none') return <p className="board-column__gaps muted">{t('board.gapsNone')}</p>;
  if (state.gaps.length === 0)
    return <p className="board-column__gaps muted">{t('board.noGaps', { round: state.roundName })}</p>;
  return (
    <div className="board-column__gaps">
      <p className="board-column__gaps-title">{t('board.priorityGaps', { round: state.roundName })}</p>
      <ul className="tag-list">
        {state.gaps.map((gap) => (
          <li key={gap.categoryKey}>
            <Tag>{gap.categoryName}</Tag>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A column per member with their activities and priority gaps; leads add activities from there. */
export function MemberBoard({
  activities,
  members,
  currency,
  gaps,
  categoryName,
  onAdd,
  onOpen,
}: {
  activities: readonly PlanActivity[];
  members: readonly TeamMember[];
  currency: string;
  /** Each member's priority gaps; shown to leads, who plan against them. */
  gaps: Record<string, MemberGapsState>;
  categoryName: (key: string) => string;
  /** Leads only. */
  onAdd: ((memberIds: string[]) => void) | undefined;
  onOpen: ((activity: PlanActivity) => void) | undefined;
}) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  const today = new Date().toISOString().slice(0, 10);
  const columns = members.filter(
    (member) =>
      activities.some((activity) => activity.memberIds.includes(member.id)) ||
      (onAdd !== undefined && (member.endDate === null || member.endDate >= today)),
  );
  const memberless = activities.filter((activity) => activity.memberIds.length === 0);

  if (columns.length === 0 && memberless.length === 0) {
    return <p className="empty-state">{onAdd ? t('board.emptyLead') : t('board.empty')}</p>;
  }
  return (
    <div className="plan-board">
      {columns.map((member) => {
        const own = activities.filter((activity) => activity.memberIds.includes(member.id));
        const headingId = `board-member-${member.id}`;
        return (
          <section
            key={member.id}
            className="board-column"
            aria-labelledby={headingId}
            data-test="board-column"
          >
            <h3 id={headingId} className="board-column__title">
              {member.name}
            </h3>
            {onAdd && <GapList state={gaps[member.id]} />}
            {own.length === 0 ? (
              <p className="muted board-column__empty">{t('board.noActivities')}</p>
            ) : (
              <ul className="activity-list">
                {own.map((activity) => (
                  <ActivityCard
                    key={activity.id}
                    activity={activity}
                    currency={currency}
                    categoryName={categoryName}
                    onOpen={onOpen}
                  />
                ))}
              </ul>
            )}
            {onAdd && (
              <Button small onClick={() => onAdd([member.id])}>
                {t('board.addActivity')}
              </Button>
            )}
          </section>
        );
      })}
      {(memberless.length > 0 || onAdd) && (
        <section
          className="board-column board-column--team"
          aria-labelledby="board-member-none"
          data-test="board-column"
        >
          <h3 id="board-member-none" className="board-column__title">
            {t('board.wholeTeam')}
          </h3>
          <p className="board-column__gaps muted">{t('board.wholeTeamLead')}</p>
          {memberless.length === 0 ? (
            <p className="muted board-column__empty">{t('board.noActivities')}</p>
          ) : (
            <ul className="activity-list">
              {memberless.map((activity) => (
                <ActivityCard
                  key={activity.id}
                  activity={activity}
                  currency={currency}
                  categoryName={categoryName}
                  onOpen={onOpen}
                />
              ))}
            </ul>
          )}
          {onAdd && (
            <Button small onClick={() => onAdd([])}>
              {t('board.addActivity')}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
