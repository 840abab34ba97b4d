import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useSearchParams } from '@/lib/navigation';
import { providerSignInUrl, safeReturnPath } from './sign-in-flow';
import { useSession } from './use-session';

/** "Sign in with VNeID": the one way in, as on the national portal. */
export default function SignInPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const session = useSession();
  const returnTo = safeReturnPath(search.get('tiep'));
  useEffect(() => {
    document.title = `${t('identity.signInTitle')} – ${t('app.service')}`;
  }, [t]);
  if (session) return <Redirect to={returnTo} />;
  return (
    <div className="layout-narrow">
      <h1>{t('identity.signInTitle')}</h1>
      <p>{t('identity.signInLead')}</p>
      <ul>
        <li>{t('identity.signInWhy1')}</li>
        <li>{t('identity.signInWhy2')}</li>
      </ul>
      <div className="button-group">
        <a className="button" href={providerSignInUrl(returnTo)}>
          {t('identity.signInWithVneid')}
        </a>
      </div>
    </div>
  );
}
