import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from '@/lib/navigation';
import { mockIdpNamespace } from './messages';
import { ProviderHeader } from './provider-header';
import { readProviderRequest } from './provider-request';
import { registerMockIdpMessages } from './register-messages';
import { SignInForm } from './sign-in-form';
import './sign-in-page.css';

registerMockIdpMessages();

const leave = (url: string) => window.location.assign(url);

/**
 * The mocked national identity provider's sign-in page (`/dang-nhap/vneid?client_id&redirect_uri
 * &state`), routed by the app only when the mocks are on. It looks like another site on purpose:
 * the citizen leaves the portal to sign in and comes back with a one-time code. `redirect` is
 * for tests (jsdom cannot navigate).
 */
export default function VneidSignInPage({ redirect = leave }: { redirect?: (url: string) => void }) {
  const { t, i18n } = useTranslation(mockIdpNamespace);
  const [search] = useSearchParams();
  const request = useMemo(() => readProviderRequest(search, window.location.origin), [search]);
  const title = t('header.title');

  useEffect(() => {
    document.title = title;
    document.documentElement.lang = i18n.resolvedLanguage ?? 'vi';
  }, [title, i18n.resolvedLanguage]);

  return (
    <div className="vneid">
      <ProviderHeader />
      <main className="vneid-main" id="vneid-main">
        <div className="vneid-panel">
          <p className="vneid-notice" role="note">
            {t('notice')}
          </p>
          {request ? (
            <>
              <h1 className="vneid-title">{t('title')}</h1>
              <p className="vneid-client">
                {t('client')} <strong>{request.clientId}</strong>
              </p>
              <SignInForm request={request} redirect={redirect} />
            </>
          ) : (
            <div className="vneid-error">
              <h1 className="vneid-title">{t('invalidRequestTitle')}</h1>
              <p>{t('invalidRequest')}</p>
              <a className="vneid-link" href={import.meta.env.BASE_URL}>
                {t('backToPortal')}
              </a>
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
