import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '@/schema/localized-text';
import { useLocale } from '@/renderer/use-locale';
import { useProcedureFormat } from '../procedure-format';
import { useFormList } from '../queries/get-published-form';

/** Published procedures a citizen can apply for online. */
export function HomeRoute() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useProcedureFormat();
  const forms = useFormList();
  useEffect(() => {
    document.title = `${t('home.title')} – ${t('app.service')}`;
  }, [t]);
  return (
    <div className="layout-narrow">
      <h1>{t('home.title')}</h1>
      <p>{t('home.lead')}</p>
      {forms.isPending ? <p role="status">{t('app.loading')}</p> : null}
      {forms.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{t('home.loadError')}</p>
          <button type="button" className="button button--secondary" onClick={() => void forms.refetch()}>
            {t('home.retry')}
          </button>
        </div>
      ) : null}
      {forms.data && forms.data.forms.length === 0 ? <p>{t('home.empty')}</p> : null}
      {forms.data ? (
        <ul className="card-list">
          {forms.data.forms.map((form) => {
            const name = localize(form.procedure.name, locale);
            return (
              <li className="card" key={form.id}>
                <h2>{name}</h2>
                <dl className="meta">
                  <div>
                    <dt className="visually-hidden">{t('home.procedureCode')}</dt>
                    <dd>
                      <span className="tag">{form.procedure.code}</span>
                    </dd>
                  </div>
                  <div>
                    <dt className="visually-hidden">{t('home.agency')}</dt>
                    <dd>{localize(form.procedure.agency, locale)}</dd>
                  </div>
                  <div>
                    <dt>{t('home.fee')}:</dt>
                    <dd>{format.fee(form.fee.online)}</dd>
                  </div>
                  <div>
                    <dt>{t('home.time')}:</dt>
                    <dd>{format.time(form.processingTime)}</dd>
                  </div>
                </dl>
                <Link className="button" to={`/bieu-mau/${form.id}`} aria-label={t('home.startNamed', { name })}>
                  {t('home.start')}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
