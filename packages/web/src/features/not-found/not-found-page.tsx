import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('notFound.title')}</h1>
      <p className="page-lead">{t('notFound.text')}</p>
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
