import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut } from './sign-in-flow';
import { useSession } from './use-session';

/** Who is signed in, and the way out; or the way in. */
export function UserMenu() {
  const session = useSession();
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!session) {
    return (
      <Link className="header__link" to="/dang-nhap">
        {t('identity.signIn')}
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t('identity.signedInAs')} </span>
        {session.user.hoVaTen}
      </span>
      <button
        type="button"
        className="header__button"
        onClick={() => void signOut().finally(() => navigate('/'))}
      >
        {t('identity.signOut')}
      </button>
    </div>
  );
}
