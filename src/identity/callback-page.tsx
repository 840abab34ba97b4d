import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useNavigate, useSearchParams } from '@/lib/navigation';
import { completeSignIn } from './sign-in-flow';

/** Where the identity provider sends the citizen back: finish the sign-in, then continue. */
export default function CallbackPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [exchangeFailed, setExchangeFailed] = useState(false);
  const started = useRef(false);
  const code = search.get('code');
  const state = search.get('state');
  const cancelled = search.get('error') === 'access_denied';
  const failed = exchangeFailed || !code || !state;

  useEffect(() => {
    if (started.current || !code || !state) return; // a code is single-use: never exchange it twice (StrictMode)
    started.current = true;
    completeSignIn(code, state)
      .then(({ returnTo }) => navigate(returnTo, { replace: true }))
      .catch(() => setExchangeFailed(true));
  }, [code, state, navigate]);

  if (cancelled) return <Redirect to="/" />;
  if (!failed) return <p role="status">{t('identity.signingIn')}</p>;
  return (
    <div className="layout-narrow" role="alert">
      <h1>{t('identity.signInFailedTitle')}</h1>
      <p>{t('identity.signInFailed')}</p>
      <Link className="button" to="/dang-nhap">
        {t('identity.tryAgain')}
      </Link>
    </div>
  );
}
