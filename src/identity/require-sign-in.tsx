import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation } from '@/lib/navigation';
import { useSession } from './use-session';

interface RequireSignInProps {
  /** Minimum VNeID level the procedure asks for. */
  level?: 1 | 2;
  children: ReactNode;
}

/** Sends a visitor to sign in first, and explains when their account's level is too low. */
export function RequireSignIn({ level = 1, children }: RequireSignInProps) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Redirect to={`/dang-nhap?tiep=${encodeURIComponent(next)}`} />;
  }
  if (session.user.ial < level) {
    return (
      <div className="layout-narrow">
        <h1>{t('identity.levelTooLowTitle')}</h1>
        <p>{t('identity.levelTooLow', { level })}</p>
        <p>
          <Link to="/">{t('app.home')}</Link>
        </p>
      </div>
    );
  }
  return children;
}
