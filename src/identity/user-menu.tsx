import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '@/lib/navigation';
import { signOut } from './sign-in-flow';
import { useSession } from './use-session';

/**
 * What this device still holds of the signed-in person (drafts), so signing out on a shared phone
 * can ask whether to leave it behind. Provided by the app, which knows the features that store it.
 */
export interface DeviceData {
  count(owner: string): Promise<number>;
  clear(owner: string): Promise<void>;
}

interface UserMenuProps {
  /** Links shown to a signed-in person (their dossiers). */
  links?: ReactNode;
  deviceData?: DeviceData;
}

/** Who is signed in, their links and the way out (asking first about data left on the device); or the way in. */
export function UserMenu({ links, deviceData }: UserMenuProps) {
  const session = useSession();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [leftOnDevice, setLeftOnDevice] = useState<number>();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!leftOnDevice) return;
    dialog.current?.focus();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setLeftOnDevice(undefined);
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [leftOnDevice]);
  if (!session) {
    return (
      <Link className="header__link" to="/dang-nhap">
        {t('identity.signIn')}
      </Link>
    );
  }
  const owner = session.user.sub;
  const leave = async (clearDevice: boolean) => {
    if (clearDevice) await deviceData?.clear(owner);
    setLeftOnDevice(undefined);
    await signOut().finally(() => navigate('/'));
  };
  const requestSignOut = async () => {
    const count = (await deviceData?.count(owner)) ?? 0;
    if (count > 0) setLeftOnDevice(count);
    else await leave(false);
  };
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('identity.signedInAs')} </span>
        {session.user.hoVaTen}
      </span>
      {links}
      <button type="button" className="header__button" onClick={() => void requestSignOut()} aria-expanded={leftOnDevice !== undefined}>
        {t('identity.signOut')}
      </button>
      {leftOnDevice ? (
        <div
          className="signout-confirm"
          role="alertdialog"
          aria-labelledby="signout-title"
          aria-describedby="signout-text"
          tabIndex={-1}
          ref={dialog}
        >
          <h2 id="signout-title" className="signout-confirm__title">
            {t('identity.signOutDraftsTitle')}
          </h2>
          <p id="signout-text">{t('identity.signOutDrafts', { count: leftOnDevice })}</p>
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={() => void leave(true)}>
              {t('identity.signOutAndClear')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void leave(false)}>
              {t('identity.signOutKeep')}
            </button>
            <button type="button" className="button button--link" onClick={() => setLeftOnDevice(undefined)}>
              {t('identity.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
