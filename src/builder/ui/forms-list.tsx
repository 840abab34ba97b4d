import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/navigation';
import type { AuthoringFormSummary } from '@/lib/api-contract/authoring';
import { formatDate, formatDateTime } from '@/lib/format-date';
import { localize, type Locale } from '@/schema/localized-text';
import { useAuthoringForms } from '../api/get-authoring-forms';
import { CreateFormForm } from './create-form-form';


/** `/soan-bieu-mau`: every form of the department, its version in use and its draft. */
export function FormsList({ locale }: { locale: Locale }) {
  const { t } = useTranslation('builder');
  const forms = useAuthoringForms();
  return (
    <div className="layout-wide">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {forms.isPending ? <p role="status">{t('loading')}</p> : null}
      {forms.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{t('loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void forms.refetch()}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {forms.data ? <FormsTable forms={forms.data.forms} locale={locale} /> : null}
      <CreateFormForm locale={locale} />
    </div>
  );
}

function FormsTable({ forms, locale }: { forms: readonly AuthoringFormSummary[]; locale: Locale }) {
  const { t } = useTranslation('builder');
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.form')}</th>
            <th scope="col">{t('list.procedureCode')}</th>
            <th scope="col">{t('list.published')}</th>
            <th scope="col">{t('list.draft')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((form) => {
            const latest = form.versions.at(-1);
            const title = localize(form.title, locale);
            return (
              <tr key={form.id}>
                <th scope="row">{title}</th>
                <td>{form.procedureCode}</td>
                <td>{latest ? t('list.version', { version: latest.version, date: formatDate(latest.publishedAt, locale) }) : t('list.neverPublished')}</td>
                <td>
                  {form.draft
                    ? t('list.draftSaved', { when: formatDateTime(form.draft.savedAt, locale), name: form.draft.savedBy })
                    : t('list.noDraft')}
                </td>
                <td>
                  <Link to={`/soan-bieu-mau/${form.id}`} aria-label={t('list.edit', { title })}>
                    {t('list.editShort')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
