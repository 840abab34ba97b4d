import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/navigation';

export function NotFoundRoute({ message }: { message?: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('errors.pageNotFoundTitle')} – ${t('app.service')}`;
  }, [t]);
  return (
    <div className="layout-narrow">
      <h1>{t('errors.pageNotFoundTitle')}</h1>
      <p>{message ?? t('errors.pageNotFound')}</p>
      <p>
        <Link to="/">{t('app.home')}</Link>
      </p>
    </div>
  );
}
