import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '@/lib/navigation';
import { useSession } from '@/identity/use-session';
import { useLocale } from '@/renderer/use-locale';
import { localize } from '@/schema/localized-text';
import { useFormList } from '../queries/form-list';
import { NotFoundRoute } from '../routes/not-found';
import { ProcedureBadges } from './procedure-badges';
import { ProcedureDocuments } from './procedure-documents';
import { ProcedureFacts } from './procedure-facts';

/**
 * What a citizen reads before starting: what to prepare (and what the state already holds), the
 * fee, the statutory time, the legal basis and the identity level the procedure needs.
 */
export default function ProcedureRoute() {
  const { formId = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const forms = useFormList();
  const summary = forms.data?.forms.find((candidate) => candidate.id === formId);
  const name = summary ? localize(summary.procedure.name, locale) : '';
  useEffect(() => {
    if (name) document.title = `${name} – ${t('app.service')}`;
  }, [name, t]);

  if (forms.isPending) return <p role="status">{t('app.loading')}</p>;
  if (forms.isError) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('catalogue.loadError')}</p>
        <button type="button" className="button button--secondary" onClick={() => void forms.refetch()}>
          {t('catalogue.retry')}
        </button>
      </div>
    );
  }
  if (!summary) return <NotFoundRoute message={t('errors.formNotFound')} />;

  const { procedure } = summary;
  const levelTooLow = session !== undefined && session.user.ial < procedure.identityLevel;
  return (
    <div className="layout-narrow">
      <p>
        <Link className="back-link" to="/">
          {t('catalogue.backToCatalogue')}
        </Link>
      </p>
      <h1>{name}</h1>
      <ProcedureBadges procedure={procedure} />
      {procedure.fullyOnline ? <p>{t('catalogue.fullyOnlineHint')}</p> : null}
      <ProcedureFacts procedure={procedure} detailed />

      <h2>{t('catalogue.documentsTitle')}</h2>
      <ProcedureDocuments documents={procedure.documents} detailed />

      <h2>{t('catalogue.legalBasis')}</h2>
      <ul className="procedure-legal-basis">
        {procedure.legalBasis.map((basis) => (
          <li key={basis.vi}>{localize(basis, locale)}</li>
        ))}
      </ul>

      <h2>{t('catalogue.startTitle')}</h2>
      {levelTooLow ? (
        <div className="notice notice--warning">
          <p>{t('identity.levelTooLow', { level: procedure.identityLevel })}</p>
        </div>
      ) : (
        <>
          <p>{session ? t('catalogue.startSignedIn') : t('catalogue.startSignIn', { level: procedure.identityLevel })}</p>
          <Link className="button button--start" to={`/bieu-mau/${summary.id}`}>
            {session ? t('catalogue.startNow') : t('catalogue.signInToStart')}
          </Link>
        </>
      )}
    </div>
  );
}
