import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/navigation';
import { useScrollRestoration } from '@/lib/scroll-restoration';
import { UserMenu, type DeviceData } from '@/identity/user-menu';
import { clearLocalDrafts, localDraftsOf } from '@/submission/drafts/local-drafts';
import { LanguageSwitch } from './language-switch';

/** Drafts are what a citizen leaves on a device; signing out offers to clear them. */
const draftsOnDevice: DeviceData = {
  count: async (owner) => (await localDraftsOf(owner)).length,
  clear: clearLocalDrafts,
};

/** Header with the service name and language switch, skip link, main region, footer. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  useScrollRestoration();
  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? 'vi';
  }, [i18n.resolvedLanguage]);
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="header__brand">
            <span className="header__emblem" aria-hidden="true">★</span>
            <span>
              {t('app.name')}
              <span className="header__service">{t('app.service')}</span>
            </span>
          </Link>
          <div className="header__tools">
            <UserMenu
              links={
                <Link className="header__link" to="/ho-so-cua-toi">
                  {t('identity.myDossiers')}
                </Link>
              }
              deviceData={draftsOnDevice}
            />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className="main" id="main-content" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <div className="footer__inner">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </>
  );
}
