import { Card } from '@dhis2-ui/card';
import { useTranslation } from 'react-i18next';

const STEPS = ['structure', 'assessment', 'plan'] as const;

export default function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('home.title')}</h1>
      <p className="page-lead">{t('home.lead')}</p>
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
