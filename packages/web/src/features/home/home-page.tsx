import { Card } from '@dhis2-ui/card';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMe } from '../../shared/session/session-context.js';

const STEPS = ['structure', 'assessment', 'plan'] as const;

/** Its own chunk: the assessments' strings and code load only for people who sign in. */
const MyAssessments = lazy(() => import('../assessments/my-assessments.js'));

export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <h1 className="page-title">{t('home.title')}</h1>
      <p className="page-lead">{t('home.lead')}</p>
      <section aria-labelledby="home-teams" className="page-section page-section--first">
        <h2 id="home-teams" className="section-title">
          {t('home.yourTeams')}
        </h2>
        {me.teams.length > 0 ? (
          <ul className="link-list">
            {me.teams.map((team) => (
              <li key={team.id}>
                <Link href={`/teams/${encodeURIComponent(team.id)}`}>{team.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            {me.user.systemAdmin ? (
              <>
                {t('home.noTeamsAdmin')} <Link href="/admin/teams">{t('navigation.adminTeams')}</Link>
              </>
            ) : (
              t('home.noTeams')
            )}
          </p>
        )}
      </section>
      {me.teams.length > 0 && (
        <Suspense fallback={null}>
          <MyAssessments />
        </Suspense>
      )}
      <ol className="step-list" aria-label={t('home.stepsLabel')}>
        {STEPS.map((step) => (
          <li key={step}>
            <Card>
              <div className="step-card">
                <h2>{t(`home.${step}Title`)}</h2>
                <p>{t(`home.${step}Text`)}</p>
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}
